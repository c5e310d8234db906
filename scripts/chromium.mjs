// The one place that says how this project starts Debian's Chromium (nothing here can download a
// browser of its own): the tests, the consumer check and the bench all launch it this way.

/** The browser: `CHROME_PATH`, else Debian's. */
export const chromiumPath = process.env.CHROME_PATH || '/usr/bin/chromium';

/** Headless, sandbox-free (root in a container), and no background calls to a network we do not have. */
export const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // Nothing here is meant to reach the internet. Made-up hosts (logos in fuzzed documents) would
  // otherwise wait on DNS; hundreds of those fill Chromium's 256-socket pool and stall even
  // requests to the local server. Fail every lookup but the local ones at once.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];

// The one place that says how this project starts Chromium (nothing here can download a browser of
// its own): the tests, the consumer check and the bench all launch it this way.
import { accessSync, constants } from 'node:fs';
import { Launcher } from 'chrome-launcher';

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/**
 * The browser: `CHROME_PATH` when set (even if it points at nothing: that is then reported, not
 * silently replaced), else Debian's `/usr/bin/chromium`, else the first Chrome or Chromium that
 * chrome-launcher's finder knows on this system (Debian/Ubuntu, macOS and Windows usual paths).
 * `undefined` when there is none; scripts/browsers.mjs says what to do then.
 */
export function findChromium() {
  if (process.env.CHROME_PATH) return executable(process.env.CHROME_PATH) ? process.env.CHROME_PATH : undefined;
  if (executable('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    return Launcher.getInstallations().find(executable);
  } catch {
    return undefined; // the finder throws when it finds nothing
  }
}

/** The path to launch (the requested or default one when none is found, so that errors name it). */
export const chromiumPath = findChromium() ?? process.env.CHROME_PATH ?? '/usr/bin/chromium';

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

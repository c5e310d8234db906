// @web/test-runner in the machine's own browsers (nothing here can download one): Chromium
// (Debian's, through @web/test-runner-chrome), Firefox ESR (puppeteer's Firefox support, WebDriver
// BiDi) and WebKitGTK (WebKitWebDriver + MiniBrowser under xvfb-run, through webdriverio).
// TEST_ENGINES=chromium,firefox,webkit picks the engines (all three unless set; npm test runs one wtr per engine); a missing one stops the
// run before anything starts, with one paragraph saying what to install (scripts/browsers.mjs).
//
// Files named *.chromium.test.ts use what only Chromium has (--js-flags=--expose-gc and
// performance.memory, CDP): they run in Chromium alone. Everything else runs in every engine.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import { defaultReporter } from '@web/test-runner';
import { faultServer } from './test/support/fault-server.js';
import { cspServer } from './test/hostile/support/csp-server.js';
import { voteServer } from './test/support/vote-server.js';
import { badgeServer } from './test/support/badge-server.js';
import { countReporter } from './test/support/count-reporter.js';
import { timesReporter } from './test/support/times-reporter.js';
import { CHROMIUM_ARGS } from './scripts/chromium.mjs';
import { requestedEngines, requireBrowsers } from './scripts/browsers.mjs';
import { startWebKitDriver } from './scripts/webkit-driver.mjs';
import { createServer } from 'node:net';

/**
 * A port no other run is using. The runner's default (the first free one from 8000, on "localhost")
 * let two runs at once (CI beside a second clone) end up on one port, one on 127.0.0.1 and one on
 * ::1: a page then reported to the other run's server, and its own file never finished (seen as a
 * hang after sources.test.ts, in every engine). One address, and a port the system hands out.
 */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const engines = requestedEngines();
const found = requireBrowsers(engines);

const launchers = {
  chromium: () =>
    chromeLauncher({
      launchOptions: { executablePath: found.chromium, headless: true, args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'] },
    }),
  firefox: () =>
    puppeteerLauncher({
      launchOptions: {
        browser: 'firefox',
        executablePath: found.firefox,
        headless: true,
        extraPrefsFirefox: {
          // As Chromium's --host-resolver-rules: made-up hosts fail at once (a proxy that refuses
          // everything), local ones are reached directly.
          'network.proxy.type': 1,
          'network.proxy.http': '127.0.0.1',
          'network.proxy.http_port': 9,
          'network.proxy.ssl': '127.0.0.1',
          'network.proxy.ssl_port': 9,
          'network.proxy.no_proxies_on': 'localhost, 127.0.0.1',
        },
      },
    }),
  webkit: async () =>
    webdriverLauncher({
      hostname: '127.0.0.1',
      port: await startWebKitDriver(found.webkit),
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        // WebKitWebDriver speaks classic WebDriver only: without this, webdriverio 9 asks for
        // BiDi (webSocketUrl) and the driver answers "Failed to match capabilities".
        'wdio:enforceWebDriverClassic': true,
        // As Chromium's --host-resolver-rules and Firefox's prefs above: made-up hosts (the fuzz
        // and XSS documents' logos) fail at once through a proxy that refuses everything, instead
        // of waiting on DNS and holding the network process's connections; local ones go direct.
        proxy: { proxyType: 'manual', httpProxy: '127.0.0.1:9', sslProxy: '127.0.0.1:9', noProxy: ['127.0.0.1', 'localhost'] },
        'webkitgtk:browserOptions': { binary: found.webkit.browser, args: ['--automation'] },
      },
    }),
};

const CHROMIUM_ONLY = 'test/**/*.chromium.test.ts';
// `wtr --files a.test.ts b.chromium.test.ts` replaces `files` but not a group's: the Chromium-only
// group then runs only the *.chromium.test.ts files named there (none named, no group).
const cliFiles = (() => {
  const at = process.argv.indexOf('--files');
  if (at < 0) return undefined;
  const rest = process.argv.slice(at + 1);
  const end = rest.findIndex((arg) => arg.startsWith('-'));
  return end < 0 ? rest : rest.slice(0, end);
})();
const chromiumOnly = cliFiles ? cliFiles.filter((file) => file.includes('.chromium.test.')) : [CHROMIUM_ONLY];
const browsers = await Promise.all(engines.map((engine) => launchers[engine]()));

// How long one file may take in each engine before the run calls it hung and fails it. The slowest
// file is the fuzz file (one test renders 1,000 documents): Chromium 177 s, Firefox 593 s, WebKit
// 630 s on this 2-core machine at load 10-20 (about twice as much left as room; Chromium's took over
// 10 minutes with three runs at once at load 60). A failed assertion no longer hangs a file
// (test/support/cloneable-failures.ts) and a stuck test fails at the mocha timeout below, so this
// catches only what is left (a page that stops answering). WTR_FILE_MINUTES overrides it.
const FILE_MINUTES = { chromium: 15, firefox: 20, webkit: 20 };
const fileMinutes = Number(process.env.WTR_FILE_MINUTES) || Math.max(...engines.map((engine) => FILE_MINUTES[engine]));

export default {
  hostname: '127.0.0.1',
  port: await freePort(),
  files: ['test/**/*.test.ts', `!${CHROMIUM_ONLY}`],
  groups: engines.includes('chromium') && chromiumOnly.length
    ? [{ name: 'chromium-only', files: chromiumOnly, browsers: [browsers[engines.indexOf('chromium')]] }]
    : [],
  nodeResolve: true,
  // One page at a time per browser: Chromium 128+ times out at random with more, and timing tests
  // (layout shift, lifecycle) should not share a core with another page of the same run.
  concurrency: 1,
  // One engine at a time, for the same reason (and two cores).
  concurrentBrowsers: 1,
  // Per file, from the page opening to its results: only a hang reaches it, so it is the slowest
  // file of the slowest engine asked for, with room for a loaded machine (see FILE_MINUTES).
  testsFinishTimeout: fileMinutes * 60_000,
  browserStartTimeout: 120_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [faultServer, voteServer, badgeServer, cspServer, (await import('./test/ssr/support/ssr-server.js')).ssrServer],
  reporters: [defaultReporter(), timesReporter(), countReporter()],
  // Waits inside tests are bounded by BOUND (test/support/helpers.ts, 30 s); a test may take longer than one wait.
  testFramework: { config: { timeout: 120_000 } },
  browsers,
};

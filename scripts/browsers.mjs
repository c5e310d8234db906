// Finds the three browser engines the test suite runs in, and explains in one paragraph what to
// install when one is missing. Used by web-test-runner.config.js (before any test starts) and by
// `node scripts/browsers.mjs [engine...]` (npm test runs it first, so a missing browser costs
// no build).
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './chromium.mjs';

const executable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first of `names` on PATH. */
const onPath = (...names) => {
  for (const dir of (process.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of names) if (executable(join(dir, name))) return join(dir, name);
  }
  return undefined;
};

const firstExecutable = (paths) => paths.find((path) => path && executable(path));

const programFiles = [process.env.PROGRAMFILES, process.env['PROGRAMFILES(X86)'], process.env.LOCALAPPDATA].filter(Boolean);

/** Firefox: `FIREFOX_PATH`, else Firefox ESR or Firefox on PATH, else macOS and Windows usual paths. */
export function findFirefox() {
  if (process.env.FIREFOX_PATH) return executable(process.env.FIREFOX_PATH) ? process.env.FIREFOX_PATH : undefined;
  return (
    onPath('firefox-esr', 'firefox') ??
    firstExecutable([
      '/Applications/Firefox.app/Contents/MacOS/firefox',
      ...programFiles.map((dir) => join(dir, 'Mozilla Firefox', 'firefox.exe')),
    ])
  );
}

/** WebKitGTK: its WebDriver (`WEBKIT_WEBDRIVER` or on PATH), the MiniBrowser it drives, and an X server. */
export function findWebKit() {
  const driver = process.env.WEBKIT_WEBDRIVER
    ? executable(process.env.WEBKIT_WEBDRIVER) ? process.env.WEBKIT_WEBDRIVER : undefined
    : onPath('WebKitWebDriver');
  const browser = process.env.WEBKIT_MINIBROWSER
    ? executable(process.env.WEBKIT_MINIBROWSER) ? process.env.WEBKIT_MINIBROWSER : undefined
    : firstExecutable(
        ['x86_64-linux-gnu', 'aarch64-linux-gnu', 'arm-linux-gnueabihf', 'i386-linux-gnu'].flatMap((triplet) =>
          ['4.1', '4.0', '6.0'].map((version) => `/usr/lib/${triplet}/webkit2gtk-${version}/MiniBrowser`),
        ).concat(['4.1', '4.0', '6.0'].map((version) => `/usr/libexec/webkit2gtk-${version}/MiniBrowser`)),
      );
  // WebKitGTK needs a display: the one we are given, or a virtual one from xvfb-run.
  const xvfbRun = onPath('xvfb-run');
  const display = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  return driver && browser && (xvfbRun || display) ? { driver, browser, xvfbRun: display ? undefined : xvfbRun } : undefined;
}

/** What each engine needs, as one paragraph for a person who has not got it. */
const ENGINES = {
  chromium: {
    name: 'Chromium',
    find: findChromium,
    missing: () =>
      process.env.CHROME_PATH
        ? `The browser tests run in Chromium, and CHROME_PATH points at ${process.env.CHROME_PATH}, which is not an executable file. ` +
          'Set CHROME_PATH to a Chrome or Chromium binary (for example /usr/bin/chromium or ' +
          '"/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"), or unset it to use the one found on this system; ' +
          'on Debian or Ubuntu, `sudo apt-get install -y chromium` installs one. Nothing has been run.'
        : 'The browser tests run in Chromium, and no Chrome or Chromium was found on this machine ' +
          '(looked at /usr/bin/chromium, google-chrome, chromium-browser and chromium on PATH, and the usual macOS and Windows install folders). ' +
          'On Debian or Ubuntu, install it with `sudo apt-get install -y chromium`; ' +
          'to use a browser installed elsewhere, set CHROME_PATH to its executable (for example `CHROME_PATH=/opt/chrome/chrome npm test`). ' +
          'Nothing has been run.',
  },
  firefox: {
    name: 'Firefox',
    find: findFirefox,
    missing: () =>
      'The browser tests also run in Firefox, and no Firefox was found on this machine ' +
      `(${process.env.FIREFOX_PATH ? `FIREFOX_PATH=${process.env.FIREFOX_PATH} is not an executable file; ` : ''}` +
      'looked for firefox-esr and firefox on PATH and the usual macOS and Windows install folders). ' +
      'On Debian, install it with `sudo apt-get install -y firefox-esr` (on Ubuntu, `sudo apt-get install -y firefox`); ' +
      'to use one installed elsewhere, set FIREFOX_PATH to its executable; to skip this engine, set TEST_ENGINES=chromium,webkit. ' +
      'Nothing has been run.',
  },
  webkit: {
    name: 'WebKitGTK',
    find: findWebKit,
    missing: () =>
      'The browser tests also run in WebKit (WebKitGTK, the engine of Safari, on Linux), and its WebDriver, its MiniBrowser or a display was not found ' +
      `(${process.env.WEBKIT_WEBDRIVER ? `WEBKIT_WEBDRIVER=${process.env.WEBKIT_WEBDRIVER}` : `WebKitWebDriver on PATH: ${onPath('WebKitWebDriver') ?? 'no'}`}; ` +
      `${process.env.WEBKIT_MINIBROWSER ? `WEBKIT_MINIBROWSER=${process.env.WEBKIT_MINIBROWSER}; ` : ''}` +
      `xvfb-run on PATH: ${onPath('xvfb-run') ?? 'no'}). ` +
      'On Debian or Ubuntu, install them with `sudo apt-get install -y webkit2gtk-driver xvfb`; ' +
      'elsewhere set WEBKIT_WEBDRIVER and WEBKIT_MINIBROWSER to their executables, or skip this engine with TEST_ENGINES=chromium,firefox ' +
      '(WebKitGTK does not run on macOS or Windows). Nothing has been run.',
  },
};

/** The engines a run uses unless TEST_ENGINES (comma-separated) says otherwise. */
export const DEFAULT_ENGINES = 'chromium,firefox,webkit';

/** The engines this run asks for: TEST_ENGINES, else (unset or empty) DEFAULT_ENGINES. */
export function requestedEngines() {
  const list = (process.env.TEST_ENGINES || DEFAULT_ENGINES).split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const unknown = list.filter((engine) => !(engine in ENGINES));
  if (unknown.length) {
    process.stderr.write(`TEST_ENGINES names ${unknown.join(', ')}; the engines are chromium, firefox and webkit.\n`);
    process.exit(2);
  }
  return list;
}

/**
 * Finds every engine asked for; when one is missing, prints its paragraph on stderr and exits 1
 * (before any test, build or server starts). Returns { engine: what was found }.
 */
export function requireBrowsers(engines = requestedEngines()) {
  const found = {};
  const problems = [];
  for (const engine of engines) {
    const result = ENGINES[engine].find();
    if (result) found[engine] = result;
    else problems.push(ENGINES[engine].missing());
  }
  if (problems.length) {
    process.stderr.write(`\n${problems.join('\n\n')}\n\n`);
    process.exit(1);
  }
  return found;
}

// As a script: check, and say what was found on one line each.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const engines = process.argv.length > 2 ? process.argv.slice(2) : requestedEngines();
  const found = requireBrowsers(engines);
  for (const [engine, value] of Object.entries(found)) {
    const where = typeof value === 'string' ? value : `${value.driver} + ${value.browser}${value.xvfbRun ? ' under xvfb-run' : ''}`;
    console.log(`${ENGINES[engine].name}: ${where}`);
  }
}

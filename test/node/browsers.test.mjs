// The first-run check (scripts/browsers.mjs): a missing browser stops the run before anything
// starts, with one paragraph that says what is missing, how to install it and how to point at one.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function run(command, args, env) {
  const result = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env }, timeout: 120_000 });
  for (const stream of [result.stdout, result.stderr]) assert.doesNotMatch(stream, /^ {4}at /m, 'no stack trace');
  return result;
}

/** The non-empty paragraphs of a text. */
const paragraphs = (text) => text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);

describe('missing browsers', () => {
  test('CHROME_PATH pointing at nothing: one paragraph naming it, the install command, exit 1', () => {
    const { status, stdout, stderr } = run(process.execPath, ['scripts/browsers.mjs', 'chromium'], { CHROME_PATH: '/nonexistent/chrome' });
    assert.equal(status, 1);
    assert.equal(stdout, '');
    const [paragraph, ...more] = paragraphs(stderr);
    assert.deepEqual(more, []);
    assert.match(paragraph, /CHROME_PATH points at \/nonexistent\/chrome/);
    assert.match(paragraph, /sudo apt-get install -y chromium/);
    assert.match(paragraph, /Nothing has been run\.$/);
  });

  test('Firefox and WebKitGTK have their own paragraph and command', () => {
    const { status, stderr } = run(process.execPath, ['scripts/browsers.mjs', 'firefox', 'webkit'], {
      FIREFOX_PATH: '/nonexistent/firefox',
      WEBKIT_WEBDRIVER: '/nonexistent/WebKitWebDriver',
    });
    assert.equal(status, 1);
    const [firefox, webkit, ...more] = paragraphs(stderr);
    assert.deepEqual(more, []);
    assert.match(firefox, /FIREFOX_PATH=\/nonexistent\/firefox is not an executable file/);
    assert.match(firefox, /sudo apt-get install -y firefox-esr/);
    assert.match(webkit, /WEBKIT_WEBDRIVER=\/nonexistent\/WebKitWebDriver;/, 'names the setting that points at nothing');
    assert.match(webkit, /sudo apt-get install -y webkit2gtk-driver xvfb/);
  });

  test('with no TEST_ENGINES, all three engines are checked', () => {
    const { status, stdout } = run(process.execPath, ['scripts/browsers.mjs'], { TEST_ENGINES: '' });
    assert.equal(status, 0, 'this machine has the three engines (CI installs them)');
    assert.match(stdout, /^Chromium: .*\nFirefox: .*\nWebKitGTK: .*\n$/);
  });

  test('the test runner stops before starting a browser or a test', () => {
    const started = Date.now();
    const { status, stdout, stderr } = run(process.execPath, ['node_modules/@web/test-runner/dist/bin.js'], {
      CHROME_PATH: '/nonexistent/chrome',
      TEST_ENGINES: 'chromium',
    });
    assert.equal(status, 1);
    assert.doesNotMatch(stdout + stderr, /passed|failed|Running tests|Browser was not found/);
    assert.equal(paragraphs(stderr).length, 1);
    assert.match(stderr, /CHROME_PATH points at \/nonexistent\/chrome/);
    assert.ok(Date.now() - started < 60_000);
  });

  test('an unknown engine in TEST_ENGINES is a usage error (exit 2)', () => {
    const { status, stderr } = run(process.execPath, ['scripts/browsers.mjs'], { TEST_ENGINES: 'chromium,safari' });
    assert.equal(status, 2);
    assert.match(stderr, /TEST_ENGINES names safari; the engines are chromium, firefox and webkit\./);
  });

  test('found browsers are named, one line each', () => {
    const { status, stdout } = run(process.execPath, ['scripts/browsers.mjs', 'chromium']);
    assert.equal(status, 0, 'this machine has Chromium (CI installs it)');
    assert.match(stdout, /^Chromium: \/\S+\n$/);
  });
});

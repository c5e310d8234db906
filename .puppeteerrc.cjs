// Nothing here can download a browser: the tests drive the machine's own Chromium and Firefox ESR
// (Debian's packages), so puppeteer (pulled in by @web/test-runner-puppeteer) must not fetch one.
module.exports = { skipDownload: true };

// Screenshots of the three `errors` modes (the errors demo's #modes section), light and dark, into
// demo/screenshots/. Serve the demo first (`npx vite --port 7501 --host 127.0.0.1`), then:
//   node scripts/error-screenshots.mjs http://127.0.0.1:7501
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:7501';
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: [...CHROMIUM_ARGS, '--hide-scrollbars'] });
try {
  for (const scheme of ['light', 'dark']) {
    for (const open of [false, true]) {
      const page = await browser.newPage();
      await page.setViewport({ width: 900, height: 1200, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(`${base}/errors.html#modes`, { waitUntil: 'load' });
      await page.waitForFunction(() => {
        const cards = [...document.querySelectorAll('#modes tool-card')];
        return cards.length === 3 && cards.every((el) => el.getAttribute('aria-busy') !== 'true' && el.shadowRoot?.childElementCount !== undefined)
          && cards.slice(0, 2).every((el) => el.shadowRoot.querySelector('[role="alert"]'));
      }, { timeout: 15_000 });
      // A failure keeps the painted placeholder's space until it is out of view: scroll away and
      // back so that the shot shows the boxes as a reader who scrolled sees them.
      await page.evaluate(() => scrollTo(0, 0));
      await new Promise((r) => setTimeout(r, 300));
      await page.evaluate(() => document.querySelector('#modes').scrollIntoView());
      await new Promise((r) => setTimeout(r, 300));
      if (open) await page.evaluate(() => document.querySelector('#modes .mode-reader').shadowRoot.querySelector('details').setAttribute('open', ''));
      await new Promise((r) => setTimeout(r, 300));
      const section = await page.$('#modes');
      const path = `demo/screenshots/errors-modes${open ? '-details' : ''}${scheme === 'dark' ? '-dark' : ''}.png`;
      await section.screenshot({ path });
      console.log(path);
      await page.close();
    }
  }
} finally {
  await browser.close();
}

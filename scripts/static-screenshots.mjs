// Screenshots of demo/static.html with JavaScript off (what a reader without scripts, or a crawler
// that renders, gets): 1280 and 360 px wide, light and dark, from the top of the post to the end
// of its first comparison, into demo/screenshots/static-*.png.
// `npm run build && npm run demo:static && node scripts/static-screenshots.mjs`
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TYPES = { '.html': 'text/html', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json', '.ts': 'text/javascript', '.js': 'text/javascript' };

// The demo folder as a site (the page's own links are relative).
const server = createServer(async (req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  try {
    const body = await readFile(join(ROOT, 'demo', path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const url = `http://127.0.0.1:${server.address().port}/static.html`;

const browser = await puppeteer.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
try {
  for (const width of [1280, 360]) {
    for (const scheme of ['light', 'dark']) {
      const page = await browser.newPage();
      await page.setJavaScriptEnabled(false);
      await page.setViewport({ width, height: 900, deviceScaleFactor: 1, isMobile: width < 600 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }]);
      await page.goto(url, { waitUntil: 'load' });
      const file = `demo/screenshots/static-${width}${scheme === 'dark' ? '-dark' : ''}.png`;
      // The post's heading down to the end of its first comparison (the whole page is several screens).
      const box = await (await page.$('tool-compare')).boundingBox();
      await page.screenshot({ path: join(ROOT, file), clip: { x: 0, y: 0, width, height: Math.ceil(box.y + box.height + 24) }, captureBeyondViewport: true });
      console.log('wrote', file);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}

// The README's pictures of the workbench: demo/screenshots/workbench.png (1280 px) and
// workbench-360.png (360 px), with a likely mistake in the document so that the problem list
// shows. Against a running demo or a built site:
//   npm run build:site && (cd dist-site && python3 -m http.server 7800) &
//   node scripts/workbench-screenshots.mjs http://127.0.0.1:7800/workbench.html [--only workbench.png]
import puppeteer from 'puppeteer-core';
import { readFileSync } from 'node:fs';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const url = process.argv[2] ?? 'http://127.0.0.1:5173/workbench.html';
const out = (name) => new URL(`../demo/screenshots/${name}`, import.meta.url).pathname;
const draft = readFileSync(new URL('../demo/fixtures/three-tools-mixed.json', import.meta.url), 'utf8').replace(
  '"url": "https://example.com/lantern"',
  '"url": "www.example.com/lantern"',
);

const SHOTS = [
  [1280, 1100, 'workbench.png', 'tool-card', 768],
  [360, 1500, 'workbench-360.png', 'verdict-badge', 360],
];
// One shot per run (`--only NAME`) when asked: some Chromium builds detach a second page's frame.
const only = process.argv.indexOf('--only');
for (const [width, height, name, element, previewWidth] of SHOTS.filter(([, , name]) => only === -1 || process.argv[only + 1] === name)) {
  const browser = await puppeteer.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width, height });
    // Storage first, from another page of the site: the workbench itself would save its own start.
    await page.goto(new URL('index.html', url).href);
    await page.evaluate(
      (draft, options) => {
        localStorage.setItem('verdict-workbench:draft', draft);
        localStorage.setItem('verdict-workbench:options', JSON.stringify(options));
      },
      draft,
      { element, tool: 'lantern-search', width: previewWidth },
    );
    await page.goto(url);
    await page.waitForFunction(() => document.querySelector('#stage > *')?.shadowRoot?.textContent.includes('%'));
    await new Promise((resolve) => setTimeout(resolve, 800));
    if (width > 480) await page.screenshot({ path: out(name) });
    else {
      // A phone: from the document's heading to the end of the preview, as one picture.
      const clip = await page.evaluate(() => {
        const top = document.querySelector('#editor-title').getBoundingClientRect().top + scrollY - 12;
        const bottom = document.querySelector('#stage-scroll').getBoundingClientRect().bottom + scrollY + 12;
        return { x: 0, y: top, width: innerWidth, height: bottom - top };
      });
      await page.screenshot({ path: out(name), clip });
    }
    console.log(`wrote ${out(name)}`);
  } finally {
    await browser.close();
  }
}

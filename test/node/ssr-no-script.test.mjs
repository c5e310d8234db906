// Static HTML with scripting off (Chromium, JavaScript disabled): every quote whole, and none of the
// controls that need the script ("Read more", the reviewer filters). With scripting on, before any
// bundle runs, the same HTML keeps the layout the elements render (clamped quotes, their buttons),
// so hydration moves nothing. Inline styles and `--styles link` (dist/css/) alike. Needs `npm run build`.
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { renderElement } from 'verdict-elements/ssr';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLAUDE = JSON.parse(await readFile(join(ROOT, 'demo/fixtures/claude-files-api-vs-codestral-2.json'), 'utf8'));

let browser, server, base;
before(async () => {
  server = createServer(async (req, res) => {
    const path = new URL(req.url, 'http://x').pathname;
    const styles = path === '/link.html' ? { styles: 'link', stylesHref: '/dist/css/' } : {};
    if (path === '/inline.html' || path === '/link.html') {
      const body = [
        await renderElement(CLAUDE, { element: 'tool-compare', ...styles }),
        await renderElement(CLAUDE, { element: 'verdict-panel', tool: 'codestral-2', ...styles }),
      ].join('\n');
      return res.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>t</title></head><body>${body}</body></html>`);
    }
    const css = path.startsWith('/dist/css/') ? await readFile(join(ROOT, path)).catch(() => undefined) : undefined;
    if (css) res.writeHead(200, { 'content-type': 'text/css' }).end(css);
    else res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true });
});
after(async () => {
  await browser?.close();
  server?.close();
});

/** What the reader sees of the quotes and controls in every shadow root. */
async function look(path, { javaScript, width }) {
  const page = await browser.newPage();
  try {
    await page.setJavaScriptEnabled(javaScript);
    await page.setViewport({ width, height: 900 });
    await page.goto(base + path, { waitUntil: 'load' });
    return await page.evaluate(() => {
      const roots = [...document.querySelectorAll('tool-compare, verdict-panel')].map((el) => el.shadowRoot);
      const all = (sel) => roots.flatMap((r) => [...r.querySelectorAll(sel)]);
      const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      return {
        defined: ['tool-compare', 'verdict-panel'].some((t) => customElements.get(t)),
        quotes: all('blockquote').length,
        cut: all('blockquote').filter((q) => q.scrollHeight > q.clientHeight + 1).length,
        more: all('button.more').filter(visible).length,
        filters: all('.filters').filter(visible).length,
      };
    });
  } finally {
    await page.close();
  }
}

for (const path of ['/inline.html', '/link.html']) {
  describe(`static HTML, ${path === '/link.html' ? 'styles linked' : 'styles inline'}`, () => {
    for (const width of [1280, 360]) {
      test(`JavaScript off, ${width} px: every quote whole, no control that needs a script`, async () => {
        const seen = await look(path, { javaScript: false, width });
        assert.ok(seen.quotes >= 12, `the quotes are there (${seen.quotes})`);
        assert.deepEqual({ cut: seen.cut, more: seen.more, filters: seen.filters }, { cut: 0, more: 0, filters: 0 });
      });
      test(`JavaScript on, no bundle yet, ${width} px: the layout the elements render (clamped quotes and their buttons)`, async () => {
        const seen = await look(path, { javaScript: true, width });
        assert.equal(seen.defined, false);
        assert.ok(seen.cut > 0 && seen.more >= seen.cut, `long quotes clamped, with their "Read more" (${seen.cut} cut, ${seen.more} buttons)`);
        assert.equal(seen.filters, 2, 'the reviewer filters of both');
      });
    }
  });
}

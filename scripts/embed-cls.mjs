// Layout shift of an embed snippet pasted verbatim into a blog post, in headless Chromium (issue 12:
// "a shift-free default embed"). The snippet's CDN URLs (jsDelivr, any version) are answered from
// this checkout's dist/ by request interception, so the snippet runs as written.
//
// Conditions, each at 1280 and 360 px wide:
//   script  before: the CDN files are answered at once, and the post's own stylesheet (in its head,
//                   render-blocking) 500 ms late, so the bundle has arrived before anything can
//                   paint (`definedBeforePaint` says whether the elements were defined by then)
//           after:  the bundle is held until the page has painted, then 300 ms more
//   document late:  every .json request (a `src` document) is answered 400 ms late
//   stylesheets late: every CDN .css file the snippet links is answered 300 ms late
// The post has text above the snippet and after it, all within the first screen, so anything that
// moves is seen. CLS is the sum of the page's `layout-shift` entries without recent input
// (the main frame; shadow roots included).
//
// `node scripts/embed-cls.mjs` (after `npm run build`) prints the figures for README's first snippet
// under "## Embed". test/node/embed-snippet.test.mjs asserts them.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CDN = /^https:\/\/cdn\.jsdelivr\.net\/npm\/verdict-elements@[^/]+\/(.+)$/;
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.map': 'application/json' };
export const DOCUMENT_DELAY = 400;
export const AFTER_PAINT_DELAY = 300;
export const THEME_DELAY = 500;
export const STYLESHEET_DELAY = 300;
const THEME = 'body { font: 17px/1.6 Georgia, serif; max-width: 44rem; margin: 1rem auto; padding: 0 1rem; }';
export const WIDTHS = [1280, 360];
export const SCRIPT_TIMINGS = ['before', 'after'];

/** README.md's first fenced html block under "## Embed", verbatim. */
export async function readmeFirstSnippet(readme) {
  const text = readme ?? (await readFile(join(ROOT, 'README.md'), 'utf8'));
  const section = text.split(/^## Embed\s*$/m)[1];
  if (!section) throw new Error('README.md has no "## Embed" section');
  const block = /^```html\n([\s\S]*?)^```$/m.exec(section.split(/^## /m)[0]);
  if (!block) throw new Error('README.md\'s "## Embed" section has no ```html block');
  return block[1];
}

const PARAGRAPH =
  'A comparison on a blog is content: the reader scrolls through the post, reads the verdicts and decides. ' +
  'Nothing on the page should move while it loads, on a desk or on a phone.';

/** A plain blog post around the snippet: a heading and a paragraph above it, paragraphs after it. */
export const postPage = (snippet) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>A post</title>
<link rel="stylesheet" href="/theme.css">
</head>
<body>
<h1>Which one should you ship with?</h1>
<p>${PARAGRAPH}</p>
${snippet}
${`<p>${PARAGRAPH}</p>\n`.repeat(6)}</body>
</html>
`;

/** Serves the post (and the fixtures a `src` may name, late) on 127.0.0.1, port 0. */
async function serve(snippet, themeDelay) {
  const page = postPage(snippet);
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (path === '/favicon.ico') return res.writeHead(204).end();
    if (path === '/theme.css') {
      await new Promise((r) => setTimeout(r, themeDelay));
      return res.writeHead(200, { 'content-type': 'text/css', 'cache-control': 'no-store' }).end(THEME);
    }
    if (path === '/post.html') return res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' }).end(page);
    // A `src` such as /comparisons/roundup.json: the demo's fixtures, by file name.
    if (path.endsWith('.json')) {
      const name = path.split('/').pop();
      const file = name === 'roundup.json' ? 'three-tools-mixed.json' : name;
      try {
        const body = await readFile(join(ROOT, 'demo/fixtures', file));
        await new Promise((r) => setTimeout(r, DOCUMENT_DELAY));
        return res.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' }).end(body);
      } catch {
        return res.writeHead(404).end();
      }
    }
    res.writeHead(404).end();
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${server.address().port}/post.html` };
}

export async function launch() {
  return puppeteer.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true, protocolTimeout: 120_000 });
}

/**
 * One snippet under one condition. Returns { cls, shifts, definedBeforePaint, documentRequests,
 * elements, errors }: `elements` are the verdict elements' tag names with their rendered text length
 * (so a snippet that shows nothing cannot pass as shift-free).
 */
export async function measure(browser, snippet, { width, script }) {
  const { server, url } = await serve(snippet, script === 'before' ? THEME_DELAY : 0);
  const page = await browser.newPage();
  const errors = [];
  try {
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.setViewport({ width, height: 900, deviceScaleFactor: 1, isMobile: width < 600 });
    await page.evaluateOnNewDocument(() => {
      const w = window;
      w.__shifts = [];
      w.__paint = new Promise((resolve) => {
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) {
            if (e.name !== 'first-paint' && e.name !== 'first-contentful-paint') continue;
            resolve(e.startTime);
            w.__reportPaint?.();
          }
        }).observe({ type: 'paint', buffered: true });
      });
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) {
          if (e.hadRecentInput) continue;
          w.__shifts.push({
            value: e.value,
            at: Math.round(e.startTime),
            sources: (e.sources ?? []).map((s) => `${s.node?.nodeName ?? '?'} ${Math.round(s.previousRect.y)}->${Math.round(s.currentRect.y)} h${Math.round(s.previousRect.height)}->${Math.round(s.currentRect.height)}`),
          });
        }
      }).observe({ type: 'layout-shift', buffered: true });
      w.__defined = Promise.race(
        ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge'].map((t) => customElements.whenDefined(t)),
      ).then(() => performance.now());
    });
    await page.setRequestInterception(true);
    let painted = false;
    const held = [];
    page.on('request', async (req) => {
      const m = CDN.exec(req.url());
      if (!m) return req.continue();
      let body;
      try {
        body = await readFile(join(ROOT, m[1]));
      } catch {
        return req.respond({ status: 404, body: '' });
      }
      const answer = () =>
        req.respond({
          status: 200,
          contentType: TYPES[extname(m[1])] ?? 'application/octet-stream',
          headers: { 'access-control-allow-origin': '*' },
          body,
        });
      // A stylesheet the snippet links comes late too (a cold CDN); holding it until after the paint
      // would hang the page in Chromium, which does not paint before it (a declarative shadow root's
      // link is render-blocking there), so it is only delayed.
      if (m[1].endsWith('.css')) setTimeout(answer, STYLESHEET_DELAY);
      else if (script === 'after' && !painted) held.push(answer);
      else answer();
    });
    // The page reports its first paint (a module script holds DOMContentLoaded, so no waiting on that).
    let reportPaint;
    const firstPaint = new Promise((r) => (reportPaint = r));
    await page.exposeFunction('__reportPaint', () => reportPaint());
    const navigation = page.goto(url, { waitUntil: 'load', timeout: 60_000 });
    if (script === 'after') {
      await firstPaint;
      await new Promise((r) => setTimeout(r, AFTER_PAINT_DELAY));
      painted = true;
      for (const answer of held.splice(0)) answer();
    }
    await navigation;
    await page.waitForNetworkIdle({ idleTime: 200, timeout: 20_000 }).catch(() => {});
    const result = await page.evaluate(async (delay) => {
      const tags = ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge'];
      const els = [...document.querySelectorAll(tags.join(','))];
      const bounded = (p) => Promise.race([p, new Promise((r) => setTimeout(r, 5000))]);
      await bounded(Promise.all(els.map((el) => customElements.whenDefined(el.localName).then(() => el.updateComplete))));
      // Anything still arriving (a late document, a deferred scorecard) and two frames to lay it out.
      await new Promise((r) => setTimeout(r, delay + 200));
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const paint = await window.__paint;
      const defined = await bounded(window.__defined);
      return {
        cls: window.__shifts.reduce((a, s) => a + s.value, 0),
        shifts: window.__shifts,
        definedBeforePaint: typeof defined === "number" ? defined < paint : false,
        times: { paint, defined },
        documentRequests: performance.getEntriesByType('resource').filter((e) => /\.json(\?|#|$)/.test(e.name)).length,
        elements: els.map((el) => ({
          tag: el.localName,
          hydrated: el.hasUpdated === true,
          text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim().length,
          height: Math.round(el.getBoundingClientRect().height),
        })),
      };
    }, DOCUMENT_DELAY);
    return { ...result, errors };
  } finally {
    await page.close();
    server.close();
  }
}

/** Every condition for one snippet: [{ width, script, ...measure() }]. */
export async function measureAll(browser, snippet) {
  const rows = [];
  for (const width of WIDTHS) for (const script of SCRIPT_TIMINGS) rows.push({ width, script, ...(await measure(browser, snippet, { width, script })) });
  return rows;
}

export function table(rows) {
  return rows
    .map(
      (r) =>
        `  ${String(r.width).padStart(4)} px, script ${r.script.padEnd(6)} paint (defined before paint: ${r.definedBeforePaint ? 'yes' : 'no '}): CLS ${r.cls.toFixed(4)}` +
        `  [${r.documentRequests} document request(s); ${r.elements.map((e) => `${e.tag} ${e.height}px`).join(', ')}]`,
    )
    .join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  const snippet = file ? await readFile(file, 'utf8') : await readmeFirstSnippet();
  const browser = await launch();
  try {
    const rows = await measureAll(browser, snippet);
    console.log(`CLS of ${file ?? "README's first snippet"} in a blog post (documents ${DOCUMENT_DELAY} ms late; "after paint": bundle held until ${AFTER_PAINT_DELAY} ms after the first paint)`);
    console.log(table(rows));
    if (process.env.EMBED_DEBUG) for (const r of rows) console.log(r.width, r.script, JSON.stringify(r.shifts), r.errors);
    console.log(`  max ${Math.max(...rows.map((r) => r.cls)).toFixed(4)}`);
  } finally {
    await browser.close();
  }
}

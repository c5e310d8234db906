// Static HTML bench (issue 12): main-thread work to hydrate 20 server-rendered <tool-compare>s
// with dist/verdict-elements.hydrate.js against rendering 20 client-side (inline JSON, the plain
// dist/verdict-elements.js), and layout shift (CLS) of static HTML, of a bare `<tool-compare src>`
// (the script in the head, the document arriving 400 ms late), and of README's first snippet pasted
// into a blog post (scripts/embed-cls.mjs: 1280 and 360 px, script before and after the first paint).
// Prints figures; needs `npm run build`. `node bench/ssr.mjs [runs]`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { renderElement } from '../dist/ssr/index.js';
import { measureAll, readmeFirstSnippet } from '../scripts/embed-cls.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const RUNS = Number(process.argv[2] ?? 5);
const COUNT = 20;
const doc = JSON.parse(await readFile(join(ROOT, 'demo/fixtures/three-tools-mixed.json'), 'utf8'));
const json = JSON.stringify(doc).replace(/</g, '\\u003c');
const staticOne = await renderElement(doc, { element: 'tool-compare' });
const ARTICLE = '<p>Article text after the element. '.repeat(8) + '</p>';

const page = (body, head = '') => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>bench</title>${head}</head><body>${body}${ARTICLE}</body></html>`;
const PAGES = {
  '/static.html': page(Array.from({ length: COUNT }, () => staticOne).join('\n')),
  '/client.html': page(Array.from({ length: COUNT }, () => `<tool-compare><script type="application/json">${json}</script></tool-compare>`).join('\n')),
  '/static-one.html': page(staticOne),
  '/snippet.html': page(
    '<tool-compare src="/slow/doc.json"></tool-compare>',
    '<script type="module" src="/dist/verdict-elements.js"></script>',
  ),
};
const TYPES = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css', '.html': 'text/html' };

const server = createServer(async (req, res) => {
  const path = new URL(req.url, 'http://x').pathname;
  if (PAGES[path]) return res.writeHead(200, { 'content-type': 'text/html' }).end(PAGES[path]);
  if (path === '/slow/doc.json') {
    await new Promise((r) => setTimeout(r, 400));
    return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(doc));
  }
  try {
    const body = await readFile(join(ROOT, path));
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
  } catch {
    res.writeHead(404).end();
  }
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await puppeteer.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, headless: true, protocolTimeout: 180_000 });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Main-thread ms (script + style + layout, CDP metrics) from adding the bundle to all 20 elements done. */
async function mainThread(path, bundle) {
  const p = await browser.newPage();
  try {
    await p.setViewport({ width: 1280, height: 900 });
    const cdp = await p.createCDPSession();
    await cdp.send('Performance.enable');
    await p.goto(base + path, { waitUntil: 'load' });
    const metric = async () => Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const before = await metric();
    await p.evaluate(async (src) => {
      await import(src);
      const els = [...document.querySelectorAll('tool-compare')];
      await Promise.all(els.map((el) => el.updateComplete));
      document.body.offsetHeight;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    }, bundle);
    const after = await metric();
    const d = (k) => (after[k] - before[k]) * 1000;
    return d('ScriptDuration') + d('RecalcStyleDuration') + d('LayoutDuration');
  } finally {
    await p.close();
  }
}

/** CLS of a page until `settle` ms after load (no input). */
async function cls(path, settle, bundleLate) {
  const p = await browser.newPage();
  try {
    await p.setViewport({ width: 1280, height: 900 });
    await p.evaluateOnNewDocument(() => {
      window.__cls = 0;
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) if (!e.hadRecentInput) window.__cls += e.value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await p.goto(base + path, { waitUntil: 'load' });
    if (bundleLate) await p.evaluate((src) => import(src), bundleLate);
    await new Promise((r) => setTimeout(r, settle));
    return p.evaluate(() => window.__cls);
  } finally {
    await p.close();
  }
}

const stat = [], client = [];
const log = (...a) => process.env.BENCH_DEBUG && console.error(...a);
for (let i = 0; i < RUNS; i++) {
  log("static");
  stat.push(await mainThread('/static.html', '/dist/verdict-elements.hydrate.js'));
  log("client");
  client.push(await mainThread('/client.html', '/dist/verdict-elements.js'));
}
const clsStatic = [], clsSnippet = [];
for (let i = 0; i < Math.min(RUNS, 3); i++) {
  clsStatic.push(await cls('/static-one.html', 800, '/dist/verdict-elements.hydrate.js'));
  clsSnippet.push(await cls('/snippet.html', 1500));
}
const embed = await measureAll(browser, await readmeFirstSnippet());
await browser.close();
server.close();

const r1 = (n) => n.toFixed(1);
console.log(`STATIC HTML (${RUNS} runs each, medians; main thread = script + style + layout, CDP metrics)`);
console.log(`  hydrate ${COUNT} static <tool-compare> (dist/verdict-elements.hydrate.js): ${r1(median(stat))} ms  [${stat.map(r1).join(', ')}]`);
console.log(`  render  ${COUNT} client-side <tool-compare> (inline JSON, dist/verdict-elements.js): ${r1(median(client))} ms  [${client.map(r1).join(', ')}]`);
console.log(`  ratio hydrate / client render: ${(median(stat) / median(client)).toFixed(2)}`);
console.log(`  CLS, static HTML + hydrating bundle after load: max ${Math.max(...clsStatic).toFixed(4)}`);
console.log(`  CLS, bare <tool-compare src> (module in head, document 400 ms late): max ${Math.max(...clsSnippet).toFixed(4)}`);
console.log(`  CLS, README's first snippet in a blog post (1280/360 px, script before/after first paint): max ${Math.max(...embed.map((r) => r.cls)).toFixed(4)}  [${embed.map((r) => r.cls.toFixed(4)).join(', ')}]`);

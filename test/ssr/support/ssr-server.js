// Test-server routes for the static-HTML tests (test/ssr/): pages made of `renderElement` output
// (the built dist/ssr, as users get it), in iframes of the test page.
//
//   /ssr/page.html?...   the four elements as static HTML. Query:
//       bundle=hydrate|main|none   which CDN bundle the page loads in its head (none: the test calls
//                                   window.loadBundle(name) later, after the first paint)
//       styles=link                CSS files (/dist/css/) instead of inline <style>; with csp=1 the
//                                   page is served with the strict policy of test/hostile/csp.test.ts
//       theme, locale              passed to renderElement
//       stamp=other                the static HTML claims another library version
//       edit=1                     the compare's inline JSON changed after rendering (HTML and data disagree)
//       mangle=1                   the compare's static markup damaged (the stamp still matches)
//       count=N                    N copies of the compare instead of the four elements (bench, hydration)
//   /ssr/loader.js       window.loadBundle(name): adds a bundle's module script and resolves when it ran
//   POST /ssr/render     [{ doc, options }] -> [{ html } | { error }]: renderElement for tests in the browser
import { readFileSync } from 'node:fs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../../../demo/fixtures/${name}.json`, import.meta.url), 'utf8'));
const MIXED = fixture('three-tools-mixed');
const CLAUDE = fixture('claude-files-api-vs-codestral-2');
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

export const BUNDLES = { hydrate: '/dist/verdict-elements.hydrate.js', main: '/dist/verdict-elements.js' };

const LOADER = `window.loadBundle = (name) => new Promise((resolve, reject) => {
  const s = document.createElement('script');
  s.type = 'module';
  s.src = ${JSON.stringify(BUNDLES)}[name];
  s.onload = () => customElements.whenDefined('verdict-badge').then(resolve);
  s.onerror = reject;
  document.head.append(s);
});`;

async function body(query) {
  const { renderElement } = await import('../../../dist/ssr/index.js');
  const common = {
    theme: query.theme || undefined,
    locale: query.locale || undefined,
    structuredData: true,
    ...(query.styles === 'link' ? { styles: 'link', stylesHref: '/dist/css/' } : {}),
  };
  const count = Number(query.count || 0);
  if (count) {
    const one = await renderElement(MIXED, { ...common, element: 'tool-compare' });
    return Array.from({ length: count }, (_, i) => `<div class="slot" id="c${i}">${one}</div>`).join('\n');
  }
  let compare = await renderElement(MIXED, { ...common, element: 'tool-compare' });
  if (query.edit) {
    // The data changed, the HTML did not: another tool name, one reviewer fewer.
    compare = compare.replace(/(<script type="application\/json">)([^<]*)(<\/script>)/, (_, open, json, close) => {
      const doc = JSON.parse(json);
      doc.tools[0].name = 'Lantern Search Pro';
      doc.reviews = doc.reviews.filter((r) => r.reviewer !== 'futurist');
      doc.reviewers = doc.reviewers.filter((r) => r.id !== 'futurist');
      return open + JSON.stringify(doc).replace(/</g, '\\u003c') + close;
    });
  }
  if (query.mangle) compare = compare.replace(/<!--lit-part [^>]*-->/, '<!--damaged-->');
  const parts = [
    ['compare', compare],
    ['card', await renderElement(MIXED, { ...common, element: 'tool-card', tool: 'lantern-search' })],
    ['panel', await renderElement(MIXED, { ...common, element: 'verdict-panel', tool: 'quill-docs' })],
    ['badge', await renderElement(CLAUDE, { ...common, element: 'verdict-badge', tool: 'codestral-2' })],
  ];
  let html = parts.map(([id, markup]) => `<section id="${id}">\n${markup}\n</section>`).join('\n<p class="article">Article text between the elements.</p>\n');
  if (query.stamp === 'other') html = html.replace(/ ssr="0\.[0-9.]+ /g, ' ssr="0.0.1 ');
  return html;
}

async function readJson(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return JSON.parse(Buffer.concat(chunks).toString('utf8'));
}

export async function ssrServer(ctx, next) {
  if (ctx.path === '/ssr/render' && ctx.method === 'POST') {
    // [{ doc, options }] -> [{ html } | { error: { name, kind, message } }]
    const { renderElement } = await import('../../../dist/ssr/index.js');
    const jobs = await readJson(ctx.req);
    ctx.type = 'application/json';
    ctx.body = JSON.stringify(
      await Promise.all(
        jobs.map(({ doc, options }) =>
          renderElement(doc, options).then(
            (html) => ({ html }),
            (e) => ({ error: { name: e.name, kind: e.kind, message: e.message } }),
          ),
        ),
      ),
    );
    return;
  }
  if (ctx.path === '/ssr/loader.js') {
    ctx.type = 'text/javascript';
    ctx.body = LOADER;
    return;
  }
  if (ctx.path !== '/ssr/page.html') return next();
  const q = ctx.query;
  const bundle = BUNDLES[q.bundle] ? `<script type="module" src="${BUNDLES[q.bundle]}"></script>` : '';
  ctx.type = 'text/html';
  ctx.set('cache-control', 'no-store');
  if (q.csp) ctx.set('content-security-policy', STRICT_CSP);
  ctx.body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>static HTML</title>
<script src="/hostile/probe.js"></script>
<script src="/ssr/loader.js"></script>
${bundle}
</head>
<body>
${await body(q)}
<p class="article">Article text after the elements.</p>
</body>
</html>
`;
}

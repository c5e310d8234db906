// Test-server routes for the "hostile input, hostile pages" tests (test/hostile/):
//
//   /csp/page.html[?build=iife]   the four elements on a page served with a strict Content-Security-Policy
//                                 (no inline script or style, Trusted Types required), loading the CDN bundle
//   /csp/page.js                  the probe that page loads first: counts securitypolicyviolation events,
//                                 uncaught errors, console warnings and the elements' load and error events
//   /hostile/pages/<name>.html    pages without a CSP for double loading and upgrade (see PAGES below)
//   /hostile/probe.js             the same probe as /csp/page.js
//
// Every page exposes `window.__probe` (see PROBE) for the test in the parent frame to read.
import { readFileSync } from 'node:fs';

const MIXED = '/demo/fixtures/three-tools-mixed.json';
const CLAUDE = '/demo/fixtures/claude-files-api-vs-codestral-2.json';
const claudeJson = readFileSync(new URL('../../../demo/fixtures/claude-files-api-vs-codestral-2.json', import.meta.url), 'utf8');

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** A classic script, loaded before anything else, that records what the page went through. */
const PROBE = `(() => {
  const probe = (window.__probe = {
    violations: [], errors: [], rejections: [], resourceErrors: [], warnings: [], consoleErrors: [], loads: [], failures: [],
  });
  document.addEventListener('securitypolicyviolation', (e) => {
    probe.violations.push({ directive: e.violatedDirective, effective: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ':' + e.lineNumber });
  }, true);
  window.addEventListener('error', (e) => {
    if (e.target && e.target !== window) probe.resourceErrors.push(String(e.target.src || e.target.href || e.target.localName));
    else probe.errors.push(String(e.error && e.error.stack || e.message));
  }, true);
  window.addEventListener('unhandledrejection', (e) => probe.rejections.push(String(e.reason && e.reason.stack || e.reason)));
  const warn = console.warn;
  console.warn = function (...args) { probe.warnings.push(args.map(String).join(' ')); return warn.apply(this, args); };
  const error = console.error;
  console.error = function (...args) { probe.consoleErrors.push(args.map(String).join(' ')); return error.apply(this, args); };
  document.addEventListener('verdict-load', (e) => probe.loads.push(e.target.localName + (e.target.id ? '#' + e.target.id : '')));
  document.addEventListener('verdict-error', (e) => probe.failures.push({ el: e.target.localName + (e.target.id ? '#' + e.target.id : ''), kind: e.detail.kind, message: e.detail.message }));
})();
`;

/** The four elements, each from a src; a composed <tool-compare>; an inline-JSON badge; a deliberate error. */
const FOUR = `
<tool-compare id="compare" src="${MIXED}"></tool-compare>
<tool-card id="card" src="${MIXED}" tool="lantern-search"></tool-card>
<verdict-panel id="panel" src="${MIXED}" tool="quill-docs"></verdict-panel>
<verdict-badge id="badge" src="${MIXED}" tool="harbor-ci"></verdict-badge>
<tool-compare id="composed" src="${CLAUDE}"><tool-card id="inner-card" tool="codestral-2"></tool-card><verdict-panel id="inner-panel" tool="codestral-2"></verdict-panel></tool-compare>
<verdict-badge id="inline" tool="claude-files-api"><script type="application/json">${claudeJson.replace(/</g, '\\u003c')}</script></verdict-badge>
<tool-card id="broken" src="/faults/status/hostile-page-404?code=404" tool="lantern-search"></tool-card>
`;

const page = (title, head, body) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<script src="/hostile/probe.js"></script>
${head}
</head>
<body>
${body}
</body>
</html>
`;

const module = (src) => `<script type="module" src="${src}"></script>`;

/** Pages without a CSP. Markup always precedes the definitions (module scripts run after parsing). */
const PAGES = {
  // The CDN bundle twice, under two URLs: two module instances, two copies of Lit.
  twice: () => page('bundle twice', module('/dist/verdict-elements.js?a') + module('/dist/verdict-elements.js?b'), FOUR),
  // The CDN bundle, then the npm build (unbundled ESM; the test server resolves its bare imports).
  'cdn-then-npm': () => page('cdn then npm', module('/dist/verdict-elements.js') + module('/dist/lib/define.js'), FOUR),
  'npm-then-cdn': () => page('npm then cdn', module('/dist/lib/define.js') + module('/dist/verdict-elements.js'), FOUR),
  // Elements parsed, and created by script with properties set, long before any definition exists;
  // the test calls window.loadBundle() once it has checked that nothing is defined yet.
  upgrade: () =>
    page(
      'upgrade',
      '',
      `${FOUR}
<div id="late"></div>
<script>
  // Created and configured before the class exists: the data property must survive the upgrade.
  const made = document.createElement('verdict-badge');
  made.id = 'made';
  made.setAttribute('tool', 'codestral-2');
  made.data = JSON.parse(${JSON.stringify(claudeJson)});
  const card = document.createElement('tool-card');
  card.id = 'made-card';
  card.tool = 'harbor-ci';
  card.src = '${MIXED}';
  document.getElementById('late').append(made, card);
  window.loadBundle = () => new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.type = 'module';
    s.src = '/dist/verdict-elements.js';
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
</script>`,
    ),
  // Another version of the library registered two of the tags first: exactly one warning expected.
  'other-version': () =>
    page(
      'other version',
      `<script>
  class Foreign extends HTMLElement {
    static version = '9.9.9';
    connectedCallback() { this.textContent = 'foreign ' + this.localName; }
  }
  customElements.define('verdict-badge', Foreign);
  customElements.define('tool-card', class extends Foreign {});
</script>
${module('/dist/verdict-elements.js')}`,
      FOUR,
    ),
};

export async function cspServer(ctx, next) {
  if (ctx.path === '/csp/page.js' || ctx.path === '/hostile/probe.js') {
    ctx.type = 'text/javascript';
    ctx.set('cache-control', 'no-store');
    ctx.body = PROBE;
    return;
  }
  if (ctx.path === '/csp/page.html') {
    const iife = ctx.query.build === 'iife';
    const bundle = iife
      ? '<script src="/dist/verdict-elements.iife.js" defer></script>'
      : module('/dist/verdict-elements.js');
    ctx.type = 'text/html';
    ctx.set('cache-control', 'no-store');
    ctx.set('content-security-policy', STRICT_CSP);
    ctx.body = page('strict CSP', bundle, FOUR).replace('/hostile/probe.js', '/csp/page.js');
    return;
  }
  const match = /^\/hostile\/pages\/([a-z-]+)\.html$/.exec(ctx.path);
  if (match && PAGES[match[1]]) {
    ctx.type = 'text/html';
    ctx.set('cache-control', 'no-store');
    ctx.body = PAGES[match[1]]();
    return;
  }
  return next();
}

// Test-server routes under /badges/: SVG badges drawn in Node by the built renderer
// (dist/lib/badge, so `npm run build` first; badge-maker is CommonJS inside and is not for browsers),
// for the Chromium tests in test/badge/ to show as images.
//   /badges/<claude|mixed>/<tool>.svg?style=&theme=&locale=&label=   200 image/svg+xml
//   /badges/error.svg?status=404&message=&style=&theme=                the error badge with that status
import { readFileSync } from 'node:fs';

const fixtures = {
  claude: JSON.parse(readFileSync(new URL('../../demo/fixtures/claude-files-api-vs-codestral-2.json', import.meta.url), 'utf8')),
  mixed: JSON.parse(readFileSync(new URL('../../demo/fixtures/three-tools-mixed.json', import.meta.url), 'utf8')),
};

let modules;
async function load() {
  modules ??= Promise.all([
    import(new URL('../../dist/lib/badge/index.js', import.meta.url).href),
    import(new URL('../../dist/lib/data/index.js', import.meta.url).href),
  ]);
  return modules;
}

/** Koa middleware for @web/test-runner. */
export async function badgeServer(ctx, next) {
  if (!ctx.path.startsWith('/badges/')) return next();
  let badge, data;
  try {
    [badge, data] = await load();
  } catch {
    modules = undefined;
    ctx.status = 503;
    ctx.body = 'dist/lib/badge is missing: run `npm run build` first';
    return;
  }
  const options = {};
  for (const key of ['style', 'theme', 'locale', 'label']) if (ctx.query[key] !== undefined) options[key] = ctx.query[key];
  ctx.set('cache-control', 'no-store');
  ctx.type = 'image/svg+xml';
  if (ctx.path === '/badges/error.svg') {
    ctx.status = Number(ctx.query.status ?? 404);
    ctx.body = badge.errorBadge(ctx.query.message, { style: options.style, theme: options.theme });
    return;
  }
  const match = /^\/badges\/(claude|mixed)\/([a-z0-9-]+)\.svg$/.exec(ctx.path);
  if (!match) return next();
  const doc = data.prepareComparison(structuredClone(fixtures[match[1]]), `http://${ctx.host}/demo/fixtures/`);
  try {
    ctx.body = badge.renderBadge(doc, match[2], options);
  } catch (error) {
    ctx.status = error.kind === 'not-found' ? 404 : 400;
    ctx.body = badge.errorBadge(error.kind === 'not-found' ? 'not found' : 'bad request');
  }
}

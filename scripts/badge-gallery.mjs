#!/usr/bin/env node
// The README's pictures of the SVG badges: every style in both themes, drawn by the built renderer.
//
//   npm run build && node scripts/badge-gallery.mjs
//
// Writes demo/screenshots/badges/<style>-<theme>.svg (the lantern-search badge of
// demo/fixtures/three-tools-mixed.json, shown in the README's table), and
// demo/screenshots/badges.png: all of them as <img> on a light and on a dark page, taken by
// headless Chromium, to see them as a reader does.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from './chromium.mjs';

const root = new URL('../', import.meta.url);
const path = (p) => fileURLToPath(new URL(p, root));
const { renderBadge, BADGE_STYLES, BADGE_THEMES } = await import(new URL('dist/lib/badge/index.js', root).href);
const { prepareComparison } = await import(new URL('dist/lib/data/index.js', root).href);

const raw = JSON.parse(readFileSync(path('demo/fixtures/three-tools-mixed.json'), 'utf8'));
const doc = prepareComparison(raw, 'https://example.com/data/three-tools-mixed.json');
const TOOLS = ['lantern-search', 'quill-docs', 'harbor-ci'];

mkdirSync(path('demo/screenshots/badges'), { recursive: true });
for (const style of BADGE_STYLES) {
  for (const theme of BADGE_THEMES) {
    writeFileSync(path(`demo/screenshots/badges/${style}-${theme}.svg`), `${renderBadge(doc, 'lantern-search', { style, theme })}\n`);
  }
}

const dataUrl = (svg) => `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
const rows = (theme) =>
  BADGE_STYLES.map(
    (style) =>
      `<tr><th scope="row">${style}</th>${TOOLS.map((tool) => {
        const svg = renderBadge(doc, tool, { style, theme });
        return `<td><img src="${dataUrl(svg)}" alt=""></td>`;
      }).join('')}</tr>`,
  ).join('');
const page = `<!doctype html><meta charset="utf-8"><style>
  body { margin: 0; font: 14px system-ui, sans-serif; width: max-content; }
  section { padding: 16px 20px; }
  .light { background: #fff; color: #1f2328; }
  .dark { background: #0d1117; color: #e6edf3; }
  h2 { font-size: 15px; margin: 0 0 10px; }
  th { text-align: left; font-weight: 500; padding-right: 14px; white-space: nowrap; }
  td { padding: 5px 12px 5px 0; vertical-align: middle; }
  img { display: block; }
</style>
${BADGE_THEMES.map((theme) => `<section class="${theme}"><h2>theme: ${theme}</h2><table>${rows(theme)}</table></section>`).join('')}`;

const browser = await puppeteer.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
try {
  const tab = await browser.newPage();
  await tab.setViewport({ width: 1280, height: 400, deviceScaleFactor: 2 });
  await tab.setContent(page, { waitUntil: 'load' });
  const [width, height] = await tab.evaluate(() => [document.body.scrollWidth, document.body.scrollHeight]);
  await tab.setViewport({ width, height, deviceScaleFactor: 2 });
  await tab.screenshot({ path: path('demo/screenshots/badges.png') });
} finally {
  await browser.close();
}
console.log(`wrote demo/screenshots/badges/*.svg (${BADGE_STYLES.length * BADGE_THEMES.length}) and demo/screenshots/badges.png`);

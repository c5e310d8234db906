// README's first snippet ("## Embed"): a <tool-card> as static HTML (renderElement, styles linked
// from the CDN) and the hydrating bundle, for the version in package.json. It has to be regenerated
// when the version or the card's templates change (test/node/embed-snippet.test.mjs says so).
//
//   node scripts/readme-embed.mjs           prints the snippet (needs `npm run build`)
//   node scripts/readme-embed.mjs --write   puts it into README.md, in place of the first html block under "## Embed"
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

export const EMBED_FIXTURE = 'demo/fixtures/three-tools-mixed.json';
export const EMBED_TOOL = 'lantern-search';

export const cdnBase = (version) => `https://cdn.jsdelivr.net/npm/verdict-elements@${version}/dist/`;

/** The CLI command that prints the snippet's element (what README tells authors to run on their own document). */
export const embedCommand = (version) =>
  `npx verdict-elements render ${EMBED_FIXTURE} --element tool-card --tool ${EMBED_TOOL} --styles link --styles-href ${cdnBase(version)}css/`;

export async function embedSnippet() {
  const { version } = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const { renderElement } = await import('../dist/ssr/index.js');
  const doc = JSON.parse(await readFile(join(ROOT, EMBED_FIXTURE), 'utf8'));
  const card = await renderElement(doc, { element: 'tool-card', tool: EMBED_TOOL, styles: 'link', stylesHref: `${cdnBase(version)}css/` });
  return `<script type="module" src="${cdnBase(version)}verdict-elements.hydrate.js"></script>\n${card}\n`;
}

/** README with its first html block under "## Embed" replaced by `snippet`. */
export function withSnippet(readme, snippet) {
  const start = readme.search(/^## Embed\s*$/m);
  if (start < 0) throw new Error('README.md has no "## Embed" section');
  const open = readme.indexOf('```html\n', start);
  const close = readme.indexOf('\n```\n', open);
  if (open < 0 || close < 0) throw new Error('README.md\'s "## Embed" section has no ```html block');
  return readme.slice(0, open) + '```html\n' + snippet.replace(/\n$/, '') + readme.slice(close);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const snippet = await embedSnippet();
  if (process.argv.includes('--write')) {
    const path = join(ROOT, 'README.md');
    await writeFile(path, withSnippet(await readFile(path, 'utf8'), snippet));
    console.log('README.md: first snippet under "## Embed" updated');
  } else process.stdout.write(snippet);
}

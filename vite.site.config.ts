// `npm run build:site`: the demo pages (the workbench included) as a static site in dist-site/,
// with relative URLs only, so it works from any path prefix (https://example.com/any/dir/).
// The library comes from source, as in `npm start`; the workbench's embed code carries the URLs
// and SRI hashes of the CDN bundles in dist/ (build those first: `npm run build:site` does).
import { defineConfig, type Plugin } from 'vite';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { workbench } from './scripts/vite-workbench.mjs';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const demo = here('demo/');

/** The example documents the pages fetch at run time (`src="fixtures/…"`), copied as they are. */
function copyFixtures(): Plugin {
  return {
    name: 'verdict-site-fixtures',
    generateBundle() {
      for (const name of readdirSync(`${demo}fixtures`)) {
        if (name.endsWith('.json')) this.emitFile({ type: 'asset', fileName: `fixtures/${name}`, source: readFileSync(`${demo}fixtures/${name}`) });
      }
    },
  };
}

const pages = Object.fromEntries(
  readdirSync(demo)
    .filter((name) => name.endsWith('.html'))
    .map((name) => [name.replace(/\.html$/, ''), `${demo}${name}`]),
);

export default defineConfig({
  root: demo,
  base: './',
  publicDir: false,
  // The elements' templates minified as in the CDN bundle, so a preview shows exactly what an embed shows.
  plugins: [minifyLiteralsPlugin(), workbench(), copyFixtures()],
  build: {
    outDir: here('dist-site'),
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    rolldownOptions: { input: pages },
  },
});

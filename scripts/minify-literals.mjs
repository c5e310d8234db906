// Minifies the HTML and CSS inside our Lit templates with maintained tools:
// @lit-labs/rollup-plugin-minify-html-literals finds the literals (TypeScript's parser) and runs
// html-minifier-next on `html`/`svg` templates and Lightning CSS on `css` ones. Lightning CSS
// tokenizes: strings, url(), calc() and custom properties keep their meaning, unlike the regex
// minifier this replaces.
//
// One function, three users, so every output of the project carries the same bytes:
//  - the CDN build (vite.config.ts: `minifyLiteralsPlugin()`),
//  - the npm build (`node scripts/minify-literals.mjs dist/lib`, after tsc),
//  - server rendering, which must match the CDN bundle: render from dist/lib, or run
//    `minifyLiterals(code, fileName)` on the sources it loads (or add `minifyLiteralsPlugin()` to
//    its Vite SSR build).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals, defaultShouldMinifyCSS } from '@lit-labs/rollup-plugin-minify-html-literals/lib/minify-html-literals.js';
import { defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

// Lightning CSS without browser targets: nothing is lowered or prefixed (the source is already
// what the browsers get). It does drop a declaration overridden later in the same rule; write a
// fallback for older engines with @supports instead.
const CSS_OPTIONS = { minify: true };

/** An untagged template passed straight to `unsafeCSS(...)`: CSS too. */
const UNSAFE_CSS_BEFORE = /\bunsafeCSS\(\s*$/;

/**
 * CSS text -> minified CSS. A text without a block is a declaration list (`unsafeCSS` tokens
 * spliced into a rule): it is minified inside a rule and unwrapped.
 */
export function minifyCss(css) {
  if (css.includes('{')) return defaultStrategy.minifyCSS(css, CSS_OPTIONS);
  if (!css.trim()) return '';
  const wrapped = defaultStrategy.minifyCSS(`a{${css}}`, CSS_OPTIONS);
  if (!wrapped.startsWith('a{') || !wrapped.endsWith('}')) throw new Error(`Lightning CSS changed a declaration list unexpectedly: ${wrapped}`);
  return wrapped.slice(2, -1);
}

const strategy = { ...defaultStrategy, minifyCSS: (css) => minifyCss(css) };

/**
 * Minifies every `html`, `svg`, `css` template and `unsafeCSS(`...`)` literal in one module's
 * source (TypeScript or JavaScript). Returns `{ code, map }`, or null when nothing changed.
 * Throws on CSS or HTML it cannot parse (a build must fail rather than ship it unminified).
 */
export async function minifyLiterals(code, fileName) {
  const result = await minifyHTMLLiterals(code, {
    fileName,
    strategy,
    minifyOptions: { minifyCSS: CSS_OPTIONS },
    shouldMinifyCSS: (template) =>
      defaultShouldMinifyCSS(template) || (!template.tag && UNSAFE_CSS_BEFORE.test(code.slice(0, template.parts[0].start - 1))),
  });
  return result ? { code: result.code, map: result.map } : null;
}

const LITERALS = /\b(?:html|svg|css|unsafeCSS\()\s*`/;

/** A Vite (Rollup) plugin applying it to our own sources, before TypeScript is stripped. */
export function minifyLiteralsPlugin() {
  return {
    name: 'verdict-minify-literals',
    enforce: 'pre',
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !LITERALS.test(code)) return null;
      return minifyLiterals(code, id);
    },
  };
}

/** Minifies the compiled npm build (tsc output) in place; returns the number of files changed. */
export async function minifyDirectory(dir) {
  let files = 0;
  const walk = async (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.name.endsWith('.js')) {
        const code = readFileSync(path, 'utf8');
        if (!LITERALS.test(code)) continue;
        const result = await minifyLiterals(code, path);
        if (!result) continue;
        writeFileSync(path, result.code);
        files++;
      }
    }
  };
  await walk(dir);
  return files;
}

// As a script: minify the compiled npm build in place.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? 'dist/lib';
  const files = await minifyDirectory(dir);
  console.log(`minified the templates in ${files} files of ${dir}`);
}

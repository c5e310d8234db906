// CSS whitespace removal for the CSS inside our `css` tagged templates and `unsafeCSS(...)` calls.
// Used by the CDN build (a Vite plugin) and after tsc for the npm build (`node scripts/minify-css.mjs`).
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const CSS_TEMPLATE = /\b(?:css|unsafeCSS\()\s*`/;

/** Conservative: comments, indentation, spaces around braces and separators. */
export function minifyCss(source) {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([:,])\s+/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/** Rewrites every `css`...`` and `unsafeCSS(`...`)` in a module's text (templates without nested backticks). */
export function minifyCssLiterals(code) {
  return code.replace(/\b(css|unsafeCSS\()\s*`([^`]*)`/g, (_match, tag, body) => `${tag}\`${minifyCss(body)}\``);
}

/** A Vite plugin applying it to our own sources. */
export function minifyCssPlugin() {
  return {
    name: 'verdict-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !CSS_TEMPLATE.test(code)) return null;
      return { code: minifyCssLiterals(code), map: null };
    },
  };
}

// As a script: minify the compiled npm build in place.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const dir = process.argv[2] ?? 'dist/lib';
  let files = 0;
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.js')) {
        const code = readFileSync(path, 'utf8');
        if (!CSS_TEMPLATE.test(code)) continue;
        writeFileSync(path, minifyCssLiterals(code));
        files++;
      }
    }
  };
  walk(dir);
  console.log(`minified the CSS in ${files} files of ${dir}`);
}

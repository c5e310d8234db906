import type { Plugin } from 'vite';

/** Conservative CSS whitespace removal: comments, indentation, spaces around braces and separators. */
export function minifyCss(source: string): string {
  return source
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};])\s*/g, '$1')
    .replace(/([:,])\s+/g, '$1')
    .replace(/;}/g, '}')
    .trim();
}

/**
 * Shrinks the CSS inside `css` tagged templates and `unsafeCSS(`...`)` in our own sources for the
 * bundles (the styles are about a third of our code). Templates with nested backticks are left alone.
 */
export function minifyCssLiterals(): Plugin {
  return {
    name: 'verdict-minify-css-literals',
    enforce: 'pre',
    transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id) || !/css`|unsafeCSS\(`/.test(code)) return null;
      const out = code.replace(/(css|unsafeCSS\()`([^`]*)`/g, (_match, tag: string, body: string) => `${tag}\`${minifyCss(body)}\``);
      return { code: out, map: null };
    },
  };
}

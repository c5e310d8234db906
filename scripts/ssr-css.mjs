// Writes dist/css/<element>.css: each element's styles as a file, for static HTML rendered with
// `styles: 'link'` (`--styles link`), which a strict `style-src 'self'` allows where an inline
// <style> is not. Taken from the built SSR module, so the files are exactly what renderElement
// would inline (with the rule for readers without scripts, src/ssr/no-script.ts). Run after `vite build -c vite.ssr.config.ts`.
import { mkdirSync, writeFileSync } from 'node:fs';
import { ELEMENTS, NO_SCRIPT_CSS } from '../dist/ssr/index.js';

const out = new URL('../dist/css/', import.meta.url);
mkdirSync(out, { recursive: true });
for (const tag of ELEMENTS) {
  const styles = globalThis.customElements.get(tag).elementStyles;
  writeFileSync(new URL(`${tag}.css`, out), `${[...styles.map((s) => s.cssText), NO_SCRIPT_CSS].join('\n')}\n`);
}
console.log(`wrote dist/css/{${ELEMENTS.join(',')}}.css`);

/**
 * What ties static HTML to the data it was rendered from. Shared by the server (`renderElement`
 * writes it in the host's `ssr` attribute) and the hydrating bundle (which checks it before it
 * adopts the server's DOM). DOM-free.
 */

/** The attribute of a server-rendered host: `"VERSION WORDS FINGERPRINT"`. */
export const SSR_ATTRIBUTE = 'ssr';

/** The attributes (besides the inline JSON) that change what an element renders; theme is CSS only. */
export const RENDER_ATTRIBUTES = ['tool', 'tools', 'heading-level', 'locale'] as const;

/** FNV-1a, 32 bits, base 36: enough to notice that the HTML and its data no longer agree. */
export function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/** The text a fingerprint is taken of: the inline JSON exactly as written, then each render attribute. */
export const renderKey = (json: string, attribute: (name: string) => string | null | undefined): string =>
  [json, ...RENDER_ATTRIBUTES.map((name) => attribute(name) ?? '')].join('\n');

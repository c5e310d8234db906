import { ContextRoot } from '@lit/context';

const ROOT = Symbol.for('verdict-elements.context-root');

/**
 * A `<tool-card>` upgraded before its `<tool-compare>` asks for the document before anyone
 * provides it; the context root replays such requests when the provider arrives. One per page.
 * Only the per-element define entries need it, since they can be imported in any order; the
 * all-in-one entry (and the CDN bundle) defines `<tool-compare>` first, so it goes without
 * (about 300 bytes brotli).
 */
export function attachContextRoot(): void {
  const global = globalThis as typeof globalThis & { [ROOT]?: boolean };
  if (global[ROOT] || typeof document === 'undefined') return;
  global[ROOT] = true;
  new ContextRoot().attach(document.documentElement);
}

import { VERSION } from '../version.js';

const warned = new Set<string>();

/**
 * Registers `tag` unless some copy of verdict-elements already did. Pages often load a widget
 * twice (a CMS plugin and a theme, say); the second copy must neither throw nor replace the first.
 * A different version already registered is worth one console warning, since it wins.
 */
export function defineElement(tag: string, element: CustomElementConstructor & { version?: string }): void {
  const registry = globalThis.customElements;
  if (!registry) return; // Imported during server-side rendering or in Node.
  const existing = registry.get(tag) as (CustomElementConstructor & { version?: string }) | undefined;
  if (existing) {
    if (existing.version !== VERSION && !warned.has('version')) {
      warned.add('version');
      console.warn(
        `verdict-elements ${VERSION}: <${tag}> is already defined by ${existing.version ? `version ${existing.version}` : 'another script'}; that one is used.`,
      );
    }
    return;
  }
  element.version = VERSION;
  registry.define(tag, element);
}

/**
 * Wraps Lit's hydration support (`@lit-labs/ssr-client/lit-element-hydrate-support.js`, which must
 * be imported first) so that an element adopts its server-rendered shadow root only when that DOM
 * is what this bundle would render:
 *
 * - the `ssr` stamp names this version, and its fingerprint matches the inline JSON and render
 *   attributes as they are now: otherwise the element empties the root and renders afresh (its
 *   styles adopted as usual);
 * - the words the server used (English or French) are the element's words;
 * - hydration that still fails (HTML edited by hand) renders afresh instead of throwing.
 *
 * Must not import `lit` or `lit-element`: LitElement calls the hook when it is first evaluated.
 */
import type { LitElement, PropertyValues } from 'lit';
import { render } from 'lit-html';
import { adoptStyles } from '@lit/reactive-element/css-tag.js';
import { ENGLISH, type VerdictStrings } from '../strings.js';
import { FRENCH } from '../locales/fr.js';
import { VERSION } from '../version.js';
import { SSR_ATTRIBUTE, fingerprint, renderKey } from './fingerprint.js';

// Kept in step with VerdictElement's HYDRATES (importing it would evaluate LitElement too early).
const HYDRATES = Symbol.for('verdict-elements.hydrates');

type Element = LitElement & { strings?: Partial<VerdictStrings>; render(): unknown };
type Hook = (modules: { LitElement: typeof LitElement }) => void;
const global = globalThis as typeof globalThis & { litElementHydrateSupport?: Hook };
const support = global.litElementHydrateSupport;

/** Elements whose first update adopts server DOM. */
const adopting = new WeakSet<Element>();

/** Whether the server stamp says this DOM came from this version, these words and this data. */
function matches(el: Element): boolean {
  const [version, words, hash] = (el.getAttribute(SSR_ATTRIBUTE) ?? '').split(' ');
  const script = el.querySelector(':scope > script[type="application/json"]');
  if (version !== VERSION || !script || hash !== fingerprint(renderKey(script.textContent ?? '', (n) => el.getAttribute(n)))) return false;
  el.strings ??= words === 'fr' ? FRENCH : ENGLISH;
  return true;
}

if (support) {
  global.litElementHydrateSupport = ({ LitElement }) => {
    const proto = LitElement.prototype as unknown as {
      createRenderRoot(this: Element): HTMLElement | DocumentFragment;
      update(this: Element, changed: PropertyValues): void;
    };
    const renderAfresh = proto.createRenderRoot;
    support({ LitElement });
    const hydrateRoot = proto.createRenderRoot;
    const hydratingUpdate = proto.update;

    // VerdictElement empties a server-rendered root unless this is set (src/components/base/verdict-element.ts).
    (proto as unknown as Record<symbol, boolean>)[HYDRATES] = true;

    proto.createRenderRoot = function () {
      // A declarative shadow root that is not ours to adopt: empty it, then render as usual.
      if (this.shadowRoot && this.hasAttribute(SSR_ATTRIBUTE) && !matches(this)) {
        this.shadowRoot.replaceChildren();
        return renderAfresh.call(this);
      }
      if (this.shadowRoot) adopting.add(this);
      return hydrateRoot.call(this);
    };

    proto.update = function (changed) {
      if (!adopting.has(this)) return hydratingUpdate.call(this, changed);
      adopting.delete(this);
      try {
        hydratingUpdate.call(this, changed);
      } catch {
        const root = this.renderRoot as ShadowRoot & { _$litPart$?: unknown };
        root.replaceChildren();
        delete root._$litPart$;
        adoptStyles(root, (this.constructor as typeof LitElement).elementStyles);
        render(this.render(), root, this.renderOptions);
      }
    };
  };
}

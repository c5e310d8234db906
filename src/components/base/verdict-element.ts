import { LitElement, html, isServer, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { comparisonContext, type DocumentState } from '../../data/context.js';
import { VerdictError, isRetryable } from '../../data/errors.js';
import { cachedComparison, isAbort, loadComparison } from '../../data/loader.js';
import { prepareComparison } from '../../data/parse.js';
import type { ComparisonDocument } from '../../data/schema.js';
import { getStrings, type VerdictStrings } from '../../strings.js';
import { baseStyles } from '../../styles/tokens.js';
import { renderErrorView, type ErrorsMode } from './error-view.js';
import { Formatter } from './format.js';
import { whenNearViewport, whenOffscreen } from './viewport.js';
import { dataAttributeError, parseInline } from './source-problems.js';
import { watchTheme } from './theme-watch.js';

export type { DocumentState };

/** Detail of `verdict-load`. */
export interface VerdictLoadDetail {
  document: ComparisonDocument;
}

/** Detail of `verdict-error`. */
export interface VerdictErrorDetail {
  kind: VerdictError['kind'];
  message: string;
  issues: VerdictError['issues'];
  status?: number;
  url?: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'verdict-load': CustomEvent<VerdictLoadDetail>;
    'verdict-error': CustomEvent<VerdictErrorDetail>;
  }
}

/** A positive number of milliseconds, or undefined for the default (`timeout="5s"` is not one). */
function validTimeout(value: unknown): number | undefined {
  const ms = Number(value); // a framework may set the property from a string
  return value !== undefined && value !== null && Number.isFinite(ms) && ms > 0 ? ms : undefined;
}

const INLINE_JSON = ':scope > script[type="application/json"]';
/** Set on LitElement's prototype by the hydrating bundle (src/ssr/hydrate-guard.ts). */
const HYDRATES = Symbol.for('verdict-elements.hydrates');

/**
 * What the four elements share: finding the document (data property, inline JSON, src, an ancestor
 * `<tool-compare>`), the loading, loaded and error states, events, lazy loading, theme and locale.
 * Subclasses only say what they need of a document and how it looks.
 *
 * @event {CustomEvent<VerdictLoadDetail>} verdict-load - The document is loaded and valid. `detail.document` is the validated document.
 * @event {CustomEvent<VerdictErrorDetail>} verdict-error - The document could not be shown. `detail.kind`, `detail.message`, and for `schema` `detail.issues`.
 * @csspart error - The error box (`role="alert"`).
 * @csspart error-details - With `errors="reader"`, the "Details" disclosure that holds the author's message.
 * @csspart retry - The error box's "Try again" button, after a network, http or timeout error of `src`.
 * @csspart empty - The note shown while the element has no document source.
 * @cssproperty --verdict-accent - Accent colour (links, focus ring, category).
 * @cssproperty --verdict-surface - Background of cards, panels and badges.
 * @cssproperty --verdict-surface-2 - Secondary background (bars, buttons).
 * @cssproperty --verdict-text - Text colour.
 * @cssproperty --verdict-muted - Secondary text colour.
 * @cssproperty --verdict-border - Border colour.
 * @cssproperty --verdict-ship - Colour of "Ship".
 * @cssproperty --verdict-ship-bg - Background of a "Ship" chip.
 * @cssproperty --verdict-skip - Colour of "Skip".
 * @cssproperty --verdict-skip-bg - Background of a "Skip" chip.
 * @cssproperty --verdict-skeleton - Colour of the loading skeleton's blocks.
 * @cssproperty --verdict-shadow - Box shadow of cards and panels.
 * @cssproperty --verdict-radius - Corner radius.
 * @cssproperty --verdict-space - Base spacing.
 * @cssproperty --verdict-font-family - Font family.
 */
export abstract class VerdictElement extends LitElement {
  static override styles = [baseStyles];

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { reflect: true },
    tool: { reflect: true },
    theme: { reflect: true },
    loading: { reflect: true },
    locale: { reflect: true },
    errors: { reflect: true },
    timeout: { type: Number },
    strings: { attribute: false },
    votes: { reflect: true },
    _state: { state: true },
    _inherited: { state: true },
    _near: { state: true },
  };

  /** The document as an object (validated like any other source). Wins over every other source. */
  declare data: unknown;
  /** URL of a comparison document, fetched through the shared loader. */
  declare src: string | undefined;
  /** A tool id of the document. */
  declare tool: string | undefined;
  /**
   * `light`, `dark` or `auto`: the page's own scheme (a `dark`/`light` class or `data-theme` on the
   * root, the inherited `color-scheme`), else `prefers-color-scheme`; it follows a site's toggle live.
   */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** `lazy` waits until the element is within 256 px of the viewport before fetching `src`. */
  declare loading: 'eager' | 'lazy' | undefined;
  /** BCP 47 tag for numbers and dates; defaults to the nearest `lang`, then the browser's. */
  declare locale: string | undefined;
  /**
   * Who the error box speaks to: `reader` (default) one sentence, Retry where it helps, the author's
   * message under "Details"; `verbose` the author's message; `hidden` nothing (events still fire).
   */
  declare errors: ErrorsMode | undefined;
  /** Milliseconds before a `src` request fails with kind `timeout` (default 10000). */
  declare timeout: number | undefined;
  /** Overrides of the words this element shows (see `setStrings` for the whole page). */
  declare strings: Partial<VerdictStrings> | undefined;
  /** `off` hides the vote buttons (and keeps the document's community counts); otherwise they show when the document has a votes endpoint. */
  declare votes: 'off' | (string & {}) | undefined;

  /** The state of this element's own source (not counting an ancestor's). */
  declare protected _state: DocumentState;
  /** What an ancestor `<tool-compare>` provides, if any. */
  declare protected _inherited: DocumentState | undefined;
  declare private _near: boolean;

  /** The state being shown: the source's state, narrowed by what this element needs of it. */
  protected view: DocumentState = { status: 'idle' };
  private viewBase: DocumentState | undefined;
  /** The identity of the current source; a change means start over. */
  private sourceKey: unknown;
  private controller: AbortController | undefined;
  private stopWatching: (() => void) | undefined;
  private announced: DocumentState | undefined;
  private stopTheme: (() => void) | undefined;
  /** A placeholder was painted: an error keeps its space until out of view (no layout shift). */
  private holding = false;
  private stopHolding: (() => void) | undefined;

  constructor() {
    super();
    this._state = { status: 'idle' };
    this._near = false;
    // `<tool-compare>` provides rather than consumes; see `consumesContext`.
    if (this.consumesContext) {
      new ContextConsumer(this, {
        context: comparisonContext,
        subscribe: true,
        callback: (value) => (this._inherited = value),
      });
    }
  }

  protected get consumesContext(): boolean {
    return true;
  }

  /** The document being shown, once loaded. */
  get document(): ComparisonDocument | undefined {
    return this.view.status === 'ready' ? this.view.document : undefined;
  }

  /** Loads `src` again after a failure (the Retry button calls this); failures are never cached. */
  retry(): void {
    this.sourceKey = undefined;
    this.requestUpdate();
  }

  /**
   * Static HTML (a declarative shadow root from `verdict-elements/ssr`) is adopted only by the
   * hydrating bundle, which marks LitElement; without it, the element starts from an empty root.
   */
  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    if (!(this as { [HYDRATES]?: boolean })[HYDRATES]) this.shadowRoot?.replaceChildren();
    return super.createRenderRoot();
  }

  override connectedCallback(): void {
    // Forget the old ancestor's document: if a new ancestor provides one, the context consumer
    // (run by super.connectedCallback) asks again and gets it synchronously.
    this._inherited = undefined;
    super.connectedCallback();
    // Back in the page (re-added, moved): pick the source up again if it was dropped.
    if (this.sourceKey === undefined) this.requestUpdate();
    // An inline JSON script may be added or edited after the element upgrades (a parser still
    // streaming the page, a framework rendering children later).
    this.childWatcher ??= new MutationObserver(() => this.childrenChanged());
    // ...and the `data` attribute, a source that cannot work (see dataAttributeError).
    this.childWatcher.observe(this, { childList: true, subtree: true, characterData: true, attributeFilter: ['data'] });
    this.stopTheme = watchTheme(this);
  }

  private childWatcher: MutationObserver | undefined;

  /** Light-DOM children changed: re-read the inline script (subclasses may look at more). */
  protected childrenChanged(): void {
    this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childWatcher?.disconnect();
    this.stopTheme?.();
    this.release();
    // Wait a microtask: an element moved to another parent is removed and re-added at once.
    queueMicrotask(() => {
      if (this.isConnected) return;
      this.stopWatching?.();
      this.stopWatching = undefined;
      if (this.controller) {
        this.controller.abort();
        this.controller = undefined;
        this.sourceKey = undefined;
      }
    });
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.syncSource();
    const base: DocumentState = this._state.status === 'idle' && this._inherited ? this._inherited : this._state;
    if (base !== this.viewBase || changed.has('tool') || (changed as Map<PropertyKey, unknown>).has('tools')) {
      this.viewBase = base;
      this.view = this.narrow(base);
    }
  }

  protected override updated(): void {
    const status = this.view.status;
    if (status === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    // A frame that starts while loading paints the placeholder.
    if (status === 'loading') requestAnimationFrame(() => (this.holding ||= this.view.status === 'loading'));
    else if (status !== 'error') this.release();
    else if (this.holding) this.stopHolding ??= whenOffscreen(this, () => (this.release(), this.requestUpdate()));
    this.announce();
  }

  private release(): void {
    this.holding = false;
    this.stopHolding?.();
    this.stopHolding = undefined;
  }

  /** What this element needs of a document beyond its being valid (a tool that exists, say). */
  protected narrow(state: DocumentState): DocumentState {
    return state;
  }

  /** `narrow()` for elements that need `tool`: a missing or unknown id is a `not-found` error. */
  protected requireTool(state: DocumentState): DocumentState {
    if (state.status !== 'ready') return state;
    const error = this.missingTool(state.document, this.tool);
    return error ? { status: 'error', error } : state;
  }

  /** A `not-found` error for a tool id the document lacks, or undefined when it is there. */
  protected missingTool(document: ComparisonDocument, id: string | undefined, attribute = 'tool'): VerdictError | undefined {
    const ids = document.tools.map((t) => `"${t.id}"`).join(', ');
    if (!id) return new VerdictError('not-found', `Set the ${attribute} attribute to one of this comparison's tools: ${ids}.`);
    if (document.tools.some((t) => t.id === id)) return undefined;
    return new VerdictError('not-found', `This comparison has no tool "${id}". Its tools are ${ids}.`);
  }

  /** Picks the first source that applies and, when it changed, starts over with it. */
  private syncSource(): void {
    // `null` is "no data" too: frameworks write `data={doc ?? null}`.
    const data = this.data ?? undefined;
    // On a server (static rendering) there is no DOM to query and nothing to fetch: `data` or idle.
    const script = data === undefined && !isServer ? this.querySelector(INLINE_JSON) : null;
    const attribute = this.getAttribute('data') || undefined;
    const key = data !== undefined ? data : script ? script.textContent : this.src ? `src:${this.src}` : attribute && `data:${attribute}`;
    const fromSrc = data === undefined && !script && !!this.src && !isServer;
    const cached = fromSrc ? cachedComparison(this.src!) : undefined;
    // Wait for the viewport (lazy) or for the page (a removed element starts no request).
    const mustWait = fromSrc && !cached && ((this.loading === 'lazy' && !this._near) || !this.isConnected);
    if (key === this.sourceKey && !mustWait) return;
    this.controller?.abort();
    this.controller = undefined;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.sourceKey = key;

    if (data !== undefined) {
      this._state = this.attempt(() => prepareComparison(data));
    } else if (script) {
      this._state = this.attempt(() => parseInline(script.textContent ?? ''));
    } else if (cached) {
      this._state = { status: 'ready', document: cached };
    } else if (mustWait) {
      this._state = { status: 'loading' };
      this.sourceKey = undefined; // connectedCallback or the viewport brings it back here
      if (this.isConnected) this.stopWatching = whenNearViewport(this, () => (this._near = true));
    } else if (fromSrc) {
      this.fetchSource(this.src!);
    } else if (attribute) {
      this._state = { status: 'error', error: dataAttributeError(attribute) };
    } else {
      this._state = { status: 'idle' };
    }
  }

  private attempt(read: () => ComparisonDocument): DocumentState {
    try {
      return { status: 'ready', document: read() };
    } catch (error) {
      return { status: 'error', error: error instanceof VerdictError ? error : new VerdictError('parse', String(error)) };
    }
  }

  private fetchSource(src: string): void {
    const controller = (this.controller = new AbortController());
    this._state = { status: 'loading' };
    loadComparison(src, {
      signal: controller.signal,
      timeout: validTimeout(this.timeout),
    }).then(
      (document) => {
        if (this.controller !== controller) return;
        this.controller = undefined;
        this._state = { status: 'ready', document };
      },
      (error: unknown) => {
        // An abort means this element stopped waiting (new src, removed): nothing to show.
        if (this.controller !== controller || isAbort(error)) return;
        this.controller = undefined;
        this._state = {
          status: 'error',
          error: error instanceof VerdictError ? error : new VerdictError('network', String(error)),
        };
      },
    );
  }

  /** Fires `verdict-load` or `verdict-error` once per state that is this element's own news. */
  private announce(): void {
    const view = this.view;
    if (view === this.announced || view.status === 'idle' || view.status === 'loading') return;
    this.announced = view;
    // A state inherited unchanged from `<tool-compare>` was announced there already.
    if (view === this._inherited) return;
    if (view.status === 'ready') {
      this.dispatchEvent(
        new CustomEvent<VerdictLoadDetail>('verdict-load', { bubbles: true, composed: true, detail: { document: view.document } }),
      );
    } else {
      const { kind, message, issues, status, url } = view.error;
      this.dispatchEvent(
        new CustomEvent<VerdictErrorDetail>('verdict-error', {
          bubbles: true,
          composed: true,
          detail: { kind, message, issues, status, url },
        }),
      );
    }
  }

  /** The words to show: this element's overrides over the page's. */
  protected get text(): VerdictStrings {
    if (!this.strings) return getStrings();
    // The same object while neither side changes, so that a `guard` on the words holds.
    const page = getStrings();
    if (this.mergedFor?.[0] !== page || this.mergedFor[1] !== this.strings) {
      this.mergedFor = [page, this.strings, { ...page, ...this.strings }];
    }
    return this.mergedFor[2];
  }

  private mergedFor: [VerdictStrings, Partial<VerdictStrings>, VerdictStrings] | undefined;

  protected get format(): Formatter {
    return Formatter.for(this.locale || (isServer ? undefined : this.closest('[lang]')?.getAttribute('lang')) || undefined);
  }

  override render(): TemplateResult | typeof nothing {
    const view = this.view;
    switch (view.status) {
      case 'ready':
        return this.renderDocument(view.document);
      case 'error':
        return this.renderError(view.error);
      case 'loading':
        return html`${this.renderSkeleton()}<span class="visually-hidden">${this.text.loading}</span>`;
      default:
        return this.renderIdle();
    }
  }

  /** No source at all: say what to add rather than show a blank box. */
  protected renderIdle(): TemplateResult {
    return html`<p class="empty" part="empty">${this.text.empty}</p>`;
  }

  protected abstract renderDocument(document: ComparisonDocument): TemplateResult;
  protected abstract renderSkeleton(): TemplateResult;

  protected renderError(error: VerdictError): TemplateResult | typeof nothing {
    const retry = isRetryable(error) && this.src && !this.data && this._state.status === 'error';
    return renderErrorView(error, this.text, this.errors, retry ? () => this.retry() : undefined, this.holding ? this.renderSkeleton() : undefined);
  }
}

import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { comparisonContext, type DocumentState } from '../../data/context.js';
import { VerdictError, isRetryable } from '../../data/errors.js';
import { cachedComparison, isAbort, loadComparison } from '../../data/loader.js';
import { parseComparison, prepareComparison } from '../../data/parse.js';
import type { ComparisonDocument } from '../../data/schema.js';
import { getStrings, type VerdictStrings } from '../../strings.js';
import { baseStyles } from '../../styles/tokens.js';
import { Formatter } from './format.js';
import { alertIcon } from './icons.js';
import { whenNearViewport } from './near-viewport.js';

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

const INLINE_JSON = ':scope > script[type="application/json"]';

/**
 * What the four elements share: finding the document (data property, inline JSON, src, an ancestor
 * `<tool-compare>`), the loading, loaded and error states, events, lazy loading, theme and locale.
 * Subclasses only say what they need of a document and how it looks.
 *
 * @event {CustomEvent<VerdictLoadDetail>} verdict-load - The document is loaded and valid. `detail.document` is the validated document.
 * @event {CustomEvent<VerdictErrorDetail>} verdict-error - The document could not be shown. `detail.kind`, `detail.message`, and for `schema` `detail.issues`.
 * @csspart error - The error box (`role="alert"`).
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
    timeout: { type: Number },
    strings: { attribute: false },
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
  /** `light`, `dark` or `auto` (follows `prefers-color-scheme`). */
  declare theme: 'light' | 'dark' | 'auto' | undefined;
  /** `lazy` waits until the element is within 256 px of the viewport before fetching `src`. */
  declare loading: 'eager' | 'lazy' | undefined;
  /** BCP 47 tag for numbers and dates; defaults to the nearest `lang`, then the browser's. */
  declare locale: string | undefined;
  /** Milliseconds before a `src` request fails with kind `timeout` (default 10000). */
  declare timeout: number | undefined;
  /** Overrides of the words this element shows (see `setStrings` for the whole page). */
  declare strings: Partial<VerdictStrings> | undefined;

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
  /** Set by `retry()`: the next fetch bypasses the cache. */
  private retrying = false;

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

  /** Fetches `src` again after a failure (the Retry button calls this). */
  retry(): void {
    this.sourceKey = undefined;
    this.retrying = true;
    this.requestUpdate();
  }

  override connectedCallback(): void {
    // Forget the old ancestor's document: if a new ancestor provides one, the context consumer
    // (run by super.connectedCallback) asks again and gets it synchronously.
    this._inherited = undefined;
    super.connectedCallback();
    // Back in the page (re-added, moved): pick the source up again if it was dropped.
    if (this.sourceKey === undefined) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
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
    if (this.view.status === 'loading') this.setAttribute('aria-busy', 'true');
    else this.removeAttribute('aria-busy');
    this.announce();
  }

  /** What this element needs of a document beyond its being valid (a tool that exists, say). */
  protected narrow(state: DocumentState): DocumentState {
    return state;
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
    const script = this.data === undefined ? this.querySelector(INLINE_JSON) : null;
    const key = this.data !== undefined ? this.data : script ? script.textContent : this.src ? `src:${this.src}` : undefined;
    const lazyWait = key === `src:${this.src}` && this.loading === 'lazy' && !this._near;
    if (key === this.sourceKey && !lazyWait) return;
    this.controller?.abort();
    this.controller = undefined;
    this.stopWatching?.();
    this.stopWatching = undefined;
    this.sourceKey = key;

    if (this.data !== undefined) {
      this._state = this.attempt(() => prepareComparison(this.data));
    } else if (script) {
      this._state = this.attempt(() => parseComparison(script.textContent ?? ''));
    } else if (this.src) {
      const cached = !this.retrying && cachedComparison(this.src);
      if (cached) {
        this._state = { status: 'ready', document: cached };
      } else if (lazyWait) {
        this._state = { status: 'loading' };
        this.sourceKey = undefined;
        if (this.isConnected) this.stopWatching = whenNearViewport(this, () => (this._near = true));
      } else {
        this.fetchSource(this.src);
      }
    } else {
      this._state = { status: 'idle' };
    }
    this.retrying = false;
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
      // A framework may set the property from a string attribute value.
      timeout: this.timeout === undefined || this.timeout === null ? undefined : Number(this.timeout),
      reload: this.retrying,
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
    return this.strings ? { ...getStrings(), ...this.strings } : getStrings();
  }

  protected get format(): Formatter {
    return Formatter.for(this.locale || this.closest('[lang]')?.getAttribute('lang') || undefined);
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
        return html`<p class="empty" part="empty">${this.text.empty}</p>`;
    }
  }

  protected abstract renderDocument(document: ComparisonDocument): TemplateResult;
  protected abstract renderSkeleton(): TemplateResult;

  protected renderError(error: VerdictError): TemplateResult {
    const t = this.text;
    const retry = isRetryable(error) && this.src && !this.data && this._state.status === 'error';
    return html`<div class="error" part="error" role="alert">
      <p class="error-title">${alertIcon}<span>${t.errorTitle}</span></p>
      <p class="error-message">${t.errorMessage?.(error) ?? error.message}</p>
      ${error.issues.length > 1
        ? html`<details>
            <summary>${t.allProblems(error.issues.length)}</summary>
            <ul>
              ${error.issues.map((issue) => html`<li>${issue.path}: ${issue.message}</li>`)}
            </ul>
          </details>`
        : nothing}
      ${retry ? html`<button class="retry" part="retry" type="button" @click=${this.retry}>${t.retry}</button>` : nothing}
    </div>`;
  }
}

import { html, isServer, noChange, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ContextProvider } from '@lit/context';
import { comparisonContext, type DocumentState } from '../../data/context.js';
import { figuresFor, type ToolFigures } from '../../data/derive.js';
import type { ComparisonDocument } from '../../data/schema.js';
import { baseStyles } from '../../styles/tokens.js';
import { VerdictElement } from '../base/verdict-element.js';
import { headingLevel, safeHref, type RenderContext } from '../base/render-context.js';
import { renderCardSkeleton, renderToolCard } from '../tool-card/tool-card.js';
import { cardStyles } from '../tool-card/tool-card.styles.js';
import { renderPanel, renderPanelSkeleton } from '../verdict-panel/verdict-panel.js';
import { PanelState } from '../verdict-panel/panel-state.js';
import { panelStyles } from '../verdict-panel/verdict-panel.styles.js';
import { compareStyles } from './tool-compare.styles.js';
import { Voting, votingStyles, type VerdictTallyErrorDetail, type VerdictVoteDetail, type VerdictVotedDetail } from '../base/voting.js';

export type { VerdictTallyErrorDetail, VerdictVoteDetail, VerdictVotedDetail };

/** How many comparisons are showing their first document in the current task. */
const renderingTogether = { count: 0 };

const listIds = (value: string | undefined): string[] | undefined => {
  const ids = value?.split(',').map((id) => id.trim()).filter(Boolean);
  return ids?.length ? ids : undefined;
};

/**
 * The whole comparison side by side: title and question, a card per tool, the community vote
 * and the reviewer scorecard. With child elements (say two `<tool-card>`s), it renders its heading
 * and then the children, and provides its document to them.
 *
 * @tag tool-compare
 * @slot - Optional: your own arrangement of `<tool-card>`, `<verdict-panel>` and `<verdict-badge>`, fed by this element's document.
 * @csspart base - The whole comparison (each card and the scorecard are `base` too).
 * @csspart title - The comparison's title (its heading).
 * @csspart question - The comparison's question.
 * @csspart cards - The row of tool cards.
 * @csspart card - Each tool card.
 * @csspart logo - A tool's logo, when the document gives one.
 * @csspart category - A tool's category.
 * @csspart name - A tool's name.
 * @csspart tagline - A tool's tagline.
 * @csspart figures - The figures of a card.
 * @csspart figure - Each figure of a card.
 * @csspart disagreement - A card's note when panel and community are 30 points or more apart.
 * @csspart description - A tool's description.
 * @csspart community - The community vote block.
 * @csspart panel - The reviewer scorecard.
 * @csspart filters - The reviewer filter buttons; each is `filter`.
 * @csspart filter - A reviewer filter button.
 * @csspart row - A reviewer's row of the scorecard.
 * @csspart more - A long quote's "Read more" button.
 * @csspart chip - Each verdict chip.
 * @csspart chip-ship - A "Ship" verdict chip.
 * @csspart chip-skip - A "Skip" verdict chip.
 * @csspart quote - Each reviewer quote.
 * @csspart error - The error box.
 * @csspart vote - A tool's Ship and Skip buttons (when the document has a votes endpoint and `votes` is not `off`).
 * @csspart vote-button - Each vote button (`aria-pressed` says which is the reader's vote).
 * @csspart vote-ship - The Ship vote button.
 * @csspart vote-skip - The Skip vote button.
 * @csspart vote-status - The line under the buttons that says whether a vote counted, and why not.
 * @event {CustomEvent<VerdictVoteDetail>} verdict-vote - A reader pressed Ship or Skip (cancelable: `preventDefault()` stops the vote, to ask for a sign-in first, say). `detail.comparison`, `tool`, `verdict` (`ship`, `skip`, or `null` to withdraw), `previous`.
 * @event {CustomEvent<VerdictVotedDetail>} verdict-voted - The outcome of a vote: the same fields plus `ok`; with `ok`, the server's `ship` and `skip`; without, `kind` (`network`, `timeout`, `http`, or the server's kind such as `rate-limited`) and `retryAfter` in seconds when the server gave one.
 * @event {CustomEvent<VerdictTallyErrorDetail>} verdict-tally-error - The live tally cannot be read: the document's counts stay, and no error box is shown. `detail.comparison`, `kind`, `message`.
 * @cssproperty --verdict-accent - Accent colour.
 * @cssproperty --verdict-surface - Card and panel background.
 * @cssproperty --verdict-surface-2 - Secondary background (bars, buttons).
 * @cssproperty --verdict-text - Text colour.
 * @cssproperty --verdict-muted - Secondary text colour.
 * @cssproperty --verdict-border - Border colour.
 * @cssproperty --verdict-ship - Colour of "Ship".
 * @cssproperty --verdict-skip - Colour of "Skip".
 * @cssproperty --verdict-radius - Corner radius.
 * @cssproperty --verdict-space - Base spacing.
 * @cssproperty --verdict-font-family - Font family.
 * @cssproperty --verdict-page - The backdrop painted behind the cards (`transparent` blends it into the page).
 * @cssproperty --verdict-compare-height - A height to reserve for the whole comparison, loading or loaded, so that the page does not shift.
 * @cssproperty --verdict-card-height - A height to reserve for each card (default: at least 21.75rem).
 * @cssproperty --verdict-panel-height - A height to reserve for the scorecard.
 */
export class ToolCompare extends VerdictElement {
  static override styles = [baseStyles, cardStyles, panelStyles, compareStyles, votingStyles];
  static override properties = {
    tools: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    composed: { state: true },
  };

  /** Which tools to show, in order: `"id1,id2"`. An id the document lacks is a `not-found` error. */
  declare tools: string | undefined;
  /** Level of the comparison's title heading (default 2); cards and panel sit one level below. */
  declare headingLevel: number | undefined;
  /** Whether the author placed their own elements inside (composition mode). */
  declare private composed: boolean;

  private readonly provider = new ContextProvider(this, { context: comparisonContext });
  private readonly panel = new PanelState(this);
  private readonly voting = new Voting(this, () => !this.composed);
  /** Whether a scorecard has been shown; before that, a placeholder stands in for a frame (not on a server). */
  private scorecardShown = isServer;
  private scorecardTask: Promise<void> | undefined;

  constructor() {
    super();
    this.composed = false;
  }

  protected override get consumesContext(): boolean {
    return false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.checkComposed();
    // Rendered on a server (`verdict-elements/ssr`): the scorecard is on the page already.
    if (this.hasAttribute('ssr')) this.scorecardShown = true;
  }

  protected override childrenChanged(): void {
    super.childrenChanged();
    this.checkComposed();
  }

  private checkComposed(): void {
    // Not composition: the inline JSON, and the static HTML's light-DOM copy (`ssr-text`, for crawlers
    // and text tools) and declarative shadow root, which stays a <template> when a script inserts it.
    this.composed = [...this.children].some((child) => !/^(script|template)$/.test(child.localName) && !child.hasAttribute('ssr-text'));
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.document;
    super.willUpdate(changed);
    if (this.document !== before) this.panel.reset();
    // Descendants get the document itself; each one checks what it needs (its `tool`).
    if (this.provider.value !== this._state) this.provider.setValue(this._state);
  }

  /**
   * The scorecard is half of a comparison's layout, and a browser lays each new font size out slowly
   * the first time. So a comparison rendering on its own waits a frame before its first scorecard:
   * the browser lays out and paints the cards first, and no task grows past 50 ms at 4x CPU
   * throttling. (A timer alone is not enough: it often runs before the frame, and both parts are
   * then laid out in one task again.) When several comparisons render in the same task, that task
   * is long anyway, and waiting would only delay them all: their scorecards follow at once. Later
   * documents in the same element show theirs at once too: the page is warm, and a placeholder
   * would drop focus.
   */
  protected override updated(): void {
    super.updated();
    if (this.scorecardShown || this.scorecardTask || this.view.status !== 'ready' || this.composed) return;
    renderingTogether.count++;
    if (renderingTogether.count === 1) setTimeout(() => (renderingTogether.count = 0));
    this.scorecardTask = new Promise<void>((resolve) => {
      const show = () => {
        if (!this.scorecardTask) return;
        this.scorecardTask = undefined;
        this.scorecardShown = true;
        this.requestUpdate();
        resolve();
      };
      // Decided after the other elements updating in this task have run (their updates were queued first).
      queueMicrotask(() => {
        if (renderingTogether.count > 1 || globalThis.document.visibilityState === 'hidden') return show();
        requestAnimationFrame(() => setTimeout(show));
        // Hidden pages and off-screen frames paint nothing, so a frame may never come.
        setTimeout(show, 100);
      });
    });
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    let complete = await super.getUpdateComplete();
    while (this.scorecardTask) {
      await this.scorecardTask;
      complete = await super.getUpdateComplete();
    }
    return complete;
  }

  protected override narrow(state: DocumentState): DocumentState {
    if (state.status !== 'ready') return state;
    for (const id of listIds(this.tools) ?? []) {
      const error = this.missingTool(state.document, id, 'tools');
      if (error) return { status: 'error', error };
    }
    return state;
  }

  private get context(): RenderContext {
    return { text: this.text, format: this.format, level: Math.min(6, headingLevel(this.headingLevel, 2) + 1) };
  }

  private renderCommunity(tools: ToolFigures[], ctx: RenderContext): TemplateResult {
    const { text: t, format: f } = ctx;
    return html`<section class="community surface ${this.voting.tally ? 'voting' : ''}" part="community">
      <div class="community-title" role="heading" aria-level=${ctx.level}>${t.communityHeading}</div>
      <ul>
        ${tools.map((figures) => {
          const { tool } = figures;
          const community = this.voting.share(figures);
          return html`<li>
            <span class="c-name">${tool.name}</span>
            ${this.voting.buttons(tool, t, 'list')}
            ${community.percent === null
              ? html`<span class="bar-empty" aria-hidden="true"></span>`
              : html`<meter class="bar" min="0" max="100" value=${community.percent} aria-hidden="true"></meter>`}
            <span class="c-value"
              >${community.total ? t.communityShare(f.percent(community), community.total, f.number(community.total)) : t.noVotes}</span
            >
          </li>`;
        })}
      </ul>
      ${this.voting.status(t, 'list')}
    </section>`;
  }

  private renderHead(document: ComparisonDocument): TemplateResult {
    const level = headingLevel(this.headingLevel, 2);
    return html`<header class="compare-head">
      <div class="title" part="title" role="heading" aria-level=${level}>${document.title}</div>
      ${document.question ? html`<p class="question" part="question">${document.question}</p>` : nothing}
      ${document.summary ? html`<p class="summary">${document.summary}</p>` : nothing}
      ${document.published ? html`<p class="meta muted">${this.text.published(this.format.date(document.published))}</p>` : nothing}
    </header>`;
  }

  /** Cards and community vote are not built again when only the scorecard changes (it comes a frame later, filters). */
  protected override renderDocument(document: ComparisonDocument): TemplateResult {
    const ids = listIds(this.tools);
    const all = figuresFor(document).tools;
    const tools = ids ? ids.map((id) => all.find((f) => f.tool.id === id)!) : all;
    const ctx = this.context;
    const href = safeHref(document.url);
    return html`<section class="compare" part="base">
      ${this.renderHead(document)}
      ${this.composed
        ? html`<slot></slot>`
        : html`${this.memo([document, this.tools, ctx.text, ctx.format, ctx.level, this.voting.revision], () => [
              html`<div class="cards" part="cards">${tools.map((fig) => renderToolCard(fig, ctx, this.voting))}</div>`,
              this.renderCommunity(tools, ctx),
            ])}
            ${this.renderScorecard(document, ids, ctx)}`}
      ${href ? html`<p class="source"><a href=${href} rel="noopener">${this.text.readComparison}</a></p>` : nothing}
    </section>`;
  }

  /**
   * `guard` by hand (the directive costs ~130 B brotli of the CDN bundle): the cards and community
   * block stay as they are while their inputs do. Only valid while the part is the one rendered last
   * time, so a render that did not reach it (another state, composed) forgets the inputs.
   */
  private memo(deps: unknown[], render: () => unknown): unknown {
    this.memoSeen = true;
    const last = this.memoDeps;
    this.memoDeps = deps;
    return last?.length === deps.length && deps.every((dep, i) => dep === last[i]) ? noChange : render();
  }

  private memoDeps: unknown[] | undefined;
  private memoSeen = false;

  override render(): TemplateResult | typeof nothing {
    if (!this.memoSeen) this.memoDeps = undefined;
    this.memoSeen = false;
    return super.render();
  }

  private renderScorecard(document: ComparisonDocument, ids: string[] | undefined, ctx: RenderContext): TemplateResult {
    return this.scorecardShown ? renderPanel(document, ids, ctx, this.panel) : renderPanelSkeleton(document.reviewers.length);
  }

  /** Without a document of its own, a composed compare still shows its children (they may have theirs). */
  protected override renderIdle(): TemplateResult {
    return this.composed ? html`<slot></slot>` : super.renderIdle();
  }

  protected override renderSkeleton(): TemplateResult {
    const count = listIds(this.tools)?.length ?? 2;
    return html`<div class="compare ${this.composed ? '' : 'skeleton'}" part="base" aria-hidden=${this.composed ? nothing : 'true'}>
      <div class="compare-head" aria-hidden="true">
        <span class="bone head-bone"></span>
        <span class="bone question-bone"></span>
      </div>
      ${this.composed
        ? html`<slot></slot>`
        : html`<div class="cards">${Array.from({ length: count }, renderCardSkeleton)}</div>
            <div class="community surface skeleton">
              <span class="bone community-bone"></span>
              ${Array.from({ length: count }, () => html`<span class="bone community-row-bone"></span>`)}
            </div>
            ${renderPanelSkeleton()}`}
    </div>`;
  }
}

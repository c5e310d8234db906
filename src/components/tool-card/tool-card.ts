import { html, nothing, type TemplateResult } from 'lit';
import { figuresFor, pricingLabel, NO_FIGURE, type Share, type ToolFigures } from '../../data/derive.js';
import type { ComparisonDocument } from '../../data/schema.js';
import type { DocumentState } from '../../data/context.js';
import { baseStyles } from '../../styles/tokens.js';
import { VerdictElement } from '../base/verdict-element.js';
import { headingLevel, safeHref, type RenderContext } from '../base/render-context.js';
import { cardStyles } from './tool-card.styles.js';
import { alertIcon } from '../base/icons.js';
import { Voting, votingStyles, type VerdictTallyErrorDetail, type VerdictVoteDetail, type VerdictVotedDetail } from '../base/voting.js';

export type { VerdictTallyErrorDetail, VerdictVoteDetail, VerdictVotedDetail };

/** `reserve`: keep the bar's place while there is no share yet (live votes may bring one). */
function shareFigure(caption: string, value: string, share: Share, sub: string | undefined, reserve?: boolean): TemplateResult {
  return html`<div class="figure" part="figure">
    <dt>${caption}</dt>
    <dd class="value">${value}</dd>
    ${share.percent === null && !reserve
      ? nothing
      : html`<dd class="bar-cell ${share.percent === null ? 'void' : ''}">
          <meter class="bar" min="0" max="100" value=${share.percent ?? 0} aria-label=${caption} aria-valuetext=${sub ? `${value}, ${sub}` : value}></meter>
        </dd>`}
    ${sub ? html`<dd class="sub">${sub}</dd>` : nothing}
  </div>`;
}

/** One tool's card. Shared with `<tool-compare>`, which renders a card per tool the same way. */
export function renderToolCard(figures: ToolFigures, ctx: RenderContext, voting?: Voting): TemplateResult {
  const { tool, panel, disagreement } = figures;
  // Live votes change the share; whether the note shows stays the document's call, so it never pops in.
  const community = voting ? voting.share(figures) : figures.community;
  const { text: t, format: f } = ctx;
  const href = safeHref(tool.url);
  const logo = safeHref(tool.logo);
  const price = pricingLabel(tool, t.pricing) ?? NO_FIGURE;
  return html`<article class="card surface" part="base card">
    <header class="card-head">
      ${logo ? html`<img class="logo" part="logo" src=${logo} alt="" width="40" height="40" loading="lazy" referrerpolicy="no-referrer" />` : nothing}
      <div>
        ${tool.category ? html`<p class="category" part="category">${tool.category}</p>` : nothing}
        <div class="name" part="name" role="heading" aria-level=${ctx.level}>
          ${href ? html`<a href=${href} rel="noopener">${tool.name}</a>` : tool.name}
        </div>
        ${tool.vendor ? html`<p class="vendor muted">${t.by(tool.vendor)}</p>` : nothing}
      </div>
    </header>
    ${tool.tagline ? html`<p class="tagline" part="tagline">${tool.tagline}</p>` : nothing}
    <dl class="figures" part="figures">
      ${shareFigure(t.panelShip, f.percent(panel), panel, panel.total ? t.shipCount(f.number(panel.ship), f.number(panel.total)) : undefined)}
      ${shareFigure(t.community, f.percent(community), community, community.total ? t.votes(community.total, f.number(community.total)) : t.noVotes, !!voting?.tally)}
      <div class="figure entry" part="figure">
        <dt>${t.entry}</dt>
        <dd class="value word">${price}</dd>
      </div>
    </dl>
    ${disagreement === null
      ? nothing
      : html`<p class="disagreement" part="disagreement">${alertIcon}<span>${t.disagreement(f.percent(panel), f.percent(community))}</span></p>`}
    ${tool.pricing?.detail ? html`<p class="pricing-detail muted">${tool.pricing.detail}</p>` : nothing}
    ${tool.description ? html`<p class="description" part="description">${tool.description}</p>` : nothing}
    ${voting ? voting.card(tool, t) : nothing}
  </article>`;
}

/** A card-shaped placeholder of about the real card's height. */
export function renderCardSkeleton(): TemplateResult {
  return html`<div class="card surface skeleton" part="base card" aria-hidden="true">
    <span class="bone category-bone"></span>
    <span class="bone name-bone"></span>
    <span class="bone line"></span>
    <span class="bone line short"></span>
    <span class="bone figure-bone"></span>
    <span class="bone line"></span>
    <span class="bone line short"></span>
  </div>`;
}

/**
 * One tool of a comparison: name, vendor, category, tagline, panel and community ship shares,
 * entry pricing and description.
 *
 * @tag tool-card
 * @csspart base - The card box (also named `card`).
 * @csspart card - The card box (the same element as `base`).
 * @csspart logo - The tool's logo, when the document gives one.
 * @csspart category - The tool's category.
 * @csspart name - The tool's name (its heading).
 * @csspart tagline - The tool's tagline.
 * @csspart figures - The list of the three figures.
 * @csspart figure - Each of the three figures.
 * @csspart disagreement - The note shown when panel and community are 30 points or more apart.
 * @csspart description - The tool's description.
 * @csspart error - The error box.
 * @csspart vote - A tool's Ship and Skip buttons (when the document has a votes endpoint and `votes` is not `off`).
 * @csspart vote-button - Each vote button (`aria-pressed` says which is the reader's vote).
 * @csspart vote-ship - The Ship vote button.
 * @csspart vote-skip - The Skip vote button.
 * @csspart vote-status - The line under the buttons that says whether a vote counted, and why not.
 * @event {CustomEvent<VerdictVoteDetail>} verdict-vote - A reader pressed Ship or Skip (cancelable: `preventDefault()` stops the vote, to ask for a sign-in first, say). `detail.comparison`, `tool`, `verdict` (`ship`, `skip`, or `null` to withdraw), `previous`.
 * @event {CustomEvent<VerdictVotedDetail>} verdict-voted - The outcome of a vote: the same fields plus `ok`; with `ok`, the server's `ship` and `skip`; without, `kind` (`network`, `timeout`, `http`, or the server's kind such as `rate-limited`) and `retryAfter` in seconds when the server gave one.
 * @event {CustomEvent<VerdictTallyErrorDetail>} verdict-tally-error - The live tally cannot be read: the document's counts stay, and no error box is shown. `detail.comparison`, `kind`, `message`.
 * @cssproperty --verdict-accent - Accent colour (category, links, focus ring).
 * @cssproperty --verdict-surface - Card background.
 * @cssproperty --verdict-text - Text colour.
 * @cssproperty --verdict-muted - Secondary text colour.
 * @cssproperty --verdict-border - Border colour.
 * @cssproperty --verdict-radius - Corner radius.
 * @cssproperty --verdict-font-family - Font family.
 * @cssproperty --verdict-card-height - A height to reserve for the card, loading or loaded, so that the page does not shift (default: the placeholder is 21.75rem and a loaded card is never shorter).
 */
export class ToolCard extends VerdictElement {
  static override styles = [baseStyles, cardStyles, votingStyles];
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level of the tool name's heading (default 3). */
  declare headingLevel: number | undefined;

  private readonly voting = new Voting(this);

  protected override narrow(state: DocumentState): DocumentState {
    return this.requireTool(state);
  }

  protected override renderDocument(document: ComparisonDocument): TemplateResult {
    const figures = figuresFor(document).byId.get(this.tool!)!;
    return renderToolCard(figures, { text: this.text, format: this.format, level: headingLevel(this.headingLevel, 3) }, this.voting);
  }

  protected override renderSkeleton(): TemplateResult {
    return renderCardSkeleton();
  }
}

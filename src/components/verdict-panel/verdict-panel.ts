import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { figuresFor } from '../../data/derive.js';
import type { ComparisonDocument, Review, Reviewer } from '../../data/schema.js';
import type { DocumentState } from '../../data/context.js';
import { baseStyles } from '../../styles/tokens.js';
import { VerdictElement } from '../base/verdict-element.js';
import { headingLevel, type RenderContext } from '../base/render-context.js';
import { noneIcon, shipIcon, skipIcon } from '../base/icons.js';
import { PanelState } from './panel-state.js';
import { panelStyles } from './verdict-panel.styles.js';

/** Quotes longer than this start collapsed behind "Read more". */
export const LONG_QUOTE = 280;

/** A verdict as a chip: word and icon, with colour as a third cue. */
export function renderVerdictChip(review: Review | null, ctx: RenderContext): TemplateResult {
  const { text: t } = ctx;
  if (!review) return html`<span class="chip none" part="chip">${noneIcon}${t.noReview}</span>`;
  const ship = review.verdict === 'ship';
  return html`<span class="chip ${review.verdict}" part="chip chip-${review.verdict}">${ship ? shipIcon : skipIcon}${ship ? t.ship : t.skip}</span>`;
}

function renderQuote(review: Review, reviewer: Reviewer, ctx: RenderContext, state: PanelState): TemplateResult {
  const key = `${review.tool}/${review.reviewer}`;
  const long = review.quote.length > LONG_QUOTE;
  const open = state.expanded.has(key);
  const id = `q-${review.tool}_${review.reviewer}`; // `_` cannot occur in a slug: ids stay unique
  return html`<figure class="quote">
    ${review.headline ? html`<p class="headline">${review.headline}</p>` : nothing}
    <blockquote id=${id} part="quote" class=${long && !open ? 'clamped' : ''}>${review.quote}</blockquote>
    <figcaption class="visually-hidden">${reviewer.name}${reviewer.lens ? `, ${reviewer.lens}` : ''}</figcaption>
    ${long
      ? html`<button class="more" part="more" type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls=${id} @click=${() => state.toggleQuote(key)}>
          ${open ? ctx.text.showLess : ctx.text.readMore}
        </button>`
      : nothing}
  </figure>`;
}

function renderFilters(reviewers: Reviewer[], ctx: RenderContext, state: PanelState): TemplateResult {
  const { text: t } = ctx;
  const shown = reviewers.filter((r) => !state.hidden.has(r.id)).length;
  return html`<div class="filters" role="group" aria-label=${t.filterLabel} part="filters">
      ${reviewers.map(
        (r) => html`<button
          type="button"
          class="filter"
          part="filter"
          aria-pressed=${state.hidden.has(r.id) ? 'false' : 'true'}
          title=${r.lens ?? ''}
          @click=${() => state.toggleReviewer(r.id)}
        >
          ${r.name}
        </button>`,
      )}
    </div>
    <p class="visually-hidden" aria-live="polite">${t.showingReviewers(shown, reviewers.length)}</p>`;
}

/**
 * The reviewer scorecard: a row per reviewer, a column per tool (only `toolIds` when given),
 * with filter buttons per reviewer. Shared with `<tool-compare>`.
 */
export function renderPanel(
  doc: ComparisonDocument,
  toolIds: string[] | undefined,
  ctx: RenderContext,
  state: PanelState,
): TemplateResult {
  const { text: t, format: f } = ctx;
  const figures = figuresFor(doc);
  const columns = figures.tools
    .map((fig, index) => ({ fig, index }))
    .filter(({ fig }) => !toolIds || toolIds.includes(fig.tool.id));
  if (toolIds) columns.sort((a, b) => toolIds.indexOf(a.fig.tool.id) - toolIds.indexOf(b.fig.tool.id));
  const rows = figures.split.filter(({ reviewer }) => !state.hidden.has(reviewer.id));
  return html`<section class="panel surface" part="base panel">
    <div class="panel-title" role="heading" aria-level=${ctx.level}>${t.panelHeading}</div>
    ${figures.split.length === 0
      ? html`<p class="no-reviews">${t.noReviewers}</p>`
      : html`${figures.split.length > 1 ? renderFilters(doc.reviewers, ctx, state) : nothing}
          <div class="scroll" tabindex="0" role="region" aria-label=${t.panelHeading}>
            <table class="cols-${columns.length} ${columns.length === 1 ? 'single' : ''}">
              <thead>
                <tr>
                  <th scope="col" class="reviewer-col">${t.reviewer}</th>
                  ${columns.map(
                    ({ fig }) =>
                      html`<th scope="col">
                        ${fig.tool.name}
                        <span class="muted">${fig.panel.total ? t.shipCount(f.number(fig.panel.ship), f.number(fig.panel.total)) : t.noReview}</span>
                      </th>`,
                  )}
                </tr>
              </thead>
              <tbody>
                ${rows.map(
                  ({ reviewer, cells }) =>
                    html`<tr part="row">
                      <th scope="row">
                        <span class="reviewer-name">${reviewer.name}</span>
                        ${reviewer.lens ? html`<span class="lens">${reviewer.lens}</span>` : nothing}
                      </th>
                      ${columns.map(({ fig, index }) => {
                        const review = cells[index]!;
                        return html`<td>
                          <span class="cell-tool">${fig.tool.name}</span>
                          ${renderVerdictChip(review, ctx)} ${review ? renderQuote(review, reviewer, ctx, state) : nothing}
                        </td>`;
                      })}
                    </tr>`,
                )}
                ${rows.length === 0
                  ? html`<tr>
                      <td colspan=${columns.length + 1} class="no-reviews">${t.noReviewerSelected}</td>
                    </tr>`
                  : nothing}
              </tbody>
            </table>
          </div>`}
  </section>`;
}

/** About the height of a four-reviewer scorecard: title, filters, header, rows with quotes. */
export function renderPanelSkeleton(rows = 4): TemplateResult {
  return html`<div class="panel surface skeleton" part="base panel" aria-hidden="true">
    <span class="bone title-bone"></span>
    <span class="bone filters-bone"></span>
    <span class="bone header-bone"></span>
    ${Array.from({ length: rows }, () => html`<span class="bone row-bone"></span>`)}
  </div>`;
}

/**
 * The reviewer scorecard: each reviewer (name and lens) against each tool, with the verdict and
 * the quote, headline first. `tool="ID"` narrows it to one tool. Readers can filter reviewers
 * and open long quotes.
 *
 * @tag verdict-panel
 * @csspart base - The panel box (also named `panel`).
 * @csspart panel - The panel box (the same element as `base`).
 * @csspart filters - The row of reviewer filter buttons; each button is `filter`.
 * @csspart filter - A reviewer filter button.
 * @csspart row - A reviewer's row.
 * @csspart chip - A verdict chip (`chip-ship`, `chip-skip` for one verdict).
 * @csspart chip-ship - A "Ship" verdict chip.
 * @csspart chip-skip - A "Skip" verdict chip.
 * @csspart quote - A reviewer's quote; `more` is its "Read more" button.
 * @csspart more - A long quote's "Read more" button.
 * @csspart error - The error box.
 * @cssproperty --verdict-ship - Colour of "Ship".
 * @cssproperty --verdict-skip - Colour of "Skip".
 * @cssproperty --verdict-surface - Panel background.
 * @cssproperty --verdict-border - Border and rule colour.
 * @cssproperty --verdict-panel-height - A height to reserve for the scorecard, loading or loaded, so that the page does not shift.
 */
export class VerdictPanel extends VerdictElement {
  static override styles = [baseStyles, panelStyles];
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  /** Level of the panel's heading (default 3). */
  declare headingLevel: number | undefined;

  private readonly panel = new PanelState(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    const before = this.document;
    super.willUpdate(changed);
    if (this.document !== before) this.panel.reset();
  }

  protected override narrow(state: DocumentState): DocumentState {
    return this.tool ? this.requireTool(state) : state;
  }

  protected override renderDocument(document: ComparisonDocument): TemplateResult {
    const ctx = { text: this.text, format: this.format, level: headingLevel(this.headingLevel, 3) };
    return renderPanel(document, this.tool ? [this.tool] : undefined, ctx, this.panel);
  }

  protected override renderSkeleton(): TemplateResult {
    return renderPanelSkeleton();
  }
}

import { html, nothing, type TemplateResult } from 'lit';
import { figuresFor } from '../../data/derive.js';
import type { ComparisonDocument } from '../../data/schema.js';
import type { DocumentState } from '../../data/context.js';
import { baseStyles } from '../../styles/tokens.js';
import { VerdictElement } from '../base/verdict-element.js';
import { safeHref } from '../base/render-context.js';
import { badgeStyles } from './verdict-badge.styles.js';

/**
 * A compact badge for a vendor's own site: the tool's name, its panel ship share and how many
 * reviewers judged it, linking to the full comparison when the document has a `url`.
 *
 * @tag verdict-badge
 * @csspart base - The badge (a link when the document has a `url`; also named `badge`).
 * @csspart badge - The badge (the same element as `base`).
 * @csspart score - The circle with the panel ship share.
 * @csspart error - The error box.
 * @cssproperty --verdict-ship - Colour of a majority-ship score.
 * @cssproperty --verdict-skip - Colour of a majority-skip score.
 * @cssproperty --verdict-surface - Badge background.
 */
export class VerdictBadge extends VerdictElement {
  static override styles = [baseStyles, badgeStyles];

  protected override narrow(state: DocumentState): DocumentState {
    return this.requireTool(state);
  }

  protected override renderDocument(document: ComparisonDocument): TemplateResult {
    const { tool, panel } = figuresFor(document).byId.get(this.tool!)!;
    const t = this.text;
    const f = this.format;
    const share = f.percent(panel);
    const reviewers = t.reviewers(panel.total, f.number(panel.total));
    const tone = panel.percent === null ? 'none' : panel.percent < 50 ? 'low' : 'high';
    const href = safeHref(document.url);
    // The accessible name is the visible text itself (tool, share, reviewers), in reading order.
    const body = html`<span class="lines">
        <span class="badge-tool">${tool.name}</span>
        <span class="badge-meta">${t.panelShip} · ${reviewers}</span>
      </span>
      ${href ? html`<span class="visually-hidden">${t.readComparison}</span>` : nothing}`;
    const score = html`<span class="score ${tone}" part="score">${share}</span>`;
    return href
      ? html`<a class="badge" part="base badge" href=${href}>${score}${body}</a>`
      : html`<div class="badge" part="base badge">${score}${body}</div>`;
  }

  protected override renderSkeleton(): TemplateResult {
    return html`<div class="badge skeleton" part="base badge" aria-hidden="true">
      <span class="bone score-bone"></span><span class="bone"></span>
    </div>`;
  }
}

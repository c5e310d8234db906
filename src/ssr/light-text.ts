/**
 * The light-DOM copy of what an element shows, for readers of the static HTML that skip
 * `<template>` contents (most text extractors, feed and read-later tools, some crawlers). A browser
 * renders the shadow root instead (these children are not slotted), so people see it once and
 * assistive technology reads the shadow root. Server-only templates: every value is escaped text.
 */
import { html } from '@lit-labs/ssr';
import { nothing, type TemplateResult } from 'lit';
import { figuresFor, NO_FIGURE, pricingLabel, type ToolFigures } from '../data/derive.js';
import type { ComparisonDocument } from '../data/schema.js';
import type { RenderContext } from '../components/base/render-context.js';
import type { ElementName } from './structured-data.js';

function toolText({ tool, panel, community }: ToolFigures, ctx: RenderContext, details: boolean) {
  const { text: t, format: f } = ctx;
  const price = pricingLabel(tool, t.pricing) ?? NO_FIGURE;
  return html`<p>
    <strong>${tool.name}</strong>${tool.vendor ? html` (${t.by(tool.vendor)})` : nothing}${tool.category ? html` · ${tool.category}` : nothing}
    ${details && tool.tagline ? html`<br />${tool.tagline}` : nothing}
    <br />${t.panelShip}: ${f.percent(panel)}${panel.total ? ` (${t.shipCount(f.number(panel.ship), f.number(panel.total))})` : ''}
    · ${t.community}: ${f.percent(community)} (${community.total ? t.votes(community.total, f.number(community.total)) : t.noVotes})
    · ${t.entry}: ${price}
    ${details && tool.description ? html`<br />${tool.description}` : nothing}
  </p>`;
}

function quotesText(doc: ComparisonDocument, ids: string[], ctx: RenderContext) {
  const { text: t } = ctx;
  const reviews = doc.reviews.filter((r) => ids.includes(r.tool));
  if (!reviews.length) return html`<p>${t.panelHeading}: ${t.noReviewers}</p>`;
  return html`<p>${t.panelHeading}</p>
    <ul>
      ${reviews.map((r) => {
        const reviewer = doc.reviewers.find((x) => x.id === r.reviewer)!;
        const tool = doc.tools.find((x) => x.id === r.tool)!;
        return html`<li>
          ${reviewer.name}${reviewer.lens ? `, ${reviewer.lens}` : ''} · ${tool.name}: ${r.verdict === 'ship' ? t.ship : t.skip}.
          ${r.headline ? html`<strong>${r.headline}</strong>` : nothing}
          <q>${r.quote}</q>
        </li>`;
      })}
    </ul>`;
}

export function lightText(doc: ComparisonDocument, element: ElementName, ids: string[], ctx: RenderContext): TemplateResult {
  const figures = figuresFor(doc);
  const tools = ids.map((id) => figures.byId.get(id)!);
  const { text: t, format: f } = ctx;
  switch (element) {
    case 'tool-compare':
      return html`<p><strong>${doc.title}</strong>${doc.question ? html`<br />${doc.question}` : nothing}${doc.summary ? html`<br />${doc.summary}` : nothing}</p>
        ${tools.map((fig) => toolText(fig, ctx, true))}
        ${quotesText(doc, ids, ctx)}`;
    case 'tool-card':
      return toolText(tools[0]!, ctx, true);
    case 'verdict-panel':
      return quotesText(doc, ids, ctx);
    default: {
      const { tool, panel } = tools[0]!;
      return html`<p>${tool.name}: ${t.panelShip} ${f.percent(panel)} · ${t.reviewers(panel.total, f.number(panel.total))}</p>`;
    }
  }
}

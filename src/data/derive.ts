import type { ComparisonDocument, PricingEntry, Review, Reviewer, Tool } from './schema.js';

/** A share as a whole percent, or `null` where there is nothing to count (shown as "—"). */
export interface Share {
  percent: number | null;
  /** Ship reviews or ship votes. */
  ship: number;
  /** All reviews or all votes. */
  total: number;
}

export interface ToolFigures {
  tool: Tool;
  panel: Share;
  community: Share;
  /** The pricing label, or `null` when the tool has no pricing. */
  pricing: string | null;
  /** Points between panel and community ship shares when they are DISAGREEMENT_POINTS or more apart. */
  disagreement: number | null;
}

/** How far apart (in percentage points) panel and community must be to count as a disagreement. */
export const DISAGREEMENT_POINTS = 30;

export function disagreement(panel: Share, community: Share): number | null {
  if (panel.percent === null || community.percent === null) return null;
  const gap = Math.abs(panel.percent - community.percent);
  return gap >= DISAGREEMENT_POINTS ? gap : null;
}

export interface ReviewerRow {
  reviewer: Reviewer;
  /** One cell per tool in `tools` order; `null` is an explicit "no review". */
  cells: (Review | null)[];
}

export interface Figures {
  tools: ToolFigures[];
  byId: Map<string, ToolFigures>;
  split: ReviewerRow[];
}

/** The placeholder the spec asks for where a figure has nothing behind it. */
export const NO_FIGURE = '—';

/**
 * Whole percent of `part / total`, rounded half up, in integers so that 12.5 % is 13
 * and not 12 through a float that came out as 12.4999.
 */
export function roundedPercent(part: number, total: number): number | null {
  if (total <= 0) return null;
  return Math.floor((200 * part + total) / (2 * total));
}

const share = (ship: number, total: number): Share => ({ ship, total, percent: roundedPercent(ship, total) });

export const PRICING_WORDS: Record<PricingEntry, string> = {
  free: 'Free',
  freemium: 'Freemium',
  paid: 'Paid',
  'open-source': 'Open source',
  contact: 'Contact sales',
};

export function pricingLabel(tool: Tool, words: Record<PricingEntry, string> = PRICING_WORDS): string | null {
  if (!tool.pricing) return null;
  return tool.pricing.label || words[tool.pricing.entry];
}

function computeFigures(doc: ComparisonDocument): Figures {
  const tools = doc.tools.map((tool): ToolFigures => {
    const reviews = doc.reviews.filter((r) => r.tool === tool.id);
    const ship = reviews.filter((r) => r.verdict === 'ship').length;
    const votes = tool.community ? tool.community.ship + tool.community.skip : 0;
    const panel = share(ship, reviews.length);
    const community = share(tool.community?.ship ?? 0, votes);
    return { tool, panel, community, pricing: pricingLabel(tool), disagreement: disagreement(panel, community) };
  });
  const split = doc.reviewers.map((reviewer) => ({
    reviewer,
    cells: doc.tools.map((tool) => doc.reviews.find((r) => r.tool === tool.id && r.reviewer === reviewer.id) ?? null),
  }));
  return { tools, byId: new Map(tools.map((f) => [f.tool.id, f])), split };
}

const cache = new WeakMap<ComparisonDocument, Figures>();

/** Figures are computed once per validated document, however many elements show it. */
export function figuresFor(doc: ComparisonDocument): Figures {
  let figures = cache.get(doc);
  if (!figures) cache.set(doc, (figures = computeFigures(doc)));
  return figures;
}

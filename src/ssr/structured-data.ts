/**
 * schema.org JSON-LD for a server-rendered element, within Google's structured-data rules: it is
 * built from the same validated document as the HTML and marks up only what that element shows.
 *
 * - `<tool-card>`: a `SoftwareApplication` (name, category, description, link, and an `Offer` only
 *   where the price is known: free and open source are price 0; a "Paid" word is no price). A card
 *   shows no quotes, so it carries no reviews.
 * - `<verdict-panel>` and `<tool-compare>`: the applications with the panel's quotes as editorial
 *   `Review`s (author: the reviewer). A compare is an `ItemList` of them (a list of several apps is
 *   not eligible for review stars, and nothing here pretends otherwise).
 * - Never an `AggregateRating` (the community votes are not ratings), never on `<verdict-badge>`:
 *   a vendor marking up a verdict about itself is "self-serving" in Google's terms.
 */
import type { ItemList, ListItem, Offer, Review as ReviewLd, SoftwareApplication, WithContext } from 'schema-dts';
import type { ComparisonDocument, Review, Tool } from '../data/schema.js';
import { safeHref } from '../components/base/render-context.js';

export type ElementName = 'tool-compare' | 'tool-card' | 'verdict-panel' | 'verdict-badge';

/** What one element shows: which tools, and whether their card details and quotes are visible. */
export interface Visible {
  element: ElementName;
  /** Tool ids shown, in order. */
  tools: string[];
}

/** Where the price is known. Paid, contact and freemium name no amount: no offer then. */
function offer(tool: Tool): Offer | undefined {
  const entry = tool.pricing?.entry;
  return entry === 'free' || entry === 'open-source' ? { '@type': 'Offer', price: 0 } : undefined;
}

function review(review: Review, doc: ComparisonDocument): ReviewLd {
  const reviewer = doc.reviewers.find((r) => r.id === review.reviewer)!;
  return {
    '@type': 'Review',
    author: { '@type': 'Person', name: reviewer.name },
    ...(review.headline ? { name: review.headline } : {}),
    reviewBody: review.quote,
  };
}

function application(tool: Tool, doc: ComparisonDocument, card: boolean, quotes: boolean): SoftwareApplication {
  const url = safeHref(tool.url);
  const price = card ? offer(tool) : undefined;
  const reviews = quotes ? doc.reviews.filter((r) => r.tool === tool.id).map((r) => review(r, doc)) : [];
  return {
    '@type': 'SoftwareApplication',
    name: tool.name,
    ...(card && tool.category ? { applicationCategory: tool.category } : {}),
    ...(card && tool.description ? { description: tool.description } : {}),
    ...(card && url ? { url } : {}),
    ...(price ? { offers: price } : {}),
    ...(reviews.length ? { review: reviews } : {}),
  };
}

/** The JSON-LD object for what `visible` shows, or undefined where none belongs (the badge). */
export function structuredData(doc: ComparisonDocument, visible: Visible): WithContext<SoftwareApplication | ItemList> | undefined {
  const tools = visible.tools.map((id) => doc.tools.find((t) => t.id === id)!);
  switch (visible.element) {
    case 'tool-card':
      return { '@context': 'https://schema.org', ...application(tools[0]!, doc, true, false) } as WithContext<SoftwareApplication>;
    case 'verdict-panel':
      // One tool: that application; several: a list of them (the panel shows their names and quotes).
      if (tools.length === 1) return { '@context': 'https://schema.org', ...application(tools[0]!, doc, false, true) } as WithContext<SoftwareApplication>;
      return list(doc, tools, false);
    case 'tool-compare':
      return list(doc, tools, true);
    default:
      return undefined;
  }
}

function list(doc: ComparisonDocument, tools: Tool[], cards: boolean): WithContext<ItemList> {
  const url = safeHref(doc.url);
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    // The compare shows the title; a panel alone does not.
    ...(cards ? { name: doc.title } : {}),
    ...(cards && url ? { url } : {}),
    numberOfItems: tools.length,
    itemListElement: tools.map(
      (tool, index): ListItem => ({ '@type': 'ListItem', position: index + 1, item: application(tool, doc, cards, true) }),
    ),
  };
}

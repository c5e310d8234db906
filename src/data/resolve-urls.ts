import type { ComparisonDocument } from './schema.js';

function absolute(value: string | undefined, base: string): string | undefined {
  if (value === undefined) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return value; // No usable base (Node, about:blank): keep it relative; rendering only links http(s).
  }
}

/**
 * Relative links in a document point next to the document, not next to the page that embeds it:
 * resolve them once, here, so rendering never has to know where the document came from.
 */
export function resolveUrls(doc: ComparisonDocument, base: string): ComparisonDocument {
  return {
    ...doc,
    url: absolute(doc.url, base),
    tools: doc.tools.map((tool) => ({ ...tool, url: absolute(tool.url, base), logo: absolute(tool.logo, base) })),
    reviewers: doc.reviewers.map((reviewer) => ({ ...reviewer, avatar: absolute(reviewer.avatar, base) })),
    votes: doc.votes && { endpoint: absolute(doc.votes.endpoint, base)! },
  };
}

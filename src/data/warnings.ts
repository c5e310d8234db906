import type { ComparisonDocument } from './schema.js';

/**
 * Likely mistakes in a valid document: things the format allows but an author rarely means.
 * Warnings never stop rendering; the workbench lists them and `validate --strict` fails on them.
 * DOM-free, like the rest of the data layer.
 */
export type WarningCode =
  | 'url-looks-like-domain'
  | 'tool-not-reviewed'
  | 'reviewer-without-reviews'
  | 'long-quote'
  | 'published-in-future'
  | 'duplicate-name';

export interface DocumentWarning {
  code: WarningCode;
  /** Where, in the validator's form: `tools[1].url`. */
  path: string;
  message: string;
}

export interface WarningOptions {
  /** "Now", for the published-date check (tests pin it). Default: the current time. */
  now?: Date;
}

/** A quote longer than this reads as an essay in a scorecard cell. */
export const LONG_QUOTE_WORDS = 300;

// File extensions that look like top-level domains: `logo.png` is a file next to the document.
const FILE_EXTENSIONS = new Set(
  'png jpg jpeg gif svg webp avif ico bmp json yaml yml html htm php asp aspx md txt xml pdf js mjs css'.split(' '),
);

/**
 * `www.example.com` or `example.com/page`: no scheme, no leading `/` or `.`, and a first segment
 * shaped like a host name. Browsers resolve it against the document's address, which is almost
 * never what the author meant.
 */
export function looksLikeDomain(value: string): boolean {
  const trimmed = value.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(trimmed) || /^[/.?#]/.test(trimmed)) return false;
  const host = /^([^/?#:]+)/.exec(trimmed)?.[1]?.toLowerCase() ?? '';
  if (host.startsWith('www.')) return true;
  const labels = host.split('.');
  if (labels.length < 2 || labels.some((label) => !/^[a-z0-9-]+$/.test(label))) return false;
  const tld = labels[labels.length - 1]!;
  return /^[a-z]{2,24}$/.test(tld) && !FILE_EXTENSIONS.has(tld);
}

const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** The calendar date (YYYY-MM-DD) where it is furthest ahead (UTC+14): later than that is the future for everyone. */
function latestToday(now: Date): string {
  return new Date(now.getTime() + 14 * 3600_000).toISOString().slice(0, 10);
}

const normalName = (name: string) => name.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();

function duplicateNames(
  items: readonly { name: string }[],
  list: 'tools' | 'reviewers',
  noun: string,
  out: DocumentWarning[],
): void {
  const first = new Map<string, number>();
  items.forEach((item, i) => {
    const key = normalName(item.name);
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, i);
    else {
      out.push({
        code: 'duplicate-name',
        path: `${list}[${i}].name`,
        message: `same name as ${list}[${earlier}] ("${item.name}"): readers cannot tell the two ${noun}s apart`,
      });
    }
  });
}

/** Every warning for a document that passed `validateComparison` (before its URLs are resolved). */
export function warningsFor(doc: ComparisonDocument, options: WarningOptions = {}): DocumentWarning[] {
  const out: DocumentWarning[] = [];
  const checkUrl = (path: string, value: string | undefined) => {
    if (value === undefined || !looksLikeDomain(value)) return;
    out.push({
      code: 'url-looks-like-domain',
      path,
      message: `"${value}" is a relative URL: it resolves next to the document, not to that site; write "https://${value.trim()}" if you mean the site`,
    });
  };

  checkUrl('url', doc.url);
  const endpoint = (doc as { votes?: { endpoint?: unknown } }).votes?.endpoint;
  if (typeof endpoint === 'string') checkUrl('votes.endpoint', endpoint);
  doc.tools.forEach((tool, i) => {
    checkUrl(`tools[${i}].url`, tool.url);
    checkUrl(`tools[${i}].logo`, tool.logo);
  });
  doc.reviewers.forEach((reviewer, i) => checkUrl(`reviewers[${i}].avatar`, reviewer.avatar));

  if (doc.published !== undefined && doc.published > latestToday(options.now ?? new Date())) {
    out.push({ code: 'published-in-future', path: 'published', message: `${doc.published} is in the future` });
  }

  // Only a document with a panel can leave a tool unreviewed: with no reviewers it is a choice.
  if (doc.reviewers.length > 0) {
    const reviewed = new Set(doc.reviews.map((review) => review.tool));
    doc.tools.forEach((tool, i) => {
      if (!reviewed.has(tool.id)) {
        out.push({ code: 'tool-not-reviewed', path: `tools[${i}]`, message: `no reviewer reviewed "${tool.id}": its panel share shows "—"` });
      }
    });
  }
  const reviewing = new Set(doc.reviews.map((review) => review.reviewer));
  doc.reviewers.forEach((reviewer, i) => {
    if (!reviewing.has(reviewer.id)) {
      out.push({ code: 'reviewer-without-reviews', path: `reviewers[${i}]`, message: `"${reviewer.id}" has no reviews: the scorecard shows an empty row` });
    }
  });

  doc.reviews.forEach((review, i) => {
    const count = words(review.quote);
    if (count > LONG_QUOTE_WORDS) {
      out.push({
        code: 'long-quote',
        path: `reviews[${i}].quote`,
        message: `is ${count} words long; quotes over ${LONG_QUOTE_WORDS} words are hard to read in a scorecard`,
      });
    }
  });

  duplicateNames(doc.tools, 'tools', 'tool', out);
  duplicateNames(doc.reviewers, 'reviewers', 'reviewer', out);
  return out;
}

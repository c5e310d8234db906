/**
 * The comparison document, version 1, as an executable schema.
 * Written with `zod/mini` so only the validators used here reach the bundle,
 * and without `z.config` (that would change the host page's zod).
 */
import * as z from 'zod/mini';

// No counted repetition ({0,79}): V8 compiles that into a large regex on first use. Length: maxLength.
const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Schemes a document may link to; anything else is rejected here and not rendered later. */
export function isSafeUrl(value: string, base = 'https://invalid.invalid/'): boolean {
  try {
    const { protocol } = new URL(value, base);
    return protocol === 'https:' || protocol === 'http:';
  } catch {
    return false;
  }
}

function isCalendarDate(value: string): boolean {
  if (!DATE.test(value)) return true; // The format rule reports that one.
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

const text = (min: number, max: number) => z.string().check(z.minLength(min), z.maxLength(max));
const optionalText = (max: number) => z.optional(z.string().check(z.maxLength(max)));
const slug = z.string().check(
  z.regex(SLUG, {
    error: 'must be a slug: lowercase letters, digits and hyphens, starting with a letter or digit, at most 80 characters',
  }),
  z.maxLength(80),
);
const url = z.string().check(
  z.refine((v: string) => isSafeUrl(v), { error: 'must be an http: or https: URL (or a relative one)' }),
);
const date = z.string().check(
  z.regex(DATE, { error: 'must be a date written YYYY-MM-DD' }),
  z.refine(isCalendarDate, { error: 'is not a real calendar date' }),
);
const votes = z.int().check(z.nonnegative());

export const PRICING_ENTRIES = ['free', 'freemium', 'paid', 'open-source', 'contact'] as const;

export const toolSchema = z.object({
  id: slug,
  name: text(1, 120),
  vendor: optionalText(120),
  category: optionalText(60),
  tagline: optionalText(200),
  description: optionalText(2000),
  url: z.optional(url),
  logo: z.optional(url),
  pricing: z.optional(
    z.object({
      entry: z.enum(PRICING_ENTRIES),
      label: optionalText(40),
      detail: optionalText(500),
    }),
  ),
  community: z.optional(z.object({ ship: votes, skip: votes })),
});

export const reviewerSchema = z.object({
  id: slug,
  name: text(1, 80),
  lens: optionalText(120),
  avatar: z.optional(url),
});

export const reviewSchema = z.object({
  tool: z.string(),
  reviewer: z.string(),
  verdict: z.enum(['ship', 'skip']),
  quote: text(1, 4000),
  headline: optionalText(160),
});

type Ctx = { addIssue(issue: { code: 'custom'; message: string; path: (string | number)[]; input: unknown }): void };

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (item: unknown, key: string): unknown =>
  item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;

/** Ids must be unique within their list. Returns the ids seen. */
function checkUnique(ctx: Ctx, items: unknown[], key: string, noun: string): Set<unknown> {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    const id = field(item, 'id');
    if (typeof id !== 'string') return;
    if (seen.has(id)) ctx.addIssue({ code: 'custom', path: [key, i, 'id'], message: `duplicate ${noun} id "${id}"`, input: id });
    seen.add(id);
  });
  return seen;
}

/**
 * The rules that compare fields. They run even when other fields are broken (`when`), so that an
 * author sees every problem at once; hence they read the value defensively.
 */
function crossFieldRules(doc: unknown, ctx: Ctx): void {
  const tools = checkUnique(ctx, list(field(doc, 'tools')), 'tools', 'tool');
  const reviewers = checkUnique(ctx, list(field(doc, 'reviewers')), 'reviewers', 'reviewer');
  // A list that is itself broken is reported once, not again through every review that points into it.
  const toolsReadable = Array.isArray(field(doc, 'tools'));
  const reviewersReadable = field(doc, 'reviewers') === undefined || Array.isArray(field(doc, 'reviewers'));
  const pairs = new Set<string>();
  list(field(doc, 'reviews')).forEach((review, i) => {
    const tool = field(review, 'tool');
    const reviewer = field(review, 'reviewer');
    const problem = (key: string, message: string) =>
      ctx.addIssue({ code: 'custom', path: ['reviews', i, key], message, input: review });
    if (toolsReadable && typeof tool === 'string' && !tools.has(tool)) problem('tool', `unknown tool "${tool}"`);
    if (reviewersReadable && typeof reviewer === 'string' && !reviewers.has(reviewer)) {
      problem('reviewer', `unknown reviewer "${reviewer}"`);
    }
    if (typeof tool !== 'string' || typeof reviewer !== 'string') return;
    const pair = `${tool}\u0000${reviewer}`;
    if (pairs.has(pair)) problem('reviewer', `second review of "${tool}" by "${reviewer}" (one per tool and reviewer)`);
    pairs.add(pair);
  });
}

export const comparisonSchema = z
  .object({
    version: z.literal(1),
    id: slug,
    title: text(1, 200),
    question: optionalText(200),
    summary: optionalText(1000),
    url: z.optional(url),
    published: z.optional(date),
    tools: z.array(toolSchema).check(z.minLength(1), z.maxLength(12)),
    reviewers: z._default(z.array(reviewerSchema).check(z.maxLength(20)), []),
    reviews: z._default(z.array(reviewSchema).check(z.maxLength(500)), []),
    /** Reader voting (see votes.md): the vote server's base URL, resolved like every URL here. */
    votes: z.optional(z.object({ endpoint: url })),
  })
  .check(z.superRefine(crossFieldRules, { when: () => true }));

export type ComparisonDocument = z.infer<typeof comparisonSchema>;
export type Tool = ComparisonDocument['tools'][number];
export type Reviewer = ComparisonDocument['reviewers'][number];
export type Review = ComparisonDocument['reviews'][number];
export type PricingEntry = (typeof PRICING_ENTRIES)[number];
export type Verdict = Review['verdict'];

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
  // setUTCFullYear, not Date.UTC: that one reads years 0-99 as 1900-1999. An impossible day rolls over.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/*
 * Every rule below is a `z.refine` (or a `z.custom` schema) whose `params` are the JSON Schema
 * keywords it stands for, not zod/mini's stock checks and schemas (minLength, regex, int, number,
 * enum, literal, default): those cost about 1.4 KB brotli of the CDN bundle, these a few hundred bytes. validate.ts words each issue from
 * its params, and scripts/build-json-schema.mjs merges them into the generated JSON Schema, so
 * this file stays the one description of the format.
 */
export interface Rule {
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  enum?: readonly string[];
  const?: number;
  type?: 'integer';
  minimum?: number;
  maximum?: number;
  default?: [];
}
const rule = <T>(test: (value: T) => boolean, params?: Rule, error?: string) => z.refine<T>(test, { params, error });
/** In characters (code points), as zod's own maxLength counts: 200 emoji are a 200-character title. */
const size = (min: number, max: number) =>
  rule((v: string) => v.length >= min && [...v].length <= max, { minLength: min || undefined, maxLength: max });
const text = (min: number, max: number) => z.string().check(size(min, max));
const optionalText = (max: number) => z.optional(text(0, max));
// A list of the wrong length stops the checks after it (as zod's own maxLength does): 501 reviews
// are one problem, not 500 duplicates besides.
const list = <T extends z.core.SomeType>(item: T, min: number, max: number, fallback?: []) =>
  z.array(item).check(
    z.refine((v: unknown[]) => v.length >= min && v.length <= max, { params: { minItems: min || undefined, maxItems: max, default: fallback }, abort: true }),
  );
const pattern = (regex: RegExp, error: string) => rule((v: string) => regex.test(v), { pattern: regex.source }, error);
/**
 * A string from a fixed list; a custom schema, so that a missing value names the list too, and one
 * that does not abort, so that the cross-field rules still run.
 */
const oneOf = <T extends string>(values: readonly T[]) => z.custom<T>((v) => values.includes(v as T), { params: { enum: values }, abort: false });
const slug = z.string().check(
  pattern(SLUG, 'must be a slug: lowercase letters, digits and hyphens, starting with a letter or digit, at most 80 characters'),
  size(0, 80),
);
const url = z.string().check(rule((v: string) => isSafeUrl(v), undefined, 'must be an http: or https: URL (or a relative one)'));
const date = z.string().check(pattern(DATE, 'must be a date written YYYY-MM-DD'), rule(isCalendarDate, undefined, 'is not a real calendar date'));
// A custom schema, not z.number() with a check: zod/mini's number schema costs ~120 B brotli.
const votes = z.custom<number>((v) => Number.isSafeInteger(v) && (v as number) >= 0, {
  params: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
  abort: false,
});

export const PRICING_ENTRIES = ['free', 'freemium', 'paid', 'open-source', 'contact'] as const;
export const VERDICTS = ['ship', 'skip'] as const;

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
      entry: oneOf(PRICING_ENTRIES),
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
  verdict: oneOf(VERDICTS),
  quote: text(1, 4000),
  headline: optionalText(160),
});

type Issues = { code: 'custom'; message: string; path: (string | number)[]; input: unknown }[];

const items = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const field = (item: unknown, key: string): unknown =>
  item !== null && typeof item === 'object' ? (item as Record<string, unknown>)[key] : undefined;

/** Ids must be unique within their list. Returns the ids seen. */
function checkUnique(issues: Issues, items: unknown[], key: string, noun: string): Set<unknown> {
  const seen = new Set<unknown>();
  items.forEach((item, i) => {
    const id = field(item, 'id');
    if (typeof id !== 'string') return;
    if (seen.has(id)) issues.push({ code: 'custom', path: [key, i, 'id'], message: `duplicate ${noun} id "${id}"`, input: id });
    seen.add(id);
  });
  return seen;
}

/**
 * The rules that compare fields. They run even when other fields are broken (`when`), so that an
 * author sees every problem at once; hence they read the value defensively.
 */
function crossFieldRules(doc: unknown, issues: Issues): void {
  const tools = checkUnique(issues, items(field(doc, 'tools')), 'tools', 'tool');
  const reviewers = checkUnique(issues, items(field(doc, 'reviewers')), 'reviewers', 'reviewer');
  // A list that is itself broken is reported once, not again through every review that points into it.
  const toolsReadable = Array.isArray(field(doc, 'tools'));
  const reviewersReadable = field(doc, 'reviewers') === undefined || Array.isArray(field(doc, 'reviewers'));
  const pairs = new Set<string>();
  items(field(doc, 'reviews')).forEach((review, i) => {
    const tool = field(review, 'tool');
    const reviewer = field(review, 'reviewer');
    const problem = (key: string, message: string) =>
      issues.push({ code: 'custom', path: ['reviews', i, key], message, input: review });
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

const document = z
  .object({
    // Checked first, alone, in validate.ts; here for the type and the JSON Schema.
    version: z.custom<1>((v) => v === 1, { params: { const: 1 }, abort: false }),
    id: slug,
    title: text(1, 200),
    question: optionalText(200),
    summary: optionalText(1000),
    url: z.optional(url),
    published: z.optional(date),
    tools: list(toolSchema, 1, 12),
    reviewers: z.optional(list(reviewerSchema, 0, 20, [])),
    reviews: z.optional(list(reviewSchema, 0, 500, [])),
    /** Reader voting (see votes.md): the vote server's base URL, resolved like every URL here. */
    votes: z.optional(z.object({ endpoint: url })),
  })
  .check(z.check((payload) => crossFieldRules(payload.value, payload.issues as Issues), { when: () => true }));

/** The document as the elements use it: `reviewers` and `reviews` default to empty lists. */
// An overwrite, not z._default or a transform: the same result for a sixth of the bytes.
export const comparisonSchema = document.check(
  z.overwrite((doc) => ({ ...doc, reviewers: doc.reviewers ?? [], reviews: doc.reviews ?? [] })),
) as unknown as z.ZodMiniType<ComparisonDocument, z.input<typeof document>>;

type Parsed = z.output<typeof document>;
export type ComparisonDocument = Omit<Parsed, 'reviewers' | 'reviews'> & Required<Pick<Parsed, 'reviewers' | 'reviews'>>;
export type Tool = ComparisonDocument['tools'][number];
export type Reviewer = ComparisonDocument['reviewers'][number];
export type Review = ComparisonDocument['reviews'][number];
export type PricingEntry = (typeof PRICING_ENTRIES)[number];
export type Verdict = Review['verdict'];

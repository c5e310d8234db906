// fast-check arbitraries for comparison documents, written from the spec
// (/work/shared/spec/comparison-format.md), not from the zod schema: valid documents built by the
// spec's rules, and mutations of them that each say what the spec expects of the result.
import fc from 'fast-check';

export type Path = (string | number)[];

/** What the spec says about a generated case: valid, invalid with an issue at `path`, or nothing either way. */
export type Expectation = { ok: true } | { ok: false; path: string | RegExp } | { ok: 'any' };

export interface Case {
  /** How the document was made, for the failure report. */
  label: string;
  doc: unknown;
  expect: Expectation;
}

/** `['reviews', 3, 'tool']` -> `reviews[3].tool`, the form the spec uses for paths. */
export function pathString(path: Path): string {
  let out = '';
  for (const key of path) out += typeof key === 'number' ? `[${key}]` : out ? `.${key}` : key;
  return out || '(document)';
}

// ---------------------------------------------------------------------------------------------
// Strings

/** Characters that break naive renderers: bidi controls, zero-width, lone surrogates, NUL, markup. */
export const ODD_UNITS = [
  '\u202E', '\u202D', '\u202A', '\u202B', '\u202C', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F',
  '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\u0000', '\u0007',
  '\u001B', '\u0301', '\u0336', '\uFFFD', '\uFFFF', '\u{1F600}', '\u{1F3F3}\uFE0F\u200D\u{1F308}', '\u00A0', '\u3000',
  '\u2028', '\u2029', '<', '>', '&', '"', "'", '`', '${', '}}', '{{', '\\', '\n', '\r\n', '\t', '<!--', '-->', '</',
  '/>', '&amp;', '&#x3C;', 'javascript:', '__proto__', 'constructor', '<script>', '<img src=x onerror=alert(1)>',
];

/** One "character" of generated text: mostly printable ASCII, often odd, sometimes any code point. */
export const unit: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD_UNITS) },
  // Any code point, lone surrogates included.
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
);

/**
 * Length in characters as the spec counts them: code points (a lone surrogate is one). The schema's
 * zod counts the same way, so an emoji is one character and two UTF-16 units.
 */
export const chars = (s: string): number => [...s].length;
/** The first `max` characters of `s`. */
const cut = (s: string, max: number): string => [...s].slice(0, max).join('');

/** A string of `min` to `max` characters, now and then exactly `max`. */
export function text(min: number, max: number): fc.Arbitrary<string> {
  const free = fc
    .string({ unit, minLength: Math.max(min, 0), maxLength: max })
    .map((s) => cut(s, max))
    .filter((s) => chars(s) >= min && chars(s) <= max);
  const full = unit.map((u) => cut(u.repeat(max), max)).filter((s) => chars(s) === max);
  return fc.oneof({ weight: 12, arbitrary: free }, { weight: 1, arbitrary: full });
}

/** Text made of odd units only, within `min`..`max` characters. */
export function oddText(min: number, max: number): fc.Arbitrary<string> {
  return fc
    .array(fc.constantFrom(...ODD_UNITS), { minLength: Math.max(min, 1), maxLength: 30 })
    .map((units) => cut(units.join(''), max))
    .filter((s) => chars(s) >= min && chars(s) <= max);
}

const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const slug: fc.Arbitrary<string> = fc.oneof(
  { weight: 10, arbitrary: fc.stringMatching(SLUG) },
  // Ids that are also names of Object.prototype members (lowercase, so valid slugs).
  { weight: 2, arbitrary: fc.constantFrom('constructor', 'prototype', 'tostring', 'valueof', 'hasownproperty', 'proto', '0', '9-', 'a--b') },
  { weight: 1, arbitrary: fc.constant('z'.repeat(80)) },
);

/** Absolute http(s) URLs, and relative ones (which resolve against the page or the document). */
export const url: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.webUrl({ validSchemes: ['http', 'https'], withQueryParameters: true, withFragments: true }) },
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom('/', './', '../', '//example.com/', '?', '#', '/a/../'), fc.array(fc.webSegment(), { maxLength: 4 }))
      .map(([prefix, segments]) => prefix + segments.join('/'))
      // A relative URL must resolve ("//" alone names no host and does not).
      .filter((u) => URL.canParse(u, 'https://example.com/')),
  },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'HTTPS://EXAMPLE.COM/X',
      'http://[::1]:8080/',
      'https://例え.jp/パス',
      'https://xn--r8jz45g.jp/',
      'http://127.0.0.1/',
      '&#106;avascript:alert(1)', // relative: no scheme until the entity is decoded, and nothing decodes it
      'javascript&colon;alert(1)',
    ),
  },
);

/** Real calendar dates, years 0000 to 9999, written YYYY-MM-DD. */
export const date: fc.Arbitrary<string> = fc
  .date({ min: new Date('0000-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

const votes = fc.oneof(fc.nat(2000), fc.constant(0), fc.maxSafeNat());
export const PRICING_ENTRIES = ['free', 'freemium', 'paid', 'open-source', 'contact'] as const;

// ---------------------------------------------------------------------------------------------
// Valid documents

const tool = fc.record(
  {
    id: slug,
    name: text(1, 120),
    vendor: text(0, 120),
    category: text(0, 60),
    tagline: text(0, 200),
    description: text(0, 2000),
    url,
    logo: url,
    pricing: fc.record(
      { entry: fc.constantFrom(...PRICING_ENTRIES), label: text(0, 40), detail: text(0, 500) },
      { requiredKeys: ['entry'] },
    ),
    community: fc.record({ ship: votes, skip: votes }),
  },
  { requiredKeys: ['id', 'name'] },
);

const reviewer = fc.record({ id: slug, name: text(1, 80), lens: text(0, 120), avatar: url }, { requiredKeys: ['id', 'name'] });

const reviewBody = fc.record(
  { verdict: fc.constantFrom('ship', 'skip'), quote: text(1, 4000), headline: text(0, 160) },
  { requiredKeys: ['verdict', 'quote'] },
);

const head = fc.record(
  { id: slug, title: text(1, 200), question: text(0, 200), summary: text(0, 1000), url, published: date },
  { requiredKeys: ['id', 'title'] },
);

type Json = Record<string, any>;

function documentFrom(
  tools: fc.Arbitrary<Json[]>,
  reviewers: fc.Arbitrary<Json[] | undefined>,
  everyPair: boolean,
): fc.Arbitrary<Json> {
  return fc.record({ head, tools, reviewers, reviewsKey: fc.boolean() }).chain(({ head, tools, reviewers, reviewsKey }) => {
    const pairs = tools.flatMap((t) => (reviewers ?? []).map((r) => [t.id as string, r.id as string] as const));
    const chosen = everyPair ? fc.constant(pairs) : fc.shuffledSubarray(pairs);
    return chosen
      .chain((selected) => fc.tuple(...selected.map(([t, r]) => reviewBody.map((body) => ({ tool: t, reviewer: r, ...body })))))
      .map((reviews) => {
        const doc: Json = { version: 1, ...head, tools };
        if (reviewers !== undefined) doc.reviewers = reviewers;
        if (reviews.length || reviewsKey) doc.reviews = reviews;
        return doc;
      });
  });
}

/**
 * Documents that follow every rule of the spec: 1 to 12 tools and up to 20 reviewers with unique
 * slug ids, at most one review per (tool, reviewer), every string within its length, URLs http(s)
 * or relative, real dates, whole vote counts. One in twenty is as large as the spec allows.
 */
export const validDocument: fc.Arbitrary<Json> = fc.oneof(
  {
    weight: 19,
    arbitrary: documentFrom(
      fc.uniqueArray(tool, { minLength: 1, maxLength: 12, selector: (t) => t.id }),
      fc.option(fc.uniqueArray(reviewer, { maxLength: 20, selector: (r) => r.id }), { nil: undefined }),
      false,
    ),
  },
  {
    weight: 1,
    arbitrary: documentFrom(
      fc.uniqueArray(tool, { minLength: 12, maxLength: 12, selector: (t) => t.id }),
      fc.uniqueArray(reviewer, { minLength: 20, maxLength: 20, selector: (r) => r.id }),
      true,
    ),
  },
);

// ---------------------------------------------------------------------------------------------
// Where a document can be hit

type Kind = 'version' | 'text' | 'slug' | 'url' | 'date' | 'enum' | 'votes' | 'object' | 'array' | 'ref';

interface Slot {
  path: Path;
  kind: Kind;
  required: boolean;
  /** For text and slug: the length limits. */
  min?: number;
  max?: number;
  /** For enums: the allowed words. */
  values?: readonly string[];
}

/** Every field the spec defines, at the places it occurs in this document. */
function slotsOf(doc: Json): Slot[] {
  const slots: Slot[] = [];
  const add = (path: Path, kind: Kind, required: boolean, extra: Partial<Slot> = {}) => slots.push({ path, kind, required, ...extra });
  add(['version'], 'version', true);
  add(['id'], 'slug', true, { max: 80 });
  add(['title'], 'text', true, { min: 1, max: 200 });
  add(['question'], 'text', false, { min: 0, max: 200 });
  add(['summary'], 'text', false, { min: 0, max: 1000 });
  add(['url'], 'url', false);
  add(['published'], 'date', false);
  add(['tools'], 'array', true);
  add(['reviewers'], 'array', false);
  add(['reviews'], 'array', false);
  (doc.tools as Json[]).forEach((t, i) => {
    const p = (...rest: Path): Path => ['tools', i, ...rest];
    add(p(), 'object', true);
    add(p('id'), 'slug', true, { max: 80 });
    add(p('name'), 'text', true, { min: 1, max: 120 });
    add(p('vendor'), 'text', false, { min: 0, max: 120 });
    add(p('category'), 'text', false, { min: 0, max: 60 });
    add(p('tagline'), 'text', false, { min: 0, max: 200 });
    add(p('description'), 'text', false, { min: 0, max: 2000 });
    add(p('url'), 'url', false);
    add(p('logo'), 'url', false);
    add(p('pricing'), 'object', false);
    add(p('community'), 'object', false);
    if (t.pricing) {
      add(p('pricing', 'entry'), 'enum', true, { values: PRICING_ENTRIES });
      add(p('pricing', 'label'), 'text', false, { min: 0, max: 40 });
      add(p('pricing', 'detail'), 'text', false, { min: 0, max: 500 });
    }
    if (t.community) {
      add(p('community', 'ship'), 'votes', true);
      add(p('community', 'skip'), 'votes', true);
    }
  });
  ((doc.reviewers ?? []) as Json[]).forEach((_, i) => {
    const p = (...rest: Path): Path => ['reviewers', i, ...rest];
    add(p(), 'object', true);
    add(p('id'), 'slug', true, { max: 80 });
    add(p('name'), 'text', true, { min: 1, max: 80 });
    add(p('lens'), 'text', false, { min: 0, max: 120 });
    add(p('avatar'), 'url', false);
  });
  ((doc.reviews ?? []) as Json[]).forEach((_, i) => {
    const p = (...rest: Path): Path => ['reviews', i, ...rest];
    add(p(), 'object', true);
    add(p('tool'), 'ref', true);
    add(p('reviewer'), 'ref', true);
    add(p('verdict'), 'enum', true, { values: ['ship', 'skip'] });
    add(p('quote'), 'text', true, { min: 1, max: 4000 });
    add(p('headline'), 'text', false, { min: 0, max: 160 });
  });
  return slots;
}

function parentOf(doc: Json, path: Path): { parent: any; key: string | number } {
  let parent: any = doc;
  for (const key of path.slice(0, -1)) parent = parent[key];
  return { parent, key: path[path.length - 1]! };
}

/** Sets an own, enumerable property, as JSON.parse does (so `__proto__` is a key, not the prototype). */
function setOwn(target: any, key: string | number, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function withChange(doc: Json, path: Path, change: (parent: any, key: string | number) => void): Json {
  const copy = structuredClone(doc);
  if (path.length === 0) return copy;
  const { parent, key } = parentOf(copy, path);
  change(parent, key);
  return copy;
}

const invalidAt = (path: Path | string | RegExp): Expectation => ({
  ok: false,
  path: Array.isArray(path) ? pathString(path) : path,
});

// ---------------------------------------------------------------------------------------------
// Wrong values by kind (plain values: no objects with hostile keys, which hostileValue covers)

const plainNonStrings: unknown[] = [0, -1, 1.5, NaN, Infinity, true, false, null, [], ['x'], {}, { a: 1 }, 10n, new Date(0)];
const WRONG: Record<Kind, fc.Arbitrary<unknown>> = {
  version: fc.constantFrom(2, 0, '1', '1.0', 1.5, null, true, [1], {}, -1, 1e308, NaN, 10n),
  text: fc.constantFrom(...plainNonStrings),
  slug: fc.constantFrom(...plainNonStrings),
  url: fc.constantFrom(...plainNonStrings),
  date: fc.constantFrom(...plainNonStrings),
  ref: fc.constantFrom(...plainNonStrings),
  enum: fc.constantFrom(0, null, true, [], {}, 1.5, 10n),
  votes: fc.constantFrom('1', -1, 1.5, NaN, Infinity, -Infinity, 2 ** 53, null, true, [], {}, 1n),
  object: fc.constantFrom('x', '', 0, null, [], true, 10n),
  array: fc.constantFrom('x', 0, null, {}, { length: 1, 0: {} }, true),
};

/** Values of the right type that break the field's own rule. */
function badFormat(slot: Slot): fc.Arbitrary<unknown> | undefined {
  switch (slot.kind) {
    case 'slug':
      return fc.constantFrom('A', 'a b', '-a', 'a_b', '', 'ä', 'a'.repeat(81), 'a\u200B', '__proto__', 'constructor ', 'ＡＢ', 'a\u202E');
    case 'url':
      return fc.constantFrom(
        'javascript:alert(1)',
        'JaVaScRiPt:alert(1)',
        ' javascript:alert(1)',
        '\njavascript:alert(1)',
        'java\tscript:alert(1)',
        'java\nscript:alert(1)',
        'data:text/html,<script>alert(1)</script>',
        'DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
        'vbscript:msgbox(1)',
        'file:///etc/passwd',
        'ftp://example.com/',
        'blob:https://example.com/0',
        'about:blank',
        'mailto:a@example.com',
        'ws://example.com/',
        'http://[',
      );
    case 'date':
      return fc.constantFrom('2023-02-29', '2023-13-01', '2023-00-10', '2023-04-31', '23-01-01', '2023-1-01', '2023-01-01T00:00:00Z', '', ' 2023-01-01', '２０２３-01-01', '2023/01/01');
    case 'enum':
      return fc.constantFrom('SHIP', 'Ship', ' ship', 'ship ', 'ship\u200B', '', 'yes', 'Free', 'open source', 'paid\u0000', 'skip\n', '__proto__', 'toString');
    case 'ref':
      return fc.string({ unit, maxLength: 30 });
    case 'text':
      return slot.min ? fc.constant('') : undefined;
    default:
      return undefined;
  }
}

const tooLongText = (max: number): fc.Arbitrary<string> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.tuple(unit, fc.integer({ min: 1, max: 50 })).map(([u, extra]) => cut(u.repeat(max + extra), max + extra)) },
    { weight: 1, arbitrary: unit.map((u) => cut(u.repeat(100_000), 100_000)) },
  );

const UNKNOWN_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty', 'isPrototypeOf', 'then', '__defineGetter__', 'x-extension', 'version2', '$schema'];
const FIELD_NAMES = new Set(['version', 'id', 'title', 'question', 'summary', 'url', 'published', 'tools', 'reviewers', 'reviews', 'name', 'vendor', 'category', 'tagline', 'description', 'logo', 'pricing', 'community', 'entry', 'label', 'detail', 'ship', 'skip', 'lens', 'avatar', 'tool', 'reviewer', 'verdict', 'quote', 'headline']);
const unknownKey = fc.oneof(fc.constantFrom(...UNKNOWN_KEYS), fc.string({ unit, maxLength: 12 }).filter((k) => !FIELD_NAMES.has(k)));
const unknownValue = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
  { weight: 1, arbitrary: fc.constantFrom({ polluted: true }, { version: 2, tools: 'x' }, { prototype: { polluted: true } }, null) },
  { weight: 1, arbitrary: fc.constant('x'.repeat(100_000)) },
  { weight: 1, arbitrary: fc.constant(new Array(10_000).fill(0)) },
);

/** The objects of a document that unknown keys can go in. */
function objectPaths(doc: Json): Path[] {
  const paths: Path[] = [[]];
  (doc.tools as Json[]).forEach((t, i) => {
    if (t === null || typeof t !== 'object') return; // a mutation may have broken the item itself
    paths.push(['tools', i]);
    if (t.pricing) paths.push(['tools', i, 'pricing']);
    if (t.community) paths.push(['tools', i, 'community']);
  });
  const objectItems = (list: unknown) => (Array.isArray(list) ? list : []).flatMap((item, i) => (item !== null && typeof item === 'object' ? [i] : []));
  objectItems(doc.reviewers).forEach((i) => paths.push(['reviewers', i]));
  objectItems(doc.reviews).forEach((i) => paths.push(['reviews', i]));
  return paths;
}

const at = (doc: Json, path: Path): any => path.reduce((v: any, k) => v[k], doc);

// ---------------------------------------------------------------------------------------------
// Mutations

/** Mutations that keep the document valid: the spec says it must still be accepted. */
export const validMutation: fc.Arbitrary<Case> = validDocument.chain((doc) => {
  const slots = slotsOf(doc);
  const optional = slots.filter((s) => !s.required && at(doc, s.path.slice(0, -1)) !== undefined && s.path[s.path.length - 1] !== 'reviewers');
  const texts = slots.filter((s) => s.kind === 'text');
  return fc.oneof(
    fc.tuple(fc.constantFrom(...objectPaths(doc)), fc.array(fc.tuple(unknownKey, unknownValue), { minLength: 1, maxLength: 4 })).map(
      ([path, entries]): Case => {
        const copy = structuredClone(doc);
        const target = path.length ? at(copy, path) : copy;
        for (const [key, value] of entries) setOwn(target, key, value);
        return { label: `unknown keys ${entries.map(([k]) => JSON.stringify(k)).join(', ')} in ${pathString(path)}`, doc: copy, expect: { ok: true } };
      },
    ),
    fc.constantFrom(...optional).map(
      (slot): Case => ({
        label: `optional ${pathString(slot.path)} dropped`,
        doc: withChange(doc, slot.path, (parent, key) => delete parent[key]),
        expect: { ok: true },
      }),
    ),
    fc.constantFrom(...texts).chain((slot) =>
      oddText(slot.min ?? 0, slot.max!).map(
        (value): Case => ({
          label: `odd Unicode in ${pathString(slot.path)}`,
          doc: withChange(doc, slot.path, (parent, key) => setOwn(parent, key, value)),
          expect: { ok: true },
        }),
      ),
    ),
  );
});

function dropExpectation(doc: Json, slot: Slot): Expectation {
  const name = slot.path[slot.path.length - 1];
  if (slot.path.length === 1 && name === 'reviewers') {
    // Without reviewers every review names an unknown reviewer.
    return (doc.reviews ?? []).length ? invalidAt(/^reviews\[\d+\]\.reviewer$/) : { ok: true };
  }
  return slot.required ? invalidAt(slot.path) : { ok: true };
}

/** Mutations that break exactly one rule: the spec says the result is an error naming that path. */
export const invalidMutation: fc.Arbitrary<Case> = validDocument.chain((doc) => {
  const slots = slotsOf(doc);
  const present = slots.filter((s) => at(doc, s.path) !== undefined);
  const required = present.filter((s) => s.required);
  const limited = slots.filter((s) => (s.kind === 'text' || s.kind === 'slug') && at(doc, s.path.slice(0, -1)) !== undefined);
  const formatted = slots.filter((s) => badFormat(s) !== undefined && at(doc, s.path.slice(0, -1)) !== undefined);
  const reviews = (doc.reviews ?? []) as Json[];
  const options: fc.Arbitrary<Case>[] = [
    // A required field dropped.
    fc.constantFrom(...required).map(
      (slot): Case => ({
        label: `required ${pathString(slot.path)} dropped`,
        doc: withChange(doc, slot.path, (parent, key) => (Array.isArray(parent) ? (parent[key as number] = undefined) : delete parent[key])),
        expect: dropExpectation(doc, slot),
      }),
    ),
    // A wrong type (on a present field, or on an absent optional one).
    fc
      .constantFrom(...slots.filter((s) => at(doc, s.path.slice(0, -1)) !== undefined))
      .chain((slot) => WRONG[slot.kind].map((value) => ({ slot, value })))
      .map(
        ({ slot, value }): Case => ({
          label: `${pathString(slot.path)} set to the wrong type ${describeValue(value)}`,
          doc: withChange(doc, slot.path, (parent, key) => setOwn(parent, key, value)),
          expect: invalidAt(slot.path),
        }),
      ),
    // A string over its limit (up to 100,000 characters).
    fc.constantFrom(...limited).chain((slot) =>
      tooLongText(slot.max!).map(
        (value): Case => ({
          label: `${pathString(slot.path)} ${chars(value)} characters long (limit ${slot.max})`,
          doc: withChange(doc, slot.path, (parent, key) => setOwn(parent, key, value)),
          expect: invalidAt(slot.path),
        }),
      ),
    ),
    // A value of the right type that breaks the field's rule (slug, URL scheme, date, enum, reference, empty).
    fc.constantFrom(...formatted).chain((slot) =>
      badFormat(slot)!
        .filter((value) => slot.kind !== 'ref' || !idsFor(doc, slot).has(value as string))
        .map(
          (value): Case => ({
            label: `${pathString(slot.path)} set to ${describeValue(value)}`,
            doc: withChange(doc, slot.path, (parent, key) => setOwn(parent, key, value)),
            expect: invalidAt(slot.path),
          }),
        ),
    ),
    // Too many items, or no tools at all.
    fc.tuple(fc.constantFrom('tools', 'reviewers', 'reviews'), fc.oneof({ weight: 8, arbitrary: fc.integer({ min: 1, max: 40 }) }, { weight: 1, arbitrary: fc.constant(5000) })).map(
      ([list, extra]): Case => ({ label: `${list} over its limit by ${extra}`, doc: overfill(doc, list, extra), expect: invalidAt([list]) }),
    ),
    fc.constant<Case>({ label: 'no tools', doc: { ...structuredClone(doc), tools: [] }, expect: invalidAt(['tools']) }),
    // The whole document of the wrong type.
    fc.constantFrom(null, [], [structuredClone(doc)], 'x', JSON.stringify(doc), 0, true, undefined).map(
      (value): Case => ({ label: `document is ${describeValue(value)}`, doc: value, expect: invalidAt('(document)') }),
    ),
  ];
  // A duplicate id, or a second review of the same pair.
  if (doc.tools.length > 1) {
    options.push(
      fc.constant<Case>({
        label: 'duplicate tool id',
        doc: withChange(doc, ['tools', doc.tools.length - 1, 'id'], (parent, key) => (parent[key] = doc.tools[0].id)),
        expect: invalidAt(['tools', doc.tools.length - 1, 'id']),
      }),
    );
  }
  if ((doc.reviewers ?? []).length > 1) {
    const last = doc.reviewers.length - 1;
    options.push(
      fc.constant<Case>({
        label: 'duplicate reviewer id',
        doc: withChange(doc, ['reviewers', last, 'id'], (parent, key) => (parent[key] = doc.reviewers[0].id)),
        expect: invalidAt(['reviewers', last, 'id']),
      }),
    );
  }
  if (reviews.length) {
    options.push(
      fc.nat(reviews.length - 1).map((i): Case => {
        const copy = structuredClone(doc);
        copy.reviews.push({ ...reviews[i], quote: 'again' });
        return { label: `second review of reviews[${i}]'s pair`, doc: copy, expect: invalidAt(['reviews', reviews.length, 'reviewer']) };
      }),
    );
  }
  return fc.oneof(...options);
});

function idsFor(doc: Json, slot: Slot): Set<string> {
  const list = slot.path[slot.path.length - 1] === 'tool' ? doc.tools : (doc.reviewers ?? []);
  return new Set((list as Json[]).map((x) => x.id));
}

/** `list` with `extra` items past the spec's limit (12 tools, 20 reviewers, 500 reviews). */
function overfill(doc: Json, list: 'tools' | 'reviewers' | 'reviews', extra: number): Json {
  const copy = structuredClone(doc);
  const limit = { tools: 12, reviewers: 20, reviews: 500 }[list];
  const items: Json[] = [...(copy[list] ?? [])];
  for (let n = items.length; items.length < limit + extra; n++) {
    if (list === 'tools') items.push({ id: `extra-${n}`, name: `Extra ${n}` });
    else if (list === 'reviewers') items.push({ id: `extra-${n}`, name: `Extra ${n}` });
    else items.push({ tool: copy.tools[0].id, reviewer: copy.reviewers?.[0]?.id ?? 'nobody', verdict: 'ship', quote: `again ${n}` });
  }
  copy[list] = items;
  return copy;
}

// ---------------------------------------------------------------------------------------------
// Hostile values: things JSON can carry that break naive code (objects whose toString is not a
// function, own __proto__ keys), and things only a hand-built `data` object can be.

/** Objects that JSON.parse can produce and that `String(value)` cannot convert. */
const JSON_HOSTILE = ['{"toString":0}', '{"toString":null,"valueOf":null}', '{"valueOf":{},"toString":"x"}', '{"__proto__":{"toString":0}}', '{"constructor":{"prototype":{}}}', '[{"toString":0}]'];

export const hostileJsonValue: fc.Arbitrary<Case> = validDocument.chain((doc) => {
  const slots = slotsOf(doc).filter((s) => at(doc, s.path.slice(0, -1)) !== undefined && s.kind !== 'object' && s.kind !== 'array');
  return fc.tuple(fc.constantFrom(...slots), fc.constantFrom(...JSON_HOSTILE)).map(
    ([slot, json]): Case => ({
      label: `${pathString(slot.path)} set to JSON ${json}`,
      doc: withChange(doc, slot.path, (parent, key) => setOwn(parent, key, JSON.parse(json))),
      expect: invalidAt(slot.path),
    }),
  );
});

/**
 * Hand-built `data` objects: fields held on a prototype or by a getter (a class instance),
 * null-prototype objects, proxies. The spec fixes no verdict for inherited fields, so only the
 * general properties apply: no throw, and every error names a path.
 */
export const handBuiltData: fc.Arbitrary<Case> = fc.oneof(validDocument, invalidMutation.map((c) => c.doc).filter(isObject)).chain((doc) => {
  const objects = isObject(doc) && Array.isArray((doc as Json).tools) ? objectPaths(doc as Json) : [[]];
  return fc.tuple(fc.constantFrom(...objects), fc.constantFrom('prototype', 'getter-class', 'null-prototype', 'proxy', 'revoked-proxy', 'throwing-getter'), fc.nat()).map(
    ([path, how, n]): Case => {
      const copy = structuredClone(doc) as Json;
      const target = path.length ? at(copy, path) : copy;
      const keys = Object.keys(target);
      const key = keys[n % Math.max(keys.length, 1)];
      const rebuilt = rebuild(target, how, key);
      if (path.length) {
        const { parent, key: last } = parentOf(copy, path);
        parent[last] = rebuilt;
        return { label: `${how} at ${pathString(path)} (${key})`, doc: copy, expect: { ok: 'any' } };
      }
      return { label: `${how} at (document) (${key})`, doc: rebuilt, expect: { ok: 'any' } };
    },
  );
});

function rebuild(target: Json, how: string, key: string | undefined): unknown {
  switch (how) {
    case 'prototype': {
      // `key` moves to the prototype, made too long when it is a string: valid or not, never a throw.
      const { [key ?? '']: moved, ...own } = target;
      const proto = key === undefined ? {} : { [key]: typeof moved === 'string' ? moved.padEnd(5000, '!') : moved };
      return Object.assign(Object.create(proto), own);
    }
    case 'getter-class': {
      const { [key ?? '']: moved, ...own } = target;
      class Model {
        constructor() {
          Object.assign(this, own);
        }
      }
      if (key !== undefined) {
        Object.defineProperty(Model.prototype, key, {
          get: () => (typeof moved === 'string' ? `${moved}`.padEnd(5000, '!') : moved),
          enumerable: true,
        });
      }
      return new Model();
    }
    case 'null-prototype':
      return Object.assign(Object.create(null), target);
    case 'proxy':
      return new Proxy(target, {});
    case 'revoked-proxy': {
      const { proxy, revoke } = Proxy.revocable(target, {});
      revoke();
      return proxy;
    }
    default: {
      // A getter that answers once and throws after (a lazily loaded model, a disposed object).
      let reads = 0;
      const copy = { ...target };
      if (key !== undefined) {
        const value = target[key];
        Object.defineProperty(copy, key, {
          enumerable: true,
          get() {
            if (++reads > 1) throw new Error(`${key} read twice`);
            return typeof value === 'string' ? value.padEnd(5000, '!') : value;
          },
        });
      }
      return copy;
    }
  }
}

function isObject(value: unknown): value is Json {
  return value !== null && typeof value === 'object';
}

/** A short description of any value, for labels (never throws: hostile values are the point). */
export function describeValue(value: unknown): string {
  try {
    if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…(${value.length})` : value);
    if (typeof value === 'bigint') return `${value}n`;
    if (typeof value === 'symbol' || typeof value === 'function') return typeof value;
    if (value instanceof Date) return 'a Date';
    if (Array.isArray(value)) return `an array of ${value.length}`;
    if (value === null || typeof value !== 'object') return String(value);
    return `an object with keys ${JSON.stringify(Object.keys(value))}`;
  } catch {
    return 'an unreadable value';
  }
}

/** JSON of a generated case, truncated: for failure reports that stay readable. */
export function preview(value: unknown, limit = 1500): string {
  let out: string;
  try {
    out =
      JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? `${v}n` : typeof v === 'symbol' || typeof v === 'function' ? String(typeof v) : typeof v === 'string' && v.length > 200 ? `${v.slice(0, 200)}…(${v.length})` : v)) ?? String(value);
  } catch (error) {
    out = `(not serialisable: ${String(error)})`;
  }
  return out.length > limit ? `${out.slice(0, limit)}…` : out;
}

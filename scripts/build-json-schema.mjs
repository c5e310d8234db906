// Generates schema/comparison.schema.json (JSON Schema draft 2020-12) from the zod schema in
// src/data/schema.ts, as compiled to dist/lib by `npm run build`. The generated file is committed
// and published; test/node/json-schema.test.mjs checks that it is up to date.
//
//   npm run build && npm run build:schema          writes schema/comparison.schema.json
//   node scripts/build-json-schema.mjs OUT.json    writes elsewhere (- for stdout)
//
// zod's toJSONSchema drops refinements, so this script adds back what JSON Schema can say (URL
// schemes, calendar dates) and lists in "$comment" what it cannot (the cross-field rules).
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const SCHEMA_ID = 'https://unpkg.com/verdict-elements/schema/comparison.schema.json';
export const DEFAULT_OUTPUT = fileURLToPath(new URL('../schema/comparison.schema.json', import.meta.url));

// ---- URL fields -------------------------------------------------------------------------------
// The library accepts a string when `new URL(value, base).protocol` is http: or https: (isSafeUrl).
// The WHATWG URL parser first strips leading C0 controls and spaces and deletes every tab and
// newline, then reads a scheme: an ASCII letter, then letters, digits, "+", "-", "." up to ":".
// No scheme means a relative reference. The pattern follows those steps, so " javascript:",
// "java\tscript:" and "JavaScript:" are refused as the library refuses them.
const TAB_OR_NEWLINE = '[\\t\\n\\r]*';
const HTTP_SCHEME = `${['[Hh]', '[Tt]', '[Tt]', '[Pp]'].join(TAB_OR_NEWLINE)}(?:${TAB_OR_NEWLINE}[Ss])?${TAB_OR_NEWLINE}:`;
const ANY_SCHEME = `[A-Za-z](?:${TAB_OR_NEWLINE}[A-Za-z0-9+.-])*${TAB_OR_NEWLINE}:`;
export const URL_PATTERN = `^[\\u0000-\\u0020]*(?![\\u0000-\\u0020])(?:${HTTP_SCHEME}|(?!${ANY_SCHEME}))`;

// ---- Dates ------------------------------------------------------------------------------------
// YYYY-MM-DD that is a real day of the (proleptic Gregorian) calendar, as the library's
// `new Date(...)` round trip checks: 30-day months, February 28, and February 29 in leap years
// (divisible by 4, not by 100 unless by 400; the year 0000 is a leap year).
const DAY_OF_ANY_YEAR = '(?:0[13578]|1[02])-(?:0[1-9]|[12][0-9]|3[01])|(?:0[469]|11)-(?:0[1-9]|[12][0-9]|30)|02-(?:0[1-9]|1[0-9]|2[0-8])';
const LEAP_YEAR = '[0-9]{2}(?:0[48]|[2468][048]|[13579][26])|(?:[02468][048]|[13579][26])00';
export const DATE_PATTERN = `^(?:[0-9]{4}-(?:${DAY_OF_ANY_YEAR})|(?:${LEAP_YEAR})-02-29)$`;

const CROSS_FIELD_RULES = [
  'tool ids are unique',
  'reviewer ids are unique',
  "each review's tool names a tool of the document",
  "each review's reviewer names a reviewer of the document",
  'at most one review per (tool, reviewer)',
];

export const COMMENT = [
  'Generated from the zod schema of verdict-elements by scripts/build-json-schema.mjs; do not edit by hand.',
  `Rules JSON Schema cannot express, which the library and \`verdict-elements validate\` also check: ${CROSS_FIELD_RULES.join('; ')}.`,
  'Approximations: URL fields are checked by their scheme only (http:, https: or a relative reference; leading spaces and control characters, and tabs or newlines inside the scheme, are read as browsers read them), so a URL that a browser cannot parse at all (such as "http://" or a host with a space in it) passes here and is refused by the library.',
  'Dates must be real calendar days (leap years included); that rule is expressed here by the pattern.',
  'Unknown fields are allowed and ignored (a newer minor writer must not break an older reader).',
].join(' ');

const DESCRIPTIONS = {
  '': 'One comparison of AI tools: the tools, the expert panel, each reviewer\'s verdict and quote per tool, pricing and community votes. Every verdict-elements element renders from this document.',
  'properties.$schema': 'The address of this JSON Schema, for editors. Ignored by the library.',
  'properties.version': 'Format version. This reader supports 1.',
  'properties.id': 'Slug: lowercase letters, digits and hyphens, starting with a letter or digit, at most 80 characters.',
  'properties.title': 'Title of the comparison, 1 to 200 characters.',
  'properties.question': 'The question the comparison answers, e.g. "Which one should you ship with?"',
  'properties.summary': 'Short summary, up to 1000 characters.',
  'properties.url': 'Canonical page of the full comparison; badges link here. An http(s) URL or one relative to the document.',
  'properties.published': 'Publication date, YYYY-MM-DD.',
  'properties.tools': '1 to 12 tools with unique ids.',
  'properties.tools.items.properties.id': 'Slug, unique among the tools; reviews refer to it.',
  'properties.tools.items.properties.url': "The tool's page. An http(s) URL or one relative to the document.",
  'properties.tools.items.properties.logo': 'Logo image. An http(s) URL or one relative to the document.',
  'properties.tools.items.properties.pricing': 'Entry pricing; shown as `label` if given, else as the word for `entry`.',
  'properties.tools.items.properties.pricing.properties.label': 'Shown instead of the word for `entry`.',
  'properties.tools.items.properties.community': 'Community votes; the share shown is ship / (ship + skip).',
  'properties.reviewers': 'The expert panel, up to 20 reviewers with unique ids.',
  'properties.reviewers.items.properties.id': 'Slug, unique among the reviewers; reviews refer to it.',
  'properties.reviewers.items.properties.lens': 'What this reviewer looks at, e.g. "Developer experience".',
  'properties.reviewers.items.properties.avatar': 'Avatar image. An http(s) URL or one relative to the document.',
  'properties.reviews': "Up to 500 reviews, at most one per (tool, reviewer).",
  'properties.reviews.items.properties.tool': 'The id of a tool of this document.',
  'properties.reviews.items.properties.reviewer': 'The id of a reviewer of this document.',
  'properties.votes': 'Reader voting: with it, the elements show Ship and Skip buttons and live community tallies from a vote server (protocol v1, see votes.md).',
  'properties.votes.properties.endpoint': 'Base URL of the vote server, e.g. "https://votes.example.com/v1". An http(s) URL or one relative to the document.',
};

const URL_FIELDS = [
  'properties.url',
  'properties.tools.items.properties.url',
  'properties.tools.items.properties.logo',
  'properties.reviewers.items.properties.avatar',
  'properties.votes.properties.endpoint',
];

/**
 * The schema's rules are refinements whose `params` are the JSON Schema keywords they stand for
 * (`Rule` in src/data/schema.ts): merged in as they are, with the type that goes with them.
 */
function applyRule(node, rule) {
  for (const [key, value] of Object.entries(rule)) if (value !== undefined) node[key] = value;
  if (rule.enum) node.type = 'string';
  if (typeof rule.const === 'number') node.type = 'number';
}

/** The node at a dotted path; throws when the zod schema no longer has that shape. */
function at(schema, path) {
  let node = schema;
  for (const key of path ? path.split('.') : []) {
    node = node?.[key];
    if (node === undefined) throw new Error(`build-json-schema: the generated schema has no ${path}; update the script`);
  }
  return node;
}

/** Every object node, to check that none refuses unknown fields. */
function* walk(node) {
  if (node === null || typeof node !== 'object') return;
  yield node;
  for (const value of Object.values(node)) yield* walk(value);
}

async function loadZodSchema() {
  const compiled = new URL('../dist/lib/data/schema.js', import.meta.url);
  try {
    const [{ comparisonSchema }, { toJSONSchema }] = await Promise.all([import(compiled.href), import('zod/mini')]);
    return { comparisonSchema, toJSONSchema };
  } catch (cause) {
    throw new Error(`build-json-schema: cannot load ${fileURLToPath(compiled)} (run \`npm run build\` first): ${cause.message}`);
  }
}

/** The JSON Schema as an object. */
export async function buildJsonSchema() {
  const { comparisonSchema, toJSONSchema } = await loadZodSchema();
  // "input": what an author writes, so fields with a default ([]) are optional.
  const generated = toJSONSchema(comparisonSchema, {
    target: 'draft-2020-12',
    io: 'input',
    // The enum and version fields are custom schemas; their keywords come from their rules below.
    unrepresentable: 'any',
    override: ({ zodSchema, jsonSchema }) => {
      const def = zodSchema._zod.def;
      const rules = [def.type === 'custom' ? def.params : undefined, ...(def.checks ?? []).map((check) => check._zod.def.params)];
      for (const rule of rules) if (rule) applyRule(jsonSchema, rule);
    },
  });

  for (const node of walk(generated)) {
    if (node.additionalProperties === false) throw new Error('build-json-schema: unknown fields must stay allowed');
  }
  for (const path of URL_FIELDS) {
    const node = at(generated, path);
    if (node.type !== 'string' || node.pattern) throw new Error(`build-json-schema: ${path} is not a plain string any more`);
    node.pattern = URL_PATTERN;
  }
  const published = at(generated, 'properties.published');
  if (published.pattern !== '^\\d{4}-\\d{2}-\\d{2}$') throw new Error('build-json-schema: the date format changed; update DATE_PATTERN');
  published.pattern = DATE_PATTERN;
  if (at(generated, 'properties.version').const !== 1) throw new Error('build-json-schema: version is not const 1');

  const { $schema, ...rest } = generated;
  if ($schema !== 'https://json-schema.org/draft/2020-12/schema') throw new Error(`build-json-schema: unexpected $schema ${$schema}`);
  const schema = {
    $schema,
    $id: SCHEMA_ID,
    title: 'verdict-elements comparison document, version 1',
    description: DESCRIPTIONS[''],
    $comment: COMMENT,
    ...rest,
    properties: {
      $schema: { type: 'string' },
      ...rest.properties,
    },
  };
  for (const [path, text] of Object.entries(DESCRIPTIONS)) {
    if (path) at(schema, path).description = text;
  }
  return schema;
}

/** The file's text: two-space JSON with a final newline. */
export async function renderJsonSchema() {
  return `${JSON.stringify(await buildJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const output = process.argv[2] ?? DEFAULT_OUTPUT;
  try {
    const text = await renderJsonSchema();
    if (output === '-') process.stdout.write(text);
    else {
      writeFileSync(output, text);
      console.log(`wrote ${output}`);
    }
  } catch (error) {
    console.error(error.message);
    process.exitCode = 1;
  }
}

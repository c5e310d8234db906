// schema/comparison.schema.json: up to date with the zod schema, and agreeing with the library's
// validator on every field-level rule; the rules it cannot express are listed and asserted.
// Needs `npm run build` first. Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020.js';
import { COMMENT, SCHEMA_ID, renderJsonSchema } from '../../scripts/build-json-schema.mjs';
import { isSafeUrl } from '../../dist/lib/data/schema.js';
import { validateComparison } from '../../dist/lib/data/validate.js';

const ROOT = new URL('../../', import.meta.url);
const read = (path) => readFileSync(fileURLToPath(new URL(path, ROOT)), 'utf8');
const committedText = read('schema/comparison.schema.json');
const schema = JSON.parse(committedText);
const TWO = JSON.parse(read('demo/fixtures/claude-files-api-vs-codestral-2.json'));
const THREE = JSON.parse(read('demo/fixtures/three-tools-mixed.json'));

// strict: an unknown keyword or a format ajv does not know fails compilation instead of being ignored.
const ajv = new Ajv2020({ allErrors: true, strict: true });
const jsonSchemaValidate = ajv.compile(schema);

/** `/tools/0/url` -> `tools[0].url`, the form of the library's issues. */
function ajvPath(error) {
  const segments = error.instancePath.split('/').slice(1);
  if (error.keyword === 'required') segments.push(error.params.missingProperty);
  let out = '';
  for (const segment of segments) out += /^\d+$/.test(segment) ? `[${segment}]` : out ? `.${segment}` : segment;
  return out || '(document)';
}

/** Both validators' answers for one value. */
function both(doc) {
  const zod = validateComparison(doc);
  const jsonOk = jsonSchemaValidate(doc);
  return {
    zodOk: zod.ok,
    zodIssues: zod.ok ? [] : zod.error.issues,
    jsonOk,
    jsonPaths: jsonOk ? [] : [...new Set(jsonSchemaValidate.errors.map(ajvPath))],
  };
}

/** A valid document with every kind of object in it, changed by `change`. */
function variant(change, base = THREE) {
  const doc = structuredClone(base);
  change(doc);
  return doc;
}

const long = (n) => 'x'.repeat(n);
const moreTools = (n) => Array.from({ length: n }, (_, i) => ({ id: `extra-${i}`, name: `Extra ${i}` }));

describe('the committed file', () => {
  test('equals a freshly generated one (run `npm run build && npm run build:schema` if not)', async () => {
    assert.equal(committedText, await renderJsonSchema());
  });

  test('declares draft 2020-12, its $id, a title, a description and the $comment', () => {
    assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
    assert.equal(schema.$id, 'https://unpkg.com/verdict-elements/schema/comparison.schema.json');
    assert.equal(schema.$id, SCHEMA_ID);
    assert.equal(typeof schema.title, 'string');
    assert.equal(typeof schema.description, 'string');
    assert.equal(schema.$comment, COMMENT);
    assert.deepEqual(schema.properties.version.const, 1);
    assert.deepEqual(schema.properties.reviewers.default, []);
    assert.deepEqual(schema.properties.reviews.default, []);
    assert.deepEqual(schema.required.sort(), ['id', 'title', 'tools', 'version']);
  });

  test('package.json publishes it and has the build:schema script', () => {
    const pkg = JSON.parse(read('package.json'));
    assert.equal(pkg.exports['./comparison.schema.json'], './schema/comparison.schema.json');
    assert.ok(pkg.files.includes('schema'));
    assert.equal(pkg.scripts['build:schema'], 'node scripts/build-json-schema.mjs');
  });
});

describe('valid documents: both validators accept', () => {
  for (const [name, doc] of [
    ['claude-files-api-vs-codestral-2.json', TWO],
    ['three-tools-mixed.json', THREE],
    ['with a "$schema" line for editors', variant((d) => (d.$schema = SCHEMA_ID))],
    ['with unknown fields (ignored)', variant((d) => ((d.extra = { any: 1 }), (d.tools[0].newField = true)))],
    ['with the fewest fields', { version: 1, id: 'a', title: 'T', tools: [{ id: 'a', name: 'A' }] }],
    ['with relative URLs', variant((d) => ((d.url = 'page.html'), (d.tools[0].logo = '//cdn.example.com/l.png'), (d.reviewers[0].avatar = '../a.png')))],
    ['with upper-case and tab-split http schemes', variant((d) => ((d.url = 'HTTPS://example.com/'), (d.tools[0].url = 'ht\ttp://example.com/')))],
    ['on February 29 of a leap year', variant((d) => (d.published = '2024-02-29'))],
    ['on February 29, 2000', variant((d) => (d.published = '2000-02-29'))],
    // Both count lengths in code points: 200 emoji are 200 characters (400 UTF-16 units).
    ['with a title of 200 emoji', variant((d) => (d.title = '🚢'.repeat(200)))],
    ['with 12 tools, 20 reviewers, 0 votes', variant((d) => ((d.tools.push(...moreTools(9))), (d.reviewers.push(...Array.from({ length: 16 }, (_, i) => ({ id: `r-${i}`, name: `R ${i}` })))), (d.tools[0].community = { ship: 0, skip: 0 })))],
  ]) {
    test(name, () => {
      const result = both(doc);
      assert.deepEqual(result, { zodOk: true, zodIssues: [], jsonOk: true, jsonPaths: [] });
    });
  }
});

// Each document breaks exactly one field-level rule; both validators must refuse it, at that path.
const INVALID = [
  ['missing title', (d) => delete d.title, 'title'],
  ['empty title', (d) => (d.title = ''), 'title'],
  ['title too long (201)', (d) => (d.title = long(201)), 'title'],
  ['title of 201 emoji', (d) => (d.title = '🚢'.repeat(201)), 'title'],
  ['title not a string', (d) => (d.title = 42), 'title'],
  ['bad slug (upper case, space)', (d) => (d.id = 'Invalid ID'), 'id'],
  ['slug starting with a hyphen', (d) => (d.id = '-abc'), 'id'],
  ['slug too long (81)', (d) => (d.id = `a${long(80)}`), 'id'],
  ['version 2', (d) => (d.version = 2), 'version'],
  ['version "1" (a string)', (d) => (d.version = '1'), 'version'],
  ['missing version', (d) => delete d.version, 'version'],
  ['question too long', (d) => (d.question = long(201)), 'question'],
  ['summary too long', (d) => (d.summary = long(1001)), 'summary'],
  ['tools empty (and so no reviews)', (d) => ((d.tools = []), (d.reviews = [])), 'tools'],
  ['13 tools', (d) => d.tools.push(...moreTools(10)), 'tools'],
  ['missing tools', (d) => delete d.tools, 'tools'],
  ['a tool that is not an object', (d) => d.tools.push('lantern'), 'tools[3]'],
  ['tool without name', (d) => delete d.tools[0].name, 'tools[0].name'],
  ['tool vendor too long', (d) => (d.tools[0].vendor = long(121)), 'tools[0].vendor'],
  ['tool category too long', (d) => (d.tools[0].category = long(61)), 'tools[0].category'],
  ['tool tagline too long', (d) => (d.tools[0].tagline = long(201)), 'tools[0].tagline'],
  ['tool description too long', (d) => (d.tools[0].description = long(2001)), 'tools[0].description'],
  ['pricing entry unknown', (d) => (d.tools[0].pricing.entry = 'cheap'), 'tools[0].pricing.entry'],
  ['pricing without entry', (d) => delete d.tools[0].pricing.entry, 'tools[0].pricing.entry'],
  ['pricing label too long', (d) => (d.tools[0].pricing.label = long(41)), 'tools[0].pricing.label'],
  ['pricing detail too long', (d) => (d.tools[0].pricing.detail = long(501)), 'tools[0].pricing.detail'],
  ['negative votes', (d) => (d.tools[0].community.ship = -1), 'tools[0].community.ship'],
  ['fractional votes', (d) => (d.tools[0].community.skip = 1.5), 'tools[0].community.skip'],
  ['votes as a string', (d) => (d.tools[0].community.skip = '88'), 'tools[0].community.skip'],
  ['votes past the safe integers', (d) => (d.tools[0].community.ship = 2 ** 53), 'tools[0].community.ship'],
  ['community without skip', (d) => delete d.tools[0].community.skip, 'tools[0].community.skip'],
  ['javascript: url', (d) => (d.tools[0].url = 'javascript:alert(1)'), 'tools[0].url'],
  ['JavaScript: url in capitals', (d) => (d.tools[0].url = 'JavaScript:alert(1)'), 'tools[0].url'],
  ['javascript: url after spaces', (d) => (d.tools[0].url = ' \u0001javascript:alert(1)'), 'tools[0].url'],
  ['javascript: url with a tab and a newline in the scheme', (d) => (d.tools[0].url = 'java\tscr\nipt:alert(1)'), 'tools[0].url'],
  ['data: url', (d) => (d.tools[0].logo = 'data:image/svg+xml,<svg onload=alert(1)>'), 'tools[0].logo'],
  ['vbscript: avatar', (d) => (d.reviewers[0].avatar = 'vbscript:msgbox(1)'), 'reviewers[0].avatar'],
  ['file: url', (d) => (d.url = 'file:///etc/passwd'), 'url'],
  ['httpx: url', (d) => (d.url = 'httpx://example.com'), 'url'],
  ['bad date format', (d) => (d.published = '2026/10/02'), 'published'],
  ['date with a time', (d) => (d.published = '2026-10-02T10:00:00Z'), 'published'],
  ['month 13', (d) => (d.published = '2026-13-01'), 'published'],
  ['reviewer without name', (d) => delete d.reviewers[0].name, 'reviewers[0].name'],
  ['reviewer name too long', (d) => (d.reviewers[0].name = long(81)), 'reviewers[0].name'],
  ['reviewer lens too long', (d) => (d.reviewers[0].lens = long(121)), 'reviewers[0].lens'],
  ['bad reviewer slug', (d) => (d.reviewers.push({ id: 'The Critic', name: 'Critic' })), 'reviewers[4].id'],
  ['21 reviewers', (d) => d.reviewers.push(...Array.from({ length: 17 }, (_, i) => ({ id: `r-${i}`, name: `R ${i}` }))), 'reviewers'],
  ['reviewers not a list', (d) => (d.reviewers = {}), 'reviewers'],
  ["verdict 'maybe'", (d) => (d.reviews[0].verdict = 'maybe'), 'reviews[0].verdict'],
  ['missing verdict', (d) => delete d.reviews[0].verdict, 'reviews[0].verdict'],
  ['quote empty', (d) => (d.reviews[0].quote = ''), 'reviews[0].quote'],
  ['quote too long', (d) => (d.reviews[0].quote = long(4001)), 'reviews[0].quote'],
  ['headline too long', (d) => (d.reviews[0].headline = long(161)), 'reviews[0].headline'],
  ['review tool not a string', (d) => (d.reviews[0].tool = 7), 'reviews[0].tool'],
  ['document is a list', (d) => (d.length = 0), '(document)', []],
  ['document is null', () => {}, '(document)', null],
];

describe('field-level rules: both validators refuse, at the same path', () => {
  test(`at least 25 cases (${INVALID.length})`, () => assert.ok(INVALID.length >= 25));
  for (const [name, change, path, base] of INVALID) {
    test(name, () => {
      const doc = base === undefined ? variant(change) : base;
      const result = both(doc);
      assert.equal(result.zodOk, false, 'zod refuses');
      assert.equal(result.jsonOk, false, 'JSON Schema refuses');
      assert.deepEqual(result.zodIssues.map((i) => i.path), [path], 'zod: exactly this problem');
      assert.deepEqual(result.jsonPaths, [path], 'JSON Schema: this path only');
    });
  }

  test('more than 500 reviews (which cannot all be unique pairs): both refuse the list', () => {
    const doc = variant((d) => {
      d.reviews = Array.from({ length: 501 }, (_, i) => ({ ...d.reviews[0], reviewer: d.reviewers[i % 4].id }));
    });
    const result = both(doc);
    assert.equal(result.zodOk, false);
    assert.equal(result.jsonOk, false);
    assert.ok(result.zodIssues.some((i) => i.path === 'reviews' && /too many items/.test(i.message)));
    assert.deepEqual(result.jsonPaths, ['reviews']);
  });
});

// What JSON Schema cannot express: the library refuses these, the JSON Schema accepts them.
// Keep this list and the schema's $comment in step.
const CROSS_FIELD = [
  ['duplicate tool id', 'tool ids are unique', (d) => d.tools.push({ id: 'quill-docs', name: 'Quill again' }), 'tools[3].id', /duplicate tool id "quill-docs"/],
  ['duplicate reviewer id', 'reviewer ids are unique', (d) => d.reviewers.push({ id: 'buyer', name: 'Buyer again' }), 'reviewers[4].id', /duplicate reviewer id "buyer"/],
  ['unknown tool in a review', "each review's tool names a tool of the document", (d) => (d.reviews[0].tool = 'codestral-3'), 'reviews[0].tool', /unknown tool "codestral-3"/],
  ['unknown reviewer in a review', "each review's reviewer names a reviewer of the document", (d) => (d.reviews[0].reviewer = 'critic'), 'reviews[0].reviewer', /unknown reviewer "critic"/],
  ['second review of the same pair', 'at most one review per (tool, reviewer)', (d) => d.reviews.push({ ...d.reviews[0], verdict: 'skip' }), 'reviews[10].reviewer', /second review of "lantern-search" by "builder"/],
];

// Approximations, also named in the $comment.
const APPROXIMATE = [
  ['a URL a browser cannot parse: "http://"', 'a URL that a browser cannot parse at all', (d) => (d.url = 'http://'), 'url', /must be an http: or https: URL/],
  ['a host with a space', 'a host with a space in it', (d) => (d.tools[0].url = 'https://exa mple.com/'), 'tools[0].url', /must be an http: or https: URL/],
];

describe('what JSON Schema cannot express: the library refuses, JSON Schema accepts (as its $comment says)', () => {
  for (const [name, commentText, change, path, message] of [...CROSS_FIELD, ...APPROXIMATE]) {
    test(name, () => {
      assert.ok(schema.$comment.includes(commentText), `$comment mentions: ${commentText}`);
      const result = both(variant(change));
      assert.equal(result.jsonOk, true, 'JSON Schema accepts');
      assert.equal(result.zodOk, false, 'the library refuses');
      assert.equal(result.zodIssues.length, 1);
      assert.equal(result.zodIssues[0].path, path);
      assert.match(result.zodIssues[0].message, message);
    });
  }
});

describe('URL and date patterns against the library, case by case', () => {
  test('every string field: "javascript:" is refused by both or by neither (a new URL field needs the pattern)', () => {
    const crossField = new Set(['reviews[0].tool', 'reviews[0].reviewer']);
    const fields = [];
    const collect = (node, path, pointer) => {
      if (node.type === 'string' && pointer) fields.push([path, pointer]);
      for (const [key, child] of Object.entries(node.properties ?? {})) {
        if (key === '$schema') continue;
        collect(child, path ? `${path}.${key}` : key, [...pointer, key]);
      }
      if (node.items) collect(node.items, `${path}[0]`, [...pointer, 0]);
    };
    collect(schema, '', []);
    assert.ok(fields.length >= 25, `${fields.length} string fields`);
    for (const [path, pointer] of fields) {
      if (crossField.has(path)) continue;
      const doc = variant((d) => {
        let node = d;
        for (const key of pointer.slice(0, -1)) node = node[key] ??= {};
        node[pointer.at(-1)] = 'javascript:alert(1)';
      });
      const result = both(doc);
      assert.equal(result.jsonOk, result.zodOk, `${path}: JSON Schema ${result.jsonOk} vs library ${result.zodOk}`);
    }
  });

  test('URL pattern vs isSafeUrl on 20,000 generated strings: never stricter; looser only where a browser cannot parse the URL', () => {
    const pattern = new RegExp(schema.properties.url.pattern, 'u'); // As ajv compiles it.
    for (const path of ['tools', 'reviewers']) {
      const props = schema.properties[path].items.properties;
      for (const node of Object.values(props)) if (node.pattern && node.pattern !== schema.properties.id.pattern) assert.equal(node.pattern, schema.properties.url.pattern);
    }
    const alphabet = ['h', 't', 'p', 's', 'H', 'T', 'S', 'j', 'a', 'v', ':', '/', '\t', '\n', '\r', ' ', '\u0000', '\u001f', '.', '+', '-', '1', '?', '#', '\\', '\u00a0', 'x', '%', '@', '[', ']', 'ä'];
    const starts = ['', 'http:', 'https:', 'javascript:', 'data:', ' ', '\t', 'ht\ttp:', '//', 'HTTP:', 'file:'];
    let seed = 7;
    const random = (n) => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff), seed % n);
    let looser = 0;
    for (let i = 0; i < 20000; i++) {
      let value = starts[random(starts.length)];
      for (let k = random(10); k > 0; k--) value += alphabet[random(alphabet.length)];
      if (random(2)) value += 'example.com/x';
      const library = isSafeUrl(value);
      const json = pattern.test(value);
      if (library) assert.ok(json, `JSON Schema refuses ${JSON.stringify(value)}, which the library accepts`);
      else if (json) {
        looser++;
        assert.throws(() => new URL(value, 'https://invalid.invalid/'), `${JSON.stringify(value)}: only unparseable URLs may pass`);
      }
    }
    assert.ok(looser > 0);
  });

  test('dates: both agree on every day of sample years (leap rules included)', () => {
    const years = [0, 4, 100, 400, 1600, 1700, 1900, 1999, 2000, 2023, 2024, 2026, 2100, 2400, 9999];
    const pad = (n, w) => String(n).padStart(w, '0');
    let checked = 0;
    for (const year of years) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const published = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
          const result = both({ ...TWO, published });
          assert.equal(result.jsonOk, result.zodOk, `${published}: JSON Schema ${result.jsonOk} vs library ${result.zodOk}`);
          checked++;
        }
      }
    }
    assert.equal(checked, years.length * 14 * 33);
    for (const published of ['2026-02-30', '2026-02-29', '2100-02-29', '2026-04-31', '2026-00-10']) {
      const result = both({ ...TWO, published });
      assert.deepEqual([result.zodOk, result.jsonOk], [false, false], published);
    }
  });
});

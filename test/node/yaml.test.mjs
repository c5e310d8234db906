// YAML documents, `convert` and `validate --strict`, run as a user runs them:
// `node dist/lib/cli/cli.js ...`. Needs `npm run build` first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/lib/cli/cli.js');
const FIXTURES = ['demo/fixtures/claude-files-api-vs-codestral-2.json', 'demo/fixtures/three-tools-mixed.json'];
const MIXED_YAML = 'demo/fixtures/three-tools-mixed.yaml';

function cli(...args) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.error, undefined);
  for (const stream of [result.stdout, result.stderr]) assert.doesNotMatch(stream, /^ {4}at /m, 'no stack trace');
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const lines = (text) => text.split('\n').filter(Boolean);
const json = (file) => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

let tmp;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
  tmp = mkdtempSync(join(tmpdir(), 'verdict-yaml-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

function temp(name, content) {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const GOOD_YAML = `version: 1
id: yaml-demo
title: Lantern Search vs Quill Docs
tools:
  - id: lantern-search
    name: Lantern Search
  - id: quill-docs
    name: Quill Docs
reviewers:
  - id: builder
    name: The Builder
reviews:
  - tool: lantern-search
    reviewer: builder
    verdict: ship
    quote: >
      One endpoint, sensible defaults,
      and relevance tuning that does not need a PhD.
  - tool: quill-docs
    reviewer: builder
    verdict: skip
    quote: |
      Two lines
      kept apart.
`;

describe('YAML documents', () => {
  test('the YAML example validates, and its block-scalar quotes are the JSON fixture\'s quotes', () => {
    const { code, out, err } = cli('validate', MIXED_YAML);
    assert.equal(code, 0, err);
    assert.deepEqual(lines(out), [`${MIXED_YAML}: ok`]);
    assert.equal(err, '');
    const converted = cli('convert', MIXED_YAML);
    assert.equal(converted.code, 0, converted.err);
    assert.deepEqual(JSON.parse(converted.out), json('demo/fixtures/three-tools-mixed.json'));
  });

  test('problems are reported at the YAML line and column of the value (or of the object missing a field)', () => {
    const file = temp(
      'broken.yaml',
      GOOD_YAML.replace('reviewer: builder\n    verdict: skip', 'reviewer: buildr\n    verdict: maybe').replace('  - id: quill-docs\n    name: Quill Docs\n', '  - id: quill-docs\n'),
    );
    const { code, out, err } = cli('validate', file);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.deepEqual(lines(err), [
      `${file}: tools[1].name: is required (line 7, column 5)`,
      `${file}: reviews[1].verdict: must be one of "ship", "skip", not "maybe" (line 20, column 14)`,
      `${file}: reviews[1].reviewer: unknown reviewer "buildr" (line 19, column 15)`,
    ]);
  });

  test('YAML syntax errors name their line and column; .yml works too', () => {
    const file = temp('bad.yml', 'version: 1\ntitle: [one\nid: x\n');
    const { code, err } = cli('validate', file);
    assert.equal(code, 1);
    assert.match(err, new RegExp(`^${file.replace(/[.]/g, '\\.')}: not valid YAML: .+ \\(line \\d+, column \\d+\\)$`, 'm'));
    const duplicate = temp('dup.yaml', 'version: 1\nid: a\nid: b\n');
    assert.match(cli('validate', duplicate).err, /not valid YAML: Map keys must be unique \(line 3, column 1\)/);
  });

  test('YAML is read as YAML 1.2 core: yes and dates stay text, tags run nothing, alias bombs are refused', () => {
    const typed = temp('typed.yaml', GOOD_YAML.replace('title: Lantern Search vs Quill Docs', 'title: yes\npublished: 2026-10-02'));
    const converted = JSON.parse(cli('convert', typed).out);
    assert.equal(converted.title, 'yes');
    assert.equal(converted.published, '2026-10-02');
    const tagged = temp('tagged.yaml', GOOD_YAML.replace('title: Lantern Search vs Quill Docs', 'title: !!js/function "function () { process.exit(3) }"'));
    const result = cli('validate', tagged);
    assert.notEqual(result.code, 3);
    const bomb = temp(
      'bomb.yaml',
      `a: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n`,
    );
    const refused = cli('validate', bomb);
    assert.equal(refused.code, 1);
    assert.match(refused.err, /not valid YAML: .*alias/i);
    assert.match(cli('validate', temp('empty.yaml', '# nothing\n')).err, /is empty; expected a YAML comparison document/);
  });

  test('stats and badge read YAML too', () => {
    const stats = cli('stats', MIXED_YAML, '--json');
    assert.equal(stats.code, 0, stats.err);
    assert.equal(JSON.parse(stats.out).tools[0].panel.percent, 75);
    const badge = cli('badge', MIXED_YAML, '--tool', 'lantern-search');
    assert.equal(badge.code, 0, badge.err);
    assert.match(badge.out, /^<svg/);
  });
});

describe('convert', () => {
  test('JSON -> YAML -> JSON gives back each fixture exactly', () => {
    for (const fixture of FIXTURES) {
      const yaml = cli('convert', fixture, '--to', 'yaml');
      assert.equal(yaml.code, 0, yaml.err);
      const file = temp('round.yaml', yaml.out);
      assert.equal(cli('validate', file).code, 0);
      const back = cli('convert', file);
      assert.equal(back.code, 0, back.err);
      assert.deepEqual(JSON.parse(back.out), json(fixture), fixture);
      // And JSON to JSON is the identity (as written: links not resolved, unknown fields kept).
      assert.deepEqual(JSON.parse(cli('convert', fixture).out), json(fixture));
    }
  });

  test('YAML -> JSON keeps what the author wrote: block scalars, unknown fields, relative links', () => {
    const file = temp('keep.yaml', GOOD_YAML.replace('id: yaml-demo', 'id: yaml-demo\nx-note: kept\nurl: compare/yaml-demo.html'));
    const { code, out } = cli('convert', file);
    assert.equal(code, 0);
    const value = JSON.parse(out);
    assert.equal(value['x-note'], 'kept');
    assert.equal(value.url, 'compare/yaml-demo.html');
    assert.equal(value.reviews[0].quote, 'One endpoint, sensible defaults, and relevance tuning that does not need a PhD.\n');
    assert.equal(value.reviews[1].quote, 'Two lines\nkept apart.\n');
    assert.equal(out, `${JSON.stringify(value, null, 2)}\n`);
  });

  test('an invalid document prints nothing on stdout and its problems on stderr, exit 1; usage errors exit 2', () => {
    const bad = cli('convert', 'demo/fixtures/invalid-schema.json');
    assert.equal(bad.code, 1);
    assert.equal(bad.out, '');
    assert.match(bad.err, /invalid-schema\.json: id: must be a slug/);
    assert.equal(cli('convert', MIXED_YAML, '--to', 'xml').code, 2);
    assert.equal(cli('convert').code, 2);
    assert.equal(cli('convert', MIXED_YAML, MIXED_YAML).code, 2);
  });
});

describe('validate --strict', () => {
  const risky = () =>
    temp(
      'risky.json',
      JSON.stringify({
        ...json('demo/fixtures/claude-files-api-vs-codestral-2.json'),
        url: 'www.example.com/compare',
        published: '2999-01-01',
      }),
    );

  test('warnings go to stderr; plain validate still exits 0, --strict exits 1', () => {
    const file = risky();
    const plain = cli('validate', file);
    assert.equal(plain.code, 0);
    assert.deepEqual(lines(plain.out), [`${file}: ok`]);
    assert.deepEqual(lines(plain.err), [
      `${file}: warning: url: "www.example.com/compare" is a relative URL: it resolves next to the document, not to that site; write "https://www.example.com/compare" if you mean the site`,
      `${file}: warning: published: 2999-01-01 is in the future`,
    ]);
    const strict = cli('validate', '--strict', file);
    assert.equal(strict.code, 1);
    assert.equal(strict.err, plain.err);
  });

  test('--strict passes documents without warnings, and YAML warnings carry line numbers', () => {
    const clean = cli('validate', '--strict', ...FIXTURES, MIXED_YAML);
    assert.equal(clean.code, 0, clean.err);
    assert.equal(clean.err, '');
    const yaml = temp('warn.yaml', GOOD_YAML.replace('reviewers:\n', 'reviewers:\n  - id: idle\n    name: Idle Reviewer\n'));
    const { code, err } = cli('validate', '--strict', yaml);
    assert.equal(code, 1);
    assert.deepEqual(lines(err), [`${yaml}: warning: reviewers[0]: "idle" has no reviews: the scorecard shows an empty row (line 10, column 5)`]);
  });
});

// `verdict-elements badge`, run as a user runs it: `node dist/lib/cli/cli.js badge ...`.
// Needs `npm run build` first. Run: node --test test/node/badge-cli.test.mjs
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseSvg } from '../support/svg-tree.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/lib/cli/cli.js');
const TWO = 'demo/fixtures/claude-files-api-vs-codestral-2.json';
const THREE = 'demo/fixtures/three-tools-mixed.json';
const INVALID = 'demo/fixtures/invalid-schema.json';
const BROKEN = 'demo/fixtures/broken.json';

const { renderBadge, shieldsEndpoint } = await import(pathToFileURL(join(ROOT, 'dist/lib/badge/index.js')).href);
const { prepareComparison } = await import(pathToFileURL(join(ROOT, 'dist/lib/data/index.js')).href);
/** The document as the CLI reads it: links resolved against the file. */
const read = (file) => prepareComparison(JSON.parse(readFileSync(join(ROOT, file), 'utf8')), pathToFileURL(join(ROOT, file)).href);

function cli(...args) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.error, undefined);
  for (const stream of [result.stdout, result.stderr]) assert.doesNotMatch(stream, /^ {4}at /m, 'no stack trace');
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const lines = (text) => text.split('\n').filter(Boolean);

/** Every file under `dir`, relative to it, sorted. */
function tree(dir) {
  const out = [];
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name);
      if (statSync(path).isDirectory()) walk(path);
      else out.push(relative(dir, path));
    }
  };
  walk(dir);
  return out.sort();
}

let tmp;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
  tmp = mkdtempSync(join(tmpdir(), 'verdict-badge-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

describe('badge FILE --tool ID', () => {
  test('prints the SVG the renderer draws, with every option passed on, exit 0', () => {
    const doc = read(THREE);
    const cases = [
      [[], {}],
      [['--style', 'for-the-badge'], { style: 'for-the-badge' }],
      [['--style', 'social', '--theme', 'dark'], { style: 'social', theme: 'dark' }],
      [['--label', 'verdict', '--locale', 'fr'], { label: 'verdict', locale: 'fr' }],
      [['--style=plastic', '--locale=de'], { style: 'plastic', locale: 'de' }],
      [['--community'], { community: { ship: 412, skip: 88 } }],
    ];
    for (const [args, options] of cases) {
      const { code, out, err } = cli('badge', THREE, '--tool', 'lantern-search', ...args);
      assert.equal(code, 0, err);
      assert.equal(err, '');
      assert.equal(out, `${renderBadge(doc, 'lantern-search', options)}\n`, args.join(' '));
      parseSvg(out.trimEnd());
    }
    assert.match(cli('badge', THREE, '--tool', 'lantern-search', '--community').out, /community 82%/);
    assert.match(cli('badge', THREE, '--tool', 'harbor-ci', '--community').out, /community —/);
    assert.match(cli('badge', TWO, '--tool', 'codestral-2').out, /aria-label="Codestral 2\.0: 100% of a 4-reviewer panel say ship"/);
  });

  test('--json prints the Shields endpoint JSON', () => {
    const { code, out } = cli('badge', THREE, '--tool', 'quill-docs', '--json', '--theme', 'dark');
    assert.equal(code, 0);
    assert.deepEqual(JSON.parse(out), shieldsEndpoint(read(THREE), 'quill-docs', { theme: 'dark' }));
  });

  test('an unknown tool: exit 1, the file and the tools named', () => {
    const { code, out, err } = cli('badge', THREE, '--tool', 'nope');
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.deepEqual(lines(err), [`${THREE}: --tool: This comparison has no tool "nope". Its tools are "lantern-search", "quill-docs", "harbor-ci".`]);
  });

  test('an invalid or unreadable document: exit 1 with each problem and its path, like validate', () => {
    const invalid = cli('badge', INVALID, '--tool', 'alpha');
    assert.equal(invalid.code, 1);
    assert.equal(invalid.out, '');
    assert.deepEqual(lines(invalid.err), lines(cli('validate', INVALID).err));
    assert.match(invalid.err, /^demo\/fixtures\/invalid-schema\.json: id: must be a slug/);

    const broken = cli('badge', BROKEN, '--tool', 'x');
    assert.equal(broken.code, 1);
    assert.match(broken.err, /^demo\/fixtures\/broken\.json: not valid JSON/);

    const missing = cli('badge', 'no/such.json', '--tool', 'x');
    assert.equal(missing.code, 1);
    assert.equal(missing.err, 'no/such.json: no such file\n');
  });

  test('wrong usage: exit 2 with the reason and the help, nothing on stdout', () => {
    const cases = [
      [['--tool', 'quill-docs', '--label', 'x'.repeat(41)], 'label is 41 characters; at most 40'],
      [['--tool', 'quill-docs', '--label', ''], 'label must not be empty'],
      [['--tool', 'quill-docs', '--style', 'round'], 'unknown style "round"; styles: flat, flat-square, for-the-badge, plastic, social'],
      [['--tool', 'quill-docs', '--theme', 'sepia'], 'unknown theme "sepia"; themes: light, dark'],
      [['--tool', 'quill-docs', '--locale', 'es'], 'unknown locale "es"; badges speak en, fr, de'],
      [[], 'badge needs --tool ID (one badge) or --all --out DIR (every tool)'],
      [['--tool', 'quill-docs', '--all', '--out', 'x'], 'badge takes --tool ID or --all, not both'],
      [['--all'], 'badge --all needs --out DIR'],
      [['--tool', 'quill-docs', '--out', 'x'], '--out goes with --all; one badge is printed to stdout'],
      [['--all', '--out', 'x', '--label', 'v'], '--label names one badge (--tool), not every tool'],
      [['--tool', 'quill-docs', '--colour', 'red'], 'unknown option --colour for badge'],
    ];
    for (const [args, message] of cases) {
      const { code, out, err } = cli('badge', THREE, ...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.equal(lines(err)[0], `verdict-elements: ${message}`);
      assert.match(err, /Usage: verdict-elements <command>/);
    }
    for (const args of [['badge'], ['badge', TWO, THREE, '--tool', 'x']]) {
      const { code, err } = cli(...args);
      assert.equal(code, 2);
      assert.match(lines(err)[0], /^verdict-elements: badge takes one FILE \(got [02]\)$/);
    }
    // Usage is checked before the file is read: a wrong style on a missing file is still exit 2.
    assert.equal(cli('badge', 'no/such.json', '--tool', 'x', '--style', 'round').code, 2);
  });

  test('--help lists the badge command', () => {
    const { code, out } = cli('badge', '--help');
    assert.equal(code, 0);
    assert.match(out, /badge FILE --tool ID/);
    assert.match(out, /badge FILE --all --out DIR/);
  });
});

describe('badge FILE --all --out DIR: the static export', () => {
  test('writes exactly DIR/<comparison-id>/<tool-id>.svg and .json for every tool, and lists them', () => {
    const out = join(tmp, 'site');
    const three = cli('badge', THREE, '--all', '--out', out);
    assert.equal(three.code, 0, three.err);
    assert.equal(three.err, '');
    const two = cli('badge', TWO, '--all', '--out', out, '--style', 'flat-square', '--theme', 'dark', '--locale', 'de');
    assert.equal(two.code, 0, two.err);
    const expected = [
      'claude-files-api-vs-codestral-2/claude-files-api.json',
      'claude-files-api-vs-codestral-2/claude-files-api.svg',
      'claude-files-api-vs-codestral-2/codestral-2.json',
      'claude-files-api-vs-codestral-2/codestral-2.svg',
      'notes-search-ci-roundup/harbor-ci.json',
      'notes-search-ci-roundup/harbor-ci.svg',
      'notes-search-ci-roundup/lantern-search.json',
      'notes-search-ci-roundup/lantern-search.svg',
      'notes-search-ci-roundup/quill-docs.json',
      'notes-search-ci-roundup/quill-docs.svg',
    ];
    assert.deepEqual(tree(out), expected);
    assert.deepEqual(
      [...lines(three.out), ...lines(two.out)].map((path) => relative(out, path)).sort(),
      expected,
      'stdout lists every file written',
    );

    const docs = { 'notes-search-ci-roundup': [read(THREE), {}], 'claude-files-api-vs-codestral-2': [read(TWO), { style: 'flat-square', theme: 'dark', locale: 'de' }] };
    for (const file of expected) {
      const [dir, name] = file.split('/');
      const [doc, options] = docs[dir];
      const toolId = name.replace(/\.(svg|json)$/, '');
      const text = readFileSync(join(out, file), 'utf8');
      if (file.endsWith('.svg')) {
        assert.equal(text, `${renderBadge(doc, toolId, options)}\n`, file);
        parseSvg(text.trimEnd());
      } else {
        const { style: _style, ...shieldsOptions } = options;
        const json = JSON.parse(text);
        assert.deepEqual(json, shieldsEndpoint(doc, toolId, shieldsOptions), file);
        assert.deepEqual(Object.keys(json).sort(), ['cacheSeconds', 'color', 'label', 'message', 'schemaVersion']);
      }
    }
    // Again into the same folder: the same files, overwritten, nothing else.
    assert.equal(cli('badge', THREE, '--all', '--out', out).code, 0);
    assert.deepEqual(tree(out), expected);
  });

  test('an invalid document writes nothing: exit 1', () => {
    const out = join(tmp, 'nothing');
    const { code, err } = cli('badge', INVALID, '--all', '--out', out);
    assert.equal(code, 1);
    assert.match(err, /^demo\/fixtures\/invalid-schema\.json: id: must be a slug/);
    assert.equal(existsSync(out), false);
  });

  test('a folder that cannot be written: exit 1 naming it', () => {
    const file = join(tmp, 'a-file');
    writeFileSync(file, 'not a folder');
    const { code, out, err } = cli('badge', THREE, '--all', '--out', file);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.equal(err, `${join(file, 'notes-search-ci-roundup')}: cannot write: a part of the path is a file, not a directory\n`);

    if (process.getuid?.() !== 0) {
      // Root writes anywhere; as any other user a read-only folder is refused.
      const locked = join(tmp, 'locked');
      mkdirSync(locked);
      chmodSync(locked, 0o500);
      const refused = cli('badge', THREE, '--all', '--out', locked);
      assert.equal(refused.code, 1);
      assert.match(refused.err, /cannot write: permission denied/);
    }
  });
});

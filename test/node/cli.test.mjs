// The `verdict-elements` command, run as a user runs it: `node dist/lib/cli/cli.js ...`.
// Needs `npm run build` first. Run with `node --test test/node/`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'dist/lib/cli/cli.js');
const TWO = 'demo/fixtures/claude-files-api-vs-codestral-2.json';
const THREE = 'demo/fixtures/three-tools-mixed.json';
const INVALID = 'demo/fixtures/invalid-schema.json';
const BROKEN = 'demo/fixtures/broken.json';

/** Runs the CLI from the package root; every run is also checked for a stack trace. */
function cli(...args) {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(result.error, undefined);
  for (const stream of [result.stdout, result.stderr]) {
    assert.doesNotMatch(stream, /^ {4}at /m, 'no stack trace');
    assert.doesNotMatch(stream, /\bat .+:\d+:\d+\)?$/m, 'no stack frame');
  }
  return { code: result.status, out: result.stdout, err: result.stderr };
}

const lines = (text) => text.split('\n').filter(Boolean);

let tmp;
before(() => {
  assert.ok(existsSync(CLI), `${CLI} is missing: run \`npm run build\` first`);
  tmp = mkdtempSync(join(tmpdir(), 'verdict-cli-'));
});
after(() => rmSync(tmp, { recursive: true, force: true }));

/** Writes a temporary file and returns its path. */
function temp(name, content) {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
}

const fixture = (path) => JSON.parse(readFileSync(join(ROOT, path), 'utf8'));

describe('validate', () => {
  test('both example fixtures are valid: "FILE: ok", exit 0', () => {
    const { code, out, err } = cli('validate', TWO, THREE);
    assert.equal(code, 0);
    assert.deepEqual(lines(out), [`${TWO}: ok`, `${THREE}: ok`]);
    assert.equal(err, '');
  });

  test('invalid-schema.json: every problem with its path, one per line, exit 1', () => {
    const { code, out, err } = cli('validate', INVALID);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.deepEqual(lines(err), [
      `${INVALID}: id: must be a slug: lowercase letters, digits and hyphens, starting with a letter or digit, at most 80 characters`,
      `${INVALID}: tools[0].url: must be an http: or https: URL (or a relative one)`,
      `${INVALID}: reviews[1].verdict: must be one of "ship", "skip", not "maybe"`,
      `${INVALID}: reviews[1].quote: must not be empty`,
      `${INVALID}: tools[1].id: duplicate tool id "alpha"`,
      `${INVALID}: reviews[1].tool: unknown tool "codestral-3"`,
    ]);
  });

  test('version 2 is named as such', () => {
    const { code, err } = cli('validate', 'demo/fixtures/version-2.json');
    assert.equal(code, 1);
    assert.equal(err, 'demo/fixtures/version-2.json: version: unsupported version 2 (this reader supports version 1)\n');
  });

  test('broken.json: one line with the parse message, no stack trace', () => {
    const { code, out, err } = cli('validate', BROKEN);
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.equal(lines(err).length, 1);
    assert.match(err, /^demo\/fixtures\/broken\.json: not valid JSON: .*position \d+.*\(line 2, column 1\)\n$/);
  });

  test('a directory', () => {
    const { code, out, err } = cli('validate', 'demo/fixtures');
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.equal(err, 'demo/fixtures: is a directory, not a JSON file\n');
  });

  test('a missing file', () => {
    const { code, err } = cli('validate', 'demo/fixtures/nope.json');
    assert.equal(code, 1);
    assert.equal(err, 'demo/fixtures/nope.json: no such file\n');
  });

  test('an empty file, and one with only whitespace', () => {
    const empty = temp('empty.json', '');
    const blank = temp('blank.json', ' \n\t\n');
    const { code, err } = cli('validate', empty, blank);
    assert.equal(code, 1);
    assert.deepEqual(lines(err), [
      `${empty}: is empty; expected a JSON comparison document`,
      `${blank}: is empty; expected a JSON comparison document`,
    ]);
  });

  test('an HTML page saved as .json', () => {
    const html = temp('page.json', '<!doctype html><title>404</title>');
    const { code, err } = cli('validate', html);
    assert.equal(code, 1);
    assert.equal(err, `${html}: not valid JSON: it looks like an HTML page, not a .json file\n`);
  });

  test('a JSON value that is not an object', () => {
    const list = temp('list.json', '[1, 2]');
    const { code, err } = cli('validate', list);
    assert.equal(code, 1);
    assert.equal(err, `${list}: (document): must be a JSON object, not a list\n`);
  });

  test('every file is checked, and one bad file makes the exit code 1', () => {
    const { code, out, err } = cli('validate', TWO, 'missing.json', THREE);
    assert.equal(code, 1);
    assert.deepEqual(lines(out), [`${TWO}: ok`, `${THREE}: ok`]);
    assert.deepEqual(lines(err), ['missing.json: no such file']);
  });

  test('a byte order mark is accepted, as browsers accept it', () => {
    const bom = temp('bom.json', `\ufeff${readFileSync(join(ROOT, TWO), 'utf8')}`);
    assert.equal(cli('validate', bom).code, 0);
  });

  test('relative URLs are accepted (resolved against the file); other schemes are refused', () => {
    const doc = fixture(TWO);
    doc.url = '../compare/page.html';
    doc.tools[0].logo = 'logos/claude.svg';
    const relative = temp('relative.json', JSON.stringify(doc));
    assert.equal(cli('validate', relative).code, 0);
    doc.tools[0].logo = 'file:///etc/passwd';
    doc.url = 'data:text/html,<script>alert(1)</script>';
    const other = temp('other-schemes.json', JSON.stringify(doc));
    const { code, err } = cli('validate', other);
    assert.equal(code, 1);
    assert.deepEqual(lines(err), [
      `${other}: url: must be an http: or https: URL (or a relative one)`,
      `${other}: tools[0].logo: must be an http: or https: URL (or a relative one)`,
    ]);
  });

  test('documents over the 2 MiB limit of the elements are refused before parsing', () => {
    const doc = fixture(TWO);
    doc.summary = 'x'.repeat(2 * 1024 * 1024);
    const big = temp('big.json', JSON.stringify(doc));
    const { code, err } = cli('validate', big);
    assert.equal(code, 1);
    assert.equal(err, `${big}: is 2.0 MiB, over the 2 MiB limit for a comparison document\n`);
  });

  test('control characters from the document are escaped, not sent to the terminal', () => {
    const doc = fixture(TWO);
    doc.reviews[0].tool = 'evil\u001b[2J\nfake: ok';
    const evil = temp('evil.json', JSON.stringify(doc));
    const { code, err } = cli('validate', evil);
    assert.equal(code, 1);
    assert.doesNotMatch(err, /\u001b/);
    assert.equal(err, `${evil}: reviews[0].tool: unknown tool "evil\\u001b[2J\\u000afake: ok"\n`);
  });

  test('an unreadable file (permission denied)', (t) => {
    const locked = temp('locked.json', '{}');
    chmodSync(locked, 0o000);
    // Root reads any file: run the command as "nobody" then, if that user can run it at all.
    const asRoot = process.getuid?.() === 0;
    const options = { cwd: ROOT, encoding: 'utf8', ...(asRoot ? { uid: 65534, gid: 65534 } : {}) };
    if (asRoot) {
      chmodSync(tmp, 0o755);
      const probe = spawnSync(process.execPath, ['-e', `require('fs').accessSync(${JSON.stringify(CLI)})`], options);
      if (probe.status !== 0) return t.skip('root, and user "nobody" cannot read the package');
    }
    const result = spawnSync(process.execPath, [CLI, 'validate', locked], options);
    assert.equal(result.status, 1);
    assert.equal(result.stderr, `${locked}: cannot be read: permission denied\n`);
  });
});

describe('stats', () => {
  /** The table's data rows, keyed by tool id, with the column boundaries checked. */
  function table(out) {
    const all = lines(out);
    const headerIndex = all.findIndex((line) => line.startsWith('TOOL '));
    assert.ok(headerIndex > 0, 'a header row');
    const [header, ...rows] = all.slice(headerIndex);
    const pricingColumn = header.indexOf('PRICING');
    const panelEnd = header.indexOf('PANEL') + 'PANEL'.length;
    for (const row of rows) {
      assert.equal(row[pricingColumn - 1], ' ', `pricing column aligned in ${row}`);
      assert.notEqual(row[pricingColumn], ' ', `pricing column aligned in ${row}`);
      assert.match(row.slice(0, panelEnd), /(\d+%|—)$/, `panel column right-aligned in ${row}`);
    }
    return Object.fromEntries(rows.map((row) => [row.split(' ')[0], row.replace(/\s+/g, ' ')]));
  }

  test('three-tools-mixed.json: the figures of the spec', () => {
    const { code, out, err } = cli('stats', THREE);
    assert.equal(code, 0);
    assert.equal(err, '');
    assert.match(out, /Lantern Search vs Quill Docs vs Harbor CI/);
    assert.deepEqual(table(out), {
      'lantern-search': 'lantern-search Lantern Search 75% 3/4 82% 500 Free tier',
      'quill-docs': 'quill-docs Quill Docs 25% 1/4 33% 3 Open source',
      'harbor-ci': 'harbor-ci Harbor CI 0% 0/2 — 0 From $20/month',
    });
  });

  test('claude-files-api-vs-codestral-2.json: the figures of the spec', () => {
    const { code, out } = cli('stats', TWO);
    assert.equal(code, 0);
    assert.deepEqual(table(out), {
      'claude-files-api': 'claude-files-api Claude Files API 100% 4/4 — 0 Paid',
      'codestral-2': 'codestral-2 Codestral 2.0 100% 4/4 — 0 Free',
    });
  });

  test('--json', () => {
    const { code, out, err } = cli('stats', THREE, '--json');
    assert.equal(code, 0);
    assert.equal(err, '');
    const data = JSON.parse(out);
    assert.equal(data.id, 'notes-search-ci-roundup');
    assert.deepEqual(data.tools, [
      {
        id: 'lantern-search',
        name: 'Lantern Search',
        panel: { percent: 75, ship: 3, reviews: 4 },
        community: { percent: 82, ship: 412, votes: 500 },
        pricing: 'Free tier',
      },
      {
        id: 'quill-docs',
        name: 'Quill Docs',
        panel: { percent: 25, ship: 1, reviews: 4 },
        community: { percent: 33, ship: 1, votes: 3 },
        pricing: 'Open source',
      },
      {
        id: 'harbor-ci',
        name: 'Harbor CI',
        panel: { percent: 0, ship: 0, reviews: 2 },
        community: { percent: null, ship: 0, votes: 0 },
        pricing: 'From $20/month',
      },
    ]);
    const two = JSON.parse(cli('stats', '--json', TWO).out);
    assert.deepEqual(
      two.tools.map((t) => [t.id, t.panel.percent, t.community.percent, t.pricing]),
      [
        ['claude-files-api', 100, null, 'Paid'],
        ['codestral-2', 100, null, 'Free'],
      ],
    );
  });

  test('a tool without reviews or pricing shows "—"', () => {
    const doc = fixture(TWO);
    doc.tools.push({ id: 'new-tool', name: 'New Tool' });
    const path = temp('no-reviews.json', JSON.stringify(doc));
    const { code, out } = cli('stats', path);
    assert.equal(code, 0);
    assert.equal(table(out)['new-tool'], 'new-tool New Tool — 0/0 — 0 —');
    const json = JSON.parse(cli('stats', path, '--json').out);
    assert.deepEqual(json.tools[2], {
      id: 'new-tool',
      name: 'New Tool',
      panel: { percent: null, ship: 0, reviews: 0 },
      community: { percent: null, ship: 0, votes: 0 },
      pricing: null,
    });
  });

  test('control characters in names are escaped in the table', () => {
    const doc = fixture(TWO);
    doc.tools[0].name = 'Red\u001b[31m\u009b\u202eName';
    const path = temp('control.json', JSON.stringify(doc));
    const { out } = cli('stats', path);
    assert.doesNotMatch(out, /[\u001b\u009b\u202e]/);
    assert.match(out, /Red\\u001b\[31m\\u009b\\u202eName/);
    const json = cli('stats', path, '--json').out;
    assert.doesNotMatch(json, /[\u001b\u009b\u202e]/);
    assert.equal(JSON.parse(json).tools[0].name, doc.tools[0].name);
  });

  test('an invalid document: its problems, exit 1, nothing on stdout', () => {
    const { code, out, err } = cli('stats', INVALID, '--json');
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.equal(lines(err).length, 6);
    assert.match(err, /^demo\/fixtures\/invalid-schema\.json: reviews\[1\]\.tool: unknown tool "codestral-3"$/m);
  });

  test('broken, missing and directory: one line each, exit 1', () => {
    for (const [file, message] of [
      [BROKEN, /^demo\/fixtures\/broken\.json: not valid JSON: .+\n$/],
      ['nope.json', /^nope\.json: no such file\n$/],
      ['demo', /^demo: is a directory, not a JSON file\n$/],
    ]) {
      const { code, out, err } = cli('stats', file);
      assert.equal(code, 1, file);
      assert.equal(out, '');
      assert.match(err, message);
    }
  });
});

describe('usage', () => {
  const version = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version;

  test('--help (and -h, and after a command) prints usage on stdout, exit 0', () => {
    for (const args of [['--help'], ['-h'], ['help'], ['validate', '--help'], ['stats', '-h']]) {
      const { code, out, err } = cli(...args);
      assert.equal(code, 0, args.join(' '));
      assert.match(out, /^Usage: verdict-elements <command>/);
      assert.match(out, /validate FILE\.\.\./);
      assert.match(out, /stats FILE \[--json\]/);
      assert.equal(err, '');
    }
  });

  test('--version prints the package version', () => {
    const { code, out } = cli('--version');
    assert.equal(code, 0);
    assert.equal(out, `${version}\n`);
  });

  test('an unknown command: usage on stderr, exit 2', () => {
    const { code, out, err } = cli('frobnicate', TWO);
    assert.equal(code, 2);
    assert.equal(out, '');
    assert.match(err, /^verdict-elements: unknown command "frobnicate"\n/);
    assert.match(err, /Usage: verdict-elements/);
  });

  test('other wrong usage: exit 2', () => {
    for (const [args, message] of [
      [[], /missing command/],
      [['--frob'], /unknown option --frob/],
      [['validate'], /validate needs at least one FILE/],
      [['validate', '--json', TWO], /unknown option --json for validate/],
      [['stats'], /stats takes one FILE \(got 0\)/],
      [['stats', TWO, THREE], /stats takes one FILE \(got 2\)/],
    ]) {
      const { code, out, err } = cli(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, message);
      assert.match(err, /Usage: verdict-elements/);
    }
  });

  test('"--" ends the options: a file named like an option', () => {
    const { code, err } = cli('validate', '--', '--json');
    assert.equal(code, 1);
    assert.equal(err, '--json: no such file\n');
  });

  test('package.json registers the bin, and the compiled file keeps its shebang', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.bin, { 'verdict-elements': './dist/lib/cli/cli.js' });
    assert.match(readFileSync(CLI, 'utf8'), /^#!\/usr\/bin\/env node\n/);
  });
});

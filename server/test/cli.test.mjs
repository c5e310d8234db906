// The serve command's usage and configuration errors (exit 2, one clear line), start-up reports.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { after, describe, it } from 'node:test';
import { FIXTURES, cleanup, closeAgents, request, runBin, startServer, tempDir } from './helpers.mjs';

const dir = tempDir();
after(() => cleanup(dir));

describe('npm run serve', () => {
  const db = join(dir, 'cli.sqlite');
  for (const [args, env, message] of [
    [['--db', db], {}, /--documents DIR is required/],
    [['--documents', FIXTURES, '--db', db, '--allow-origin', 'blog.example.com'], {}, /--allow-origin must be an origin/],
    [['--documents', FIXTURES, '--db', db, '--allow-origin', 'https://blog.example.com/path'], {}, /--allow-origin must be an origin/],
    [['--documents', FIXTURES, '--db', db, '--port', 'eighty'], {}, /--port must be a whole number/],
    [['--documents', FIXTURES, '--db', db, '--ip-limit', '-1'], {}, /--ip-limit|ip-limit/],
    [['--documents', FIXTURES, '--db', db, '--sqlite-sync', 'off'], {}, /--sqlite-sync must be full or normal/],
    [['--documents', FIXTURES, '--db', db, '--frobnicate'], {}, /Unknown option '--frobnicate'/],
    [['--documents', FIXTURES, '--db', db], { VERDICT_SECRET: 'short' }, /VERDICT_SECRET must be at least 16 characters/],
    [['--documents', FIXTURES, '--db', 'postgres://nobody@127.0.0.1:1/none'], { VERDICT_SECRET: '' }, /VERDICT_SECRET is required with PostgreSQL/],
    [['--documents', join(dir, 'no-such-dir'), '--db', db], {}, /cannot read --documents/],
  ]) {
    it(`exit 2: ${args.join(' ')} ${Object.keys(env).join(' ')}`, () => {
      const result = runBin(args, { env });
      assert.equal(result.code, 2, result.stderr);
      assert.match(result.stderr, message);
      assert.doesNotMatch(result.stderr, /\n\s+at /, 'no stack trace');
    });
  }

  it('--help prints every option', () => {
    const result = runBin(['--help']);
    assert.equal(result.code, 0);
    for (const option of ['--documents', '--db', '--port', '--host', '--allow-origin', '--trust-proxy', '--ip-limit', '--voter-limit', '--new-voters-per-ip', '--sqlite-sync']) {
      assert.ok(result.stdout.includes(option), option);
    }
  });

  it('a database that cannot be opened: exit 1 with the reason', () => {
    const result = runBin(['--documents', FIXTURES, '--db', join(dir, 'missing-dir', 'x.sqlite')]);
    assert.equal(result.code, 1);
    assert.match(result.stderr, /cannot open the database/);
  });

  it('relative paths resolve against the directory the command was run from (INIT_CWD under npm)', async () => {
    const docs = relative(dir, FIXTURES);
    const server = await startServer(['--documents', docs, '--db', 'relative.sqlite', '--quiet'], { env: { INIT_CWD: dir, VERDICT_SECRET: '' } });
    try {
      assert.match(server.stdout(), /serving 2 comparisons/);
      assert.match(server.stdout(), /no --allow-origin: nobody can vote/);
      assert.ok(server.stderr().includes(`${docs}/invalid-schema.json: id: must be a slug`), server.stderr());
      assert.equal((await request(server.url, '/v1/healthz')).status, 200);
      assert.ok(existsSync(join(dir, 'relative.sqlite')));
      assert.ok(existsSync(join(dir, 'relative.sqlite.secret')));
    } finally {
      await server.stop();
      closeAgents();
    }
  });
});

// The shared protocol and store suite on PostgreSQL, in a private cluster for this run; then what
// only a shared database has: two processes on one store (in the suite's exactness test), the
// store stopped mid-run (503, then recovery by itself), the required secret.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import pg from 'pg';
import { protocolSuite } from './contract.mjs';
import { FIXTURES, ORIGIN, SECRET, closeAgents, postgresMissing, request, runBin, sleep, startPostgres, startServer, tally, vote, voter } from './helpers.mjs';

const missing = postgresMissing();
if (missing && process.env.CI === 'true') {
  it('PostgreSQL is installed (required under CI=true)', () => assert.fail(missing));
} else if (missing) {
  console.log(`skipping the PostgreSQL suite: ${missing}`);
  it('PostgreSQL suite', { skip: missing }, () => {});
} else {
  let cluster;
  before(async () => {
    cluster = await startPostgres();
  });
  after(() => cluster?.destroy());

  const query = async (text) => {
    const client = new pg.Client({ connectionString: cluster.url });
    await client.connect();
    try {
      return (await client.query(text)).rows;
    } finally {
      await client.end();
    }
  };

  protocolSuite('postgres', {
    args: () => ['--db', cluster.url],
    env: () => ({ VERDICT_SECRET: SECRET }),
    instances: 2,
    // Every row of every table, as text.
    dump: async () => {
      const tables = await query("SELECT tablename FROM pg_tables WHERE schemaname = 'public'");
      let out = '';
      for (const { tablename } of tables) out += JSON.stringify(await query(`SELECT * FROM "${tablename}"`));
      return out;
    },
    rows: async () => Number((await query('SELECT count(*) AS n FROM votes'))[0].n),
  });

  describe('PostgreSQL faults and configuration', () => {
    it('exits 2 with a clear message without VERDICT_SECRET', () => {
      const result = runBin(['--documents', FIXTURES, '--db', cluster.url, '--port', '0'], { env: { VERDICT_SECRET: '' } });
      assert.equal(result.code, 2);
      assert.match(result.stderr, /VERDICT_SECRET is required with PostgreSQL/);
    });

    it('migrations are versioned and idempotent: a second start changes nothing', async () => {
      const rows = await query('SELECT version, name FROM verdict_migrations ORDER BY version');
      assert.deepEqual(rows.map((r) => r.version), [1]);
    });

    it('store stopped mid-run: 503 unavailable with Retry-After, the server stays up, then recovers by itself', { timeout: 120_000 }, async () => {
      const server = await startServer(['--documents', FIXTURES, '--allow-origin', ORIGIN, '--db', cluster.url, '--retry-after', '3'], { env: { VERDICT_SECRET: SECRET } });
      try {
        const me = voter(1, 'fault');
        assert.equal((await vote(server.url, { tool: 'quill-docs', verdict: 'ship', voter: me })).status, 200);
        cluster.stop('fast');
        const down = await vote(server.url, { tool: 'quill-docs', verdict: 'skip', voter: me });
        assert.equal(down.status, 503);
        assert.equal(down.json.error.kind, 'unavailable');
        assert.equal(down.headers['retry-after'], '3');
        assert.equal(down.headers['access-control-allow-origin'], ORIGIN);
        assert.equal(down.headers['access-control-expose-headers'], 'Retry-After');
        const tallyDown = await tally(server.url);
        assert.equal(tallyDown.status, 503);
        assert.equal(tallyDown.headers['retry-after'], '3');
        const health = await request(server.url, '/v1/healthz');
        assert.equal(health.status, 503);
        assert.equal(health.json.ok, false);
        cluster.start();
        // Recovery by itself: the pool reconnects on the next request.
        let up;
        for (let i = 0; i < 40; i++) {
          up = await vote(server.url, { tool: 'quill-docs', verdict: 'skip', voter: me });
          if (up.status === 200) break;
          await sleep(250);
        }
        assert.equal(up.status, 200, up.text);
        assert.equal(up.json.yours, 'skip');
        assert.equal((await request(server.url, '/v1/healthz')).status, 200);
        assert.equal(server.child.exitCode, null, 'still running');
        assert.doesNotMatch(server.logs(), /\n\s+at /, 'no stack trace');
      } finally {
        await server.stop();
        closeAgents();
      }
    });
  });
}

// The one protocol and store suite, run against SQLite (sqlite.test.mjs) and PostgreSQL
// (postgres.test.mjs): every route, status and header of votes.md, exactness under concurrency
// through `instances` server processes, durability across kill -9, privacy of the stored data.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { COMPARISON, FIXTURES, ORIGIN, TOOLS, address, closeAgents, random, request, startServer, tally, vote, voter } from './helpers.mjs';

/**
 * setup: {
 *   args(): extra bin arguments (--db ...), env(): environment,
 *   dump(): every stored byte/row as one string, rows(): number of rows in `votes`,
 *   instances: server processes for the exactness test
 * }
 */
export function protocolSuite(store, setup) {
  describe(`protocol and store contract (${store})`, () => {
    let server;
    const base = () => server.url;
    const start = (extra = []) =>
      startServer(['--documents', FIXTURES, '--allow-origin', ORIGIN, '--allow-origin', 'https://other.test', ...setup.args(), ...extra], { env: setup.env() });
    const seen = [];
    const check = (response) => {
      seen.push(response);
      return response;
    };
    const tokens = [];
    const token = (n, prefix) => {
      const t = voter(n, prefix);
      tokens.push(t);
      return t;
    };

    before(async () => {
      server = await start();
    });
    after(async () => {
      if (server) await server.stop();
      closeAgents();
    });

    it('GET /v1/healthz answers 200 with the store', async () => {
      const res = check(await request(base(), '/v1/healthz'));
      assert.equal(res.status, 200);
      assert.deepEqual(res.json, { ok: true, store });
      assert.equal(res.headers['access-control-allow-origin'], '*');
      assert.equal(res.headers['cache-control'], 'no-store');
    });

    it('GET tally: every tool at zero, readable anywhere, cacheable a few seconds, ETag and 304', async () => {
      const res = check(await tally(base(), 'claude-files-api-vs-codestral-2'));
      assert.equal(res.status, 200);
      assert.match(res.headers['content-type'], /^application\/json/);
      assert.equal(res.json.comparison, 'claude-files-api-vs-codestral-2');
      assert.deepEqual(res.json.tools, { 'claude-files-api': { ship: 0, skip: 0 }, 'codestral-2': { ship: 0, skip: 0 } });
      assert.match(res.json.at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      assert.equal(res.headers['access-control-allow-origin'], '*');
      assert.equal(res.headers['cache-control'], 'public, max-age=5, stale-while-revalidate=30');
      assert.equal(res.headers['access-control-allow-credentials'], undefined);
      const etag = res.headers.etag;
      assert.ok(etag);
      const again = check(await request(base(), '/v1/comparisons/claude-files-api-vs-codestral-2/tally', { headers: { 'If-None-Match': etag } }));
      assert.equal(again.status, 304);
      assert.equal(again.text, '');
      assert.equal(again.headers.etag, etag);
      const list = check(await request(base(), '/v1/comparisons/claude-files-api-vs-codestral-2/tally', { headers: { 'If-None-Match': `"nope", ${etag}` } }));
      assert.equal(list.status, 304);
      const stale = check(await request(base(), '/v1/comparisons/claude-files-api-vs-codestral-2/tally', { headers: { 'If-None-Match': '"nope"' } }));
      assert.equal(stale.status, 200);
      assert.equal(res.headers['access-control-expose-headers'], 'ETag');
      const preflight = check(await request(base(), '/v1/comparisons/claude-files-api-vs-codestral-2/tally', { method: 'OPTIONS', headers: { Origin: 'https://any.test', 'Access-Control-Request-Headers': 'if-none-match' } }));
      assert.equal(preflight.status, 204);
      assert.equal(preflight.headers['access-control-allow-origin'], '*');
      assert.equal(preflight.headers['access-control-allow-headers'], 'If-None-Match');
      const post = check(await request(base(), '/v1/comparisons/claude-files-api-vs-codestral-2/tally', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }));
      assert.equal(post.status, 405);
      assert.equal(post.headers.allow, 'GET, HEAD, OPTIONS');
    });

    it('GET tally of an unknown comparison: 404 not-found, still readable cross-origin', async () => {
      const res = check(await tally(base(), 'no-such-comparison'));
      assert.equal(res.status, 404);
      assert.equal(res.json.error.kind, 'not-found');
      assert.match(res.json.error.message, /no-such-comparison/);
      assert.equal(res.headers['access-control-allow-origin'], '*');
    });

    it('OPTIONS preflight: 204 with the CORS headers for an allowed origin, 403 without them otherwise', async () => {
      const path = `/v1/comparisons/${COMPARISON}/votes`;
      const ok = check(
        await request(base(), path, { method: 'OPTIONS', headers: { Origin: ORIGIN, 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type' } }),
      );
      assert.equal(ok.status, 204);
      assert.equal(ok.headers['access-control-allow-origin'], ORIGIN);
      assert.equal(ok.headers['access-control-allow-methods'], 'POST');
      assert.equal(ok.headers['access-control-allow-headers'], 'Content-Type');
      assert.match(ok.headers.vary, /Origin/);
      assert.equal(ok.headers['access-control-allow-credentials'], undefined);
      for (const headers of [{ Origin: 'https://evil.test', 'Access-Control-Request-Method': 'POST' }, { 'Access-Control-Request-Method': 'POST' }]) {
        const no = check(await request(base(), path, { method: 'OPTIONS', headers }));
        assert.equal(no.status, 403);
        assert.equal(no.json.error.kind, 'origin');
        assert.equal(no.headers['access-control-allow-origin'], undefined);
        assert.equal(no.headers['access-control-allow-methods'], undefined);
      }
    });

    it('POST casts, repeats, changes and withdraws a vote; tally follows; ETag changes', async () => {
      const me = token(1, 'cast');
      const before = check(await tally(base()));
      const first = check(await vote(base(), { tool: 'quill-docs', verdict: 'ship', voter: me }));
      assert.equal(first.status, 200);
      assert.deepEqual(first.json, { comparison: COMPARISON, tool: 'quill-docs', ship: before.json.tools['quill-docs'].ship + 1, skip: before.json.tools['quill-docs'].skip, yours: 'ship' });
      assert.equal(first.headers['access-control-allow-origin'], ORIGIN);
      assert.match(first.headers.vary, /Origin/);
      assert.equal(first.headers['access-control-expose-headers'], 'Retry-After');
      assert.equal(first.headers['cache-control'], 'no-store');
      const same = check(await vote(base(), { tool: 'quill-docs', verdict: 'ship', voter: me }));
      assert.deepEqual(same.json, first.json);
      const changed = check(await vote(base(), { tool: 'quill-docs', verdict: 'skip', voter: me }));
      assert.deepEqual([changed.json.ship, changed.json.skip, changed.json.yours], [first.json.ship - 1, first.json.skip + 1, 'skip']);
      const now = check(await tally(base()));
      assert.deepEqual(now.json.tools['quill-docs'], { ship: changed.json.ship, skip: changed.json.skip });
      assert.notEqual(now.headers.etag, before.headers.etag);
      const stale = check(await request(base(), `/v1/comparisons/${COMPARISON}/tally`, { headers: { 'If-None-Match': before.headers.etag } }));
      assert.equal(stale.status, 200);
      const withdrawn = check(await vote(base(), { tool: 'quill-docs', verdict: null, voter: me }));
      assert.deepEqual(withdrawn.json, { comparison: COMPARISON, tool: 'quill-docs', ship: before.json.tools['quill-docs'].ship, skip: before.json.tools['quill-docs'].skip, yours: null });
      const nothing = check(await vote(base(), { tool: 'quill-docs', verdict: null, voter: me }));
      assert.equal(nothing.status, 200);
      assert.equal(nothing.json.yours, null);
      // Another allowed origin gets its own origin back.
      const other = check(await vote(base(), { tool: 'harbor-ci', verdict: 'skip', voter: me }, { origin: 'https://other.test' }));
      assert.equal(other.status, 200);
      assert.equal(other.headers['access-control-allow-origin'], 'https://other.test');
    });

    it('unknown keys in a valid body are ignored', async () => {
      const res = check(await vote(base(), { tool: 'lantern-search', verdict: 'ship', voter: token(2, 'extra'), since: '2027', weight: 100, nested: { a: [1] } }));
      assert.equal(res.status, 200);
      assert.equal(res.json.yours, 'ship');
      assert.deepEqual(Object.keys(res.json).sort(), ['comparison', 'ship', 'skip', 'tool', 'yours']);
    });

    it('every error of the table: status, kind, a message naming the field, CORS headers for the allowed origin, nothing stored', async () => {
      const before = (await tally(base())).json.tools;
      const path = `/v1/comparisons/${COMPARISON}/votes`;
      const me = token(3, 'err');
      const post = (body, headers = {}, comparison = COMPARISON) =>
        request(base(), `/v1/comparisons/${comparison}/votes`, { method: 'POST', headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers }, body });
      const cases = [
        [await post({ tool: 'quill-docs', verdict: 'maybe', voter: me }), 400, 'invalid', /^verdict: /],
        [await post({ tool: 'quill-docs', verdict: 'ship' }), 400, 'invalid', /^voter: is required/],
        [await post({ tool: 'quill-docs', verdict: 'ship', voter: 'short' }), 400, 'invalid', /^voter: .*22 to 64/],
        [await post({ tool: 'quill-docs', verdict: 'ship', voter: 'x'.repeat(65) }), 400, 'invalid', /^voter: /],
        [await post({ tool: 'quill-docs', verdict: 'ship', voter: `${me.slice(0, 21)}!` }), 400, 'invalid', /^voter: /],
        [await post({ tool: 'quill-docs', voter: me }), 400, 'invalid', /^verdict: is required/],
        [await post({ tool: 42, verdict: 'ship', voter: me }), 400, 'invalid', /^tool: /],
        [await post({ verdict: 'ship', voter: me }), 400, 'invalid', /^tool: is required/],
        [await post('[1,2]'), 400, 'invalid', /^body: /],
        [await post('"ship"'), 400, 'invalid', /^body: /],
        [await post('null'), 400, 'invalid', /^body: /],
        [await post('{"tool":'), 400, 'invalid', /^body: not valid JSON/],
        [await post(''), 400, 'invalid', /^body: /],
        [await post({ tool: 'no-such-tool', verdict: 'ship', voter: me }), 404, 'not-found', /^tool: .*no-such-tool/],
        [await post({ tool: 'quill-docs', verdict: 'ship', voter: me }, {}, 'no-such-comparison'), 404, 'not-found', /no-such-comparison/],
        [await post({ tool: 'quill-docs', verdict: 'ship', voter: me, pad: 'x'.repeat(1100) }), 413, 'too-large', /1024/],
        [await post(JSON.stringify({ tool: 'quill-docs', verdict: 'ship', voter: me }), { 'Content-Type': 'text/plain' }), 415, 'media-type', /application\/json/],
        [await post('tool=quill-docs&verdict=ship&voter=' + me, { 'Content-Type': 'application/x-www-form-urlencoded' }), 415, 'media-type', /application\/json/],
        [await post('{}', { 'Content-Type': 'multipart/form-data; boundary=x' }), 415, 'media-type', /application\/json/],
        [await post({ tool: 'quill-docs', verdict: 'ship', voter: me }, { 'Content-Type': '' }), 415, 'media-type', /application\/json/],
      ];
      for (const [res, status, kind, message] of cases) {
        check(res);
        assert.equal(res.status, status, res.text);
        assert.equal(res.json?.error?.kind, kind, res.text);
        assert.match(res.json.error.message, message);
        assert.equal(res.headers['access-control-allow-origin'], ORIGIN, `CORS on ${status}`);
        assert.match(res.headers.vary, /Origin/);
        assert.equal(res.headers['access-control-expose-headers'], 'Retry-After');
        assert.doesNotMatch(res.text, /\bat .*\.js:\d+/, 'no stack trace');
      }
      // A chunked body over the cap (no Content-Length) is refused too.
      const chunked = check(
        await request(base(), path, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'Transfer-Encoding': 'chunked' },
          body: JSON.stringify({ tool: 'quill-docs', verdict: 'ship', voter: me, pad: 'y'.repeat(2000) }),
        }),
      );
      assert.equal(chunked.status, 413);
      // Foreign origin and no origin: 403 and no CORS headers.
      for (const headers of [{ Origin: 'https://evil.test' }, { Origin: 'null' }]) {
        const res = check(await post({ tool: 'quill-docs', verdict: 'ship', voter: me }, headers));
        assert.equal(res.status, 403);
        assert.equal(res.json.error.kind, 'origin');
        assert.equal(res.headers['access-control-allow-origin'], undefined);
      }
      const bare = check(await request(base(), path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: { tool: 'quill-docs', verdict: 'ship', voter: me } }));
      assert.equal(bare.status, 403);
      assert.equal(bare.json.error.kind, 'origin');
      assert.match(bare.json.error.message, /Origin/);
      assert.deepEqual((await tally(base())).json.tools, before, 'nothing stored');
    });

    it('other methods on known routes: 405 with Allow; unknown routes: 404 JSON', async () => {
      const res = check(await request(base(), `/v1/comparisons/${COMPARISON}/votes`));
      assert.equal(res.status, 405);
      assert.equal(res.headers.allow, 'POST, OPTIONS');
      const none = check(await request(base(), '/v1/nothing'));
      assert.equal(none.status, 404);
      assert.equal(none.json.error.kind, 'not-found');
    });

    it('badge.svg: the SVG badge with ETag/304, a few minutes of cache, ?style=, ?with=community from the live tally', async () => {
      const path = `/v1/comparisons/${COMPARISON}/tools/quill-docs/badge.svg`;
      const res = check(await request(base(), path));
      assert.equal(res.status, 200);
      assert.match(res.headers['content-type'], /^image\/svg\+xml/);
      assert.match(res.text, /^<svg[\s\S]*Quill Docs[\s\S]*<\/svg>$/);
      assert.match(res.text, /ship 25%/);
      assert.equal(res.headers['cache-control'], 'public, max-age=300');
      assert.equal(res.headers['access-control-allow-origin'], '*');
      const again = check(await request(base(), path, { headers: { 'If-None-Match': res.headers.etag } }));
      assert.equal(again.status, 304);
      const square = check(await request(base(), `${path}?style=for-the-badge`));
      assert.equal(square.status, 200);
      assert.notEqual(square.text, res.text);
      const me = token(4, 'badge');
      await vote(base(), { tool: 'quill-docs', verdict: 'ship', voter: me });
      const live = (await tally(base())).json.tools['quill-docs'];
      const community = check(await request(base(), `${path}?with=community`));
      assert.equal(community.status, 200);
      assert.equal(community.headers['cache-control'], 'public, max-age=60');
      const share = Math.floor((live.ship / (live.ship + live.skip)) * 100 + 0.5);
      assert.ok(community.text.includes(`${share}%`), `community share ${share}% in the badge`);
      assert.notEqual(community.text, res.text);
      const bad = check(await request(base(), `${path}?style=neon`));
      assert.equal(bad.status, 400);
      assert.match(bad.headers['content-type'], /^image\/svg\+xml/);
      for (const missing of [`/v1/comparisons/${COMPARISON}/tools/no-such-tool/badge.svg`, '/v1/comparisons/no-such-comparison/tools/quill-docs/badge.svg']) {
        const res404 = check(await request(base(), missing));
        assert.equal(res404.status, 404);
        assert.match(res404.headers['content-type'], /^image\/svg\+xml/);
        assert.match(res404.text, /not found/);
      }
    });

    it('shields.json: the Shields endpoint format and nothing else; 404 with isError', async () => {
      const res = check(await request(base(), `/v1/comparisons/${COMPARISON}/tools/lantern-search/shields.json`));
      assert.equal(res.status, 200);
      assert.deepEqual(Object.keys(res.json).sort(), ['cacheSeconds', 'color', 'label', 'message', 'schemaVersion']);
      assert.equal(res.json.schemaVersion, 1);
      assert.equal(res.json.label, 'Lantern Search');
      assert.match(res.json.message, /ship 75%/);
      assert.ok(res.json.cacheSeconds >= 300);
      const again = check(await request(base(), `/v1/comparisons/${COMPARISON}/tools/lantern-search/shields.json`, { headers: { 'If-None-Match': res.headers.etag } }));
      assert.equal(again.status, 304);
      const missing = check(await request(base(), `/v1/comparisons/${COMPARISON}/tools/nope/shields.json`));
      assert.equal(missing.status, 404);
      assert.equal(missing.json.isError, true);
      assert.equal(missing.json.message, 'not found');
      assert.equal(missing.json.schemaVersion, 1);
    });

    it('serves valid documents at /documents/<file>.json with ETag and ACAO *, and not invalid ones', async () => {
      const res = check(await request(base(), '/documents/three-tools-mixed.json'));
      assert.equal(res.status, 200);
      assert.equal(res.json.id, COMPARISON);
      assert.equal(res.headers['access-control-allow-origin'], '*');
      assert.match(res.headers['content-type'], /^application\/json/);
      const again = check(await request(base(), '/documents/three-tools-mixed.json', { headers: { 'If-None-Match': res.headers.etag } }));
      assert.equal(again.status, 304);
      const invalid = check(await request(base(), '/documents/invalid-schema.json'));
      assert.equal(invalid.status, 404);
      assert.equal(invalid.json.error.kind, 'not-found');
      assert.match(server.stderr(), /invalid-schema\.json: id: must be a slug/);
      assert.match(server.stderr(), /invalid-schema\.json: not served/);
    });

    it(`exactness: 200 voters casting, changing and withdrawing at once through ${setup.instances} process(es) equal the reference`, { timeout: 360_000 }, async () => {
      const extra = [];
      for (let i = 1; i < setup.instances; i++) extra.push(await start());
      const bases = [base(), ...extra.map((s) => s.url)];
      try {
        const rand = random(20261130);
        const start0 = (await tally(base())).json.tools;
        const last = new Map();
        const VOTERS = 200;
        const STEPS = 10;
        const plans = Array.from({ length: VOTERS }, () =>
          Array.from({ length: STEPS }, () => ({
            tool: TOOLS[Math.floor(rand() * TOOLS.length)],
            verdict: [null, 'ship', 'skip', 'ship', 'skip'][Math.floor(rand() * 5)],
            server: Math.floor(rand() * bases.length),
          })),
        );
        const failures = [];
        await Promise.all(
          plans.map(async (plan, n) => {
            const me = token(n, 'exact');
            for (const step of plan) {
              const res = await vote(bases[step.server], { tool: step.tool, verdict: step.verdict, voter: me }, { from: address(1000 + (n % 100)) });
              if (res.status !== 200) failures.push(`${res.status} ${res.text}`);
              else last.set(`${n}\0${step.tool}`, res.json.yours);
            }
          }),
        );
        assert.deepEqual(failures.slice(0, 3), [], `${failures.length} refused`);
        const expected = structuredClone(start0);
        for (const [key, verdict] of last) {
          const tool = key.split('\0')[1];
          if (verdict) expected[tool][verdict]++;
        }
        for (const url of bases) assert.deepEqual((await tally(url)).json.tools, expected);
        assert.equal(await setup.rows(), Object.values(expected).reduce((sum, c) => sum + c.ship + c.skip, 0));
      } finally {
        for (const s of extra) await s.stop();
      }
    });

    it('durability: every acknowledged vote survives kill -9 and a restart', { timeout: 60_000 }, async () => {
      const acknowledged = [];
      const burst = Array.from({ length: 300 }, (_, n) =>
        vote(base(), { tool: TOOLS[n % 3], verdict: n % 4 === 0 ? 'skip' : 'ship', voter: token(n, 'durable') }, { from: address(2000 + (n % 30)) }).then(
          (res) => res.status === 200 && acknowledged.push(res.json),
          () => {},
        ),
      );
      await Promise.all(burst);
      const before = (await tally(base())).json.tools;
      server.child.kill('SIGKILL');
      await server.stop('SIGKILL');
      closeAgents();
      server = await start();
      assert.equal(acknowledged.length, 300);
      assert.deepEqual((await tally(base())).json.tools, before);
    });

    it('SIGTERM: requests in flight finish, the store closes, exit 0; every 200 is kept', { timeout: 60_000 }, async () => {
      const before = (await tally(base())).json.tools['lantern-search'].skip;
      const acked = [];
      const statuses = [];
      const inflight = Array.from({ length: 40 }, (_, n) =>
        vote(base(), { tool: 'lantern-search', verdict: 'skip', voter: token(n, 'drain') }, { from: address(3000 + (n % 10)) }).then(
          (res) => {
            statuses.push(res.status);
            if (res.status === 200) acked.push(res.json);
          },
          () => {},
        ),
      );
      await new Promise((r) => setTimeout(r, 15));
      const code = await server.stop('SIGTERM');
      await Promise.all(inflight);
      assert.equal(code, 0);
      assert.match(server.stdout(), /SIGTERM: finishing requests in flight\n[\s\S]*stopped\n$/);
      assert.deepEqual(statuses.filter((s) => s !== 200), [], 'a request that reached the server is answered, not dropped');
      closeAgents();
      server = await start();
      const after = (await tally(base())).json.tools['lantern-search'].skip;
      assert.equal(after - before, acked.length, 'every acknowledged vote kept, nothing else');
    });

    it('no Set-Cookie and no Access-Control-Allow-Credentials, ever', () => {
      assert.ok(seen.length > 30);
      for (const res of seen) {
        assert.equal(res.headers['set-cookie'], undefined);
        assert.equal(res.headers['access-control-allow-credentials'], undefined);
      }
    });

    it('neither a raw voter token nor a client address is stored or logged', async () => {
      assert.equal((await vote(base(), { tool: 'harbor-ci', verdict: 'ship', voter: token(1, 'private') }, { from: address(99) })).status, 200);
      const stored = await setup.dump();
      const logs = server.logs();
      assert.ok(tokens.length > 500);
      for (const t of tokens) {
        assert.ok(!stored.includes(t), `token ${t} stored`);
        assert.ok(!logs.includes(t), `token ${t} logged`);
      }
      for (const n of [0, 1, 50, 99, 1000, 1001, 1099, 2000, 3000]) {
        const ip = address(n);
        assert.ok(!stored.includes(ip), `address ${ip} stored`);
        assert.ok(!logs.includes(ip), `address ${ip} logged`);
      }
      assert.match(logs, /POST \/v1\/comparisons\/notes-search-ci-roundup\/votes 200 /);
    });
  });
}

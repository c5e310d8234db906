// Bodies from fast-check against the app in process (SQLite): whatever arrives, the answer is a
// protocol error (never a 500) and nothing is stored; extra keys on a valid body are ignored.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import fc from 'fast-check';
import { createApp, loadDocuments, SqliteStore } from '../dist/index.js';
import { COMPARISON, FIXTURES, ORIGIN, TOOLS, cleanup, tempDir } from './helpers.mjs';

describe('fuzzed vote bodies', () => {
  const dir = tempDir();
  let store;
  let app;
  before(async () => {
    store = new SqliteStore(join(dir, 'fuzz.sqlite'), { synchronous: 'normal' });
    const catalog = await loadDocuments(FIXTURES, () => {});
    app = createApp({
      store,
      catalog,
      secret: 'fuzz-secret-0123456789',
      allowOrigins: [ORIGIN],
      clientAddress: () => '192.0.2.1',
      limits: { ipPerMinute: 0, voterPerMinute: 0, newVotersPerIpPerDay: 0 },
    });
  });
  after(async () => {
    await store.close();
    cleanup(dir);
  });

  const post = (body) =>
    app.request(`/v1/comparisons/${COMPARISON}/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body,
    });
  const rows = () => store.db.prepare('SELECT count(*) AS n FROM votes').get().n;

  const goodVoter = fc.stringMatching(/^[A-Za-z0-9_-]{22,64}$/);
  const badVoter = fc.oneof(
    fc.string({ maxLength: 21 }),
    fc.string({ minLength: 65, maxLength: 300 }),
    fc.stringMatching(/^[A-Za-z0-9_-]{10,30}[^A-Za-z0-9_-][A-Za-z0-9_-]{10,30}$/),
    fc.integer(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
  );
  const badVerdict = fc.oneof(fc.string({ maxLength: 40 }).filter((s) => s !== 'ship' && s !== 'skip'), fc.integer(), fc.boolean(), fc.constantFrom('SHIP', 'Ship', ' ship', 'ship\u0000', 'skip ', ''), fc.object({ maxDepth: 1 }));
  const badTool = fc.oneof(fc.integer(), fc.constant(null), fc.string({ maxLength: 200 }).filter((s) => !/^[a-z0-9][a-z0-9-]{0,79}$/.test(s)), fc.array(fc.constantFrom(...TOOLS)));
  const maybe = (good, bad) => fc.oneof(good.map((v) => ({ ok: true, v })), bad.map((v) => ({ ok: false, v })), fc.constant({ ok: false, missing: true }));

  /** A body with at least one field wrong or missing, as JSON text. */
  const invalidObject = fc
    .record({
      tool: maybe(fc.constantFrom(...TOOLS), badTool),
      verdict: maybe(fc.constantFrom('ship', 'skip', null), badVerdict),
      voter: maybe(goodVoter, badVoter),
    })
    .filter((r) => !(r.tool.ok && r.verdict.ok && r.voter.ok))
    .map((r) => {
      const body = {};
      for (const [key, field] of Object.entries(r)) if (!field.missing) body[key] = field.v;
      return JSON.stringify(body);
    });
  const brokenJson = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.json().map((text) => text.slice(0, Math.max(0, text.length - 1))).filter((t) => { try { JSON.parse(t); return false; } catch { return true; } }),
    fc.constantFrom('{', '{"tool":', 'nul', '[', '{"tool":"quill-docs","verdict":"ship","voter":"aaaaaaaaaaaaaaaaaaaaaa"', '\uFEFF{}', '{}}', "{'tool':'x'}"),
  );
  const otherJson = fc.jsonValue({ maxDepth: 3 }).filter((v) => v === null || typeof v !== 'object' || Array.isArray(v) || !('voter' in v)).map((v) => JSON.stringify(v));
  const huge = fc.oneof(fc.string({ minLength: 1025, maxLength: 4000 }), fc.string({ minLength: 1100, maxLength: 3000 }).map((pad) => JSON.stringify({ tool: 'quill-docs', verdict: 'ship', voter: 'a'.repeat(22), pad })));

  it('never a 500, never a stored row: always 400, 404 or 413 with the protocol error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(invalidObject, brokenJson, otherJson, huge), async (body) => {
        const res = await post(body);
        const json = await res.json();
        assert.ok([400, 404, 413].includes(res.status), `${res.status} for ${body.slice(0, 80)}`);
        assert.equal(typeof json.error.kind, 'string');
        assert.equal(typeof json.error.message, 'string');
        assert.equal(res.headers.get('access-control-allow-origin'), ORIGIN);
      }),
      { numRuns: 400, seed: 1130 },
    );
    assert.equal(rows(), 0);
  });

  it('extra keys on a valid body are ignored', async () => {
    const reserved = new Set(['tool', 'verdict', 'voter']);
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...TOOLS),
        fc.constantFrom('ship', 'skip'),
        goodVoter,
        fc.dictionary(fc.string({ maxLength: 12 }).filter((k) => !reserved.has(k)), fc.jsonValue({ maxDepth: 2 }), { maxKeys: 5 }),
        async (tool, verdict, voter, extra) => {
          const text = JSON.stringify({ ...extra, tool, verdict, voter });
          fc.pre(Buffer.byteLength(text) <= 1024);
          const res = await post(text);
          assert.equal(res.status, 200, await res.clone().text());
          const json = await res.json();
          assert.equal(json.yours, verdict);
          assert.equal(json.tool, tool);
        },
      ),
      { numRuns: 150, seed: 1131 },
    );
  });
});

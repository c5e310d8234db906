// Rate limits through real sockets from many loopback addresses, at their default values: a flood
// from one address gets 429 with Retry-After, other readers are unaffected; a forged
// X-Forwarded-For does not reset a limit unless --trust-proxy says a proxy sets it.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { COMPARISON, FIXTURES, ORIGIN, address, cleanup, closeAgents, request, startServer, tempDir, vote, voter } from './helpers.mjs';

const dir = tempDir();
after(() => cleanup(dir));

describe('rate limits (defaults: 120 votes per IP per minute, 30 per voter, 50 new voters per IP per comparison per day)', () => {
  let server;
  before(async () => {
    server = await startServer(['--documents', FIXTURES, '--allow-origin', ORIGIN, '--db', join(dir, 'limits.sqlite'), '--quiet']);
  });
  after(async () => {
    await server?.stop();
    closeAgents();
  });

  it('a flood from one address gets 429 with Retry-After (readable cross-origin); other addresses are unaffected', async () => {
    const flood = address(10);
    const statuses = [];
    let limited;
    // Distinct voters, each voting once: only the per-IP limits apply.
    for (let n = 0; n < 130; n++) {
      const res = await vote(server.url, { tool: 'quill-docs', verdict: 'ship', voter: voter(n, 'flood') }, { from: flood, origin: ORIGIN });
      statuses.push(res.status);
      if (res.status === 429) limited ??= res;
    }
    // The 51st new voter from one address is refused (the cap); after that the address stays refused.
    assert.deepEqual(statuses.slice(0, 50), Array(50).fill(200));
    assert.ok(statuses.slice(50).every((s) => s === 429), statuses.slice(50).join());
    assert.equal(limited.json.error.kind, 'rate-limited');
    assert.ok(Number(limited.headers['retry-after']) >= 1);
    assert.equal(limited.headers['access-control-allow-origin'], ORIGIN);
    assert.equal(limited.headers['access-control-expose-headers'], 'Retry-After');
    // A forged X-Forwarded-For changes nothing without --trust-proxy.
    const forged = await request(server.url, `/v1/comparisons/${COMPARISON}/votes`, {
      method: 'POST',
      from: flood,
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'X-Forwarded-For': '203.0.113.9' },
      body: { tool: 'quill-docs', verdict: 'ship', voter: voter(999, 'forged') },
    });
    assert.equal(forged.status, 429);
    // Everyone else votes as usual.
    for (let n = 0; n < 20; n++) {
      const res = await vote(server.url, { tool: 'harbor-ci', verdict: 'skip', voter: voter(n, 'other') }, { from: address(100 + n) });
      assert.equal(res.status, 200);
    }
  });

  it('per IP: more than 120 votes a minute from one address get 429, even from known voters', async () => {
    const from = address(20);
    const statuses = [];
    for (let n = 0; n < 125; n++) {
      const res = await vote(server.url, { tool: 'lantern-search', verdict: n % 2 ? 'ship' : 'skip', voter: voter(n % 20, 'ip') }, { from });
      statuses.push(res.status);
    }
    // 20 voters changing their minds: the per-voter limit (30/min) is not reached, the IP's is.
    assert.deepEqual(statuses.slice(0, 120), Array(120).fill(200));
    assert.deepEqual(statuses.slice(120), Array(5).fill(429));
  });

  it('per voter: more than 30 votes a minute from one token get 429, whatever the address', async () => {
    const me = voter(1, 'busy');
    const statuses = [];
    for (let n = 0; n < 32; n++) {
      const res = await vote(server.url, { tool: 'lantern-search', verdict: n % 2 ? 'ship' : 'skip', voter: me }, { from: address(200 + n) });
      statuses.push(res.status);
    }
    assert.deepEqual(statuses, [...Array(30).fill(200), 429, 429]);
    const other = await vote(server.url, { tool: 'lantern-search', verdict: 'ship', voter: voter(2, 'busy') }, { from: address(200) });
    assert.equal(other.status, 200);
  });
});

describe('--trust-proxy 1: the address the proxy saw', () => {
  let server;
  before(async () => {
    server = await startServer(['--documents', FIXTURES, '--allow-origin', ORIGIN, '--db', join(dir, 'proxy.sqlite'), '--quiet', '--trust-proxy', '1', '--new-voters-per-ip', '3']);
  });
  after(async () => {
    await server?.stop();
    closeAgents();
  });

  it('limits each forwarded client apart, from one proxy socket', async () => {
    const send = (client, n) =>
      request(server.url, `/v1/comparisons/${COMPARISON}/votes`, {
        method: 'POST',
        from: address(300),
        headers: { 'Content-Type': 'application/json', Origin: ORIGIN, 'X-Forwarded-For': `198.51.100.7, ${client}` },
        body: { tool: 'quill-docs', verdict: 'ship', voter: voter(n, client.replace(/\D/g, '')) },
      });
    const a = [];
    for (let n = 0; n < 4; n++) a.push((await send('203.0.113.1', n)).status);
    assert.deepEqual(a, [200, 200, 200, 429]);
    // Another client behind the same proxy: its own budget.
    assert.equal((await send('203.0.113.2', 0)).status, 200);
  });
});

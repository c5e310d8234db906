// A publisher mounts the one app object inside their own Hono app, with documents in memory.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { it } from 'node:test';
import { Hono } from 'hono';
import { catalogOf, createApp, SqliteStore } from '../dist/index.js';
import { COMPARISON, FIXTURES, ORIGIN, voter } from './helpers.mjs';

it('createApp() mounts under a prefix of another Hono app and serves the protocol there', async () => {
  const document = JSON.parse(readFileSync(join(FIXTURES, 'three-tools-mixed.json'), 'utf8'));
  const store = new SqliteStore(':memory:');
  const lines = [];
  const site = new Hono();
  site.get('/', (c) => c.text('my blog'));
  site.route('/votes', createApp({ store, catalog: catalogOf([document]), secret: 'mount-secret-0123456789', allowOrigins: [ORIGIN], clientAddress: () => '192.0.2.7', log: (l) => lines.push(l) }));
  try {
    assert.equal(await (await site.request('/')).text(), 'my blog');
    const posted = await site.request(`/votes/v1/comparisons/${COMPARISON}/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify({ tool: 'harbor-ci', verdict: 'ship', voter: voter(1, 'mount') }),
    });
    assert.equal(posted.status, 200);
    const tally = await (await site.request(`/votes/v1/comparisons/${COMPARISON}/tally`)).json();
    assert.deepEqual(tally.tools['harbor-ci'], { ship: 1, skip: 0 });
    assert.equal((await site.request('/votes/v1/healthz')).status, 200);
    assert.equal(lines.length, 3);
    assert.ok(lines.every((l) => !l.includes('192.0.2.7')));
  } finally {
    await store.close();
  }
});

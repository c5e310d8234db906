// SQLite's own faults, in process: a file locked by another process and a full disk answer 503
// with Retry-After and corrupt nothing; migrations run once; the secret is generated once.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import Database from 'better-sqlite3';
import { createApp, loadDocuments, secretBeside, SqliteStore } from '../dist/index.js';
import { COMPARISON, FIXTURES, ORIGIN, cleanup, tempDir, voter } from './helpers.mjs';

const dir = tempDir();
after(() => cleanup(dir));

async function appOn(file) {
  const store = new SqliteStore(file);
  const app = createApp({
    store,
    catalog: await loadDocuments(FIXTURES, () => {}),
    secret: 'faults-secret-0123456789',
    allowOrigins: [ORIGIN],
    clientAddress: () => '192.0.2.1',
    limits: { ipPerMinute: 0, voterPerMinute: 0, newVotersPerIpPerDay: 0 },
    retryAfterSeconds: 2,
  });
  const post = (body) =>
    app.request(`/v1/comparisons/${COMPARISON}/votes`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Origin: ORIGIN },
      body: JSON.stringify(body),
    });
  return { store, app, post };
}

describe('SQLite faults', () => {
  it('a database locked by another process: 503 unavailable with Retry-After, then votes again once released', async () => {
    const file = join(dir, 'locked.sqlite');
    const { store, app, post } = await appOn(file);
    const other = new Database(file);
    other.exec('BEGIN EXCLUSIVE');
    const res = await post({ tool: 'quill-docs', verdict: 'ship', voter: voter(1) });
    assert.equal(res.status, 503);
    assert.equal(res.headers.get('retry-after'), '2');
    assert.equal((await res.json()).error.kind, 'unavailable');
    other.exec('ROLLBACK');
    other.close();
    const again = await post({ tool: 'quill-docs', verdict: 'ship', voter: voter(1) });
    assert.equal(again.status, 200);
    assert.equal((await again.json()).ship, 1);
    const tally = await (await app.request(`/v1/comparisons/${COMPARISON}/tally`)).json();
    assert.deepEqual(tally.tools['quill-docs'], { ship: 1, skip: 0 });
    await store.close();
  });

  it('a full disk: 503 unavailable, no partial write, the file stays sound and consistent', async () => {
    const file = join(dir, 'full.sqlite');
    const { store, post } = await appOn(file);
    // As if the disk were full: SQLite may not grow the file past its current size.
    const pages = store.db.pragma('page_count', { simple: true });
    store.db.pragma(`max_page_count = ${pages}`);
    const statuses = new Set();
    let accepted = 0;
    for (let n = 0; n < 400 && !statuses.has(503); n++) {
      const res = await post({ tool: 'lantern-search', verdict: 'ship', voter: voter(n, 'full') });
      statuses.add(res.status);
      if (res.status === 200) accepted++;
      else {
        assert.equal(res.status, 503);
        assert.equal(res.headers.get('retry-after'), '2');
        assert.equal((await res.json()).error.kind, 'unavailable');
      }
    }
    assert.ok(statuses.has(503), 'the disk filled up');
    assert.equal(store.db.pragma('integrity_check', { simple: true }), 'ok');
    const votes = store.db.prepare("SELECT count(*) AS n FROM votes WHERE tool = 'lantern-search'").get().n;
    const tally = store.db.prepare("SELECT ship FROM tallies WHERE tool = 'lantern-search'").get()?.ship ?? 0;
    assert.equal(votes, accepted);
    assert.equal(tally, accepted);
    await store.close();
  });

  it('migrations are versioned and run once', async () => {
    const file = join(dir, 'migrate.sqlite');
    await new SqliteStore(file).close();
    await new SqliteStore(file).close();
    const db = new Database(file, { readonly: true });
    assert.deepEqual(db.prepare('SELECT version FROM verdict_migrations').all(), [{ version: 1 }]);
    assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
    db.close();
  });

  it('the secret is generated once beside the database file, readable by its owner only', () => {
    const file = join(dir, 'secret.sqlite');
    const first = secretBeside(file);
    const second = secretBeside(file);
    assert.equal(first.created, true);
    assert.equal(second.created, false);
    assert.equal(first.secret, second.secret);
    assert.ok(first.secret.length >= 32);
    assert.ok(existsSync(`${file}.secret`));
    assert.equal(statSync(`${file}.secret`).mode & 0o077, 0);
    assert.equal(readFileSync(`${file}.secret`, 'utf8').trim(), first.secret);
  });
});

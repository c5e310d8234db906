// The shared protocol and store suite on the embedded SQLite store, plus SQLite's own faults.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { after } from 'node:test';
import Database from 'better-sqlite3';
import { protocolSuite } from './contract.mjs';
import { cleanup, tempDir } from './helpers.mjs';

const dir = tempDir();
const db = join(dir, 'votes.sqlite');
after(() => cleanup(dir));

protocolSuite('sqlite', {
  args: () => ['--db', db],
  env: () => ({ VERDICT_SECRET: '' }),
  instances: 1,
  // Every byte SQLite keeps: the database, its write-ahead log, the secret file aside.
  dump: () =>
    ['', '-wal', '-shm']
      .map((suffix) => `${db}${suffix}`)
      .filter(existsSync)
      .map((file) => readFileSync(file).toString('latin1'))
      .join('\n'),
  rows: () => {
    const conn = new Database(db, { readonly: true });
    try {
      return conn.prepare('SELECT count(*) AS n FROM votes').get().n;
    } finally {
      conn.close();
    }
  },
});


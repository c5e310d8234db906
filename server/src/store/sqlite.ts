/**
 * The embedded default: one SQLite file in WAL mode through better-sqlite3 (synchronous calls,
 * so a transaction can never interleave with another request of this process).
 */
import Database from 'better-sqlite3';
import { StoreUnavailable, type Counts, type Migration, type Store, type Verdict, type VoteResult } from './types.js';

export const SQLITE_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'votes and tallies',
    sql: `
      CREATE TABLE IF NOT EXISTS votes (
        comparison TEXT NOT NULL,
        voter      TEXT NOT NULL,
        tool       TEXT NOT NULL,
        verdict    TEXT NOT NULL CHECK (verdict IN ('ship', 'skip')),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (comparison, voter, tool)
      ) WITHOUT ROWID;
      CREATE TABLE IF NOT EXISTS tallies (
        comparison TEXT NOT NULL,
        tool       TEXT NOT NULL,
        ship       INTEGER NOT NULL DEFAULT 0 CHECK (ship >= 0),
        skip       INTEGER NOT NULL DEFAULT 0 CHECK (skip >= 0),
        PRIMARY KEY (comparison, tool)
      ) WITHOUT ROWID;`,
  },
];

export interface SqliteOptions {
  /**
   * `full` (default) syncs the WAL at every commit, so an acknowledged vote survives a power cut
   * as well as a killed process; `normal` survives a killed process only, and is faster.
   */
  synchronous?: 'full' | 'normal';
  /** How long a write waits for a lock held by another process before the request gets 503. */
  busyTimeoutMs?: number;
}

/** Error codes that mean "try again later", never "the request was wrong". */
const UNAVAILABLE = /^SQLITE_(BUSY|LOCKED|FULL|IOERR|CANTOPEN|READONLY|PROTOCOL|NOLFS)/;

function guard<T>(work: () => T): T {
  try {
    return work();
  } catch (cause) {
    const code = (cause as { code?: unknown })?.code;
    if (typeof code === 'string' && UNAVAILABLE.test(code)) {
      throw new StoreUnavailable(`sqlite: ${code}`, { cause });
    }
    throw cause;
  }
}

interface Pending {
  comparison: string;
  tool: string;
  voter: string;
  verdict: Verdict | null;
  resolve(result: VoteResult): void;
  reject(cause: unknown): void;
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  /** Exposed for the fault tests (a full disk is simulated with `max_page_count`). */
  readonly db: Database.Database;
  readonly #commit: (batch: Pending[]) => VoteResult[];
  #queue: Pending[] = [];
  readonly #tally: Database.Statement<[string], { tool: string; ship: number; skip: number }>;
  readonly #hasVoted: Database.Statement<[string, string], { one: number }>;

  constructor(file: string, options: SqliteOptions = {}) {
    this.db = guard(() => new Database(file));
    const db = this.db;
    db.pragma('journal_mode = WAL');
    db.pragma(`synchronous = ${options.synchronous === 'normal' ? 'NORMAL' : 'FULL'}`);
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(options.busyTimeoutMs ?? 250))}`);
    db.pragma('foreign_keys = ON');
    migrate(db);

    const current = db.prepare<[string, string, string], { verdict: Verdict }>(
      'SELECT verdict FROM votes WHERE comparison = ? AND voter = ? AND tool = ?',
    );
    const upsert = db.prepare<[string, string, string, Verdict, number]>(
      `INSERT INTO votes (comparison, voter, tool, verdict, updated_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (comparison, voter, tool) DO UPDATE SET verdict = excluded.verdict, updated_at = excluded.updated_at`,
    );
    const remove = db.prepare<[string, string, string]>('DELETE FROM votes WHERE comparison = ? AND voter = ? AND tool = ?');
    const ensure = db.prepare<[string, string]>(
      'INSERT INTO tallies (comparison, tool) VALUES (?, ?) ON CONFLICT (comparison, tool) DO NOTHING',
    );
    const bump = db.prepare<[number, number, string, string], Counts>(
      'UPDATE tallies SET ship = ship + ?, skip = skip + ? WHERE comparison = ? AND tool = ? RETURNING ship, skip',
    );
    const counts = db.prepare<[string, string], Counts>('SELECT ship, skip FROM tallies WHERE comparison = ? AND tool = ?');
    this.#tally = db.prepare('SELECT tool, ship, skip FROM tallies WHERE comparison = ?');
    this.#hasVoted = db.prepare('SELECT 1 AS one FROM votes WHERE comparison = ? AND voter = ? LIMIT 1');

    // One vote, inside a transaction begun IMMEDIATE (the write lock taken at BEGIN): the read of
    // the old verdict and the writes that depend on it see the same state.
    const apply = (comparison: string, tool: string, voter: string, verdict: Verdict | null): VoteResult => {
      const old = current.get(comparison, voter, tool)?.verdict ?? null;
      if (old === verdict) {
        const now = counts.get(comparison, tool) ?? { ship: 0, skip: 0 };
        return { ship: now.ship, skip: now.skip, yours: verdict };
      }
      if (verdict === null) remove.run(comparison, voter, tool);
      else upsert.run(comparison, voter, tool, verdict, Date.now());
      ensure.run(comparison, tool);
      const delta = (v: Verdict) => (verdict === v ? 1 : 0) - (old === v ? 1 : 0);
      const now = bump.get(delta('ship'), delta('skip'), comparison, tool)!;
      return { ship: now.ship, skip: now.skip, yours: verdict };
    };
    // Group commit: the votes that arrive in one turn of the event loop share one transaction,
    // so one WAL sync (with synchronous=FULL) acknowledges all of them. Each is still applied on
    // its own, in arrival order; if the commit fails, none of them is stored and all get 503.
    this.#commit = db.transaction((batch: Pending[]) => batch.map((v) => apply(v.comparison, v.tool, v.voter, v.verdict))).immediate;
  }

  vote(comparison: string, tool: string, voter: string, verdict: Verdict | null): Promise<VoteResult> {
    return new Promise((resolve, reject) => {
      if (this.#queue.length === 0) setImmediate(() => this.#flush());
      this.#queue.push({ comparison, tool, voter, verdict, resolve, reject });
    });
  }

  #flush(): void {
    const batch = this.#queue;
    this.#queue = [];
    let results: VoteResult[];
    try {
      results = guard(() => this.#commit(batch));
    } catch (cause) {
      for (const pending of batch) pending.reject(cause);
      return;
    }
    batch.forEach((pending, i) => pending.resolve(results[i]!));
  }

  async tally(comparison: string): Promise<Record<string, Counts>> {
    const rows = guard(() => this.#tally.all(comparison));
    const out: Record<string, Counts> = {};
    for (const row of rows) out[row.tool] = { ship: row.ship, skip: row.skip };
    return out;
  }

  async hasVoted(comparison: string, voter: string): Promise<boolean> {
    return guard(() => this.#hasVoted.get(comparison, voter) !== undefined);
  }

  async ping(): Promise<void> {
    guard(() => this.db.prepare('SELECT 1').get());
  }

  async close(): Promise<void> {
    if (this.#queue.length) this.#flush();
    if (this.db.open) this.db.close();
  }
}

/** Applies every migration not yet recorded, each in its own transaction. */
function migrate(db: Database.Database): void {
  db.exec(`CREATE TABLE IF NOT EXISTS verdict_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const done = new Set(db.prepare<[], { version: number }>('SELECT version FROM verdict_migrations').all().map((r) => r.version));
  for (const migration of SQLITE_MIGRATIONS) {
    if (done.has(migration.version)) continue;
    db.transaction(() => {
      db.exec(migration.sql);
      db.prepare('INSERT INTO verdict_migrations (version, name, applied_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
    }).immediate();
  }
}

/**
 * PostgreSQL, for several instances behind a load balancer: they share the votes, the tallies
 * and the rate-limit counters. A vote is one statement (`verdict_vote`), so one round trip.
 */
import pg from 'pg';
import { StoreUnavailable, type Counts, type Migration, type Store, type Verdict, type VoteResult } from './types.js';

/** The table rate-limiter-flexible keeps its counters in (created here, by the migrations). */
export const RATE_LIMIT_TABLE = 'verdict_rate_limits';

export const POSTGRES_MIGRATIONS: Migration[] = [
  {
    version: 1,
    name: 'votes, tallies, rate limits',
    sql: `
      CREATE TABLE IF NOT EXISTS votes (
        comparison text NOT NULL,
        voter      text NOT NULL,
        tool       text NOT NULL,
        verdict    text NOT NULL CHECK (verdict IN ('ship', 'skip')),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (comparison, voter, tool)
      );
      CREATE TABLE IF NOT EXISTS tallies (
        comparison text NOT NULL,
        tool       text NOT NULL,
        ship       bigint NOT NULL DEFAULT 0 CHECK (ship >= 0),
        skip       bigint NOT NULL DEFAULT 0 CHECK (skip >= 0),
        PRIMARY KEY (comparison, tool)
      );
      CREATE TABLE IF NOT EXISTS ${RATE_LIMIT_TABLE} (
        key    varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      );
      -- Every vote on a tool first locks that tool's tally row (inserting it if needed); so the
      -- old verdict read next is current (READ COMMITTED takes a new snapshot per statement of a
      -- volatile function) and the counters move by exactly the change of that voter's verdict.
      CREATE OR REPLACE FUNCTION verdict_vote(p_comparison text, p_tool text, p_voter text, p_verdict text)
      RETURNS TABLE (out_ship bigint, out_skip bigint) LANGUAGE plpgsql VOLATILE AS $$
      DECLARE
        v_old text;
        v_ship bigint;
        v_skip bigint;
      BEGIN
        INSERT INTO tallies AS t (comparison, tool) VALUES (p_comparison, p_tool)
          ON CONFLICT (comparison, tool) DO UPDATE SET ship = t.ship
          RETURNING t.ship, t.skip INTO v_ship, v_skip;
        SELECT v.verdict INTO v_old FROM votes v
          WHERE v.comparison = p_comparison AND v.voter = p_voter AND v.tool = p_tool;
        IF v_old IS NOT DISTINCT FROM p_verdict THEN
          RETURN QUERY SELECT v_ship, v_skip;
          RETURN;
        END IF;
        IF p_verdict IS NULL THEN
          DELETE FROM votes v WHERE v.comparison = p_comparison AND v.voter = p_voter AND v.tool = p_tool;
        ELSE
          INSERT INTO votes AS v (comparison, voter, tool, verdict) VALUES (p_comparison, p_voter, p_tool, p_verdict)
            ON CONFLICT (comparison, voter, tool) DO UPDATE SET verdict = EXCLUDED.verdict, updated_at = now();
        END IF;
        RETURN QUERY UPDATE tallies t SET
            ship = t.ship + (CASE WHEN p_verdict = 'ship' THEN 1 ELSE 0 END) - (CASE WHEN v_old = 'ship' THEN 1 ELSE 0 END),
            skip = t.skip + (CASE WHEN p_verdict = 'skip' THEN 1 ELSE 0 END) - (CASE WHEN v_old = 'skip' THEN 1 ELSE 0 END)
          WHERE t.comparison = p_comparison AND t.tool = p_tool
          RETURNING t.ship, t.skip;
      END $$;`,
  },
];

/** Any instance may start first: migrations run under one advisory lock, in one transaction. */
const MIGRATION_LOCK = 746_180_231;

export interface PostgresOptions {
  /** Connections per instance (default 10). */
  poolSize?: number;
  /**
   * How long a request waits for a connection or a statement before it gets 503 (default 10 s).
   * A stopped server refuses connections at once, so this bounds only a slow or hung database.
   */
  timeoutMs?: number;
}

/** Connection, resource and shutdown errors mean "try again later" (SQLSTATE classes 08, 53, 57, 58). */
function unavailable(cause: unknown): boolean {
  const code = (cause as { code?: unknown })?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return /^(08|53|57|58)/.test(code);
  // No SQLSTATE: a socket error (ECONNREFUSED...), a connection or query timeout, a closed pool.
  return true;
}

async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (cause) {
    if (unavailable(cause)) {
      const code = (cause as { code?: unknown })?.code;
      throw new StoreUnavailable(`postgres: ${typeof code === 'string' ? code : (cause as Error)?.message ?? 'unreachable'}`, { cause });
    }
    throw cause;
  }
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  /** Connects and migrates; rejects (with the server's message) when the database cannot be used. */
  static async open(url: string, options: PostgresOptions = {}): Promise<PostgresStore> {
    const timeout = options.timeoutMs ?? 10_000;
    const pool = new pg.Pool({
      connectionString: url,
      max: options.poolSize ?? 10,
      connectionTimeoutMillis: timeout,
      query_timeout: timeout,
      statement_timeout: timeout,
      application_name: 'verdict-votes',
    });
    // An idle connection dropped by the server (a restart) is an event, not a crash: the pool
    // opens a new connection for the next query.
    pool.on('error', () => {});
    const store = new PostgresStore(pool);
    try {
      await store.#migrate();
    } catch (cause) {
      await pool.end().catch(() => {});
      throw cause;
    }
    return store;
  }

  async #migrate(): Promise<void> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      await client.query(`CREATE TABLE IF NOT EXISTS verdict_migrations (
        version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
      const { rows } = await client.query<{ version: number }>('SELECT version FROM verdict_migrations');
      const done = new Set(rows.map((r) => r.version));
      for (const migration of POSTGRES_MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await client.query(migration.sql);
        await client.query('INSERT INTO verdict_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      }
      await client.query('COMMIT');
    } catch (cause) {
      await client.query('ROLLBACK').catch(() => {});
      throw cause;
    } finally {
      client.release();
    }
  }

  async vote(comparison: string, tool: string, voter: string, verdict: Verdict | null): Promise<VoteResult> {
    const { rows } = await guard(() =>
      this.pool.query<{ out_ship: string; out_skip: string }>({
        name: 'verdict-vote',
        text: 'SELECT out_ship, out_skip FROM verdict_vote($1, $2, $3, $4)',
        values: [comparison, tool, voter, verdict],
      }),
    );
    const row = rows[0]!;
    return { ship: Number(row.out_ship), skip: Number(row.out_skip), yours: verdict };
  }

  async tally(comparison: string): Promise<Record<string, Counts>> {
    const { rows } = await guard(() =>
      this.pool.query<{ tool: string; ship: string; skip: string }>({
        name: 'verdict-tally',
        text: 'SELECT tool, ship, skip FROM tallies WHERE comparison = $1',
        values: [comparison],
      }),
    );
    const out: Record<string, Counts> = {};
    for (const row of rows) out[row.tool] = { ship: Number(row.ship), skip: Number(row.skip) };
    return out;
  }

  async hasVoted(comparison: string, voter: string): Promise<boolean> {
    const { rowCount } = await guard(() =>
      this.pool.query({
        name: 'verdict-has-voted',
        text: 'SELECT 1 FROM votes WHERE comparison = $1 AND voter = $2 LIMIT 1',
        values: [comparison, voter],
      }),
    );
    return (rowCount ?? 0) > 0;
  }

  async ping(): Promise<void> {
    await guard(() => this.pool.query('SELECT 1'));
  }

  async close(): Promise<void> {
    await this.pool.end().catch(() => {});
  }
}

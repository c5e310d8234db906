/**
 * The one contract every store keeps (SQLite and PostgreSQL), tested by one shared suite.
 * Votes are the source of truth: one row per (comparison, tool, voter hash); the counters of
 * `tallies` change in the same transaction as the vote, so a tally is always exact.
 */
export type Verdict = 'ship' | 'skip';

export interface Counts {
  ship: number;
  skip: number;
}

export interface VoteResult extends Counts {
  /** The voter's verdict after this vote (`null` after a withdrawal). */
  yours: Verdict | null;
}

export interface Store {
  /** `sqlite` or `postgres`, shown by /v1/healthz. */
  readonly kind: 'sqlite' | 'postgres';
  /** Casts, changes or (with `null`) withdraws one voter's verdict; resolves once committed. */
  vote(comparison: string, tool: string, voter: string, verdict: Verdict | null): Promise<VoteResult>;
  /** Counts per tool that has ever had a vote. */
  tally(comparison: string): Promise<Record<string, Counts>>;
  /** Whether this voter hash has a vote on any tool of the comparison (for the new-voter cap). */
  hasVoted(comparison: string, voter: string): Promise<boolean>;
  /** Resolves when the store answers; rejects when it cannot be reached. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A store failure the client can do nothing about but wait: unreachable, locked, disk full.
 * The app answers 503 `unavailable` with `Retry-After`.
 */
export class StoreUnavailable extends Error {
  override name = 'StoreUnavailable';
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** Migrations: versioned and idempotent (each runs once, recorded in `verdict_migrations`). */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/**
 * Rate limits (rate-limiter-flexible): per keyed-hash IP, per voter, and new voters per IP per
 * comparison per day. In memory for one SQLite process; in PostgreSQL when instances share it.
 */
import { RateLimiterMemory, RateLimiterPostgres, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type pg from 'pg';
import { StoreUnavailable } from './store/types.js';
import { RATE_LIMIT_TABLE } from './store/postgres.js';

export interface Limits {
  /** Vote requests per IP per minute (0: no limit). */
  ipPerMinute: number;
  /** Vote requests per voter token per minute (0: no limit). */
  voterPerMinute: number;
  /** New voters per IP per comparison per UTC day (0: no limit). */
  newVotersPerIpPerDay: number;
}

/**
 * Defaults for a blog: a reader votes on a handful of tools and may change their mind; an office
 * or a school behind one address is dozens of readers; a script minting tokens from one address
 * gets 50 a day per comparison, no more.
 */
export const DEFAULT_LIMITS: Limits = { ipPerMinute: 120, voterPerMinute: 30, newVotersPerIpPerDay: 50 };

/** A refusal: how long until the client may try again. */
export class RateLimited extends Error {
  override name = 'RateLimited';
  readonly retryAfterSeconds: number;
  constructor(readonly what: string, msBeforeNext: number) {
    super(`too many ${what}`);
    this.retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  }
}

export interface Limiter {
  /** Counts one request against `key`; throws `RateLimited` or `StoreUnavailable`. */
  consume(key: string): Promise<void>;
  /** False when the limit is off (0): callers skip the work that only feeds it. */
  readonly enabled: boolean;
}

const UNLIMITED: Limiter = { consume: async () => {}, enabled: false };

function wrap(limiter: RateLimiterAbstract, what: string): Limiter {
  return {
    enabled: true,
    async consume(key) {
      try {
        await limiter.consume(key);
      } catch (cause) {
        if (cause instanceof RateLimiterRes) throw new RateLimited(what, cause.msBeforeNext);
        throw new StoreUnavailable('rate limits cannot be read', { cause });
      }
    },
  };
}

export interface Limiters {
  ip: Limiter;
  voter: Limiter;
  newVoter: Limiter;
}

/** `pool`: share the counters through PostgreSQL (every instance sees every request). */
export function createLimiters(limits: Limits, pool?: pg.Pool): Limiters {
  const make = (points: number, duration: number, keyPrefix: string, what: string): Limiter => {
    if (!(points > 0)) return UNLIMITED;
    const options = { points, duration, keyPrefix };
    return wrap(
      pool
        ? new RateLimiterPostgres({ ...options, storeClient: pool, tableName: RATE_LIMIT_TABLE, tableCreated: true })
        : new RateLimiterMemory(options),
      what,
    );
  };
  return {
    ip: make(limits.ipPerMinute, 60, 'ip', 'votes from this address'),
    voter: make(limits.voterPerMinute, 60, 'voter', 'votes from this voter'),
    newVoter: make(limits.newVotersPerIpPerDay, 86_400, 'new', 'new voters from this address'),
  };
}

/**
 * The vote server as one Hono app (protocol v1, ../shared/spec/votes.md). No runtime-specific
 * code here: the client address comes from an option, the store and documents are given, so the
 * same app runs under Node (bin.ts) or is mounted by a publisher in their own Hono app.
 */
import { createHash } from 'node:crypto';
import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { zValidator } from '@hono/zod-validator';
import { z } from 'zod';
import type { ComparisonDocument } from 'verdict-elements/schema';
import { badgeOptionsProblem, errorBadge, renderBadge, shieldsEndpoint, type BadgeOptions } from 'verdict-elements/badge';
import type { Catalog } from './documents.js';
import { createLimiters, DEFAULT_LIMITS, RateLimited, type Limiters, type Limits } from './limits.js';
import { Hasher } from './secret.js';
import { StoreUnavailable, type Counts, type Store } from './store/types.js';

export interface AppOptions {
  store: Store;
  /** The documents served and the comparisons that can be voted on. */
  catalog: Catalog;
  /** The HMAC secret (`VERDICT_SECRET`); every instance of a deployment must share it. */
  secret: string;
  /** Origins allowed to vote, e.g. `https://blog.example.com` (default: none). */
  allowOrigins?: readonly string[];
  /** The client's address for rate limits (under Node: see `nodeClientAddress`). */
  clientAddress?: (c: Context) => string | undefined;
  limits?: Partial<Limits>;
  /** Rate-limit counters; by default in memory, or built by the caller on PostgreSQL. */
  limiters?: Limiters;
  /** `Retry-After` of 503 answers, in seconds (default 5). */
  retryAfterSeconds?: number;
  /** One line per request (default: none). */
  log?: (line: string) => void;
}

/** The protocol's body cap. */
export const MAX_BODY_BYTES = 1024;
const SLUG = /^[a-z0-9][a-z0-9-]{0,79}$/;
const VOTER = /^[A-Za-z0-9_-]{22,64}$/;

type Kind = 'invalid' | 'origin' | 'not-found' | 'too-large' | 'media-type' | 'rate-limited' | 'unavailable' | 'method' | 'internal';

const fail = (c: Context, status: number, kind: Kind, message: string) =>
  c.json({ error: { kind, message } }, status as 400);

/** The vote body; unknown keys are dropped (a newer client must not break this server). */
const voteBody = z.object({
  tool: z.string().regex(SLUG),
  verdict: z.enum(['ship', 'skip']).nullable(),
  voter: z.string().regex(VOTER),
});

const FIELD_RULES: Record<string, string> = {
  tool: 'must be the id of a tool of this comparison',
  verdict: 'must be "ship", "skip" or null',
  voter: 'must be 22 to 64 characters from A-Z, a-z, 0-9, "_" and "-"',
};

/** The first problem of a body, naming its field: `voter: must be 22 to 64 characters ...`. */
function bodyProblem(issues: readonly { path: readonly PropertyKey[] }[], body: unknown): string {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return 'body: must be a JSON object with tool, verdict and voter';
  const field = String(issues[0]?.path[0] ?? 'body');
  const missing = !(field in body);
  return `${field}: ${missing ? 'is required; it ' : ''}${FIELD_RULES[field] ?? 'is not valid'}`;
}

/** Weak: two tallies with the same counts are the same to a reader, whatever their `at`. */
const weakTag = (value: string) => `W/"${createHash('sha256').update(value).digest('base64url').slice(0, 27)}"`;

/** `If-None-Match` as browsers and caches send it: a list, weak or strong, or `*`. */
function matches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => tag.trim() === '*' || bare(tag) === bare(etag));
}

/** `https://Blog.example.com/` -> `https://blog.example.com`; anything but an http(s) origin -> undefined. */
export function normalizeOrigin(value: string): string | undefined {
  try {
    const url = new URL(value);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) return undefined;
    return url.origin;
  } catch {
    return undefined;
  }
}

export function createApp(options: AppOptions): Hono {
  const { store, catalog } = options;
  const hasher = new Hasher(options.secret);
  const allowed = new Set((options.allowOrigins ?? []).map((o) => normalizeOrigin(o) ?? o));
  const limiters = options.limiters ?? createLimiters({ ...DEFAULT_LIMITS, ...options.limits });
  const retryAfter = String(options.retryAfterSeconds ?? 5);
  const address = options.clientAddress ?? (() => undefined);
  const app = new Hono();

  // 1. One log line per request: time, method, path, status, duration. Never a token (they are
  // in bodies) nor an address; the path is cut short and stripped of control characters.
  if (options.log) {
    const log = options.log;
    app.use(async (c, next) => {
      const start = performance.now();
      await next();
      const path = c.req.path.slice(0, 200).replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
      log(`${new Date().toISOString()} ${c.req.method} ${path} ${c.res.status} ${(performance.now() - start).toFixed(1)}ms`);
    });
  }

  // 2. Headers every answer carries. No cookies are ever set or read.
  app.use(async (c, next) => {
    await next();
    c.res.headers.set('X-Content-Type-Options', 'nosniff');
    c.res.headers.delete('Set-Cookie');
  });

  app.onError((error, c) => {
    if (error instanceof StoreUnavailable) {
      c.header('Retry-After', retryAfter);
      c.header('Cache-Control', 'no-store');
      return fail(c, 503, 'unavailable', 'the vote store cannot be reached; try again later');
    }
    if (error instanceof RateLimited) {
      c.header('Retry-After', String(error.retryAfterSeconds));
      return fail(c, 429, 'rate-limited', `${error.message}; try again in ${error.retryAfterSeconds} s`);
    }
    if (error instanceof HTTPException && error.status === 400) {
      return fail(c, 400, 'invalid', 'body: not valid JSON');
    }
    options.log?.(`${new Date().toISOString()} error ${error.name}: ${error.message.slice(0, 200)}`);
    return fail(c, 500, 'internal', 'the server failed; this is a bug of the server');
  });

  app.notFound((c) => fail(c, 404, 'not-found', 'no such route'));

  const comparison = (c: Context): ComparisonDocument | undefined => catalog.comparisons.get(c.req.param('comparison') ?? '');
  const unknownComparison = (c: Context) => fail(c, 404, 'not-found', `comparison: no comparison "${c.req.param('comparison')}" on this server`);

  // Documents: readable from anywhere, cached briefly, revalidated by ETag.
  app.get('/documents/:file', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    const served = catalog.files.get(c.req.param('file'));
    if (!served) return fail(c, 404, 'not-found', `no document "${c.req.param('file')}" on this server`);
    c.header('ETag', served.etag);
    c.header('Cache-Control', 'public, max-age=60');
    if (matches(c.req.header('If-None-Match'), served.etag)) return c.body(null, 304);
    c.header('Content-Type', 'application/json; charset=utf-8');
    return c.body(new Uint8Array(served.bytes));
  });

  /** Per request: the keyed hash of the client's address, computed once. */
  const v1 = new Hono<{ Variables: { ipKey?: string } }>();

  v1.get('/healthz', async (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Cache-Control', 'no-store');
    try {
      await store.ping();
      return c.json({ ok: true, store: store.kind });
    } catch {
      c.header('Retry-After', retryAfter);
      return c.json({ ok: false, store: store.kind, error: { kind: 'unavailable', message: 'the vote store cannot be reached' } }, 503);
    }
  });

  v1.get('/comparisons/:comparison/tally', async (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    const doc = comparison(c);
    if (!doc) return unknownComparison(c);
    const counts = await store.tally(doc.id);
    const tools: Record<string, Counts> = {};
    for (const tool of doc.tools) tools[tool.id] = counts[tool.id] ?? { ship: 0, skip: 0 };
    const json = JSON.stringify(tools);
    const etag = weakTag(`${doc.id}\0${json}`);
    c.header('ETag', etag);
    c.header('Access-Control-Expose-Headers', 'ETag');
    c.header('Cache-Control', 'public, max-age=5, stale-while-revalidate=30');
    if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    const at = new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
    c.header('Content-Type', 'application/json');
    return c.body(`{"comparison":${JSON.stringify(doc.id)},"tools":${json},"at":"${at}"}`);
  });

  // A page that revalidates the tally itself (If-None-Match is not a simple header) preflights.
  v1.options('/comparisons/:comparison/tally', (c) => {
    c.header('Access-Control-Allow-Origin', '*');
    c.header('Access-Control-Allow-Methods', 'GET');
    c.header('Access-Control-Allow-Headers', 'If-None-Match');
    c.header('Access-Control-Max-Age', '600');
    return c.body(null, 204);
  });

  // Writes: strict CORS. Every answer to an allowed origin, errors included, says so, so that a
  // page can read 429 and 503; any other origin (or none) gets 403 and no CORS headers.
  const votesCors: MiddlewareHandler = async (c, next) => {
    const origin = c.req.header('Origin');
    if (origin === undefined || !allowed.has(origin)) {
      c.header('Vary', 'Origin');
      return fail(c, 403, 'origin', origin === undefined ? 'origin: a vote needs an Origin header from an allowed site' : 'origin: this site may not vote here');
    }
    await next();
    c.res.headers.set('Access-Control-Allow-Origin', origin);
    c.res.headers.set('Access-Control-Expose-Headers', 'Retry-After');
    c.res.headers.append('Vary', 'Origin');
  };

  v1.options('/comparisons/:comparison/votes', votesCors, (c) => {
    c.header('Access-Control-Allow-Methods', 'POST');
    c.header('Access-Control-Allow-Headers', 'Content-Type');
    c.header('Access-Control-Max-Age', '600');
    return c.body(null, 204);
  });

  v1.post(
    '/comparisons/:comparison/votes',
    votesCors,
    async (c, next) => {
      c.header('Cache-Control', 'no-store');
      // Only JSON: a form post (text/plain, urlencoded, multipart) cannot reach the store.
      const type = c.req.header('Content-Type')?.split(';')[0]!.trim().toLowerCase();
      if (type !== 'application/json') return fail(c, 415, 'media-type', 'Content-Type must be application/json');
      await next();
    },
    bodyLimit({ maxSize: MAX_BODY_BYTES, onError: (c) => fail(c, 413, 'too-large', `body: over ${MAX_BODY_BYTES} bytes`) }),
    async (c, next) => {
      if (!comparison(c)) return unknownComparison(c);
      const ip = address(c);
      if (ip) {
        const key = hasher.ip(ip);
        c.set('ipKey', key);
        await limiters.ip.consume(key);
      }
      await next();
    },
    zValidator('json', voteBody, (result, c) => {
      if (!result.success) return fail(c, 400, 'invalid', bodyProblem(result.error.issues, result.data));
    }),
    async (c) => {
      const doc = comparison(c)!;
      const body = c.req.valid('json');
      if (!doc.tools.some((tool) => tool.id === body.tool)) {
        return fail(c, 404, 'not-found', `tool: comparison "${doc.id}" has no tool "${body.tool}"`);
      }
      const voter = hasher.voter(body.voter);
      await limiters.voter.consume(voter);
      const ipKey = c.get('ipKey');
      if (ipKey && body.verdict !== null && limiters.newVoter.enabled && !(await store.hasVoted(doc.id, voter))) {
        await limiters.newVoter.consume(`${ipKey}:${doc.id}`);
      }
      const result = await store.vote(doc.id, body.tool, voter, body.verdict);
      return c.json({ comparison: doc.id, tool: body.tool, ship: result.ship, skip: result.skip, yours: result.yours });
    },
  );

  // Badges: thin adapters over verdict-elements/badge. `?with=community` adds the live tally;
  // `?style=`, `?theme=`, `?label=`, `?locale=` pass through, checked by the renderer's own rules.
  const badgeRoute = (format: 'svg' | 'shields') => async (c: Context) => {
    c.header('Access-Control-Allow-Origin', '*');
    const svg = (body: string, status: 200 | 400 | 404) => {
      c.header('Content-Type', 'image/svg+xml; charset=utf-8');
      return c.body(body, status);
    };
    const shieldsError = (message: string, status: 400 | 404) =>
      c.json({ schemaVersion: 1, label: 'verdict', message, color: 'lightgrey', isError: true }, status);
    const query = c.req.query();
    const options: BadgeOptions = {};
    for (const key of ['style', 'theme', 'label', 'locale'] as const) {
      if (query[key] !== undefined) (options as Record<string, string>)[key] = query[key];
    }
    if (format === 'shields') delete options.style;
    const problem = badgeOptionsProblem(options) ?? (query.with !== undefined && query.with !== 'community' ? `unknown with "${query.with}"; only "community"` : undefined);
    if (problem) {
      c.header('Cache-Control', 'no-store');
      return format === 'svg' ? svg(errorBadge('invalid options'), 400) : shieldsError(problem, 400);
    }
    const doc = comparison(c);
    const tool = doc?.tools.find((t) => t.id === c.req.param('tool'));
    if (!doc || !tool) {
      c.header('Cache-Control', 'no-store');
      return format === 'svg' ? svg(errorBadge('not found', options.style ? { style: options.style } : {}), 404) : shieldsError('not found', 404);
    }
    if (query.with === 'community') options.community = (await store.tally(doc.id))[tool.id] ?? { ship: 0, skip: 0 };
    const body = format === 'svg' ? renderBadge(doc, tool.id, options) : JSON.stringify(shieldsEndpoint(doc, tool.id, options));
    const etag = weakTag(body);
    c.header('ETag', etag);
    // A few minutes: a README or a listing shows it long after; Shields keeps it at least 300 s.
    c.header('Cache-Control', `public, max-age=${query.with === 'community' ? 60 : 300}`);
    if (matches(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    if (format === 'svg') return svg(body, 200);
    c.header('Content-Type', 'application/json');
    return c.body(body);
  };
  v1.get('/comparisons/:comparison/tools/:tool/badge.svg', badgeRoute('svg'));
  v1.get('/comparisons/:comparison/tools/:tool/shields.json', badgeRoute('shields'));

  // A known path with another method: 405 with Allow, not a bare 404.
  const only = (allow: string) => (c: Context) => {
    c.header('Allow', allow);
    return fail(c, 405, 'method', `use ${allow.split(', ')[0]}`);
  };
  v1.all('/healthz', only('GET, HEAD'));
  v1.all('/comparisons/:comparison/tally', only('GET, HEAD, OPTIONS'));
  v1.all('/comparisons/:comparison/votes', only('POST, OPTIONS'));
  v1.all('/comparisons/:comparison/tools/:tool/badge.svg', only('GET, HEAD'));
  v1.all('/comparisons/:comparison/tools/:tool/shields.json', only('GET, HEAD'));

  app.route('/v1', v1);
  return app;
}

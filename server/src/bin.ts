#!/usr/bin/env node
/**
 * `npm run serve -- --documents DIR --db FILE_OR_POSTGRES_URL --port N --allow-origin ORIGIN`:
 * the reference vote server under Node. Exit 2 on wrong usage or configuration, 1 when it cannot
 * start (the database, the port); SIGTERM/SIGINT drain the requests in flight and close the store.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { serve } from '@hono/node-server';
import { createApp, normalizeOrigin } from './app.js';
import { loadDocuments } from './documents.js';
import { createLimiters, DEFAULT_LIMITS, type Limits } from './limits.js';
import { nodeClientAddress } from './node.js';
import { MIN_SECRET_LENGTH, secretBeside } from './secret.js';
import { PostgresStore } from './store/postgres.js';
import { SqliteStore } from './store/sqlite.js';
import type { Store } from './store/types.js';

const USAGE = `Usage: npm run serve -- --documents DIR [options]

  --documents DIR         comparison documents (*.json) to serve at /documents/<file> and to take
                          votes for; each is validated at start-up, invalid ones are not served
  --db FILE|URL           SQLite file (default ./votes.sqlite) or postgres://user@host/db
  --port N                port (default 8787; 0 picks a free one)
  --host HOST             address to listen on (default 127.0.0.1)
  --allow-origin ORIGIN   a site whose pages may vote, e.g. https://blog.example.com
                          (repeatable; default none: nobody can vote)
  --trust-proxy HOPS      proxies in front whose X-Forwarded-For is believed (default 0)
  --ip-limit N            votes per IP per minute (default ${DEFAULT_LIMITS.ipPerMinute}; 0 = no limit)
  --voter-limit N         votes per voter per minute (default ${DEFAULT_LIMITS.voterPerMinute}; 0 = no limit)
  --new-voters-per-ip N   new voters per IP per comparison per day (default ${DEFAULT_LIMITS.newVotersPerIpPerDay}; 0 = no limit)
  --sqlite-sync MODE      full (default: a vote survives a power cut) or normal (survives a crash)
  --pool-size N           PostgreSQL connections per instance (default 10)
  --retry-after S         Retry-After of 503 answers, seconds (default 5)
  --quiet                 no request log
  -h, --help              this help

Environment: VERDICT_SECRET, the HMAC key of voter tokens and IPs (at least ${MIN_SECRET_LENGTH} characters).
Required with PostgreSQL; with SQLite one is generated once beside the database file.
Changing it orphans every stored vote.`;

class UsageError extends Error {}

const out = (line: string) => process.stdout.write(`${line}\n`);
const err = (line: string) => process.stderr.write(`${line}\n`);

function count(name: string, value: string | undefined, fallback: number, max = 1e9): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) > max) throw new UsageError(`--${name} must be a whole number from 0 to ${max}, not "${value}"`);
  return Number(value);
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({
      strict: true,
      allowPositionals: false,
      options: {
        documents: { type: 'string' },
        db: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        'allow-origin': { type: 'string', multiple: true },
        'trust-proxy': { type: 'string' },
        'ip-limit': { type: 'string' },
        'voter-limit': { type: 'string' },
        'new-voters-per-ip': { type: 'string' },
        'sqlite-sync': { type: 'string' },
        'pool-size': { type: 'string' },
        'retry-after': { type: 'string' },
        quiet: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values;
  } catch (cause) {
    err(`verdict-votes: ${(cause as Error).message}`);
    err(USAGE);
    return 2;
  }
  if (args.help) {
    out(USAGE);
    return 0;
  }

  // npm runs scripts from the package root; paths are the user's, relative to where they typed.
  const cwd = process.env.INIT_CWD ?? process.cwd();
  let config;
  try {
    if (!args.documents) throw new UsageError('--documents DIR is required');
    const origins = (args['allow-origin'] ?? []).map((o) => {
      const origin = normalizeOrigin(o);
      if (!origin) throw new UsageError(`--allow-origin must be an origin such as https://blog.example.com, not "${o}"`);
      return origin;
    });
    const sync = args['sqlite-sync'] ?? 'full';
    if (sync !== 'full' && sync !== 'normal') throw new UsageError(`--sqlite-sync must be full or normal, not "${sync}"`);
    const limits: Limits = {
      ipPerMinute: count('ip-limit', args['ip-limit'], DEFAULT_LIMITS.ipPerMinute),
      voterPerMinute: count('voter-limit', args['voter-limit'], DEFAULT_LIMITS.voterPerMinute),
      newVotersPerIpPerDay: count('new-voters-per-ip', args['new-voters-per-ip'], DEFAULT_LIMITS.newVotersPerIpPerDay),
    };
    const db = args.db ?? './votes.sqlite';
    const postgres = /^postgres(ql)?:\/\//i.test(db);
    const envSecret = process.env.VERDICT_SECRET || undefined;
    if (envSecret !== undefined && envSecret.length < MIN_SECRET_LENGTH) {
      throw new UsageError(`VERDICT_SECRET must be at least ${MIN_SECRET_LENGTH} characters (try: openssl rand -base64 32)`);
    }
    if (postgres && !envSecret) {
      throw new UsageError(
        'VERDICT_SECRET is required with PostgreSQL: every instance must hash voters with the same secret. ' +
          'Set it to the same random value on every instance (openssl rand -base64 32).',
      );
    }
    config = {
      documents: resolve(cwd, args.documents),
      documentsShown: args.documents,
      db: postgres ? db : resolve(cwd, db),
      postgres,
      envSecret,
      origins,
      sync: sync as 'full' | 'normal',
      limits,
      port: count('port', args.port, 8787, 65535),
      host: args.host ?? '127.0.0.1',
      hops: count('trust-proxy', args['trust-proxy'], 0, 32),
      poolSize: Math.max(1, count('pool-size', args['pool-size'], 10, 1000)),
      retryAfter: Math.max(1, count('retry-after', args['retry-after'], 5, 3600)),
      quiet: args.quiet ?? false,
    };
  } catch (cause) {
    if (!(cause instanceof UsageError)) throw cause;
    err(`verdict-votes: ${cause.message}`);
    err('(npm run serve -- --help for every option)');
    return 2;
  }

  let catalog;
  try {
    catalog = await loadDocuments(config.documents, err, config.documentsShown);
  } catch (cause) {
    err(`verdict-votes: cannot read --documents ${config.documentsShown}: ${(cause as NodeJS.ErrnoException).code ?? (cause as Error).message}`);
    return 2;
  }
  if (catalog.comparisons.size === 0) err(`verdict-votes: warning: no valid comparison document in ${config.documentsShown}; every vote will get 404`);

  let store: Store;
  let secret: string;
  let limiters;
  try {
    if (config.postgres) {
      const pg = await PostgresStore.open(config.db, { poolSize: config.poolSize });
      store = pg;
      secret = config.envSecret!;
      limiters = createLimiters(config.limits, pg.pool);
    } else {
      store = new SqliteStore(config.db, { synchronous: config.sync });
      if (config.envSecret) secret = config.envSecret;
      else {
        const kept = secretBeside(config.db);
        secret = kept.secret;
        if (kept.created) err(`verdict-votes: generated a secret in ${kept.file}; keep it with the database (losing it orphans every vote)`);
      }
      limiters = createLimiters(config.limits);
    }
  } catch (cause) {
    const where = config.postgres ? config.db.replace(/\/\/[^@/]*@/, '//***@') : config.db;
    err(`verdict-votes: cannot open the database ${where}: ${(cause as Error).message}`);
    return 1;
  }

  const app = createApp({
    store,
    catalog,
    secret,
    allowOrigins: config.origins,
    clientAddress: nodeClientAddress(config.hops),
    limiters,
    retryAfterSeconds: config.retryAfter,
    ...(config.quiet ? {} : { log: out }),
  });

  return await new Promise<number>((done) => {
    const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
      const host = info.family === 'IPv6' ? `[${info.address}]` : info.address;
      out(`serving ${catalog.comparisons.size} comparison${catalog.comparisons.size === 1 ? '' : 's'} (${[...catalog.comparisons.keys()].join(', ')}) on ${store.kind}`);
      if (config.origins.length === 0) out('no --allow-origin: nobody can vote until you name the sites');
      out(`listening on http://${host}:${info.port}`);
    });
    // Longer than a load balancer's idle timeout (often 60 s), so it never reuses a closed connection.
    if ('keepAliveTimeout' in server) {
      server.keepAliveTimeout = 65_000;
      server.headersTimeout = 66_000;
    }
    server.on('error', async (cause: NodeJS.ErrnoException) => {
      err(`verdict-votes: cannot listen on ${config.host}:${config.port}: ${cause.code ?? cause.message}`);
      await store.close();
      done(1);
    });
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      out(`${signal}: finishing requests in flight`);
      // Stop accepting; requests in flight finish; then the store closes.
      server.close(async () => {
        await store.close();
        out('stopped');
        done(0);
      });
      if ('closeIdleConnections' in server) server.closeIdleConnections();
      setTimeout(() => {
        if ('closeAllConnections' in server) server.closeAllConnections();
      }, 10_000).unref();
    };
    process.on('SIGTERM', () => stop('SIGTERM'));
    process.on('SIGINT', () => stop('SIGINT'));
  });
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (cause) => {
    err(`verdict-votes: unexpected error: ${(cause as Error)?.message ?? cause}`);
    process.exitCode = 1;
  },
);

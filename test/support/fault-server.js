// Test-server routes under /faults/: every way a server can answer a comparison document,
// with a per-key request counter so tests can assert how many requests the page really made.
import { readFileSync } from 'node:fs';

const fixtures = {
  claude: readFileSync(new URL('../../demo/fixtures/claude-files-api-vs-codestral-2.json', import.meta.url), 'utf8'),
  mixed: readFileSync(new URL('../../demo/fixtures/three-tools-mixed.json', import.meta.url), 'utf8'),
};
const counts = new Map();
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Answers held with ?hold=1 until the test releases them (`/faults/release/<key>`). A test that
 * must act while a request is in flight waits on that, not on a delay that a busy machine outlasts.
 * The bound only keeps a forgotten hold from hanging the run.
 */
const HOLD_BOUND_MS = 120_000;
const held = new Map();
function hold(key) {
  return new Promise((resolve) => {
    const timer = setTimeout(release, HOLD_BOUND_MS);
    function release() {
      clearTimeout(timer);
      held.get(key)?.delete(release);
      resolve();
    }
    if (!held.has(key)) held.set(key, new Set());
    held.get(key).add(release);
  });
}

/**
 * Koa middleware for @web/test-runner. Routes: /faults/<kind>/<key>[?delay=ms&hold=1&fixture=mixed], kinds:
 * ok, status (?code=), html, invalid-json, json (?body=base64url), empty (204), redirect (to ok),
 * drop (connection cut mid-body), huge (5 MB; ?chunked=1 without Content-Length), stall (?ms=).
 * No route sends CORS headers, so any of them fetched from another origin is a CORS refusal.
 */
export async function faultServer(ctx, next) {
  const match = /^\/faults\/([a-z0-9-]+)\/([^/?]+)/.exec(ctx.path);
  if (ctx.path.startsWith('/faults/count/')) {
    const key = ctx.path.slice('/faults/count/'.length);
    ctx.body = { count: counts.get(key) ?? 0 };
    return;
  }
  if (ctx.path.startsWith('/faults/release/')) {
    const key = ctx.path.slice('/faults/release/'.length);
    const waiting = [...(held.get(key) ?? [])];
    for (const release of waiting) release();
    ctx.body = { released: waiting.length };
    return;
  }
  if (!match) return quietly(ctx, next);
  const [, kind, key] = match;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  if (ctx.query.hold) await hold(key);
  const delay = Number(ctx.query.delay ?? 0);
  if (delay) await sleep(delay);
  const doc = fixtures[ctx.query.fixture ?? 'claude'];
  ctx.set('cache-control', 'no-store');
  switch (kind) {
    case 'ok':
      ctx.type = 'application/json';
      ctx.body = doc;
      return;
    case 'status':
      ctx.status = Number(ctx.query.code ?? 500);
      ctx.type = 'text/plain';
      ctx.body = `status ${ctx.status}`;
      return;
    case 'html':
      ctx.type = 'text/html';
      ctx.body = '<!doctype html><title>Not found</title><h1>Page not found</h1>';
      return;
    case 'invalid-json':
      ctx.type = 'application/json';
      ctx.body = doc.slice(0, doc.length / 2);
      return;
    case 'json': {
      // A document given in the query (base64url JSON), for schema rules over the network.
      ctx.type = 'application/json';
      ctx.body = Buffer.from(String(ctx.query.body ?? ''), 'base64url').toString('utf8');
      return;
    }
    case 'empty':
      ctx.status = 204;
      return;
    case 'redirect':
      ctx.redirect(`/faults/ok/${key}-target?fixture=${ctx.query.fixture ?? 'claude'}`);
      return;
    case 'drop': {
      // Headers and half the body, then the connection is cut.
      ctx.respond = false;
      ctx.res.writeHead(200, { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(doc)) });
      ctx.res.write(doc.slice(0, doc.length / 2));
      setTimeout(() => ctx.res.socket?.destroy(), 50);
      return;
    }
    case 'huge': {
      const padding = ' '.repeat(5 * 1024 * 1024);
      const body = Buffer.from(doc.replace('{', `{${padding}`));
      ctx.type = 'application/json';
      if (ctx.query.chunked) {
        const { Readable } = await import('node:stream');
        ctx.body = Readable.from((function* () {
          for (let i = 0; i < body.length; i += 65536) yield body.subarray(i, i + 65536);
        })());
      } else {
        ctx.body = body;
      }
      return;
    }
    case 'stall':
      await sleep(Number(ctx.query.ms ?? 5000));
      ctx.type = 'application/json';
      ctx.body = doc;
      return;
    default:
      return next();
  }
}

/**
 * The fuzz and XSS tests render made-up relative logo URLs, and the browser asks the test server
 * for them. Paths the static server refuses (a NUL byte, an absolute path) are answered with their
 * status here instead of an error stack in the test output.
 */
async function quietly(ctx, next) {
  try {
    await next();
  } catch (error) {
    if (!(error?.status >= 400 && error.status < 500)) throw error;
    ctx.status = error.status;
    ctx.type = 'text/plain';
    ctx.body = `refused: ${error.message}`;
  }
}

// Test-server routes under /votes/: a vote server that speaks protocol v1 (votes.md) faithfully
// (tally with ETag and 304, CORS, one vote per voter, the error kinds and their statuses), in
// memory, one independent server per scope so that tests never see each other's votes, with faults
// a test can switch on and request counters it can read.
//
//   /votes/<scope>/v1/comparisons/<id>/tally|votes   the protocol (endpoint: /votes/<scope>/v1)
//   /votes-control/<scope>?tally=F&vote=F&seed=JSON  sets faults (and seeds counts); F is one of
//        drop (connection cut), hold (no answer until the test releases it), delay:<ms> (slow, then a
//        normal answer), <status>[:<retry-after>] (a protocol error; 500 is a bare proxy error page),
//        or nothing to clear.
//   /votes-control/<scope>/release                    lets every held request of the scope answer: {released}
//   /votes-control/<scope>/log                        {tally, votes, posts: [{tool, verdict, voter}], maxInFlight,
//        held (requests held now), aborted (tally requests the client gave up before their answer)}
//
// A test that must act while a request is in flight holds it and releases it when done, rather than
// racing a delay that a loaded machine outlasts (or that the page outlasts before it even asks).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const documents = ['claude-files-api-vs-codestral-2', 'three-tools-mixed'].map((name) =>
  JSON.parse(readFileSync(new URL(`../../demo/fixtures/${name}.json`, import.meta.url), 'utf8')),
);
const toolsOf = new Map(documents.map((doc) => [doc.id, new Set(doc.tools.map((t) => t.id))]));
const KINDS = { 400: 'invalid', 403: 'origin', 404: 'not-found', 413: 'too-large', 415: 'media-type', 429: 'rate-limited', 503: 'unavailable' };
const VOTER = /^[A-Za-z0-9_-]{22,64}$/;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Only keeps a forgotten hold from hanging the run; tests release their holds themselves. */
const HOLD_BOUND_MS = 120_000;

/** scope -> { faults, seed, votes: Map<"comparison tool", Map<voter, verdict>>, log } */
const scopes = new Map();
function scope(name) {
  let s = scopes.get(name);
  if (!s) scopes.set(name, (s = { faults: {}, seed: {}, votes: new Map(), log: { tally: 0, votes: 0, posts: [], maxInFlight: 0, held: 0, aborted: 0 }, inFlight: 0, holds: new Set() }));
  return s;
}

function tallyOf(s, comparison, tool) {
  const counts = { ship: s.seed[tool]?.ship ?? 0, skip: s.seed[tool]?.skip ?? 0 };
  for (const verdict of s.votes.get(`${comparison} ${tool}`)?.values() ?? []) counts[verdict]++;
  return counts;
}

function error(ctx, status, message, retryAfter) {
  ctx.status = status;
  if (retryAfter !== undefined) ctx.set('retry-after', String(retryAfter));
  ctx.body = { error: { kind: KINDS[status] ?? 'http', message } };
}

/** Waits until the test releases the scope's held requests (or the bound passes). */
function hold(s) {
  return new Promise((resolve) => {
    const timer = setTimeout(release, HOLD_BOUND_MS);
    function release() {
      clearTimeout(timer);
      if (s.holds.delete(release)) s.log.held--;
      resolve();
    }
    s.holds.add(release);
    s.log.held++;
  });
}

/** Applies a fault; true when it answered (or cut) the request itself. */
async function fault(ctx, spec, s) {
  if (!spec) return false;
  if (spec === 'drop') {
    ctx.state.dropped = true;
    ctx.respond = false;
    ctx.req.socket.destroy();
    return true;
  }
  if (spec === 'hold') {
    await hold(s);
    return false;
  }
  const [head, arg] = spec.split(':');
  if (head === 'delay') {
    await sleep(Number(arg));
    return false;
  }
  const status = Number(head);
  if (status === 500) {
    ctx.status = 500;
    ctx.type = 'text/html';
    ctx.body = '<h1>502 Bad Gateway</h1>';
    return true;
  }
  error(ctx, status, `fault ${status}`, arg);
  return true;
}

async function readBody(req, limit) {
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > limit) return null;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

export async function voteServer(ctx, next) {
  const control = /^\/votes-control\/([^/]+)(\/log|\/release)?$/.exec(ctx.path);
  if (control) {
    const s = scope(control[1]);
    if (control[2] === '/log') ctx.body = s.log;
    else if (control[2] === '/release') {
      const waiting = [...s.holds];
      for (const release of waiting) release();
      ctx.body = { released: waiting.length };
    }
    else {
      s.faults = { tally: ctx.query.tally || undefined, vote: ctx.query.vote || undefined };
      if (ctx.query.seed) s.seed = JSON.parse(String(ctx.query.seed));
      ctx.body = { ok: true };
    }
    return;
  }
  const match = /^\/votes\/([^/]+)\/v1\/comparisons\/([^/]+)\/(tally|votes)$/.exec(ctx.path);
  if (!match) return next();
  const [, name, comparison, what] = match;
  const s = scope(name);
  const origin = ctx.get('origin');
  if (what === 'tally') {
    if (ctx.method !== 'GET') return next();
    s.log.tally++;
    // The client went away before the answer: an element that aborted its request (not a drop fault).
    ctx.res.once('close', () => {
      if (!ctx.res.writableFinished && !ctx.state.dropped) s.log.aborted++;
    });
    ctx.set('access-control-allow-origin', '*');
    if (await fault(ctx, s.faults.tally, s)) return;
    if (!toolsOf.has(comparison)) return error(ctx, 404, `no comparison "${comparison}"`);
    const tools = {};
    for (const tool of toolsOf.get(comparison)) tools[tool] = tallyOf(s, comparison, tool);
    const body = JSON.stringify({ comparison, tools, at: new Date().toISOString() });
    const etag = `"${createHash('sha1').update(JSON.stringify(tools)).digest('base64url')}"`;
    ctx.set('cache-control', 'public, max-age=5, stale-while-revalidate=30');
    ctx.set('etag', etag);
    if (ctx.get('if-none-match') === etag) {
      ctx.status = 304;
      return;
    }
    ctx.type = 'application/json';
    ctx.body = body;
    return;
  }
  // POST E/comparisons/C/votes. Test pages are same-origin: their origin is on the allow-list.
  const allowed = origin && new URL(origin).hostname.match(/^(localhost|127\.0\.0\.1)$/);
  if (allowed) {
    ctx.set('access-control-allow-origin', origin);
    ctx.set('vary', 'Origin');
    ctx.set('access-control-expose-headers', 'Retry-After');
  }
  if (ctx.method === 'OPTIONS') {
    if (!allowed) return error(ctx, 403, 'origin not allowed');
    ctx.status = 204;
    ctx.set('access-control-allow-methods', 'POST');
    ctx.set('access-control-allow-headers', 'Content-Type');
    return;
  }
  if (ctx.method !== 'POST') return next();
  s.log.votes++;
  // How many votes of this scope were being answered at once (the elements send one at a time per tool).
  s.log.maxInFlight = Math.max(s.log.maxInFlight, ++s.inFlight);
  try {
    await vote(ctx, s, comparison, allowed);
  } finally {
    s.inFlight--;
  }
}

async function vote(ctx, s, comparison, allowed) {
  if (await fault(ctx, s.faults.vote, s)) return;
  if (!allowed) return error(ctx, 403, 'origin not allowed');
  if (!/^application\/json\b/.test(ctx.get('content-type'))) return error(ctx, 415, 'send application/json');
  const text = await readBody(ctx.req, 1024);
  if (text === null) return error(ctx, 413, 'body over 1 KiB');
  let body;
  try {
    body = JSON.parse(text);
  } catch {
    return error(ctx, 400, 'body is not JSON');
  }
  if (typeof body?.tool !== 'string') return error(ctx, 400, 'tool: expected a string');
  if (!['ship', 'skip', null].includes(body.verdict)) return error(ctx, 400, 'verdict: expected "ship", "skip" or null');
  if (typeof body.voter !== 'string' || !VOTER.test(body.voter)) return error(ctx, 400, 'voter: expected 22 to 64 of [A-Za-z0-9_-]');
  if (!toolsOf.get(comparison)?.has(body.tool)) return error(ctx, 404, `no tool "${body.tool}" in "${comparison}"`);
  s.log.posts.push({ tool: body.tool, verdict: body.verdict, voter: body.voter });
  const key = `${comparison} ${body.tool}`;
  if (!s.votes.has(key)) s.votes.set(key, new Map());
  if (body.verdict) s.votes.get(key).set(body.voter, body.verdict);
  else s.votes.get(key).delete(body.voter);
  ctx.type = 'application/json';
  ctx.body = { comparison, tool: body.tool, ...tallyOf(s, comparison, body.tool), yours: body.verdict };
}

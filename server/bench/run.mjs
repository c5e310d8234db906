// npm run bench:server — autocannon against the real server (limits off through their options):
// votes/s and latency of POST on SQLite and on PostgreSQL (two instances), GET tally with and
// without If-None-Match, each as a ratio to the same server's /v1/healthz in the same run.
// Not part of CI. Prints a table; README "The vote server" keeps the figures.
import { join } from 'node:path';
import autocannon from 'autocannon';
import { FIXTURES, ORIGIN, COMPARISON, TOOLS, SECRET, cleanup, closeAgents, postgresMissing, request, startPostgres, startServer, tempDir } from '../test/helpers.mjs';

const DURATION = Number(process.env.BENCH_SECONDS ?? 6);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 20);
const NO_LIMITS = ['--ip-limit', '0', '--voter-limit', '0', '--new-voters-per-ip', '0', '--quiet'];

let voterSeq = 0;
/** Every request a different voter, tool and verdict: all of them change the store. */
function votes(url) {
  return {
    url: `${url}/v1/comparisons/${COMPARISON}/votes`,
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: ORIGIN },
    requests: [
      {
        setupRequest: (req) => {
          const n = voterSeq++;
          req.body = JSON.stringify({ tool: TOOLS[n % 3], verdict: n % 5 ? 'ship' : 'skip', voter: `bench${String(n).padStart(17, '0')}` });
          return req;
        },
      },
    ],
  };
}

const run = (options) => autocannon({ connections: CONNECTIONS, duration: DURATION, ...options });

function row(name, results, baseline) {
  const merged = Array.isArray(results) ? results : [results];
  const rps = merged.reduce((sum, r) => sum + r.requests.average, 0);
  const ok = merged.reduce((sum, r) => sum + r['2xx'] + (r['3xx'] ?? 0), 0);
  const errors = merged.reduce((sum, r) => sum + r.errors + r.timeouts + r.non2xx - (r['3xx'] ?? 0), 0);
  const p50 = Math.max(...merged.map((r) => r.latency.p50));
  const p99 = Math.max(...merged.map((r) => r.latency.p99));
  return { name, rps, okPerSecond: ok / merged[0].duration, p50, p99, errors, ratio: baseline ? rps / baseline : 1 };
}

async function scenarios(label, urls) {
  const [url] = urls;
  const rows = [];
  const health = await run({ url: `${url}/v1/healthz` });
  rows.push(row(`${label}: GET /v1/healthz (baseline)`, health));
  const baseline = rows[0].rps;
  const tallyUrl = `${url}/v1/comparisons/${COMPARISON}/tally`;
  rows.push(row(`${label}: GET tally`, await run({ url: tallyUrl }), baseline));
  const etag = (await request(url, `/v1/comparisons/${COMPARISON}/tally`)).headers.etag;
  rows.push(row(`${label}: GET tally, If-None-Match (304)`, await run({ url: tallyUrl, headers: { 'if-none-match': etag } }), baseline));
  const posts = await Promise.all(urls.map((u) => run({ ...votes(u), connections: Math.ceil(CONNECTIONS / urls.length) })));
  rows.push(row(`${label}: POST vote${urls.length > 1 ? ` (${urls.length} instances)` : ''}`, posts, baseline));
  return rows;
}

const all = [];
const dir = tempDir('verdict-bench-');
try {
  for (const sync of ['full', 'normal']) {
    const server = await startServer(['--documents', FIXTURES, '--allow-origin', ORIGIN, '--db', join(dir, `bench-${sync}.sqlite`), '--sqlite-sync', sync, ...NO_LIMITS]);
    try {
      all.push(...(await scenarios(`SQLite (sync ${sync})`, [server.url])));
    } finally {
      await server.stop();
    }
  }
  const missing = postgresMissing();
  if (missing) console.log(`skipping PostgreSQL: ${missing}`);
  else {
    const cluster = await startPostgres();
    try {
      const args = ['--documents', FIXTURES, '--allow-origin', ORIGIN, '--db', cluster.url, ...NO_LIMITS];
      const a = await startServer(args, { env: { VERDICT_SECRET: SECRET } });
      const b = await startServer(args, { env: { VERDICT_SECRET: SECRET } });
      try {
        all.push(...(await scenarios('PostgreSQL', [a.url, b.url])));
      } finally {
        await a.stop();
        await b.stop();
      }
    } finally {
      cluster.destroy();
    }
  }
} finally {
  closeAgents();
  cleanup(dir);
}

const pad = (s, n, right = false) => (right ? String(s).padStart(n) : String(s).padEnd(n));
console.log(`\n${CONNECTIONS} connections, ${DURATION} s per scenario, Node ${process.version}\n`);
console.log(`${pad('scenario', 46)} ${pad('req/s', 8, true)} ${pad('2xx-3xx/s', 10, true)} ${pad('p50 ms', 7, true)} ${pad('p99 ms', 7, true)} ${pad('errors', 7, true)} ${pad('x healthz', 10, true)}`);
for (const r of all) {
  console.log(`${pad(r.name, 46)} ${pad(r.rps.toFixed(0), 8, true)} ${pad(r.okPerSecond.toFixed(0), 10, true)} ${pad(r.p50, 7, true)} ${pad(r.p99, 7, true)} ${pad(r.errors, 7, true)} ${pad(r.ratio.toFixed(2), 10, true)}`);
}

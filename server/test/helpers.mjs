// Test helpers: the server as a child process, HTTP from many loopback addresses, a private
// PostgreSQL cluster per run, a seeded random generator. Every wait is bounded.
import { spawn, spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, chownSync, rmSync, readdirSync } from 'node:fs';
import http from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const BIN = join(ROOT, 'server/dist/bin.js');
export const FIXTURES = join(ROOT, 'server/test/fixtures');
export const ORIGIN = 'http://blog.test:5173';
export const COMPARISON = 'notes-search-ci-roundup';
export const TOOLS = ['lantern-search', 'quill-docs', 'harbor-ci'];
export const SECRET = 'test-secret-0123456789abcdef';

/** Mulberry32: the same sequence for the same seed. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A voter token as the elements make them (22 base64url characters), distinct per `n`. */
export const voter = (n, prefix = 'v') => `${prefix}${String(n).padStart(6, '0')}Abcdefghijklmnopqrst`.slice(0, 22).padEnd(22, 'x');

const agents = new Map();
/** A keep-alive agent whose connections come from `address` (127.0.0.2 upward). */
function agentFor(address) {
  let agent = agents.get(address);
  if (!agent) {
    agent = new http.Agent({ keepAlive: true, maxSockets: 16, localAddress: address });
    agents.set(address, agent);
  }
  return agent;
}
export function closeAgents() {
  for (const agent of agents.values()) agent.destroy();
  agents.clear();
}

/** The n-th simulated reader's address: 127.0.0.2, 127.0.0.3, ... 127.0.1.x ... */
export const address = (n) => `127.0.${Math.floor((n + 2) / 254)}.${((n + 2) % 254) || 254}`;

/**
 * One HTTP request; resolves { status, headers, text, json } (never rejects on a status).
 * `from`: the source address. Bounded by `timeout` ms.
 */
export function request(base, path, options = {}) {
  return attempt(base, path, options).catch((error) => {
    // Node's documented keep-alive race: the server closed an idle connection just as we reused
    // it, so the request never reached the server. Sent again once, on a new connection.
    if (error.reusedSocket && error.code === 'ECONNRESET') return attempt(base, path, options);
    throw error;
  });
}

function attempt(base, path, { method = 'GET', headers = {}, body, from = '127.0.0.2', timeout = 60_000 } = {}) {
  return new Promise((resolve, reject) => {
    const url = new URL(path, base);
    const payload = body === undefined ? undefined : typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
    const req = http.request(
      url,
      { method, headers: { ...(payload !== undefined && !headers['Transfer-Encoding'] ? { 'Content-Length': Buffer.byteLength(payload) } : {}), ...headers }, agent: agentFor(from), timeout },
      (res) => {
        const chunks = [];
        res.on('data', (chunk) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode, headers: res.headers, text, json });
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error(`timeout after ${timeout} ms: ${method} ${path}`)));
    req.on('error', (error) => reject(Object.assign(error, { reusedSocket: req.reusedSocket })));
    if (payload !== undefined) req.write(payload);
    req.end();
  });
}

/** A vote as a browser on an allowed page sends it. */
export const vote = (base, body, { from, origin = ORIGIN, comparison = COMPARISON } = {}) =>
  request(base, `/v1/comparisons/${comparison}/votes`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body,
    from,
  });

export const tally = (base, comparison = COMPARISON) => request(base, `/v1/comparisons/${comparison}/tally`);

/**
 * Starts `bin.js` with `args`; resolves once it prints "listening on", with its URL, its output
 * so far (`logs()`), and `stop(signal)` which resolves with the exit code.
 */
export function startServer(args, { env = {}, timeout = 20_000 } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, '--port', '0', ...args], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    let done = false;
    const exited = new Promise((r) => child.on('exit', (code, signal) => r(code ?? signal)));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`server did not start in ${timeout} ms\n${out}\n${err}`));
    }, timeout);
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(out);
      if (match && !done) {
        done = true;
        clearTimeout(timer);
        resolve({
          url: match[1],
          child,
          logs: () => out + err,
          stdout: () => out,
          stderr: () => err,
          async stop(signal = 'SIGTERM', wait = 15_000) {
            if (child.exitCode === null && child.signalCode === null) child.kill(signal);
            const code = await Promise.race([exited, sleep(wait).then(() => 'timeout')]);
            if (code === 'timeout') {
              child.kill('SIGKILL');
              throw new Error(`server did not stop in ${wait} ms after ${signal}`);
            }
            return code;
          },
        });
      }
    });
    child.stderr.on('data', (chunk) => (err += chunk));
    child.on('exit', (code) => {
      if (!done) {
        clearTimeout(timer);
        done = true;
        reject(Object.assign(new Error(`server exited with ${code} before listening\n${out}\n${err}`), { code, out, err }));
      }
    });
  });
}

/** Runs `bin.js` to completion (for usage errors); bounded. */
export function runBin(args, { env = {}, timeout = 20_000 } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { env: { ...process.env, ...env }, encoding: 'utf8', timeout });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export function tempDir(prefix = 'verdict-votes-') {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** PG_BIN, else the newest Debian PostgreSQL (/usr/lib/postgresql/<major>/bin). */
function findPgBin() {
  if (process.env.PG_BIN) return process.env.PG_BIN;
  const root = '/usr/lib/postgresql';
  const majors = existsSync(root) ? readdirSync(root).filter((d) => /^\d+$/.test(d)).sort((a, b) => Number(b) - Number(a)) : [];
  return join(root, majors[0] ?? '15', 'bin');
}
const PG_BIN = findPgBin();

/** Why the Postgres suite cannot run here, or undefined when it can. */
export function postgresMissing() {
  if (!existsSync(join(PG_BIN, 'initdb')) || !existsSync(join(PG_BIN, 'pg_ctl'))) {
    return `PostgreSQL is not installed (no initdb/pg_ctl in ${PG_BIN}; apt-get install -y postgresql, or set PG_BIN)`;
  }
  return undefined;
}

/**
 * A private cluster for this run: initdb into a temporary directory (as the `postgres` user when
 * we are root), a free port on 127.0.0.1, its unix socket in the same directory.
 * `stop()` / `start()` for the fault test, `destroy()` at the end.
 */
export async function startPostgres() {
  const dir = tempDir('verdict-pg-');
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  const user = asRoot ? 'postgres' : undefined;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const as = (command, args) => {
    const [file, argv] = user ? ['runuser', ['-u', user, '--', join(PG_BIN, command), ...args]] : [join(PG_BIN, command), args];
    const result = spawnSync(file, argv, { encoding: 'utf8', timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout || result.error}`);
    return result.stdout;
  };
  as('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off -c max_connections=100 -c shared_buffers=32MB`;
  const start = () => as('pg_ctl', ['-D', data, '-o', options, '-w', '-t', '30', '-l', join(dir, 'log'), 'start']);
  const stop = (mode = 'fast') => as('pg_ctl', ['-D', data, '-m', mode, '-w', '-t', '30', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    dir,
    start,
    stop,
    destroy() {
      try {
        stop('immediate');
      } catch {
        /* already stopped */
      }
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Removes a temporary directory and everything in it. */
export function cleanup(dir) {
  if (dir && existsSync(dir)) {
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

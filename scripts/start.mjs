// `npm start`: the demo (Vite, http://localhost:5173) and, when this checkout has it (server/), the
// reference vote server on an embedded SQLite file, with the demo documents (demo/comparisons/)
// voting through Vite's proxy at /votes/v1. One command; Ctrl-C (or either one stopping) stops both.
//
//   VERDICT_VOTES_PORT=8787   the vote server's port (default: a free one)
//   VERDICT_VOTES_DB=FILE     its SQLite file (default: node_modules/.cache/verdict-demo/votes.sqlite)
//   npm start -- --no-votes   the demo alone
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const DEMO_ORIGIN = 'http://localhost:5173';
const args = process.argv.slice(2);
const wantVotes = !args.includes('--no-votes');
const viteArgs = args.filter((a) => a !== '--no-votes');

/** Whether the vote server is here: the workspace server/ and the root's `npm run serve`. */
function serverReady() {
  try {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    return typeof pkg.scripts?.serve === 'string' && existsSync(join(root, 'server/src/bin.ts'));
  } catch {
    return false;
  }
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

const children = new Set();
let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  // Each child leads a process group of its own: npm's shell and the server under it stop together.
  for (const child of children) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
function run(name, command, commandArgs, options) {
  const child = spawn(command, commandArgs, { stdio: 'inherit', detached: true, ...options });
  children.add(child);
  child.on('exit', (code, signal) => {
    children.delete(child);
    if (!stopping) console.log(`\n${name} stopped (${signal ?? `exit ${code}`}); stopping the rest.`);
    stop(code ?? 0);
  });
  return child;
}
// Ctrl-C reaches this process only (the children have groups of their own): it stops them.
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));

const env = { ...process.env };
if (wantVotes && serverReady()) {
  const port = Number(process.env.VERDICT_VOTES_PORT) || (await freePort());
  const db = process.env.VERDICT_VOTES_DB ?? join(root, 'node_modules/.cache/verdict-demo/votes.sqlite');
  mkdirSync(dirname(db), { recursive: true });
  run(
    'The vote server',
    'npm',
    ['run', 'serve', '--', '--documents', join(root, 'demo/comparisons'), '--db', db, '--port', String(port), '--allow-origin', DEMO_ORIGIN],
    { cwd: root, env },
  );
  env.VERDICT_VOTES_URL = `http://127.0.0.1:${port}`;
  console.log(`Vote server: ${env.VERDICT_VOTES_URL} (SQLite ${db}); the demo votes through ${DEMO_ORIGIN}/votes/v1`);
} else if (wantVotes) {
  console.log('No vote server in this checkout: the demo shows the documents’ own counts.');
}
const vite = join(root, 'node_modules/vite/bin/vite.js');
run('The demo', process.execPath, [existsSync(vite) ? vite : 'vite', ...viteArgs], { cwd: root, env });

// End to end: the reference vote server (server/, SQLite) and the CDN bundle in Chromium. Two
// readers, each in a browser context of their own (their own localStorage, so their own voter
// token), vote through a page; both then see the exact tally, and each sees their own vote pressed.
//
// Needs `npm run build` (the CDN bundle) and builds the server itself (server/scripts/prepare.mjs).
// Run: node --test test/e2e/
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
/**
 * How long the test (and the page's element, through its `timeout`) waits for what it expects: a
 * loaded machine (CI, other suites on two cores) can take seconds to answer; a passing run does not
 * wait this long. The element's default 10 s would turn a slow tally into the document's counts.
 */
const BOUND_MS = 60_000;
const work = mkdtempSync(join(tmpdir(), 'verdict-votes-e2e-'));
let page; // the page server
let votes; // the vote server process
let browser;
let origin;
let endpoint;

/** Serves the test page and the CDN bundle on an origin of its own; the page shows `page.documentUrl`. */
function servePage() {
  const bundle = readFileSync(join(root, 'dist/verdict-elements.js'));
  const server = createServer((request, response) => {
    if (request.url === '/verdict-elements.js') {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(bundle);
    } else if (request.url === '/') {
      response.writeHead(200, { 'content-type': 'text/html' });
      response.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>votes e2e</title>
<script type="module" src="/verdict-elements.js"></script></head>
<body><tool-compare src="${server.documentUrl}" tools="lantern-search,quill-docs" timeout="${BOUND_MS}"></tool-compare></body></html>`);
    } else {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Starts the vote server on a free port; resolves with its address once it listens. */
function startVoteServer(documents, allowOrigin) {
  const child = spawn(
    process.execPath,
    ['server/dist/bin.js', '--documents', documents, '--db', join(work, 'votes.sqlite'), '--port', '0', '--allow-origin', allowOrigin, '--quiet'],
    { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the vote server did not start:\n${output}`)), 30_000);
    const read = (chunk) => {
      output += chunk;
      const listening = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (listening) {
        clearTimeout(timer);
        resolve({ child, url: listening[1] });
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('exit', (code) => reject(new Error(`the vote server exited (${code}):\n${output}`)));
  });
}

before(async () => {
  const prepared = spawnSync(process.execPath, ['server/scripts/prepare.mjs'], { cwd: root, stdio: 'inherit' });
  assert.equal(prepared.status, 0, 'server/scripts/prepare.mjs failed');
  // The demo fixture plus a relative endpoint: the document lives on the vote server, at /documents/.
  const doc = JSON.parse(readFileSync(join(root, 'demo/fixtures/three-tools-mixed.json'), 'utf8'));
  const documents = join(work, 'documents');
  mkdirSync(documents);
  writeFileSync(join(documents, 'three-tools-mixed.json'), JSON.stringify({ ...doc, votes: { endpoint: '../v1' } }));
  // The page's origin first: the vote server allows exactly that one.
  page = await servePage();
  origin = `http://127.0.0.1:${page.address().port}`;
  votes = await startVoteServer(documents, origin);
  endpoint = `${votes.url}/v1`;
  page.documentUrl = `${votes.url}/documents/three-tools-mixed.json`;
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  votes?.child.kill('SIGTERM');
  page?.close();
  rmSync(work, { recursive: true, force: true });
});

/** A reader: a browser context of their own, on the page. */
async function reader() {
  const context = await browser.createBrowserContext();
  const tab = await context.newPage();
  const problems = [];
  tab.on('pageerror', (error) => problems.push(String(error)));
  await tab.goto(origin, { waitUntil: 'load' });
  return { context, tab, problems };
}

/** What a reader sees of the community block once the live tally is in: rows and pressed buttons. */
async function seen(tab, expectedRows) {
  const handle = await tab.waitForFunction(
    (expected) => {
      const root = document.querySelector('tool-compare')?.shadowRoot;
      const rows = [...(root?.querySelectorAll('.community li') ?? [])].map(
        (li) => `${li.querySelector('.c-name').textContent.trim()}: ${li.querySelector('.c-value').textContent.trim()}`,
      );
      const pressed = [...(root?.querySelectorAll('.community .vote button[aria-pressed="true"]') ?? [])].map(
        (b) => `${b.closest('.vote').getAttribute('aria-label')}: ${b.textContent.trim()}`,
      );
      return JSON.stringify(rows) === JSON.stringify(expected) ? { rows, pressed } : false;
    },
    { timeout: BOUND_MS, polling: 100 },
    expectedRows,
  );
  return handle.jsonValue();
}

/** Presses a community-block button and waits for the outcome. */
async function vote(tab, tool, verdict) {
  return tab.evaluate(
    (tool, verdict) =>
      new Promise((resolve) => {
        const compare = document.querySelector('tool-compare');
        compare.addEventListener('verdict-voted', (e) => resolve(e.detail), { once: true });
        const rows = [...compare.shadowRoot.querySelectorAll('.community li')];
        const row = rows.find((li) => li.querySelector('.vote').getAttribute('aria-label').endsWith(tool));
        row.querySelector(`button.vote-${verdict}`).click();
      }),
    tool,
    verdict,
  );
}

test('two readers vote through a page against the real server (SQLite); both see the exact tally', async () => {
  const alice = await reader();
  const bob = await reader();
  // Before anyone votes: the live tally (zero) replaces the document's 500 and 3 votes.
  const empty = ['Lantern Search: No votes yet', 'Quill Docs: No votes yet'];
  await seen(alice.tab, empty);
  await seen(bob.tab, empty);

  assert.deepEqual(await vote(alice.tab, 'Lantern Search', 'ship'), {
    comparison: 'notes-search-ci-roundup', tool: 'lantern-search', verdict: 'ship', previous: null, ok: true, ship: 1, skip: 0,
  });
  assert.deepEqual(await vote(bob.tab, 'Lantern Search', 'skip'), {
    comparison: 'notes-search-ci-roundup', tool: 'lantern-search', verdict: 'skip', previous: null, ok: true, ship: 1, skip: 1,
  });
  const bobQuill = await vote(bob.tab, 'Quill Docs', 'ship');
  assert.equal(bobQuill.ok, true);
  // Alice changes her mind on Quill twice, quickly: both go out, in order.
  await vote(alice.tab, 'Quill Docs', 'skip');
  const last = await vote(alice.tab, 'Quill Docs', 'ship');
  assert.deepEqual([last.ok, last.ship, last.skip], [true, 2, 0]);

  // Both reload: each sees the exact tally, and their own votes pressed.
  const exact = ['Lantern Search: 50% ship · 2 votes', 'Quill Docs: 100% ship · 2 votes'];
  await alice.tab.reload({ waitUntil: 'load' });
  await bob.tab.reload({ waitUntil: 'load' });
  const aliceSees = await seen(alice.tab, exact);
  const bobSees = await seen(bob.tab, exact);
  assert.deepEqual(aliceSees.pressed, ['Your vote on Lantern Search: Ship', 'Your vote on Quill Docs: Ship']);
  assert.deepEqual(bobSees.pressed, ['Your vote on Lantern Search: Skip', 'Your vote on Quill Docs: Ship']);

  // The server agrees, and the two readers were two voters (tokens of their own).
  const tally = await (await fetch(`${endpoint}/comparisons/notes-search-ci-roundup/tally`)).json();
  assert.deepEqual(tally.tools['lantern-search'], { ship: 1, skip: 1 });
  assert.deepEqual(tally.tools['quill-docs'], { ship: 2, skip: 0 });
  const tokens = await Promise.all([alice, bob].map(({ tab }) => tab.evaluate(() => localStorage.getItem('verdict-elements:voter'))));
  assert.match(tokens[0], /^[A-Za-z0-9_-]{22}$/);
  assert.notEqual(tokens[0], tokens[1]);
  assert.deepEqual([...alice.problems, ...bob.problems], []);
  await alice.context.close();
  await bob.context.close();
});

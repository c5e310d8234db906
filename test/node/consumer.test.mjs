// The consumer's view: the package as npm would publish it, installed in a throwaway app and used
// the ways an app uses it. Packs the package (`npm pack`), unpacks the tarball into a temporary
// project's node_modules (its dependencies are symlinked from this repo's node_modules, so no
// network is used), then checks what ships, Node imports, TypeScript (DOM, React 19, Preact), a
// Vite build of a small app opened in headless Chromium, per-element tree shaking, and publint.
// Needs `npm run build` first. Run: node --test test/node/consumer.test.mjs
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
const FIXTURE = join(ROOT, 'demo/fixtures/three-tools-mixed.json');
const INVALID = join(ROOT, 'demo/fixtures/invalid-schema.json');
/** Packages the consumer app itself depends on (beyond verdict-elements' own dependencies). */
const APP_PACKAGES = ['typescript', '@types/react', '@types/react-dom', 'react', 'react-dom', 'preact'];
const kib = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;

let temp; // everything this file writes
let app; // the consumer project
let packed; // npm pack's report
let browser;
let server;

/** Runs a command, resolving with { code, stdout, stderr } whatever its exit status. */
async function sh(file, args, options = {}) {
  try {
    const { stdout, stderr } = await run(file, args, { maxBuffer: 64 << 20, ...options });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number') throw error;
    return { code: error.code, stdout: error.stdout, stderr: error.stderr };
  }
}

async function write(path, text) {
  await mkdir(dirname(join(app, path)), { recursive: true });
  await writeFile(join(app, path), text);
}

/** Links node_modules/<name> of the app to this repo's copy. */
async function linkPackage(name) {
  const target = join(ROOT, 'node_modules', name);
  assert.ok(existsSync(target), `${name} is not installed in this repo (npm install)`);
  await mkdir(dirname(join(app, 'node_modules', name)), { recursive: true });
  await symlink(target, join(app, 'node_modules', name), 'dir');
}

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist/lib/index.js')), 'run `npm run build` first');
  temp = await mkdtemp(join(tmpdir(), 'verdict-consumer-'));
  app = join(temp, 'app');
  const installed = join(app, 'node_modules/verdict-elements');
  await mkdir(installed, { recursive: true });

  const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false' };
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], { cwd: ROOT, env });
  [packed] = JSON.parse(stdout);
  await run('tar', ['-xzf', join(temp, packed.filename), '-C', installed, '--strip-components=1']);

  const installedPkg = JSON.parse(await readFile(join(installed, 'package.json'), 'utf8'));
  for (const name of [...Object.keys(installedPkg.dependencies ?? {}), ...APP_PACKAGES]) await linkPackage(name);
  await writeConsumerApp();
});

after(async () => {
  await browser?.close();
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  // KEEP_CONSUMER=1 keeps the consumer project for a look (its path is printed).
  if (temp && process.env.KEEP_CONSUMER) console.log(`consumer project kept in ${temp}`);
  else if (temp) await rm(temp, { recursive: true, force: true });
});

test('the tarball holds the build, the schema, the manifest and the README, and nothing else', async () => {
  const files = packed.files.map((file) => file.path);
  console.log(`packed: ${packed.filename}, ${files.length} files, ${kib(packed.size)} (${kib(packed.unpackedSize)} unpacked)`);
  const has = (path) => files.includes(path);
  const hasUnder = (dir) => files.some((file) => file.startsWith(`${dir}/`));

  for (const path of ['package.json', 'README.md', 'dist/verdict-elements.js', 'dist/verdict-elements.iife.js', 'dist/lib/index.js', 'dist/lib/index.d.ts', 'dist/lib/jsx/react.d.ts', 'dist/lib/jsx/preact.d.ts']) {
    assert.ok(has(path), `${path} is packed`);
  }
  assert.ok(hasUnder('schema'), 'schema/ is packed');
  if (existsSync(join(ROOT, 'custom-elements.json'))) assert.ok(has('custom-elements.json'), 'custom-elements.json is packed');
  for (const dir of ['test', 'stories', 'demo', 'src', 'bench', 'scripts', '.storybook', 'storybook-static', 'tmp', 'node_modules', '.ci']) {
    assert.ok(!hasUnder(dir), `${dir}/ is not packed`);
  }

  // Every file an export, `main`, `types` or `bin` names ships.
  const targets = [pkg.main, pkg.module, pkg.types, ...Object.values(pkg.bin ?? {})];
  const collect = (value) => (typeof value === 'string' ? targets.push(value) : Object.values(value).forEach(collect));
  collect(pkg.exports);
  // A subpath pattern (`./dist/css/*`) names a folder: at least one file must ship under it.
  const shipped = (target) => (target.endsWith('/*') ? hasUnder(target.slice(0, -2)) : has(target));
  const missing = [...new Set(targets)].map((target) => target.replace(/^\.\//, '')).filter((target) => !shipped(target));
  assert.deepEqual(missing, [], 'files named by package.json but not packed');
});

test('Node: the package imports by name, with no DOM', async () => {
  // Every JavaScript entry but the CDN bundles (made for browsers: they need HTMLElement) and the
  // stylesheets of `./css/*` (CSS for server-rendered shadow roots, not modules).
  const moduleEntries = Object.keys(pkg.exports)
    .filter((key) => !/\.json$|^\.\/cdn|^\.\/css\//.test(key))
    .map((key) => (key === '.' ? 'verdict-elements' : `verdict-elements${key.slice(1)}`));
  await write(
    'node-check.mjs',
    `import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
const out = {};
const { validateComparison, figuresFor } = await import('verdict-elements/schema');
const good = validateComparison(JSON.parse(readFileSync(${JSON.stringify(FIXTURE)}, 'utf8')));
out.good = good.ok && good.document.id;
out.panel = good.ok && figuresFor(good.document).byId.get('lantern-search').panel.percent;
const bad = validateComparison(JSON.parse(readFileSync(${JSON.stringify(INVALID)}, 'utf8')));
out.bad = !bad.ok && { kind: bad.error.kind, issues: bad.error.issues.length };
for (const entry of ${JSON.stringify(moduleEntries)}) {
  try {
    out[entry] = Object.keys(await import(entry)).length;
  } catch (error) {
    out[entry] = 'throws: ' + (error && error.stack);
  }
}
try {
  out.require = typeof createRequire(import.meta.url)('verdict-elements/schema').validateComparison;
} catch (error) {
  out.require = 'throws: ' + error.message;
}
console.log(JSON.stringify(out));
`,
  );
  const { code, stdout, stderr } = await sh(process.execPath, ['node-check.mjs'], { cwd: app });
  assert.equal(code, 0, stderr);
  const out = JSON.parse(stdout);
  console.log(`node: ${JSON.stringify(out)}`);
  assert.equal(out.good, 'notes-search-ci-roundup');
  assert.equal(out.panel, 75);
  assert.equal(out.bad.kind, 'schema');
  assert.ok(out.bad.issues > 1);
  for (const entry of moduleEntries) assert.equal(typeof out[entry], 'number', `import('${entry}') in Node: ${out[entry]}`);
  assert.ok(out['verdict-elements'] > 10, 'the root exports the classes and the data layer');
  // The JSX entries are types only: their JavaScript is an empty module.
  assert.equal(out['verdict-elements/react'], 0);
  assert.equal(out['verdict-elements/preact'], 0);
});

test('TypeScript: DOM, React 19 and Preact consumers type-check; wrong usage does not', async () => {
  const tsc = join(app, 'node_modules/typescript/bin/tsc');
  const check = (project) => sh(process.execPath, [tsc, '-p', project, '--pretty', 'false'], { cwd: app });
  const t0 = Date.now();
  // Two at a time: each is a few seconds of CPU.
  const [[react, wrong], [preact, untyped]] = [
    await Promise.all([check('tsconfig.json'), check('tsconfig.wrong.json')]),
    await Promise.all([check('tsconfig.preact.json'), check('tsconfig.untyped.json')]),
  ];
  console.log(`tsc: 4 projects in ${Date.now() - t0} ms`);
  assert.equal(react.code, 0, `DOM + React consumer:\n${react.stdout}${react.stderr}`);
  assert.equal(preact.code, 0, `Preact consumer:\n${preact.stdout}${preact.stderr}`);

  // Each failing project fails for the reason it is there, not for a broken setup.
  const errors = (result) => result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
  assert.notEqual(wrong.code, 0, '<verdict-badge theme="purple" /> must not type-check');
  assert.equal(errors(wrong).length, 2, wrong.stdout);
  assert.match(wrong.stdout, /src\/wrong\.tsx\(3,\d+\): error TS2322: Type '"purple"' is not assignable/);
  assert.match(wrong.stdout, /src\/wrong\.tsx\(4,\d+\): error TS2322: .*"onverdict-error": \(e: MouseEvent\)/);
  console.log(`tsc wrong usage (expected): ${errors(wrong).join(' | ')}`);

  assert.notEqual(untyped.code, 0, 'without verdict-elements/react, React does not know the tags');
  assert.match(untyped.stdout, /error TS2339: Property 'verdict-badge' does not exist on type 'JSX\.IntrinsicElements'/);
  assert.equal(errors(untyped).length, 1, untyped.stdout);
});

test('Vite: an app built from the package renders in Chromium', { timeout: 40_000 }, async () => {
  const { build } = await import('vite');
  const outDir = join(temp, 'dist');
  await build({
    root: app,
    configFile: false,
    logLevel: 'silent',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: { main: join(app, 'index.html'), react: join(app, 'react.html') } },
    },
  });
  server = await serve(outDir);
  const origin = `http://127.0.0.1:${server.address().port}`;

  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    args: CHROMIUM_ARGS,
  });
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(String(error)));
  page.on('console', (message) => {
    // The React page's <tool-card src="/missing.json"> 404s on purpose.
    if (message.type() === 'error' && !/404/.test(message.text())) problems.push(message.text());
  });
  const shadowText = (selector) =>
    page.waitForFunction(
      (selector) => {
        const element = document.querySelector(selector);
        const text = element?.shadowRoot?.textContent?.replace(/\s+/g, ' ');
        return element && !element.hasAttribute('aria-busy') && /%/.test(text ?? '') ? text : false;
      },
      { timeout: 10_000 },
      selector,
    ).then((handle) => handle.jsonValue());

  // index.html: `import 'verdict-elements/define'`, a badge with inline JSON.
  await page.goto(`${origin}/index.html`);
  const badge = await shadowText('verdict-badge');
  console.log(`badge: ${badge.trim()}`);
  assert.match(badge, /Lantern Search/);
  assert.match(badge, /75\s*%/);

  // react.html: React 19 with `data` as a property, a `ref`, and `onverdict-*` props.
  await page.goto(`${origin}/react.html`);
  const compare = await shadowText('tool-compare');
  assert.match(compare, /Lantern Search/);
  assert.match(compare, /Quill Docs/);
  const cards = await page.$eval('tool-compare', (el) => [...el.shadowRoot.querySelectorAll('[part~="card"] [part~="name"]')].map((n) => n.textContent.trim()));
  assert.deepEqual(cards, ['Lantern Search', 'Quill Docs'], 'tools="lantern-search,quill-docs" picks the cards');
  assert.match(await shadowText('verdict-badge'), /Quill Docs.*25\s*%|25\s*%.*Quill Docs/);
  const events = await page.waitForFunction(
    () => {
      const text = document.querySelector('#events')?.textContent;
      return text?.includes('error:') && text.includes('load:') ? text : false;
    },
    { timeout: 10_000 },
  );
  const log = await events.jsonValue();
  console.log(`react events: ${log}`);
  assert.match(log, /load:notes-search-ci-roundup/, 'onverdict-load ran, with the typed detail');
  assert.match(log, /error:http/, 'onverdict-error ran, with the typed detail');
  assert.equal(await page.$eval('tool-compare', (el) => el.getAttribute('theme')), 'dark');
  assert.equal(await page.$eval('verdict-badge', (el) => el.className), 'brand');
  assert.deepEqual(problems, []);
});

test('Vite: importing one element bundles only that element', async () => {
  const { build } = await import('vite');
  const bundle = async (entry) => {
    const result = await build({
      root: app,
      configFile: false,
      logLevel: 'silent',
      build: { write: false, minify: true, rolldownOptions: { input: join(app, entry) } },
    });
    const [output] = Array.isArray(result) ? result : [result];
    return output.output.filter((item) => item.type === 'chunk').map((item) => item.code).join('\n');
  };
  const [badgeOnly, all] = await Promise.all([bundle('badge-only.js'), bundle('all.js')]);
  const cdn = await readFile(join(ROOT, 'dist/verdict-elements.js'));
  const size = (code) => `${kib(Buffer.byteLength(code))} (${kib(gzipSync(code).length)} gzip)`;
  console.log(`bundles: verdict-badge/define ${size(badgeOnly)}; define ${size(all)}; CDN dist/verdict-elements.js ${size(cdn)}`);
  assert.ok(badgeOnly.includes('verdict-badge'));
  for (const tag of ['tool-compare', 'verdict-panel', 'tool-card']) {
    assert.ok(!badgeOnly.includes(tag), `verdict-badge/define alone does not bring <${tag}>`);
    assert.ok(all.includes(tag), `define brings <${tag}>`);
  }
  assert.ok(Buffer.byteLength(badgeOnly) < 0.85 * cdn.length, 'the badge alone is notably smaller than the CDN bundle');
});

test('publint finds no errors', async () => {
  const { publint } = await import('publint');
  const { formatMessage } = await import('publint/utils');
  const { messages, pkg: linted } = await publint({ pkgDir: join(app, 'node_modules/verdict-elements'), pack: false, level: 'suggestion' });
  for (const message of messages) console.log(`publint ${message.type}: ${formatMessage(message, linted, { color: false })}`);
  console.log(`publint: ${messages.length} messages`);
  assert.deepEqual(
    messages.filter((message) => message.type === 'error').map((message) => formatMessage(message, linted, { color: false })),
    [],
  );
});

/** Serves `dir` on 127.0.0.1 (any free port); unknown paths are 404. */
function serve(dir) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
  const http = createServer(async (request, response) => {
    const path = normalize(join(dir, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    try {
      if (!path.startsWith(dir + sep) || !(await stat(path)).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
      response.end(await readFile(path));
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

/** The consumer project: its tsconfigs, TypeScript sources and the Vite app's pages. */
async function writeConsumerApp() {
  await write('package.json', JSON.stringify({ name: 'consumer-app', private: true, type: 'module' }, null, 2));
  await write('src/roundup.json', await readFile(FIXTURE, 'utf8'));

  // A Vite-style strict setup; `skipLibCheck: false` also checks the package's .d.ts files.
  const compilerOptions = {
    target: 'ES2022',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    module: 'ESNext',
    moduleResolution: 'bundler',
    moduleDetection: 'force',
    verbatimModuleSyntax: true,
    resolveJsonModule: true,
    jsx: 'react-jsx',
    strict: true,
    noUnusedLocals: true,
    skipLibCheck: false,
    noEmit: true,
    types: [],
  };
  await write('tsconfig.json', JSON.stringify({ compilerOptions, files: ['src/dom.ts', 'src/react-main.tsx'] }, null, 2));
  await write('tsconfig.preact.json', JSON.stringify({ extends: './tsconfig.json', compilerOptions: { jsxImportSource: 'preact' }, files: ['src/preact-app.tsx'] }));
  // These two only have to fail, for the right reason: no need to check the libraries again.
  await write('tsconfig.wrong.json', JSON.stringify({ extends: './tsconfig.json', compilerOptions: { skipLibCheck: true }, files: ['src/wrong.tsx'] }));
  await write('tsconfig.untyped.json', JSON.stringify({ extends: './tsconfig.json', compilerOptions: { skipLibCheck: true }, files: ['src/untyped.tsx'] }));

  await write(
    'src/dom.ts',
    `import 'verdict-elements/define';
import { ToolCard, type ComparisonDocument } from 'verdict-elements';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
type Kinds = 'network' | 'http' | 'timeout' | 'too-large' | 'parse' | 'schema' | 'not-found' | 'source';

const card = document.querySelector('tool-card')!;
card.tool = 'x';
card.theme = 'dark';
card.headingLevel = 2;
// @ts-expect-error the theme is 'light' | 'dark' | 'auto'
card.theme = 'purple';
export const isCard: Equal<typeof card, ToolCard> = true;
export const compare: HTMLElementTagNameMap['tool-compare'] = document.createElement('tool-compare');
compare.tools = 'a,b';

document.addEventListener('verdict-error', (e) => {
  const kind = e.detail.kind;
  const isUnion: Equal<typeof kind, Kinds> = true;
  console.warn(kind, e.detail.message, e.detail.issues.map((issue) => issue.path), isUnion);
});
card.addEventListener('verdict-load', (e) => {
  const doc: ComparisonDocument = e.detail.document;
  console.log(doc.tools.length);
});
`,
  );

  // React 19: also built by Vite and run in Chromium (react.html).
  await write(
    'src/react-main.tsx',
    `import 'verdict-elements/define';
import type {} from 'verdict-elements/react';
import { useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import roundup from './roundup.json';

function App() {
  const badge = useRef<HTMLElementTagNameMap['verdict-badge']>(null);
  const [events, setEvents] = useState<string[]>([]);
  useEffect(() => {
    if (badge.current) badge.current.data = roundup;
  }, []);
  return (
    <main>
      <tool-compare
        data={roundup}
        tools="lantern-search,quill-docs"
        theme="dark"
        heading-level="2"
        onverdict-load={(e) => setEvents((list) => [...list, 'load:' + e.detail.document.id])}
      />
      <verdict-badge ref={badge} tool="quill-docs" className="brand" id="badge" />
      <tool-card
        src="/missing.json"
        tool="quill-docs"
        loading="eager"
        timeout={5000}
        class="card"
        onverdict-error={(e) => setEvents((list) => [...list, 'error:' + e.detail.kind])}
      >
        <span slot="note">children are allowed</span>
      </tool-card>
      <output id="events">{events.join(' ')}</output>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<App />);
`,
  );

  await write(
    'src/preact-app.tsx',
    `import 'verdict-elements/define';
import type {} from 'verdict-elements/preact';
import { render } from 'preact';
import { useRef } from 'preact/hooks';
import roundup from './roundup.json';

export function App() {
  const card = useRef<HTMLElementTagNameMap['tool-card']>(null);
  return (
    <div class="widgets">
      <tool-compare src="/c.json" tools="a,b" theme="dark" heading-level="2" />
      <verdict-badge tool="x" data={roundup} onverdict-error={(e) => console.warn(e.detail.kind)} />
      <tool-card ref={card} tool="x" class="c" onverdict-load={(e) => console.log(e.detail.document.title, e.currentTarget.tool)} />
    </div>
  );
}

render(<App />, document.body);
`,
  );

  await write(
    'src/wrong.tsx',
    `import type {} from 'verdict-elements/react';

export const Wrong = () => <verdict-badge theme="purple" />;
export const WrongHandler = () => <tool-card onverdict-error={(e: MouseEvent) => console.log(e.clientX)} />;
`,
  );

  await write(
    'src/untyped.tsx',
    `import 'verdict-elements/define';

export const Untyped = () => <verdict-badge tool="x" />;
`,
  );

  // The Vite app.
  await write(
    'index.html',
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>verdict-elements consumer</title></head>
  <body><script type="module" src="./main.js"></script></body>
</html>
`,
  );
  await write(
    'main.js',
    `import 'verdict-elements/define';
import roundup from './src/roundup.json';

const badge = document.createElement('verdict-badge');
badge.setAttribute('tool', 'lantern-search');
const json = document.createElement('script');
json.type = 'application/json';
json.textContent = JSON.stringify(roundup);
badge.append(json);
document.body.append(badge);
`,
  );
  await write(
    'react.html',
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><title>verdict-elements in React</title></head>
  <body><div id="root"></div><script type="module" src="./src/react-main.tsx"></script></body>
</html>
`,
  );
  await write('badge-only.js', `import 'verdict-elements/verdict-badge/define';\n`);
  await write('all.js', `import 'verdict-elements/define';\n`);
}

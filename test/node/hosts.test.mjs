// The framework recipes of the README, as a new user would follow them, with the packed package:
// a Vue 3 SPA, a Svelte 5 SPA, a VitePress 1.6 site and React 19 server rendering + hydration
// (test/hosts/). Each is built, type-checked where the framework has a checker, and opened in
// headless Chromium: what renders, what the console says, and the layout shift (printed per host).
// Needs `npm run build` first. Run: node --test test/node/hosts.test.mjs (KEEP_HOSTS=1 keeps the apps)
import assert from 'node:assert/strict';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { ROOT, packPackage, serve, sh, stop } from './support/packed-app.mjs';
import { isDark, launch, layoutShift, markDocument, openPage, renderedText, shiftedNodes, shown, stayed, waitForScheme } from './support/host-page.mjs';

const FIXTURE = join(ROOT, 'demo/fixtures/three-tools-mixed.json');

let packed;
let browser;
const servers = [];
const shifts = {};

before(async () => {
  [packed, browser] = await Promise.all([packPackage(), launch()]);
});

after(async () => {
  console.log(`layout shift per host: ${JSON.stringify(shifts)}`);
  await browser?.close();
  await Promise.all(servers.map(stop));
  await packed?.cleanup();
});

/** Serves `dir` and returns its origin. */
async function origin(dir, pages) {
  const server = await serve(dir, pages);
  servers.push(server);
  return `http://127.0.0.1:${server.address().port}`;
}

/** Console lines that are not the expected 404 of a `src` that does not exist. */
const unexpected = (page) => page.messages.filter((line) => !/404 \(Not Found\)/.test(line));

/** `file(line,col): error TSxxxx: message` lines of vue-tsc, or svelte-check's machine output's errors. */
const errorLines = (output) => output.split('\n').filter((line) => /error TS\d+|\sERROR\s/.test(line));

async function viteBuild(app, extra = {}) {
  const { build } = await import('vite');
  await build({ root: app, configFile: join(app, 'vite.config.js'), logLevel: 'warn', ...extra });
}

/** Waits for the `#events` log to hold every pattern; returns its text. */
async function eventsLog(page, patterns) {
  const handle = await page.waitForFunction(
    (sources) => {
      const text = document.querySelector('#events')?.textContent ?? '';
      return sources.every((source) => new RegExp(source).test(text)) ? text : false;
    },
    { timeout: 10_000 },
    patterns.map((pattern) => pattern.source),
  );
  return handle.jsonValue();
}

test('Vue 3 SPA (Vite): isCustomElement, :data.prop, typed events; vue-tsc fails on wrong props', { timeout: 120_000 }, async () => {
  const app = await packed.project('vue-spa', {
    from: 'test/hosts/vue-spa',
    packages: ['vue', 'vite', '@vitejs/plugin-vue', 'vue-tsc', 'typescript'],
  });
  await copyFile(FIXTURE, join(app, 'roundup.json'));

  const check = await sh(process.execPath, [join(app, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', 'tsconfig.json', '--pretty', 'false'], { cwd: app });
  const errors = errorLines(check.stdout + check.stderr);
  console.log(`vue-tsc (Wrong.vue must fail): ${errors.join(' | ')}`);
  assert.ok(!errors.some((line) => line.startsWith('App.vue')), `App.vue type-checks:\n${errors.join('\n')}`);
  assert.equal(errors.length, 3, check.stdout + check.stderr);
  assert.match(errors[0], /^Wrong\.vue\(6,\d+\): error TS2322: Type 'number' is not assignable/, 'tool="42" as a number');
  assert.match(errors[1], /^Wrong\.vue\(7,\d+\): error TS2322: Type '"purple"' is not assignable/, 'an unknown theme');
  assert.match(errors[2], /^Wrong\.vue\(8,\d+\): error TS2339: Property 'nope' does not exist on type 'VerdictLoadDetail'/, 'a typed event');

  await viteBuild(app);
  const page = await openPage(browser);
  await page.goto(`${await origin(join(app, 'dist'))}/`);
  const text = await renderedText(page, 'tool-compare');
  assert.match(text, /Lantern Search/);
  assert.match(text, /Quill Docs/);
  const log = await eventsLog(page, [/load:notes-search-ci-roundup/, /error:http/, /attribute:source/]);
  console.log(`vue events: ${log}`);
  // `:data` without `.prop`, before the elements are defined: Vue writes the attribute
  // data="[object Object]"; the card says so instead of waiting silently.
  const attribute = await shown(page, '#as-attribute');
  console.log(`vue :data without .prop: ${attribute.alert}`);
  assert.match(attribute.alert ?? '', /\.prop|property/);
  assert.equal(await page.$eval('tool-compare', (el) => el.hasAttribute('data')), false, ':data.prop sets the property, not an attribute');
  // The elements are real elements in the DOM, not unresolved components.
  assert.deepEqual(await page.$$eval('main > *', (nodes) => nodes.map((n) => n.localName)), ['tool-compare', 'tool-card', 'tool-card', 'output']);
  shifts['vue-spa'] = await layoutShift(page);
  assert.deepEqual(unexpected(page), []);
  await page.close();
});

test('Svelte 5 SPA (Vite): no config, data as a property, typed events; svelte-check catches tool={42}', { timeout: 120_000 }, async () => {
  const app = await packed.project('svelte-spa', {
    from: 'test/hosts/svelte-spa',
    packages: ['svelte', 'vite', '@sveltejs/vite-plugin-svelte', 'svelte-check', 'typescript'],
  });
  await copyFile(FIXTURE, join(app, 'roundup.json'));

  const check = await sh(process.execPath, [join(app, 'node_modules/svelte-check/bin/svelte-check'), '--tsconfig', './tsconfig.json', '--output', 'machine'], { cwd: app });
  const errors = errorLines(check.stdout);
  console.log(`svelte-check (Wrong.svelte must fail): ${errors.map((line) => line.replace(/^\d+ /, '')).join(' | ')}`);
  assert.notEqual(check.code, 0);
  assert.ok(!errors.some((line) => line.includes('App.svelte')), `App.svelte checks:\n${errors.join('\n')}`);
  assert.equal(errors.length, 3, check.stdout);
  assert.match(errors[0], /"Wrong\.svelte" 5:\d+ "Type 'number' is not assignable to type 'string'/);
  assert.match(errors[1], /"Wrong\.svelte" 6:\d+ "Type '\\"purple\\"' is not assignable/);
  assert.match(errors[2], /"Wrong\.svelte" 7:\d+ "Property 'nope' does not exist on type 'VerdictLoadDetail'/);

  await viteBuild(app);
  const page = await openPage(browser);
  await page.goto(`${await origin(join(app, 'dist'))}/`);
  const text = await renderedText(page, 'tool-compare');
  assert.match(text, /Lantern Search/);
  assert.match(text, /Quill Docs/);
  const log = await eventsLog(page, [/load:notes-search-ci-roundup/, /error:http/]);
  console.log(`svelte events: ${log}`);
  shifts['svelte-spa'] = await layoutShift(page);
  assert.deepEqual(unexpected(page), []);
  await page.close();
});

test('VitePress 1.6: tags in the static HTML, no hydration mismatch, renders on load and after client navigation', { timeout: 300_000 }, async () => {
  const app = await packed.project('vitepress', { from: 'test/hosts/vitepress', packages: ['vitepress', 'vue'] });
  const json = await readFile(FIXTURE, 'utf8');
  await writeFile(join(app, 'roundup.json'), json);
  // Inline JSON in Markdown: Vue's compiler keeps the <script> in the server's HTML (escaped as
  // text) but drops it from the client's render function.
  await writeFile(join(app, 'inline.md'), `# Inline JSON\n\n<tool-card tool="quill-docs">\n<script type="application/json">\n${json.trim()}\n</script>\n</tool-card>\n\n[Back](./)\n`);
  await mkdir(join(app, 'public'), { recursive: true });
  await writeFile(join(app, 'public/roundup.json'), json);

  const t0 = Date.now();
  const built = await sh(process.execPath, [join(app, 'node_modules/vitepress/bin/vitepress.js'), 'build'], { cwd: app, timeout: 240_000 });
  assert.equal(built.code, 0, built.stdout + built.stderr);
  console.log(`vitepress build: ${Date.now() - t0} ms`);
  const dist = join(app, '.vitepress/dist');

  // The static HTML holds the tags (without isCustomElement it holds `<!---->` in their place).
  const home = await readFile(join(dist, 'index.html'), 'utf8');
  assert.match(home, /<tool-card src="\/roundup\.json" tool="lantern-search"><\/tool-card>/);
  assert.match(await readFile(join(dist, 'compare.html'), 'utf8'), /<tool-compare><\/tool-compare>/);

  const site = await origin(dist);
  const page = await openPage(browser);
  await page.goto(`${site}/`);
  assert.match(await renderedText(page, 'tool-card'), /Lantern Search/);
  shifts['vitepress /'] = await layoutShift(page);

  // theme="auto" follows VitePress's own appearance switch (the `dark` class on the root), live.
  assert.equal(await isDark(page, 'tool-card'), false, 'light site, light card');
  await page.click('.VPNavBar .VPSwitchAppearance');
  assert.ok(await waitForScheme(page, 'tool-card', true), 'the card turns dark with the site');
  await page.click('.VPNavBar .VPSwitchAppearance');
  assert.ok(await waitForScheme(page, 'tool-card', false), 'and light again');

  // Client navigation (VitePress's router, no page load) to a page binding :data.prop.
  await markDocument(page);
  await page.click('a[href="./compare.html"], a[href="/compare.html"], a[href$="compare"]');
  await page.waitForFunction(() => location.pathname.startsWith('/compare'), { timeout: 10_000 });
  const compare = await renderedText(page, 'tool-compare');
  assert.match(compare, /Harbor CI/);
  assert.ok(await stayed(page), 'no page load: client navigation');

  // Back, then the same page loaded directly (hydrated rather than rendered by the client).
  await page.goBack();
  assert.match(await renderedText(page, 'tool-card'), /Lantern Search/);
  await page.goto(`${site}/compare.html`);
  assert.match(await renderedText(page, 'tool-compare'), /Harbor CI/);
  shifts['vitepress /compare'] = await layoutShift(page);

  assert.deepEqual(page.messages.filter((line) => /hydrat|mismatch/i.test(line)), [], 'no hydration mismatch');

  assert.deepEqual(unexpected(page), []);

  // Inline JSON in Markdown, which the README advises against in VitePress: never silent on a
  // direct load (the element decodes the escaped JSON, or says what is wrong), but Vue drops the
  // <script> from the client's render, so after client navigation the card has no source.
  page.messages.length = 0;
  await page.goto(`${site}/inline.html`);
  await page.waitForFunction(() => document.querySelector('tool-card')?.shadowRoot && !document.querySelector('tool-card').hasAttribute('aria-busy'), { timeout: 10_000 });
  const loaded = await shown(page, 'tool-card');
  console.log(`vitepress inline JSON, loaded: ${JSON.stringify(loaded)}; console: ${JSON.stringify(page.messages)}`);
  assert.ok(loaded.alert || /%/.test(loaded.text), `inline JSON on a direct load is shown or named as the problem: ${loaded.text}`);
  await page.goto(`${site}/`);
  await renderedText(page, 'tool-card');
  await markDocument(page);
  await page.click('a[href$="inline.html"], a[href$="inline"]');
  await page.waitForFunction(() => location.pathname.startsWith('/inline') && document.querySelector('h1')?.textContent.includes('Inline'), { timeout: 10_000 });
  assert.ok(await stayed(page), 'client navigation');
  const navigated = await shown(page, 'tool-card');
  console.log(`vitepress inline JSON, client navigation: ${JSON.stringify(navigated)}`);
  assert.equal(
    await page.$eval('tool-card', (el) => el.querySelector('script') === null),
    true,
    'Vue now keeps <script> in client renders: inline JSON in Markdown may work in VitePress, update the README',
  );
  await page.close();
});

test('React 19 server rendering + hydrateRoot: src, the inline JSON child, a ref and renderElement output, despite facebook/react#35446', { timeout: 180_000 }, async () => {
  const app = await packed.project('react-ssr', { from: 'test/hosts/react-ssr', packages: ['react', 'react-dom', 'vite'] });
  await copyFile(FIXTURE, join(app, 'roundup.json'));
  await mkdir(join(app, 'public'), { recursive: true });
  await copyFile(FIXTURE, join(app, 'public/roundup.json'));
  await writeFile(
    join(app, 'index.html'),
    `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>React SSR</title></head>
  <body><div id="root"><!--app--></div><script type="application/json" id="props"><!--props--></script><script type="module" src="./client.jsx"></script></body>
</html>
`,
  );
  await writeFile(join(app, 'vite.config.js'), `export default { oxc: { jsx: { runtime: 'automatic' } } };\n`);
  await viteBuild(app);
  await viteBuild(app, { build: { ssr: 'server.jsx', outDir: 'dist-server' } });

  const { render } = await import(join(app, 'dist-server/server.js'));
  const doc = JSON.parse(await readFile(FIXTURE, 'utf8'));
  const template = await readFile(join(app, 'dist/index.html'), 'utf8');
  // The client's module script, as built (in the head: it may run before the first paint) or added
  // after the first paint (a slow network: the worst case for layout shift).
  const moduleScript = template.match(/<script type="module"[^>]*src="([^"]+)"[^>]*><\/script>/);
  assert.ok(moduleScript, template);
  const late = `<script type="module">requestAnimationFrame(() => setTimeout(() => { const s = document.createElement('script'); s.type = 'module'; s.src = ${JSON.stringify(moduleScript[1])}; document.head.append(s); }));</script>`;
  const pages = {};
  const served = {};
  for (const variant of ['src', 'inline', 'ref', 'rendered', 'prop']) {
    const { html, props } = await render(doc, variant);
    served[variant] = html;
    const page = template.replace('<!--app-->', html).replace('<!--props-->', props);
    pages[`/${variant}`] = page;
    pages[`/${variant}-late`] = page.replace(moduleScript[0], '').replace('</body>', `${late}</body>`);
  }
  // What the server sends: the tags, `src`, the inline JSON child (`<` escaped), the declarative shadow root.
  assert.match(served.ref, /<tool-compare id="by-ref" tools="lantern-search,quill-docs"><\/tool-compare>/);
  assert.match(served.src, /<tool-compare id="by-src" src="\/roundup\.json" tools="lantern-search,quill-docs"><\/tool-compare>/);
  assert.match(served.inline, /<tool-compare id="by-inline" tools="lantern-search,quill-docs"><script type="application\/json">\{"version":1/);
  assert.match(served.rendered, /<div id="by-render"><tool-compare[^>]* ssr="[^"]+"><template shadowroot="open" shadowrootmode="open">/);
  const site = await origin(join(app, 'dist'), pages);

  const page = await openPage(browser);
  // The height to reserve, measured once as the README says ("measure once"): the rendered compare's.
  await page.goto(`${site}/rendered`);
  const height = Math.ceil((await page.$eval('#by-render > tool-compare', (el) => el.getBoundingClientRect().height)) / 16);
  // README, "Reserve the space", with that height; a ref'd element is defined before it has its
  // document (it shows its short empty note until hydration), so there the rule holds defined or not.
  const reserve = `<style>
tool-compare:not(:defined), tool-card:not(:defined), verdict-panel:not(:defined) { display: block; }
tool-compare:not(:defined) { min-height: var(--verdict-compare-height); }
tool-compare { --verdict-compare-height: ${height}rem; }
#by-ref { display: block; min-height: var(--verdict-compare-height); }
</style>`;
  for (const variant of ['src', 'inline', 'ref', 'rendered']) {
    pages[`/${variant}-late-reserved`] = pages[`/${variant}-late`].replace('</head>', `${reserve}</head>`);
  }
  const cls = {};
  for (const [variant, id] of [['src', '#by-src'], ['inline', '#by-inline'], ['ref', '#by-ref'], ['rendered', '#by-render > tool-compare']]) {
    for (const when of ['', '-late', '-late-reserved']) {
      page.messages.length = 0;
      await page.goto(`${site}/${variant}${when}`);
      assert.match(await renderedText(page, id), /Lantern Search.*Quill Docs/, `${variant}${when}`);
      await page.waitForFunction((id) => document.querySelector(id).matches(':defined'), { timeout: 15_000 }, id);
      await page.waitForSelector('main[data-hydrated="yes"]', { timeout: 15_000 });
      await page.$eval(id, (el) => el.updateComplete);
      cls[`${variant}${when}`] = await layoutShift(page);
      if (variant === 'ref') assert.match(await eventsLog(page, [/load:tool-compare/]), /load:tool-compare/, 'the ref adds the listener before it sets data');
      if (variant === 'rendered') {
        // Hydrated, not only painted: a reviewer filter responds.
        const pressed = await page.$eval(id, async (el) => {
          const filter = el.shadowRoot.querySelector('.filter[aria-pressed="true"]');
          filter.click();
          await el.updateComplete;
          return filter.getAttribute('aria-pressed');
        });
        assert.equal(pressed, 'false', 'the server-rendered compare is interactive after hydration');
      }
      assert.deepEqual(unexpected(page), [], `${variant}${when}: no hydration error or mismatch`);
    }
  }
  console.log(`react ssr, layout shift per way (-late: the client's script after the first paint; -reserved: with the README's reservation CSS, ${height}rem): ${JSON.stringify(cls)}`);
  shifts['react-ssr'] = cls;
  // renderElement output is laid out from the first paint, whenever the script comes; the other
  // ways need the reservation CSS when the script comes after the first paint.
  for (const key of ['rendered', 'rendered-late', 'rendered-late-reserved', 'src-late-reserved', 'inline-late-reserved', 'ref-late-reserved']) {
    assert.equal(cls[key], 0, key);
  }
  assert.ok(cls['src-late'] > 0.1 && cls['inline-late'] > 0.1 && cls['ref-late'] > 0.1, 'the premise: without it, the page moves');

  // The React bug itself, so that this test tells us when React fixes it (then the README's React
  // section can say so): `data` and `onverdict-load` given as props are dropped on hydration.
  await page.goto(`${site}/prop`);
  await page.waitForSelector('main[data-hydrated="yes"]', { timeout: 15_000 });
  await page.$eval('#by-prop', (el) => el.updateComplete);
  const byProp = await shown(page, '#by-prop');
  console.log(`react ssr, data as a prop after hydration: ${JSON.stringify(byProp)}`);
  assert.doesNotMatch(byProp.text, /%/, 'facebook/react#35446 fixed? <tool-card data={doc}> now works after hydration: update the README');
  assert.doesNotMatch(await page.$eval('#events', (el) => el.textContent), /load:tool-card/);
  assert.deepEqual(unexpected(page), [], 'no hydration error or mismatch');
  await page.close();
});

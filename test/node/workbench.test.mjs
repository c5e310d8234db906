// The workbench (demo/workbench.html) as an author uses it, in Chromium, against the static site
// that `npm run build:site` makes (built here into a temporary directory and served under a path
// prefix, which proves the site works from any prefix). Needs dist/ built (`npm test` builds it):
// the embed code carries the SRI hashes of dist/verdict-elements.js.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { CANARY, PAYLOADS } from '../hostile/support/payloads.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PREFIX = '/any/prefix/';
const { name: PACKAGE, version: VERSION } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const CDN = `https://cdn.jsdelivr.net/npm/${PACKAGE}@${VERSION}/`;
const MIXED_TEXT = readFileSync(join(ROOT, 'demo/fixtures/three-tools-mixed.json'), 'utf8');
const TYPES = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png' };

let site;
let server;
let origin;
let browser;
let pasted = '';
/** Whether the CDN stand-in serves a tampered bundle (SRI must refuse it). */
let tamper = false;

function serve(dir) {
  return new Promise((resolve) => {
    const s = createServer((req, res) => {
      const url = new URL(req.url, 'http://x');
      res.setHeader('access-control-allow-origin', '*');
      if (url.pathname === '/paste.html') {
        res.setHeader('content-type', 'text/html');
        res.end(`<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${pasted}\n</body></html>`);
        return;
      }
      if (!url.pathname.startsWith(PREFIX)) {
        res.statusCode = 404;
        res.end('not under the prefix');
        return;
      }
      const file = normalize(join(dir, decodeURIComponent(url.pathname.slice(PREFIX.length)) || 'index.html'));
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.statusCode = 404;
        res.end('not found');
        return;
      }
      res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
      res.end(readFileSync(file));
    });
    s.listen(0, '127.0.0.1', () => resolve(s));
  });
}

/** A page that fails the test on any uncaught error, console error or run payload. */
async function openPage({ width = 1280, height = 900, dark = false, path = 'workbench.html', fresh = true, draft } = {}) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('dialog', async (dialog) => {
    problems.push(`dialog: ${dialog.message()}`);
    await dialog.dismiss();
  });
  await page.evaluateOnNewDocument((canary) => {
    window[canary] = (...args) => {
      throw new Error(`payload ran: ${args.join()}`);
    };
  }, CANARY);
  await page.setViewport({ width, height });
  if (dark) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
  if (fresh) {
    await page.goto(`${origin}${PREFIX}index.html`);
    await page.evaluate((draft) => {
      localStorage.clear();
      if (draft !== undefined) localStorage.setItem('verdict-workbench:draft', draft);
    }, draft);
  }
  await page.goto(`${origin}${PREFIX}${path}`);
  await ready(page);
  return { page, problems };
}

/** The workbench has checked its first document and shows a preview. */
const ready = (page) => page.waitForFunction(() => document.body.dataset.state && document.querySelector('#problem-summary').textContent, { timeout: 20_000 });

/** Replaces the editor's whole text the way an author pastes it. */
async function paste(page, text) {
  await page.click('.cm-content');
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.evaluate((text) => {
    const content = document.querySelector('.cm-content');
    const data = new DataTransfer();
    data.setData('text/plain', text);
    content.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

/** Waits until the analysis of the current text is shown (the draft is saved on each edit). */
async function settled(page, predicate = 'true') {
  // The check runs 250 ms after the last edit (body[data-pending] until then).
  await page.waitForFunction(
    `(() => { const s = document.querySelector('#problem-summary'); return !('pending' in document.body.dataset) && s.textContent && (${predicate}); })()`,
    { timeout: 10_000 },
  );
}

const problemTexts = (page) => page.$$eval('.wb-problem', (buttons) => buttons.map((b) => b.textContent.replace(/\s+/g, ' ').trim()));
const snippet = (page, id) => page.$eval(`[data-snippet="${id}"] code`, (code) => code.textContent);
const allSnippets = (page) => page.$$eval('[data-snippet] code', (codes) => codes.map((c) => c.textContent).join('\n----\n'));

/** What the preview shows: the element, its attributes, the stage's classes and its text. */
const previewState = (page, selector = '#stage > *') =>
  page.evaluate(async (selector) => {
    const el = document.querySelector(selector);
    await el.updateComplete;
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    return {
      tag: el.localName,
      attrs: [...el.attributes].map((a) => `${a.name}=${a.value}`).sort().join(' '),
      stage: document.querySelector('#stage')?.className,
      text: (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    };
  }, selector);

const lineColumn = (text, index) => ({ line: text.slice(0, index).split('\n').length, column: index - text.lastIndexOf('\n', index - 1) });

before(async () => {
  assert.ok(existsSync(join(ROOT, 'dist/verdict-elements.js')), 'dist/verdict-elements.js is missing: run `npm run build` first');
  site = mkdtempSync(join(tmpdir(), 'verdict-site-'));
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'vite.site.config.ts'), logLevel: 'silent', build: { outDir: site, emptyOutDir: true } });
  server = await serve(site);
  origin = `http://127.0.0.1:${server.address().port}`;
  const { default: puppeteer } = await import('puppeteer-core');
  browser = await puppeteer.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
  if (site) rmSync(site, { recursive: true, force: true });
});

describe('workbench', () => {
  it('shows a mistake at its line and column, moves the cursor there, and updates the preview once fixed', async () => {
    const { page, problems } = await openPage();
    const before = await previewState(page);
    assert.match(before.text, /Lantern Search vs Quill Docs vs Harbor CI/);

    const text = MIXED_TEXT.replace('"Lantern Search vs Quill Docs vs Harbor CI"', '"Typed in the workbench"').replace('"verdict": "skip"', '"verdict": "maybe"');
    await paste(page, text);
    await settled(page, "s.dataset.state === 'error'");
    const where = lineColumn(text, text.indexOf('"maybe"'));
    assert.deepEqual(await problemTexts(page), [
      `Error · line ${where.line}, column ${where.column} reviews[1].verdict must be one of "ship", "skip", not "maybe"`,
    ]);
    // The last valid rendering stays, greyed, with a note.
    const stale = await previewState(page);
    assert.match(stale.stage, /is-stale/);
    assert.match(stale.text, /Lantern Search vs Quill Docs vs Harbor CI/);
    assert.match(await page.$eval('#stale-note', (n) => n.textContent), /last valid version.*1 problem/);
    // The editor marks it too.
    assert.equal(await page.$$eval('.cm-lintRange-error', (n) => n.length), 1);

    await page.click('.wb-problem');
    assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('cm-content')), true, 'the editor has focus');
    assert.equal(await page.evaluate(() => getSelection().toString()), '"maybe"', 'the cursor selects the faulty value');
    await page.keyboard.press('Backspace');
    await page.keyboard.sendCharacter('"skip"');
    await settled(page, "s.dataset.state === 'ok'");
    assert.deepEqual(await problemTexts(page), []);
    const fixed = await previewState(page);
    assert.doesNotMatch(fixed.stage, /is-stale/);
    assert.match(fixed.text, /Typed in the workbench/);
    assert.equal(await page.$eval('#stale-note', (n) => n.textContent), '');
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('changes the preview and the embed code with every element and option', async () => {
    const { page, problems } = await openPage();
    const changes = [
      ['#opt-element', 'tool-card'],
      ['#opt-tool', 'quill-docs'],
      ['#opt-theme', 'dark'],
      ['#opt-theme', 'light'],
      ['#opt-locale', 'fr'],
      ['width', '360'],
      ['width', '1280'],
      ['#opt-element', 'verdict-panel'],
      ['#opt-tool', ''],
      ['#opt-element', 'verdict-badge'],
      ['#opt-tool', 'harbor-ci'],
      ['#opt-locale', 'en'],
      ['#opt-element', 'tool-compare'],
    ];
    let state = await previewState(page);
    let code = await allSnippets(page);
    for (const [control, value] of changes) {
      if (control === 'width') await page.click(`input[name="width"][value="${value}"]`);
      else await page.select(control, value);
      // Heights are measured 120 ms after a resize: let the reservation CSS settle.
      await new Promise((r) => setTimeout(r, 400));
      const nextState = await previewState(page);
      const nextCode = await allSnippets(page);
      assert.notDeepEqual(nextState, state, `${control} = ${value} changes the preview`);
      assert.notEqual(nextCode, code, `${control} = ${value} changes the embed code`);
      state = nextState;
      code = nextCode;
    }
    // The last state, checked in detail: a compare, English, light, 1280.
    assert.equal(state.tag, 'tool-compare');
    assert.match(state.attrs, /theme=light/);
    assert.match(state.attrs, /votes=off/);
    assert.match(state.stage, /wb-w-1280/);
    const cdn = await snippet(page, 'cdn');
    assert.match(cdn, new RegExp(`src="${CDN.replace(/[.]/g, '\\.')}dist/verdict-elements\\.js"`));
    assert.match(cdn, /integrity="sha384-[A-Za-z0-9+/=]{64}" crossorigin="anonymous"/);
    assert.match(cdn, /<tool-compare src="\/comparisons\/notes-search-ci-roundup\.json" theme="light"><\/tool-compare>/);
    assert.match(await snippet(page, 'reserve'), /tool-compare \{ --verdict-compare-height: \d+(\.\d+)?rem; \}/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('gives a snippet that, pasted into a blank page, renders the same element through SRI', async () => {
    const context = await browser.createBrowserContext();
    await context.overridePermissions(origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${origin}${PREFIX}workbench.html`);
    await ready(page);
    await page.select('#opt-element', 'tool-card');
    await page.select('#opt-tool', 'lantern-search');
    await page.select('#opt-theme', 'dark');
    await page.type('#doc-url', `${origin}${PREFIX}fixtures/three-tools-mixed.json`);
    await page.click('[data-snippet="cdn"] .wb-copy');
    await page.waitForFunction(() => document.querySelector('[data-snippet="cdn"] .wb-copy').textContent === 'Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await snippet(page, 'cdn'));
    const shown = await previewState(page);

    await page.setRequestInterception(true);
    page.on('request', (request) => {
      if (!request.url().startsWith(CDN)) return request.continue();
      const file = join(ROOT, request.url().slice(CDN.length));
      let body = readFileSync(file);
      if (tamper) body = Buffer.concat([body, Buffer.from('\n// tampered\n')]);
      return request.respond({ status: 200, contentType: 'text/javascript', headers: { 'access-control-allow-origin': '*' }, body });
    });
    pasted = copied;
    await page.goto(`${origin}/paste.html`);
    await page.waitForFunction(() => document.querySelector('tool-card')?.shadowRoot?.textContent.includes('%'), { timeout: 10_000 });
    const rendered = await previewState(page, 'tool-card');
    assert.equal(rendered.text, shown.text, 'the same text as the preview');
    assert.equal(rendered.attrs, `src=${origin}${PREFIX}fixtures/three-tools-mixed.json theme=dark tool=lantern-search`);

    // The same snippet with a bundle that does not match its hash: the browser refuses to run it.
    tamper = true;
    const refused = [];
    page.on('console', (message) => refused.push(message.text()));
    await page.goto(`${origin}/paste.html`);
    await page.waitForFunction(() => document.readyState === 'complete');
    await new Promise((r) => setTimeout(r, 300));
    assert.equal(await page.evaluate(() => customElements.get('tool-card')), undefined, 'a tampered bundle never runs');
    assert.ok(refused.some((text) => /integrity/i.test(text)), refused.join('\n'));
    tamper = false;
    assert.deepEqual(problems, []);
    await context.close();
  });

  it('keeps the draft and the options across a reload', async () => {
    const { page, problems } = await openPage();
    await paste(page, MIXED_TEXT.replace('"Which one earns a place in your stack?"', '"Kept after a reload?"'));
    await settled(page, "s.dataset.state === 'ok'");
    await page.select('#opt-element', 'verdict-panel');
    await page.reload();
    await ready(page);
    await settled(page, "s.dataset.state === 'ok'");
    assert.match(await page.$eval('.cm-content', (c) => c.textContent), /Kept after a reload\?/);
    assert.equal(await page.$eval('#opt-element', (s) => s.value), 'verdict-panel');
    assert.match((await previewState(page)).tag, /verdict-panel/);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('survives bad input: not JSON, 3 MB, the wrong shape, and keeps the last good preview', async () => {
    const { page, problems } = await openPage();
    const cases = [
      ['{"version": 1,\n  "id": "x",\n  "title": }', /^Error · line 3, column 12 \(document\) not valid JSON/],
      ['', /^Error · line 1, column 1 \(document\) is empty/],
      [`{"version":1,"pad":"${'x'.repeat(3 * 1024 * 1024)}"}`, /^Error · line 1, column 1 \(document\) is 3\.0 MiB, over the 2 MiB/],
      ['[]', /^Error · line 1, column 1 \(document\) must be a JSON object, not a list/],
      ['{"version": 2}', /^Error · line 1, column 13 version unsupported version 2/],
      ['{"version": 1, "id": "Bad Id", "title": "", "tools": [{"id": "a"}]}', /^Error · line 1, column 22 id must be a slug/],
    ];
    for (const [text, expected] of cases) {
      await paste(page, text);
      await settled(page, "s.dataset.state === 'error'");
      const [first] = await problemTexts(page);
      assert.match(first, expected, JSON.stringify(text.slice(0, 80)));
      const state = await previewState(page);
      assert.match(state.stage, /is-stale/);
      assert.match(state.text, /Lantern Search vs Quill Docs vs Harbor CI/, 'the last good preview stays');
    }
    const shape = await problemTexts(page);
    assert.ok(shape.some((t) => /line 1, column \d+ title must not be empty/.test(t)), shape.join('\n'));
    assert.ok(shape.some((t) => /tools\[0\]\.name is required/.test(t)), shape.join('\n'));
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('treats every XSS payload pasted into the document as text', async () => {
    const { page, problems } = await openPage();
    const doc = JSON.parse(MIXED_TEXT);
    let tried = 0;
    for (const payload of PAYLOADS.filter((p) => p.length < 1000)) {
      // Shown fields (title, a tool name, a quote) and a URL field, which the schema refuses.
      doc.title = payload.slice(0, 200);
      doc.tools[0].name = payload.slice(0, 120);
      doc.reviews[0].quote = payload;
      await paste(page, JSON.stringify(doc, null, 2));
      await settled(page, "s.dataset.state !== 'error'");
      const state = await previewState(page);
      assert.ok(state.text.includes(payload.slice(0, 120).replace(/\s+/g, ' ').trim()), `shown as text: ${payload}`);
      const inline = await snippet(page, 'inline');
      const json = inline.slice(inline.indexOf('<script type="application/json">') + 32, inline.lastIndexOf('</script>'));
      assert.ok(!json.includes('<'), `no "<" from the document in the inline JSON: ${payload}`);
      assert.deepEqual(JSON.parse(json), JSON.parse(JSON.stringify(doc)));
      doc.tools[0].url = payload;
      await paste(page, JSON.stringify(doc, null, 2));
      await settled(page);
      delete doc.tools[0].url;
      tried++;
    }
    // Nothing ran: no canary call, no dialog, no error; no element from a payload in the page.
    assert.deepEqual(problems, []);
    assert.equal(await page.evaluate(() => document.querySelectorAll('main img, main iframe, main object, main svg script, main a[href^="javascript"]').length), 0);
    console.log(`workbench xss: ${tried} payloads pasted into shown fields and a URL field`);
    await page.close();
  });

  it('passes axe in light and dark, valid and with problems, and at 360 px', async () => {
    const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
    for (const [dark, width] of [[false, 1280], [true, 1280], [false, 360], [true, 360]]) {
      const { page, problems } = await openPage({ dark, width });
      await page.evaluate(axeSource);
      const run = () => page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`));
      assert.deepEqual(await run(), [], `valid, ${dark ? 'dark' : 'light'}, ${width}`);
      await paste(page, MIXED_TEXT.replace('"verdict": "ship"', '"verdict": "maybe"').replace('"url": "https://example.com/lantern"', '"url": "www.example.com"'));
      await settled(page, "s.dataset.state === 'error'");
      assert.deepEqual(await run(), [], `with problems, ${dark ? 'dark' : 'light'}, ${width}`);
      assert.deepEqual(problems, []);
      await page.close();
    }
  });

  it('can be walked with the keyboard: every control in order, the editor does not trap Tab', async () => {
    // The draft kept from an earlier visit, with a likely mistake; nothing clicked before the walk.
    const { page, problems } = await openPage({ draft: MIXED_TEXT.replace('"https://example.com/lantern"', '"www.example.com"') });
    await settled(page, "s.dataset.state === 'warning'");
    const seen = [];
    for (let i = 0; i < 90; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return 'body';
        if (el.id) return `#${el.id}`;
        if (el.classList.contains('cm-content')) return 'editor';
        return `${el.localName}${[...el.classList].map((c) => `.${c}`).join('')}${el.getAttribute('name') ? `[${el.getAttribute('name')}]` : ''}`;
      });
      seen.push(label);
      if (label === 'button.wb-button.wb-copy' && seen.filter((s) => s === label).length === 3) break;
    }
    const order = ['a.skip-link', '#start-point', '#new-tools', '#open-url', '#open-file', '#download', 'button.wb-problem.is-warning', 'editor', '#opt-element', '#opt-theme', 'input[width]', '#stage-scroll', '#doc-url', 'button.wb-button.wb-copy'];
    let last = -1;
    for (const label of order) {
      const at = seen.indexOf(label, last + 1);
      assert.ok(at > last, `${label} reached after the previous control (walk: ${seen.join(' > ')})`);
      last = at;
    }
    // A problem reached by Tab and pressed with Enter puts the cursor in the editor.
    await page.focus('.wb-problem');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => getSelection().toString()), '"www.example.com"');
    // Escape, then Tab, leaves the editor (no trap).
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    assert.notEqual(await page.evaluate(() => document.activeElement?.classList.contains('cm-content')), true);
    assert.deepEqual(problems, []);
    await page.close();
  });

  it('fits 360 px: no sideways scrolling of the page, editor then preview in one column', async () => {
    const { page, problems } = await openPage({ width: 360, height: 800 });
    await page.waitForFunction(() => document.querySelector('#stage > *')?.shadowRoot?.textContent.includes('%'));
    await new Promise((r) => setTimeout(r, 500));
    const layout = await page.evaluate(() => {
      const box = (s) => document.querySelector(s).getBoundingClientRect().toJSON();
      return { scroll: document.documentElement.scrollWidth, editor: box('#editor'), preview: box('.wb-preview-pane') };
    });
    assert.ok(layout.scroll <= 360, `page is ${layout.scroll} px wide`);
    assert.ok(layout.editor.width >= 300 && layout.editor.right <= 360, JSON.stringify(layout.editor));
    assert.ok(layout.preview.top >= layout.editor.bottom, 'the preview comes after the editor');
    assert.deepEqual(problems, []);
    await page.close();
  });
});

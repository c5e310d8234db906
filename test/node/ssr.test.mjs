// verdict-elements/ssr as users get it (dist/ssr, built by `npm run build`): what each element's
// static HTML holds, what a text extractor (which skips <template>, <script>, <style>) reads, the
// JSON-LD rules, escaping, and the CLI's `render` command.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { renderElement } from 'verdict-elements/ssr';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const load = (name) => JSON.parse(readFileSync(join(ROOT, 'demo/fixtures', `${name}.json`), 'utf8'));
const TWO = load('claude-files-api-vs-codestral-2');
const MIXED = load('three-tools-mixed');
const { version: VERSION } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

const decode = (s) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;|&#x27;/g, "'").replace(/&amp;/g, '&');
/** What a tool that ignores templates, scripts and styles reads: the light-DOM text. */
const extracted = (html) =>
  decode(html.replace(/<template[\s\S]*?<\/template>/g, ' ').replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
/** The shadow root's text (what a browser shows). */
const shadowText = (html) => {
  const inner = /<template shadowroot="open" shadowrootmode="open">([\s\S]*)<\/template>/.exec(html)[1];
  return decode(inner.replace(/<style>[\s\S]*?<\/style>/, ' ').replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');
};
const inlineJson = (html) => JSON.parse(/<script type="application\/json">([\s\S]*?)<\/script>/.exec(html)[1]);
const jsonLd = (html) => {
  const m = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  return m ? JSON.parse(m[1]) : undefined;
};
const squash = (s) => s.replace(/\s+/g, ' ').trim();

const CASES = [
  { element: 'tool-compare', doc: TWO, tool: undefined },
  { element: 'tool-compare', doc: MIXED, tool: undefined },
  { element: 'tool-card', doc: TWO, tool: 'codestral-2' },
  { element: 'tool-card', doc: MIXED, tool: 'lantern-search' },
  { element: 'verdict-panel', doc: TWO, tool: undefined },
  { element: 'verdict-panel', doc: MIXED, tool: 'quill-docs' },
  { element: 'verdict-badge', doc: TWO, tool: 'claude-files-api' },
  { element: 'verdict-badge', doc: MIXED, tool: 'harbor-ci' },
];

/** What each element must say, in the shadow root and in the light-DOM text alike. */
function expectations(element, doc, tool, fr) {
  const tools = tool ? doc.tools.filter((t) => t.id === tool) : doc.tools;
  const words = [...tools.map((t) => t.name)];
  const pct = (n) => (fr ? `${n} %` : `${n}%`);
  const panelShare = (t) => {
    const reviews = doc.reviews.filter((r) => r.tool === t.id);
    const ship = reviews.filter((r) => r.verdict === 'ship').length;
    return reviews.length ? pct(Math.floor((200 * ship + reviews.length) / (2 * reviews.length))) : '—';
  };
  if (element !== 'verdict-panel') words.push(...tools.map(panelShare));
  if (element === 'tool-card' || element === 'tool-compare') {
    for (const t of tools) if (t.pricing) words.push(t.pricing.label ?? '');
  }
  if (element === 'tool-compare' || element === 'verdict-panel') {
    for (const r of doc.reviews.filter((x) => tools.some((t) => t.id === x.tool))) {
      words.push(squash(r.quote), r.verdict === 'ship' ? 'Ship' : 'Skip', doc.reviewers.find((x) => x.id === r.reviewer).name);
    }
  }
  if (element === 'tool-compare') words.push(doc.title);
  return words.filter(Boolean);
}

describe('renderElement: each element, both fixtures, each theme and locale', () => {
  for (const { element, doc, tool } of CASES) {
    for (const theme of [undefined, 'light', 'dark']) {
      for (const locale of ['en', 'fr']) {
        test(`<${element}> ${doc.id}${tool ? ` tool=${tool}` : ''} theme=${theme ?? 'none'} locale=${locale}`, async () => {
          const html = await renderElement(doc, { element, tool, theme, locale });
          const open = new RegExp(`^<${element}\\b[^>]*>`).exec(html)?.[0];
          assert.ok(open, 'starts with the host tag');
          assert.ok(html.endsWith(`</${element}>`), 'ends with its closing tag');
          assert.match(open, new RegExp(` ssr="${VERSION.replace(/\./g, '\\.')} ${locale} [0-9a-z]+"`), 'stamped with version and words');
          assert.match(open, new RegExp(` locale="${locale}"`));
          if (theme) assert.match(open, new RegExp(` theme="${theme}"`));
          else assert.doesNotMatch(open, / theme=/);
          if (tool) assert.match(open, new RegExp(` tool="${tool}"`));
          assert.equal((html.match(/<template shadowroot="open" shadowrootmode="open">/g) ?? []).length, 1, 'one declarative shadow root');
          assert.match(html, /<template shadowroot="open" shadowrootmode="open"><style>:host\{/, 'styles inline in the shadow root');
          const inline = inlineJson(html);
          if (element === 'tool-card' || element === 'verdict-badge') {
            // Cut to the one tool it shows: that tool, its reviews and their reviewers; the comparison's own fields kept.
            const reviews = doc.reviews.filter((r) => r.tool === tool);
            assert.deepEqual(inline.tools, doc.tools.filter((t) => t.id === tool), 'the tool inline');
            assert.deepEqual(inline.reviews, reviews, "its reviews inline");
            assert.deepEqual(inline.reviewers.map((r) => r.id), doc.reviewers.filter((r) => reviews.some((v) => v.reviewer === r.id)).map((r) => r.id));
            assert.deepEqual([inline.id, inline.title, inline.url, inline.votes], [doc.id, doc.title, doc.url, doc.votes]);
            assert.ok(JSON.stringify(inline).length < JSON.stringify(doc).length, 'lighter than the whole document');
          } else assert.deepEqual(inline.tools.map((t) => t.id), doc.tools.map((t) => t.id), 'the document inline');
          assert.equal(jsonLd(html), undefined, 'no JSON-LD unless asked');
          const shown = shadowText(html);
          const read = extracted(html);
          for (const word of expectations(element, doc, tool, locale === 'fr')) {
            assert.ok(shown.includes(word), `the shadow root shows ${JSON.stringify(word)}`);
            assert.ok(read.includes(word), `a text extractor reads ${JSON.stringify(word)}`);
          }
          if (element !== 'verdict-badge') {
            const word = locale === 'fr' ? /jury/i : element === 'verdict-panel' ? /Reviewer scorecard/ : /Panel ship/;
            assert.match(shown, word, 'words of the locale');
            assert.match(read, word, 'words of the locale, light-DOM text');
          }
          assert.doesNotMatch(shown, /aria-busy|Loading comparison/, 'no loading state');
          assert.doesNotMatch(html, /class="[^"]*skeleton/, 'no placeholder, the scorecard included');
        });
      }
    }
  }

  test('tool-compare with tools="b,a" shows those tools in that order, in both views', async () => {
    const html = await renderElement(MIXED, { element: 'tool-compare', tools: 'harbor-ci,lantern-search' });
    for (const view of [shadowText(html), extracted(html)].map((v) => v.replaceAll(MIXED.title, ''))) {
      assert.ok(view.indexOf('Harbor CI') < view.indexOf('Lantern Search'));
      assert.ok(!view.includes('Quill Docs'), 'the other tool is not shown');
    }
  });

  test('heading-level is passed on (compare title at 3, cards at 4)', async () => {
    const html = await renderElement(TWO, { element: 'tool-compare', headingLevel: 3 });
    assert.match(html, / heading-level="3"/);
    assert.match(html, /part="title" role="heading" aria-level="3"/);
    assert.match(html, /part="name" role="heading" aria-level="4"/);
  });

  test('relative links stay unlinked without baseUrl and resolve with it', async () => {
    const doc = structuredClone(TWO);
    doc.tools[0].url = '/tools/claude';
    const plain = await renderElement(doc, { element: 'tool-card', tool: 'claude-files-api' });
    assert.doesNotMatch(shadowText(plain), /href/);
    assert.doesNotMatch(plain, /href="\/tools\/claude"/);
    const based = await renderElement(doc, { element: 'tool-card', tool: 'claude-files-api', baseUrl: 'https://blog.example/posts/x.html' });
    assert.match(based, /href="https:\/\/blog\.example\/tools\/claude"/);
  });

  test('styles: link puts a stylesheet link in the shadow root instead of <style>', async () => {
    const html = await renderElement(TWO, { element: 'tool-card', tool: 'codestral-2', styles: 'link', stylesHref: 'https://cdn.example/ve/css/' });
    assert.match(html, /<template shadowroot="open" shadowrootmode="open"><link rel="stylesheet" href="https:\/\/cdn\.example\/ve\/css\/tool-card\.css">/);
    assert.doesNotMatch(html, /<style>/);
    assert.ok(readFileSync(join(ROOT, 'dist/css/tool-card.css'), 'utf8').startsWith(':host{'), 'the package ships the file');
  });
});

describe('escaping: document text cannot leave its place', () => {
  const PAYLOADS = ['</script><script>alert(1)</script>', '<!--', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '\u2028\u2029', '&lt;b&gt;'];
  for (const payload of PAYLOADS) {
    test(`${JSON.stringify(payload)} in every shown string`, async () => {
      const doc = structuredClone(MIXED);
      doc.title = `T ${payload}`;
      doc.tools[0].name = `N ${payload}`;
      doc.tools[0].description = `D ${payload}`;
      doc.reviews[0].quote = `Q ${payload}`;
      doc.reviewers[0].name = `R ${payload}`;
      for (const element of ['tool-compare', 'tool-card', 'verdict-panel']) {
        const html = await renderElement(doc, { element, tool: element === 'tool-card' ? 'lantern-search' : undefined, structuredData: true });
        // Inside each script: no `<` at all, so nothing can close it; the JSON is the document's.
        for (const [, body] of html.matchAll(/<script type="application\/(?:ld\+)?json">([\s\S]*?)<\/script>/g)) {
          assert.doesNotMatch(body, /[<\u2028\u2029]/);
          assert.doesNotThrow(() => JSON.parse(body));
        }
        assert.equal(inlineJson(html).tools[0].name, `N ${payload}`);
        assert.equal((html.match(/<script\b/g) ?? []).length, 2, 'the inline JSON and the JSON-LD, nothing more');
        assert.doesNotMatch(html.replace(/<script[\s\S]*?<\/script>/g, ''), /<(img|svg)\b[^>]*\bon\w+=/i, 'no element from the payload');
        if (payload.startsWith('<img')) assert.ok(shadowText(html).includes(`N ${payload}`), 'shown literally');
      }
    });
  }
});

describe('JSON-LD (structuredData: true), within Google\'s rules', () => {
  const all = (value, type, out = []) => {
    if (Array.isArray(value)) value.forEach((v) => all(v, type, out));
    else if (value && typeof value === 'object') {
      if (value['@type'] === type) out.push(value);
      Object.values(value).forEach((v) => all(v, type, out));
    }
    return out;
  };

  test('a card: SoftwareApplication with name, category, description; an Offer only where the price is known; no reviews', async () => {
    const free = jsonLd(await renderElement(TWO, { element: 'tool-card', tool: 'codestral-2', structuredData: true }));
    assert.equal(free['@context'], 'https://schema.org');
    assert.equal(free['@type'], 'SoftwareApplication');
    assert.equal(free.name, 'Codestral 2.0');
    assert.equal(free.applicationCategory, TWO.tools[1].category);
    assert.equal(free.description, TWO.tools[1].description);
    assert.deepEqual(free.offers, { '@type': 'Offer', price: 0 });
    assert.equal(free.review, undefined);
    const paid = jsonLd(await renderElement(TWO, { element: 'tool-card', tool: 'claude-files-api', structuredData: true }));
    assert.equal(paid.offers, undefined, 'never an invented price');
    const open = jsonLd(await renderElement(MIXED, { element: 'tool-card', tool: 'quill-docs', structuredData: true }));
    assert.equal(open.offers.price, 0, 'open source: price 0');
    const freemium = jsonLd(await renderElement(MIXED, { element: 'tool-card', tool: 'lantern-search', structuredData: true }));
    assert.equal(freemium.offers, undefined, 'a free tier names no price');
  });

  test('a compare: an ItemList of the applications with the panel\'s quotes as editorial Reviews (author: the reviewer)', async () => {
    const html = await renderElement(MIXED, { element: 'tool-compare', structuredData: true });
    const ld = jsonLd(html);
    assert.equal(ld['@type'], 'ItemList');
    assert.equal(ld.numberOfItems, 3);
    assert.deepEqual(ld.itemListElement.map((i) => [i.position, i.item.name]), [[1, 'Lantern Search'], [2, 'Quill Docs'], [3, 'Harbor CI']]);
    const reviews = all(ld, 'Review');
    assert.equal(reviews.length, MIXED.reviews.length);
    for (const r of reviews) {
      assert.equal(r.author['@type'], 'Person');
      assert.ok(MIXED.reviewers.some((x) => x.name === r.author.name));
      assert.ok(r.reviewBody);
    }
  });

  test('every required property is there when emitted; nothing marked up that the element does not show; no AggregateRating', async () => {
    for (const { element, doc, tool } of CASES) {
      for (const tools of element === 'tool-compare' ? [undefined, doc.tools.slice(0, 1).map((t) => t.id).join(',')] : [undefined]) {
        const html = await renderElement(doc, { element, tool, tools, structuredData: true });
        const ld = jsonLd(html);
        if (element === 'verdict-badge') {
          assert.equal(ld, undefined, 'never on a badge');
          continue;
        }
        assert.ok(ld, `${element}: JSON-LD emitted`);
        const visible = shadowText(html);
        assert.equal(all(ld, 'AggregateRating').length, 0);
        assert.doesNotMatch(JSON.stringify(ld), /aggregateRating|ratingValue/);
        for (const app of all(ld, 'SoftwareApplication')) {
          assert.ok(app.name && visible.includes(app.name), `${app.name}: name present and shown`);
          if (app.offers) assert.equal(typeof app.offers.price, 'number', 'an Offer always has its price');
          for (const key of ['applicationCategory', 'description']) if (app[key]) assert.ok(visible.includes(squash(app[key])), `${key} shown`);
          for (const r of app.review ?? []) {
            assert.ok(r.author?.name && visible.includes(r.author.name), 'review author shown');
            assert.ok(r.reviewBody && visible.includes(squash(r.reviewBody)), 'review body shown');
            if (r.name) assert.ok(visible.includes(r.name), 'headline shown');
          }
        }
        if (element === 'tool-card') assert.equal(all(ld, 'Review').length, 0, 'a card shows no quotes');
        if (tools) assert.equal(all(ld, 'SoftwareApplication').length, 1, 'only the tools shown');
      }
    }
  });
});

describe('errors', () => {
  test('a document that breaks the rules: a VerdictError of kind schema with paths', async () => {
    const bad = load('invalid-schema');
    await assert.rejects(renderElement(bad, { element: 'tool-compare' }), (e) => e.name === 'VerdictError' && e.kind === 'schema' && e.issues.some((i) => i.path === 'reviews[1].verdict'));
  });
  test('a tool the document lacks: not-found, naming the tools', async () => {
    await assert.rejects(renderElement(TWO, { element: 'tool-card', tool: 'nope' }), (e) => e.kind === 'not-found' && /"codestral-2"/.test(e.message));
    await assert.rejects(renderElement(TWO, { element: 'verdict-badge' }), (e) => e.kind === 'not-found');
    await assert.rejects(renderElement(TWO, { element: 'tool-compare', tools: 'codestral-2,x' }), (e) => e.kind === 'not-found');
  });
  test('wrong options: a RangeError naming the option', async () => {
    await assert.rejects(renderElement(TWO, { element: 'tool-box' }), RangeError);
    await assert.rejects(renderElement(TWO, { element: 'tool-card', tool: 'codestral-2', theme: 'pink' }), /theme/);
    await assert.rejects(renderElement(TWO, { element: 'tool-card', tool: 'codestral-2', headingLevel: 9 }), /headingLevel/);
    await assert.rejects(renderElement(TWO, { element: 'tool-card', tool: 'codestral-2', locale: '<x>' }), /locale/);
  });
});

describe('CLI: render', () => {
  const CLI = join(ROOT, 'dist/lib/cli/cli.js');
  const cli = (...args) => {
    const r = spawnSync(process.execPath, [CLI, ...args], { cwd: ROOT, encoding: 'utf8' });
    for (const s of [r.stdout, r.stderr]) assert.doesNotMatch(s, /^ {4}at /m, 'no stack trace');
    return { code: r.status, out: r.stdout, err: r.stderr };
  };
  const TWO_FILE = 'demo/fixtures/claude-files-api-vs-codestral-2.json';

  test('prints the same HTML as renderElement, exit 0', async () => {
    const { code, out, err } = cli('render', TWO_FILE, '--element', 'tool-compare', '--theme', 'dark', '--locale', 'fr', '--heading-level', '3', '--json-ld');
    assert.equal(code, 0);
    assert.equal(err, '');
    assert.equal(out, `${await renderElement(TWO, { element: 'tool-compare', theme: 'dark', locale: 'fr', headingLevel: 3, structuredData: true })}\n`);
  });
  test('--tool, --tools and --styles link', () => {
    assert.match(cli('render', TWO_FILE, '--element', 'tool-card', '--tool', 'codestral-2').out, /^<tool-card[^>]* tool="codestral-2"/);
    assert.match(cli('render', TWO_FILE, '--element', 'tool-compare', '--tools', 'codestral-2').out, / tools="codestral-2"/);
    assert.match(cli('render', TWO_FILE, '--element', 'verdict-badge', '--tool', 'codestral-2', '--styles', 'link', '--styles-href', '/css/').out, /<link rel="stylesheet" href="\/css\/verdict-badge\.css">/);
  });
  test('an invalid document: each problem with its path on stderr, exit 1, nothing on stdout', () => {
    const { code, out, err } = cli('render', 'demo/fixtures/invalid-schema.json', '--element', 'tool-compare');
    assert.equal(code, 1);
    assert.equal(out, '');
    assert.match(err, /^demo\/fixtures\/invalid-schema\.json: reviews\[1\]\.verdict: must be one of "ship", "skip", not "maybe"$/m);
  });
  test('unreadable and unknown: exit 1 with the file name; wrong usage: exit 2', () => {
    assert.deepEqual(cli('render', 'nope.json', '--element', 'tool-card').err, 'nope.json: no such file\n');
    assert.equal(cli('render', 'demo/fixtures/broken.json', '--element', 'tool-card').code, 1);
    const missing = cli('render', TWO_FILE, '--element', 'tool-card', '--tool', 'x');
    assert.equal(missing.code, 1);
    assert.match(missing.err, /has no tool "x"/);
    assert.equal(cli('render', TWO_FILE).code, 2);
    assert.equal(cli('render', TWO_FILE, '--element', 'tool-card', '--tool', 'codestral-2', '--theme', 'pink').code, 2);
    assert.equal(cli('render', TWO_FILE, '--element', 'tool-card', '--bogus').code, 2);
    assert.match(cli('render', '--help').out, /--styles link/);
  });
});

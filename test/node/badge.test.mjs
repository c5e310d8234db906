// verdict-elements/badge as a server or a script uses it: renderBadge, shieldsEndpoint, errorBadge
// from the built package (needs `npm run build`). Every SVG is parsed by a strict XML parser and
// checked for what a reader sees (texts, title, accessible name, colour, link) and for what a hostile
// document must never get into it (elements, attributes, entities). Run: node --test test/node/badge.test.mjs
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { badgeTexts, elements, parseSvg, shapeOf, textOf } from '../support/svg-tree.mjs';
import { PAYLOADS } from '../hostile/support/payloads.js';

const ROOT = new URL('../../', import.meta.url);
const {
  renderBadge,
  shieldsEndpoint,
  errorBadge,
  badgeOptionsProblem,
  badgeStep,
  BADGE_STYLES,
  BADGE_THEMES,
  BADGE_PALETTES,
  BADGE_LABEL_MAX,
} = await import(new URL('dist/lib/badge/index.js', ROOT).href);
const { prepareComparison, VerdictError } = await import(new URL('dist/lib/data/index.js', ROOT).href);

const raw = (name) => JSON.parse(readFileSync(fileURLToPath(new URL(`demo/fixtures/${name}`, ROOT)), 'utf8'));
const TWO = raw('claude-files-api-vs-codestral-2.json');
const THREE = raw('three-tools-mixed.json');
/** A document as the server and the CLI have it: validated, links resolved against where it was read. */
const prepare = (value, base = 'https://example.com/data/doc.json') => prepareComparison(structuredClone(value), base);

const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** What each tool's badge says, from the spec's figures (comparison-format.md) and the documented steps. */
const EXPECTED = {
  'claude-files-api': { doc: TWO, name: 'Claude Files API', message: 'ship 100% · 4 reviewers', sentence: 'Claude Files API: 100% of a 4-reviewer panel say ship', step: 'ship-strong' },
  'codestral-2': { doc: TWO, name: 'Codestral 2.0', message: 'ship 100% · 4 reviewers', sentence: 'Codestral 2.0: 100% of a 4-reviewer panel say ship', step: 'ship-strong' },
  'lantern-search': { doc: THREE, name: 'Lantern Search', message: 'ship 75% · 4 reviewers', sentence: 'Lantern Search: 75% of a 4-reviewer panel say ship', step: 'ship' },
  'quill-docs': { doc: THREE, name: 'Quill Docs', message: 'ship 25% · 4 reviewers', sentence: 'Quill Docs: 25% of a 4-reviewer panel say ship', step: 'skip' },
  'harbor-ci': { doc: THREE, name: 'Harbor CI', message: 'ship 0% · 2 reviewers', sentence: 'Harbor CI: 0% of a 2-reviewer panel say ship', step: 'skip-strong' },
};

/** The only elements and attributes badge-maker draws (plus our viewBox and xml:lang on the root). */
const ELEMENTS = new Set(['svg', 'title', 'a', 'filter', 'feGaussianBlur', 'linearGradient', 'stop', 'clipPath', 'rect', 'g', 'text', 'style', 'path']);
const ATTRIBUTES = new Set([
  'xmlns', 'width', 'height', 'viewBox', 'role', 'aria-label', 'xml:lang', 'target', 'href', 'id', 'stdDeviation', 'x2', 'y2',
  'offset', 'stop-color', 'stop-opacity', 'rx', 'clip-path', 'fill', 'x', 'y', 'fill-opacity', 'filter', 'textLength', 'transform',
  'text-anchor', 'font-family', 'text-rendering', 'font-size', 'aria-hidden', 'shape-rendering', 'font-weight', 'stroke', 'd', 'line-height',
]);

/** What every badge must be, whatever it says: a well-formed SVG of badge-maker's vocabulary with an accessible name. */
function checkSvg(svg, { sentence, texts, lang = 'en', href }) {
  const root = parseSvg(svg);
  for (const node of elements(root)) {
    assert.ok(ELEMENTS.has(node.name), `unexpected <${node.name}>`);
    for (const name of Object.keys(node.attrs)) assert.ok(ATTRIBUTES.has(name), `unexpected attribute ${name} on <${node.name}>`);
  }
  // A linked badge is a link around the image (a link inside role="img" would be lost to screen readers).
  let image = root;
  if (href) {
    assert.equal(root.attrs.role, undefined);
    assert.equal(root.children.length, 1);
    const [link] = root.children;
    assert.equal(link.name, 'a');
    assert.deepEqual(link.attrs, { href, target: '_blank' });
    assert.equal(link.children.length, 1);
    [image] = link.children;
    assert.equal(image.name, 'svg');
    assert.deepEqual([image.attrs.width, image.attrs.height], [root.attrs.width, root.attrs.height]);
  }
  assert.equal(image.attrs.role, 'img');
  assert.equal(image.attrs['aria-label'], sentence);
  assert.equal(root.attrs['xml:lang'], lang);
  const [title] = image.children;
  assert.equal(title.name, 'title', 'the title comes first');
  assert.equal(textOf(title), sentence);
  const width = Number(root.attrs.width);
  const height = Number(root.attrs.height);
  assert.ok(width > 20 && width < 800, `width ${root.attrs.width}: ${sentence.slice(0, 80)}`);
  assert.equal(root.attrs.viewBox, `0 0 ${root.attrs.width} ${root.attrs.height}`);
  if (texts) assert.deepEqual(badgeTexts(root), texts);
  const links = [...elements(root)].filter((n) => n.name === 'a').map((n) => n.attrs.href);
  assert.deepEqual(links, href ? [href] : []);
  return { root, width, height };
}

/** The text badge-maker shows for a label and message in each style. */
function shownTexts(style, label, message) {
  if (style === 'for-the-badge') return [label.toUpperCase(), message.toUpperCase()];
  if (style === 'social') return [label.charAt(0).toUpperCase() + label.slice(1), message];
  return [label, message];
}

/** The fill of the message's background: the colour the panel share gets. */
function messageColour(root, style) {
  const rects = [...elements(root)].filter((n) => n.name === 'rect' && n.attrs.fill?.startsWith('#'));
  if (style === 'for-the-badge' || style === 'flat-square') return rects[1].attrs.fill;
  return rects.find((r) => r.attrs.x !== undefined).attrs.fill;
}

const HEIGHTS = { flat: 20, 'flat-square': 20, plastic: 18, social: 20, 'for-the-badge': 28 };

describe('renderBadge: every style and theme of both fixtures', () => {
  for (const [toolId, expected] of Object.entries(EXPECTED)) {
    test(`${toolId}: ${expected.message}`, () => {
      const doc = prepare(expected.doc);
      const href = expected.doc.url;
      for (const style of BADGE_STYLES) {
        for (const theme of BADGE_THEMES) {
          const svg = renderBadge(doc, toolId, { style, theme });
          const { root, height } = checkSvg(svg, { sentence: expected.sentence, texts: shownTexts(style, expected.name, expected.message), href });
          assert.equal(height, HEIGHTS[style], `${style} height`);
          if (style !== 'social') {
            assert.equal(messageColour(root, style), BADGE_PALETTES[theme].steps[expected.step], `${style} ${theme} colour`);
            assert.ok(svg.includes(`fill="${BADGE_PALETTES[theme].label}"`), `${style} ${theme} label colour`);
          }
        }
      }
      // The default is flat and light.
      assert.equal(renderBadge(doc, toolId), renderBadge(doc, toolId, { style: 'flat', theme: 'light' }));
    });
  }

  test('light badges have white text, dark badges dark text on the message (badge-maker picks it by brightness)', () => {
    const doc = prepare(THREE);
    for (const toolId of ['lantern-search', 'quill-docs', 'harbor-ci']) {
      for (const style of ['flat', 'flat-square', 'plastic', 'for-the-badge']) {
        const fills = (theme) =>
          [...elements(parseSvg(renderBadge(doc, toolId, { style, theme })))]
            .filter((n) => n.name === 'text' && n.parent.attrs['aria-hidden'] !== 'true')
            .map((n) => n.attrs.fill ?? 'inherited #fff');
        assert.deepEqual(fills('light'), ['inherited #fff', 'inherited #fff'], `${style} light`);
        assert.deepEqual(fills('dark'), ['inherited #fff', '#333'], `${style} dark: white on the dark label, #333 on the light message`);
      }
    }
  });

  test('social in the dark theme keeps none of its light colours', () => {
    const doc = prepare(THREE);
    const light = renderBadge(doc, 'lantern-search', { style: 'social' });
    const dark = renderBadge(doc, 'lantern-search', { style: 'social', theme: 'dark' });
    for (const colour of ['#fcfcfc', '#fafafa', '#d5d5d5']) {
      assert.ok(light.includes(`"${colour}"`), colour);
      assert.ok(!dark.includes(`"${colour}"`), colour);
    }
    assert.equal(shapeOf(parseSvg(dark)), shapeOf(parseSvg(light)), 'the same drawing, other colours');
  });

  test('the badge links to the document url only when it is a web address', () => {
    const withUrl = prepare(THREE);
    assert.match(renderBadge(withUrl, 'harbor-ci'), /^<svg [^>]+><a href="https:\/\/example\.com\/compare\/notes-search-ci-roundup" target="_blank"><svg /);
    const relative = prepare({ ...THREE, url: '../compare/x?a=1&b="2"' }, 'https://example.com/data/doc.json');
    checkSvg(renderBadge(relative, 'harbor-ci'), { sentence: EXPECTED['harbor-ci'].sentence, href: 'https://example.com/compare/x?a=1&b=%222%22' });
    // The CLI reads files: a relative url resolves to file:, which no badge reader could open.
    const fromFile = prepare({ ...THREE, url: 'page.html' }, 'file:///home/me/doc.json');
    assert.doesNotMatch(renderBadge(fromFile, 'harbor-ci'), /<a /);
    assert.doesNotMatch(renderBadge(prepare(TWO), 'codestral-2'), /<a /);
  });
});

describe('inline use', () => {
  test('ids differ between badges that differ, and stay the same for the same badge (stable ETags)', () => {
    const doc = prepare(THREE);
    const ids = (svg) => [...elements(parseSvg(svg))].map((n) => n.attrs.id).filter((id) => id && id !== 'blur');
    for (const style of ['flat', 'plastic', 'social']) {
      // (flat-square and for-the-badge have no ids.)
      const a = ids(renderBadge(doc, 'lantern-search', { style }));
      const b = ids(renderBadge(doc, 'quill-docs', { style }));
      const c = ids(renderBadge(doc, 'lantern-search', { style, theme: 'dark' }));
      assert.ok(a.length >= 2, style);
      assert.deepEqual(ids(renderBadge(doc, 'lantern-search', { style })), a, `${style}: stable`);
      for (const other of [b, c]) assert.deepEqual(a.filter((id) => other.includes(id)), [], `${style}: no id shared`);
      // Every url(#id) points at an id of its own badge.
      const svg = renderBadge(doc, 'lantern-search', { style });
      for (const [, ref] of svg.matchAll(/url\(#([^)]+)\)/g)) assert.ok([...a, 'blur'].includes(ref), `${style}: url(#${ref})`);
    }
  });
});

describe('content', () => {
  test('no reviews: "—" and grey, and a sentence that says so', () => {
    const doc = prepare({ ...THREE, tools: [...THREE.tools, { id: 'new-tool', name: 'New Tool' }] });
    for (const theme of BADGE_THEMES) {
      const svg = renderBadge(doc, 'new-tool', { theme });
      const { root } = checkSvg(svg, { sentence: 'New Tool: no panel reviews yet', texts: ['New Tool', 'ship — · 0 reviewers'], href: THREE.url });
      assert.equal(messageColour(root, 'flat'), BADGE_PALETTES[theme].steps.none);
    }
    assert.deepEqual(shieldsEndpoint(doc, 'new-tool'), { schemaVersion: 1, label: 'New Tool', message: 'ship — · 0 reviewers', color: '#6e7781', cacheSeconds: 300 });
  });

  test('the colour steps at their edges', () => {
    const cases = [[100, 'ship-strong'], [80, 'ship-strong'], [79, 'ship'], [60, 'ship'], [59, 'split'], [40, 'split'], [39, 'skip'], [20, 'skip'], [19, 'skip-strong'], [0, 'skip-strong'], [null, 'none']];
    for (const [percent, step] of cases) assert.equal(badgeStep(percent), step, String(percent));
    // Through a real document: 3 ship of 5 reviews is 60%, 2 of 5 is 40%.
    const reviewers = ['a', 'b', 'c', 'd', 'e'].map((id) => ({ id, name: id.toUpperCase() }));
    const doc = (ship) =>
      prepare({
        version: 1,
        id: 'edges',
        title: 'Edges',
        tools: [{ id: 't', name: 'T' }],
        reviewers,
        reviews: reviewers.map((r, i) => ({ tool: 't', reviewer: r.id, verdict: i < ship ? 'ship' : 'skip', quote: 'q' })),
      });
    const colours = [0, 1, 2, 3, 4, 5].map((ship) => shieldsEndpoint(doc(ship), 't').color);
    const s = BADGE_PALETTES.light.steps;
    assert.deepEqual(colours, [s['skip-strong'], s.skip, s.split, s.ship, s['ship-strong'], s['ship-strong']]);
    assert.equal(shieldsEndpoint(doc(3), 't').message, 'ship 60% · 5 reviewers');
  });

  test('the palettes are legible: text at 4.5:1 or more on every colour, dark badges stand out on a dark page', () => {
    const luminance = (hex) => {
      const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
      const n = parseInt(full.slice(1), 16);
      return [n >> 16, (n >> 8) & 255, n & 255]
        .map((v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
    };
    const contrast = (a, b) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    for (const [step, colour] of Object.entries(BADGE_PALETTES.light.steps)) assert.ok(contrast(colour, '#fff') >= 4.5, `light ${step} ${colour}`);
    for (const [step, colour] of Object.entries(BADGE_PALETTES.dark.steps)) {
      assert.ok(contrast(colour, '#333') >= 4.5, `dark ${step} ${colour} against its #333 text`);
      assert.ok(contrast(colour, '#0d1117') >= 3, `dark ${step} ${colour} against a dark page`);
    }
    for (const theme of BADGE_THEMES) assert.ok(contrast(BADGE_PALETTES[theme].label, '#fff') >= 4.5, `${theme} label`);
  });

  test('label replaces the name on the badge; the sentence keeps the name', () => {
    const doc = prepare(THREE);
    checkSvg(renderBadge(doc, 'lantern-search', { label: 'verdict' }), {
      sentence: 'verdict (Lantern Search): 75% of a 4-reviewer panel say ship',
      texts: ['verdict', 'ship 75% · 4 reviewers'],
      href: THREE.url,
    });
    assert.equal(shieldsEndpoint(doc, 'lantern-search', { label: 'verdict' }).label, 'verdict');
    assert.equal(shieldsEndpoint(doc, 'lantern-search', { label: 'Lantern Search' }).label, 'Lantern Search');
  });

  test('French and German words and numbers; other locales get English', () => {
    const doc = prepare(THREE);
    const community = { ship: 1234, skip: 266 };
    checkSvg(renderBadge(doc, 'lantern-search', { locale: 'fr', community }), {
      lang: 'fr',
      sentence: `Lantern Search : 75${NBSP}% d’un jury de 4 experts disent ship ; 82${NBSP}% de 1${NNBSP}500 votes de la communauté disent ship`,
      texts: ['Lantern Search', `ship 75${NBSP}% · 4 experts · communauté 82${NBSP}%`],
      href: THREE.url,
    });
    checkSvg(renderBadge(doc, 'harbor-ci', { locale: 'de-AT', community: { ship: 0, skip: 0 } }), {
      lang: 'de',
      sentence: 'Harbor CI: 0 % eines Panels aus 2 Experten sagen ship; noch keine Community-Stimmen'.replace(' %', `${NBSP}%`),
      texts: ['Harbor CI', `ship 0${NBSP}% · 2 Experten · Community —`],
      href: THREE.url,
    });
    assert.equal(shieldsEndpoint(doc, 'quill-docs', { locale: 'fr-CA' }).message, `ship 25${NBSP}% · 4 experts`);
    assert.equal(shieldsEndpoint(doc, 'quill-docs', { locale: 'es' }).message, 'ship 25% · 4 reviewers');
    assert.equal(shieldsEndpoint(doc, 'lantern-search', { locale: 'en', community: { ship: 1, skip: 0 } }).message, 'ship 75% · 4 reviewers · community 100%');
    const one = prepare({ ...THREE, reviews: THREE.reviews.filter((r) => r.tool !== 'harbor-ci' || r.reviewer === 'skeptic') });
    checkSvg(renderBadge(one, 'harbor-ci', { community: { ship: 1, skip: 0 } }), {
      sentence: 'Harbor CI: 0% of a 1-reviewer panel say ship; 100% of 1 community vote say ship',
      texts: ['Harbor CI', 'ship 0% · 1 reviewer · community 100%'],
      href: THREE.url,
    });
  });

  test('a name over 40 characters is cut at 40 on the badge, between graphemes; the sentence keeps all of it', () => {
    const names = [
      ['A'.repeat(41), `${'A'.repeat(39)}…`],
      ['A'.repeat(40), 'A'.repeat(40)],
      [`${'A'.repeat(37)}👨‍👩‍👧‍👦 and more`, `${'A'.repeat(37)}…`],
      [`${'A'.repeat(30)} é́clair d'hiver`, `${'A'.repeat(30)} é́clair…`],
      [`${'word '.repeat(23)}end`, `${'word '.repeat(7)}word…`],
    ];
    for (const [name, shown] of names) {
      const doc = prepare({ ...THREE, tools: THREE.tools.map((t, i) => (i === 1 ? { ...t, name } : t)) });
      assert.ok([...shown].length <= 40);
      checkSvg(renderBadge(doc, 'quill-docs'), { sentence: `${name}: 25% of a 4-reviewer panel say ship`, texts: [shown, 'ship 25% · 4 reviewers'], href: THREE.url });
      assert.equal(shieldsEndpoint(doc, 'quill-docs').label, shown);
    }
  });

  test('community: the live tally given by a server, not the document snapshot', () => {
    const doc = prepare(THREE);
    assert.equal(shieldsEndpoint(doc, 'lantern-search').message, 'ship 75% · 4 reviewers', 'no community part unless asked');
    assert.equal(shieldsEndpoint(doc, 'lantern-search', { community: { ship: 3, skip: 1 } }).message, 'ship 75% · 4 reviewers · community 75%');
    assert.equal(shieldsEndpoint(doc, 'quill-docs', { community: { ship: 0, skip: 0 } }).message, 'ship 25% · 4 reviewers · community —');
  });
});

describe('bad input', () => {
  test('an unknown tool is a VerdictError "not-found" naming the tools', () => {
    const doc = prepare(THREE);
    for (const call of [() => renderBadge(doc, 'nope'), () => shieldsEndpoint(doc, 'nope')]) {
      assert.throws(call, (error) => {
        assert.ok(error instanceof VerdictError);
        assert.equal(error.kind, 'not-found');
        assert.equal(error.message, 'This comparison has no tool "nope". Its tools are "lantern-search", "quill-docs", "harbor-ci".');
        return true;
      });
    }
  });

  test('wrong options are TypeErrors with a sentence (badgeOptionsProblem says it without throwing)', () => {
    const doc = prepare(THREE);
    const cases = [
      [{ style: 'round' }, 'unknown style "round"; styles: flat, flat-square, for-the-badge, plastic, social'],
      [{ theme: 'sepia' }, 'unknown theme "sepia"; themes: light, dark'],
      [{ label: 'x'.repeat(BADGE_LABEL_MAX + 1) }, 'label is 41 characters; at most 40'],
      [{ label: ' \u0000\n ' }, 'label must not be empty'],
      [{ locale: 7 }, 'locale must be a string such as "fr" or "de-AT"'],
      [{ community: { ship: -1, skip: 0 } }, 'community must be { ship, skip }, whole numbers of votes (0 or more)'],
      [{ community: { ship: 1.5, skip: 0 } }, 'community must be { ship, skip }, whole numbers of votes (0 or more)'],
    ];
    for (const [options, message] of cases) {
      assert.equal(badgeOptionsProblem(options), message);
      assert.throws(() => renderBadge(doc, 'quill-docs', options), { name: 'TypeError', message });
      assert.throws(() => shieldsEndpoint(doc, 'quill-docs', options), { name: 'TypeError', message });
    }
    // 40 characters, emoji counted as one each, is fine.
    assert.equal(badgeOptionsProblem({ label: '😀'.repeat(40) }), undefined);
  });

  test('control, bidi and non-XML characters in a name are dropped; the badge stays one line of well-formed XML', () => {
    const names = {
      'Lantern\u0000 Search': 'Lantern Search',
      'Lantern\u0007\u001b[31m Search': 'Lantern[31m Search',
      'Lantern\nSearch\r\n\tPro': 'Lantern Search Pro',
      '\u202eLantern\u202c \u2066Search\u2069\u200f': 'Lantern Search',
      'Lantern\ud800 Search\udfff': 'Lantern Search',
      'Lantern\ufffe\uffff Search\u0085': 'Lantern Search',
      'Lantern\u009b Search\u2028': 'Lantern Search',
      '😀 Lantern 🏳️‍🌈': '😀 Lantern 🏳️‍🌈',
    };
    for (const [name, shown] of Object.entries(names)) {
      const doc = prepare({ ...THREE, tools: THREE.tools.map((t, i) => (i === 0 ? { ...t, name } : t)) });
      for (const style of BADGE_STYLES) {
        checkSvg(renderBadge(doc, 'lantern-search', { style }), {
          sentence: `${shown}: 75% of a 4-reviewer panel say ship`,
          texts: shownTexts(style, shown, 'ship 75% · 4 reviewers'),
          href: THREE.url,
        });
      }
      assert.equal(shieldsEndpoint(doc, 'lantern-search').label, shown);
    }
    // A name of nothing but controls: the tool id says which tool it is.
    const empty = prepare({ ...THREE, tools: THREE.tools.map((t, i) => (i === 0 ? { ...t, name: '\u0000\u202e' } : t)) });
    assert.equal(shieldsEndpoint(empty, 'lantern-search').label, 'lantern-search');
  });
});

describe('XSS corpus', () => {
  const clean = (s) =>
    s
      .replace(/[\t\n\r\u0085\u2028\u2029]+/g, ' ')
      .replace(/[\u0000-\u001f\u007f-\u009f\ufffe\uffff\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/ {2,}/g, ' ')
      .trim();
  // On the badge, names longer than 40 characters end in "…" (checked on its own under "content").
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
  const short = (s) => {
    if ([...s].length <= 40) return s;
    let out = '';
    for (const { segment } of segmenter.segment(s)) {
      if ([...out].length + [...segment].length > 39) break;
      out += segment;
    }
    return `${out.trimEnd()}…`;
  };
  let placements = 0;

  test('every payload as the name of every tool of both fixtures, in every style and theme, and as a label', () => {
    const baseline = {};
    for (const fixture of [TWO, THREE]) {
      for (const [index, tool] of fixture.tools.entries()) {
        for (const payload of PAYLOADS) {
          // Through the validator when the spec allows the name (up to 120 characters), else straight
          // into the renderer: a server might hand it a document it did not validate.
          const changed = { ...fixture, tools: fixture.tools.map((t, i) => (i === index ? { ...t, name: payload } : t)) };
          const doc = [...payload].length <= 120 ? prepare(changed) : { ...prepare(fixture), tools: prepare(fixture).tools.map((t, i) => (i === index ? { ...t, name: payload } : t)) };
          const shown = clean(payload);
          const { message, sentence } = EXPECTED[tool.id];
          for (const style of BADGE_STYLES) {
            for (const theme of BADGE_THEMES) {
              const svg = renderBadge(doc, tool.id, { style, theme });
              const { root } = checkSvg(svg, {
                sentence: sentence.replace(EXPECTED[tool.id].name, shown),
                texts: shownTexts(style, short(shown), message),
                href: fixture.url,
              });
              // The payload changed the words, never the drawing: the same elements and attributes as with a plain name.
              const key = `${tool.id} ${style} ${theme}`;
              baseline[key] ??= shapeOf(parseSvg(renderBadge(prepare(fixture), tool.id, { style, theme })));
              assert.equal(shapeOf(root), baseline[key], `${key}: ${JSON.stringify(payload.slice(0, 40))}`);
              placements++;
            }
          }
          const shields = shieldsEndpoint(doc, tool.id);
          assert.equal(shields.label, short(shown));
          assert.deepEqual(JSON.parse(JSON.stringify(shields)), shields, 'plain JSON');
        }
      }
    }
    // A payload as the label of the badge and of the error badge.
    const doc = prepare(THREE);
    for (const payload of PAYLOADS.filter((p) => [...clean(p)].length <= BADGE_LABEL_MAX && clean(p))) {
      const shown = clean(payload);
      checkSvg(renderBadge(doc, 'quill-docs', { label: payload }), {
        sentence: `${shown} (Quill Docs): 25% of a 4-reviewer panel say ship`,
        texts: [shown, 'ship 25% · 4 reviewers'],
        href: THREE.url,
      });
      placements++;
    }
    for (const payload of PAYLOADS) {
      const shown = clean(payload);
      const { root } = parseSvgChecked(errorBadge(payload));
      assert.deepEqual(badgeTexts(root), ['verdict', shown]);
      placements++;
    }
    console.log(`badge xss: ${PAYLOADS.length} payloads, ${placements} badges parsed, none with an element or attribute of its own`);
    assert.ok(placements >= PAYLOADS.length * 5 * BADGE_STYLES.length * BADGE_THEMES.length);
  });
});

/** An error badge: well formed, its own sentence. */
function parseSvgChecked(svg) {
  const root = parseSvg(svg);
  for (const node of elements(root)) assert.ok(ELEMENTS.has(node.name), `unexpected <${node.name}>`);
  return { root };
}

describe('errorBadge', () => {
  test('"verdict | not found" in every style and theme, grey, no link', () => {
    for (const style of BADGE_STYLES) {
      for (const theme of BADGE_THEMES) {
        const svg = errorBadge(undefined, { style, theme });
        const root = parseSvg(svg);
        assert.equal(root.attrs['aria-label'], 'verdict: not found');
        assert.equal(textOf(root.children[0]), 'verdict: not found');
        assert.deepEqual(badgeTexts(root), shownTexts(style, 'verdict', 'not found'));
        assert.ok(![...elements(root)].some((n) => n.name === 'a'));
        assert.equal(Number(root.attrs.height), HEIGHTS[style]);
        if (style !== 'social') assert.ok(svg.includes(`fill="${BADGE_PALETTES[theme].steps.none}"`));
      }
    }
    assert.equal(parseSvg(errorBadge('unknown comparison')).attrs['aria-label'], 'verdict: unknown comparison');
    assert.equal(parseSvg(errorBadge('x', { label: 'votes' })).attrs['aria-label'], 'votes: x');
    assert.throws(() => errorBadge('x', { style: 'round' }), TypeError);
  });
});

describe('shieldsEndpoint: the Shields endpoint schema', () => {
  test('exactly schemaVersion, label, message, color, cacheSeconds; message never empty; cacheSeconds at least 300', () => {
    for (const [toolId, expected] of Object.entries(EXPECTED)) {
      const doc = prepare(expected.doc);
      for (const options of [{}, { theme: 'dark' }, { locale: 'de' }, { community: { ship: 1, skip: 1 } }, { cacheSeconds: 10 }, { cacheSeconds: 3600 }]) {
        const json = shieldsEndpoint(doc, toolId, options);
        assert.deepEqual(Object.keys(json).sort(), ['cacheSeconds', 'color', 'label', 'message', 'schemaVersion']);
        assert.equal(json.schemaVersion, 1);
        assert.equal(typeof json.label, 'string');
        assert.ok(typeof json.message === 'string' && json.message.trim().length > 0);
        assert.match(json.color, /^#[0-9a-f]{3}([0-9a-f]{3})?$/);
        assert.ok(Number.isInteger(json.cacheSeconds) && json.cacheSeconds >= 300);
      }
      assert.deepEqual(shieldsEndpoint(doc, toolId), {
        schemaVersion: 1,
        label: expected.name,
        message: expected.message,
        color: BADGE_PALETTES.light.steps[expected.step],
        cacheSeconds: 300,
      });
      assert.equal(shieldsEndpoint(doc, toolId, { cacheSeconds: 10 }).cacheSeconds, 300);
      assert.equal(shieldsEndpoint(doc, toolId, { cacheSeconds: 3600 }).cacheSeconds, 3600);
      assert.equal(shieldsEndpoint(doc, toolId, { theme: 'dark' }).color, BADGE_PALETTES.dark.steps[expected.step]);
    }
  });
});

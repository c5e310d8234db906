// SVG badges as a reader's browser shows them, in every engine of the suite: as <img> (a README, a
// listing) and inlined in a page. The SVGs come from the Node renderer through the test server
// (test/support/badge-server.js).
import '../support/cloneable-failures.js';
import { expect, fixture, html } from '@open-wc/testing';
import { BADGE_PALETTES, type BadgeStep } from '../../src/badge/colors.js';

const STYLES = ['flat', 'flat-square', 'for-the-badge', 'plastic', 'social'] as const;
const THEMES = ['light', 'dark'] as const;
const HEIGHTS: Record<string, number> = { flat: 20, 'flat-square': 20, plastic: 18, social: 20, 'for-the-badge': 28 };
const TOOLS: { fixture: string; tool: string; step: BadgeStep; sentence: string }[] = [
  { fixture: 'claude', tool: 'claude-files-api', step: 'ship-strong', sentence: 'Claude Files API: 100% of a 4-reviewer panel say ship' },
  { fixture: 'claude', tool: 'codestral-2', step: 'ship-strong', sentence: 'Codestral 2.0: 100% of a 4-reviewer panel say ship' },
  { fixture: 'mixed', tool: 'lantern-search', step: 'ship', sentence: 'Lantern Search: 75% of a 4-reviewer panel say ship' },
  { fixture: 'mixed', tool: 'quill-docs', step: 'skip', sentence: 'Quill Docs: 25% of a 4-reviewer panel say ship' },
  { fixture: 'mixed', tool: 'harbor-ci', step: 'skip-strong', sentence: 'Harbor CI: 0% of a 2-reviewer panel say ship' },
];

const url = (fixtureName: string, tool: string, style: string, theme: string) => `/badges/${fixtureName}/${tool}.svg?style=${style}&theme=${theme}`;

/** The SVG as the browser's own XML parser reads it: no parser error, its declared size. */
async function svgOf(src: string): Promise<{ text: string; width: number; height: number; label: string | null }> {
  const response = await fetch(src);
  expect(response.headers.get('content-type')).to.match(/^image\/svg\+xml/);
  const text = await response.text();
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  expect(doc.querySelector('parsererror'), `${src}: well-formed`).to.equal(null);
  const svg = doc.documentElement;
  expect(svg.namespaceURI).to.equal('http://www.w3.org/2000/svg');
  // The root, or inside the link to the comparison: <svg><a><svg role="img">.
  const image = doc.querySelector('[role="img"]')!;
  return { text, width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')), label: image.getAttribute('aria-label') };
}

async function image(src: string, alt: string, parent: HTMLElement): Promise<HTMLImageElement> {
  const img = new Image();
  img.src = src;
  img.alt = alt;
  parent.append(img);
  await img.decode();
  return img;
}

/** The colour of one pixel of an image drawn at its natural size, as `#rrggbb`. */
function pixel(img: HTMLImageElement, x: number, y: number): string {
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const context = canvas.getContext('2d')!;
  context.drawImage(img, 0, 0);
  const [r, g, b] = context.getImageData(x, y, 1, 1).data;
  return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
}

const hex6 = (colour: string) => (colour.length === 4 ? `#${[...colour.slice(1)].map((c) => c + c).join('')}` : colour);

describe('SVG badges as images', function () {
  this.timeout(60_000);

  it('every style and theme of both fixtures loads as an <img> at its declared size', async () => {
    const box = await fixture<HTMLElement>(html`<div class="box"></div>`);
    let count = 0;
    for (const { fixture: name, tool, sentence } of TOOLS) {
      for (const style of STYLES) {
        for (const theme of THEMES) {
          const src = url(name, tool, style, theme);
          const svg = await svgOf(src);
          expect(svg.label).to.equal(sentence);
          expect(svg.height).to.equal(HEIGHTS[style]);
          const img = await image(src, sentence, box);
          // for-the-badge is as wide as its letter-spaced text, to a quarter pixel: laid out at exactly
          // that width, while naturalWidth is a whole number (Chromium rounds, WebKit truncates).
          const rect = img.getBoundingClientRect();
          expect([rect.width, rect.height], src).to.deep.equal([svg.width, svg.height]);
          expect(Math.abs(img.naturalWidth - svg.width), `${src}: naturalWidth ${img.naturalWidth}`).to.be.lessThan(1);
          expect(img.naturalHeight, src).to.equal(svg.height);
          count++;
        }
      }
    }
    expect(count).to.equal(TOOLS.length * STYLES.length * THEMES.length);
  });

  it('the message is drawn in the colour of its step and the label in the theme\u2019s grey (flat-square: no gradient)', async () => {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    for (const { fixture: name, tool, step } of TOOLS) {
      for (const theme of THEMES) {
        const img = await image(url(name, tool, 'flat-square', theme), tool, box);
        expect(pixel(img, img.naturalWidth - 2, 2), `${tool} ${theme} message`).to.equal(BADGE_PALETTES[theme].steps[step]);
        expect(pixel(img, 2, 2), `${tool} ${theme} label`).to.equal(hex6(BADGE_PALETTES[theme].label));
      }
    }
  });

  it('scales with its viewBox: at twice the height it is twice as wide, drawn to the edge', async () => {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    const src = url('mixed', 'lantern-search', 'flat-square', 'light');
    const { width, height } = await svgOf(src);
    const img = await image(src, 'Lantern Search', box);
    img.height = height * 2;
    const rect = img.getBoundingClientRect();
    expect([rect.width, rect.height]).to.deep.equal([width * 2, height * 2]);
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const context = canvas.getContext('2d')!;
    context.drawImage(img, 0, 0, width * 2, height * 2);
    const [r, g, b, a] = context.getImageData(width * 2 - 2, height * 2 - 2, 1, 1).data;
    expect(a).to.equal(255);
    expect(`#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`).to.equal(BADGE_PALETTES.light.steps.ship);
  });

  it('the error badge is an image in every style; served with 404, Chromium and WebKit show it, Firefox does not', async () => {
    const box = await fixture<HTMLElement>(html`<div></div>`);
    for (const style of STYLES) {
      const img = await image(`/badges/error.svg?status=200&style=${style}`, 'verdict: not found', box);
      expect(img.naturalWidth).to.be.greaterThan(60);
      expect(img.naturalHeight).to.equal(HEIGHTS[style]);
    }
    const response = await fetch('/badges/error.svg?status=404');
    expect(response.status).to.equal(404);
    // Firefox treats an image answered with an error status as a failed load, whatever the body:
    // there a 404 badge is a broken image (the vote server's 404 badges are for the other engines,
    // and for a reader who opens the URL).
    const firefox = navigator.userAgent.includes('Firefox/');
    for (const src of ['/badges/error.svg?status=404', '/badges/mixed/nope.svg']) {
      const img = new Image();
      img.src = src;
      img.alt = 'verdict: not found';
      box.append(img);
      const shown = await img.decode().then(
        () => true,
        () => false,
      );
      expect(shown, `${src} shown`).to.equal(!firefox);
      expect(img.naturalHeight, src).to.equal(firefox ? 0 : 20);
    }
  });
});

describe('axe on a page of badges', function () {
  this.timeout(60_000);

  it('images with their sentence as alt, and the same badges inlined, in both themes: no violations', async () => {
    const page = await fixture<HTMLElement>(html`<main><h1>Badges</h1></main>`);
    for (const theme of THEMES) {
      const section = document.createElement('section');
      section.setAttribute('aria-label', `${theme} badges`);
      section.className = theme;
      page.append(section);
      const list = document.createElement('ul');
      section.append(list);
      for (const { fixture: name, tool, sentence } of TOOLS) {
        for (const style of STYLES) {
          const src = url(name, tool, style, theme);
          const item = document.createElement('li');
          list.append(item);
          // As a README shows it: an image in a link to the comparison.
          const link = document.createElement('a');
          link.href = 'https://example.com/compare/notes-search-ci-roundup';
          item.append(link);
          await image(src, sentence, link);
          // As a page might inline it: the SVG itself, with its title and role.
          const inline = document.createElement('span');
          inline.innerHTML = (await svgOf(src)).text;
          item.append(inline);
          const svg = inline.querySelector('svg[role="img"]')!;
          expect(svg.getAttribute('aria-label')).to.equal(sentence);
          expect(svg.querySelector('title')!.textContent).to.equal(sentence);
          // Linked (the mixed fixture has a url), the link holds the image and takes its name.
          const svgLink = inline.querySelector('a');
          expect(svgLink !== null, tool).to.equal(name === 'mixed');
          if (svgLink) expect(svgLink.firstElementChild).to.equal(svg);
        }
      }
    }
    expect(page.querySelectorAll('img').length).to.equal(TOOLS.length * STYLES.length * THEMES.length);
    expect(page.querySelectorAll('svg[role="img"]').length).to.equal(TOOLS.length * STYLES.length * THEMES.length);
    // Inlined, every badge keeps its own ids: no duplicates on the page.
    const ids = [...page.querySelectorAll('[id]')].map((el) => el.id).filter((id) => id !== 'blur');
    expect(ids.length).to.be.greaterThan(50);
    const seen = new Map<string, number>();
    for (const id of ids) seen.set(id, (seen.get(id) ?? 0) + 1);
    // The same badge twice (never here) would share ids harmlessly; different badges never do.
    expect([...seen].filter(([, n]) => n > 1)).to.deep.equal([]);
    await expect(page).to.be.accessible();
  });
});

// Hostile host-page CSS: inherited text styles on body, a universal box-sizing rule, rules for
// every common element name, and the library's own internal custom property names set on the root.
// None of it may reach inside the widgets: every element in every shadow root keeps its computed
// text styles and its size, and the widgets stay within their container. The host elements
// themselves stay styleable (margin, display, documented custom properties, ::part()).
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import { CLAUDE, MIXED, fixtureJson } from '../support/helpers.js';
import { shadowElements, shadowRootsIn } from './support/dom.js';

const BOX_WIDTH = 380;

const BASE_CSS = `x-hostile-box { display: block; width: ${BOX_WIDTH}px; }`;

/** The issue's hostile page: inherited text styles on body... */
const BODY_CSS = `
  body { font: 40px/3 cursive; color: red; text-transform: uppercase; letter-spacing: .5em; text-align: right; white-space: pre; word-spacing: 2em; }
`;
/** ...and a universal box-sizing rule (which also matches the host elements). */
const BOX_SIZING_CSS = `* { box-sizing: content-box; }`;

/** More of the same: rules for every common element name, and the library's internal custom property names on the root. */
const ELEMENT_CSS = `
  div, p, span, a, section, article, header, footer, h1, h2, h3, h4, table, thead, tbody, tr, td, th, dl, dt, dd, ul, li,
  button, blockquote, figure, figcaption, img, svg, path, meter, details, summary {
    display: inline !important; font-size: 8px !important; color: lime !important; margin: 40px !important;
    padding: 40px !important; width: 3000px !important; float: right !important; position: absolute !important;
    border: 9px solid lime !important; visibility: hidden !important;
  }
  table { width: 5000px; table-layout: fixed; } img { width: 100%; height: 300px; } svg { width: 500px; height: 500px; }
  :root, body {
    --_text: red; --_surface: black; --_surface-2: black; --_muted: red; --_border: red; --_accent: red; --_font: cursive;
    --_space: 10rem; --_radius: 0px; --_ship: red; --_skip: red; --_shadow: 0 0 40px red; --_skeleton: red;
  }
`;

/** Other inherited text properties that blog and CMS themes commonly set on body. */
const THEME_CSS = `
  body {
    font-style: italic; font-weight: 900; font-variant: small-caps; text-indent: 5em; text-shadow: 0 0 2px blue;
    text-decoration: underline wavy; word-break: break-all; overflow-wrap: anywhere; hyphens: auto; tab-size: 20;
    line-break: anywhere; font-kerning: none; font-stretch: condensed; font-feature-settings: "smcp"; cursor: crosshair;
  }
`;

const HOST_CSS = `
  tool-card { margin: 13px; display: block; }
  verdict-badge { display: inline-block; margin-inline-start: 7px; }
  tool-compare { --verdict-accent: rgb(1, 2, 3); }
  tool-card::part(card) { outline: 3px solid rgb(4, 5, 6); }
`;

/** Computed styles compared inside the shadow roots: the issue's list, and what the element-name rules set. */
const PROPS = [
  'font-size', 'font-family', 'line-height', 'color', 'letter-spacing', 'word-spacing', 'text-transform', 'text-align',
  'white-space', 'visibility', 'display', 'position', 'float',
];
/** What THEME_CSS sets. */
const THEME_PROPS = [
  'font-style', 'font-weight', 'font-variant-caps', 'text-indent', 'text-shadow', 'text-decoration-line', 'word-break',
  'overflow-wrap', 'hyphens', 'tab-size', 'line-break', 'font-kerning', 'font-stretch', 'font-feature-settings', 'cursor',
];

interface Snapshot {
  key: string;
  styles: Record<string, string>;
  width: number;
  height: number;
}

const describeEl = (el: Element) => `${el.getRootNode() instanceof ShadowRoot ? `<${(el.getRootNode() as ShadowRoot).host.localName}> ` : ''}${el.localName}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''}`;

function snapshot(root: Element, props: string[]): Snapshot[] {
  return shadowElements(root).map((el) => {
    const cs = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      key: describeEl(el),
      styles: Object.fromEntries(props.map((p) => [p, cs.getPropertyValue(p)])),
      width: Math.round(rect.width * 10) / 10,
      height: Math.round(rect.height * 10) / 10,
    };
  });
}

function differences(before: Snapshot[], after: Snapshot[]): string[] {
  const out: string[] = [];
  if (before.length !== after.length) return [`${before.length} elements before, ${after.length} after`];
  before.forEach((b, i) => {
    const a = after[i]!;
    for (const p of Object.keys(b.styles)) if (b.styles[p] !== a.styles[p]) out.push(`${b.key}: ${p} ${b.styles[p]} -> ${a.styles[p]}`);
    if (Math.abs(b.width - a.width) > 0.5 || Math.abs(b.height - a.height) > 0.5) {
      out.push(`${b.key}: size ${b.width}x${b.height} -> ${a.width}x${a.height}`);
    }
  });
  return out;
}

/** Shadow elements that stick out of the box on the right or left (those inside a scrolling region excepted). */
function overflowing(box: Element): string[] {
  const { left, right } = box.getBoundingClientRect();
  return shadowElements(box)
    .filter((el) => {
      let scroller: Element | null = el.parentElement;
      while (scroller) {
        const { overflowX } = getComputedStyle(scroller);
        if (overflowX !== 'visible') return false; // clipped or scrolled by the widget itself
        scroller = scroller.parentElement;
      }
      const r = el.getBoundingClientRect();
      return r.width > 0 && (r.right > right + 0.5 || r.left < left - 0.5);
    })
    .map((el) => `${describeEl(el)} [${Math.round(el.getBoundingClientRect().left)}, ${Math.round(el.getBoundingClientRect().right)}]`);
}

function addStyle(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  return style;
}

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

describe('hostile host-page CSS', function () {
  this.timeout(120_000);
  const styles: HTMLStyleElement[] = [];
  let box: HTMLElement;
  let els: VerdictElement[];

  beforeEach(async () => {
    styles.push(addStyle(BASE_CSS));
    const [mixed, claude] = await Promise.all([fixtureJson(MIXED), fixtureJson(CLAUDE)]);
    box = document.createElement('x-hostile-box');
    const make = (tag: string, data: unknown, tool?: string) => {
      const el = document.createElement(tag) as VerdictElement;
      if (tool) el.setAttribute('tool', tool);
      el.data = data;
      return el;
    };
    els = [
      make('tool-compare', mixed),
      make('tool-card', mixed, 'lantern-search'),
      make('verdict-panel', claude, 'codestral-2'),
      make('verdict-panel', mixed),
      make('verdict-badge', mixed, 'quill-docs'),
      make('tool-card', mixed, 'no-such-tool'), // the error box
    ];
    box.append(...els);
    document.body.append(box);
    await Promise.all(els.map((el) => el.updateComplete));
    await frame();
  });

  afterEach(() => {
    for (const style of styles.splice(0)) style.remove();
    box.remove();
  });

  /** Applies `css` and expects no computed `props` and no size inside any shadow root to change. */
  async function unchangedBy(css: string, props: string[], live: () => boolean): Promise<void> {
    const before = snapshot(box, props);
    expect(before.length).to.be.greaterThan(200);
    expect(shadowRootsIn(box)).to.have.length(els.length);
    expect(overflowing(box), 'overflow without the hostile CSS').to.deep.equal([]);

    styles.push(addStyle(css));
    await frame();
    expect(live(), 'the hostile rules apply to the page around the widgets').to.equal(true);

    for (const el of els) expect(el.getBoundingClientRect().width, el.localName).to.be.at.most(BOX_WIDTH + 0.5);
    expect(overflowing(box), 'overflow with the hostile CSS').to.deep.equal([]);
    const after = snapshot(box, props);
    expect(differences(before, after).slice(0, 25), 'computed styles or sizes changed by host CSS').to.deep.equal([]);
  }

  const body = () => getComputedStyle(document.body);

  it('body { font: 40px/3 cursive; color: red; text-transform; letter-spacing; text-align; white-space: pre; word-spacing }: every shadow element keeps its font, colour, spacing, case, white-space and size, within the container', async () => {
    await unchangedBy(BODY_CSS, PROPS, () => body().letterSpacing !== 'normal' && body().whiteSpace === 'pre');
  });

  it('* { box-sizing: content-box } with that body: every shadow element keeps its size, within the container', async () => {
    await unchangedBy(BODY_CSS + BOX_SIZING_CSS, PROPS, () => body().boxSizing === 'content-box');
  });

  it('rules for every element name, and the library’s internal --_* property names set on :root, change nothing inside', async () => {
    const probe = document.createElement('p');
    document.body.append(probe);
    try {
      await unchangedBy(ELEMENT_CSS, PROPS, () => getComputedStyle(probe).color === 'rgb(0, 255, 0)' && body().getPropertyValue('--_text').trim() === 'red');
    } finally {
      probe.remove();
    }
  });

  it('other inherited text properties themes set on body (word-break, overflow-wrap, hyphens, text-shadow, font-variant, text-indent…) change nothing inside', async () => {
    await unchangedBy(THEME_CSS, [...PROPS, ...THEME_PROPS], () => body().wordBreak === 'break-all' && body().textShadow !== 'none');
  });

  it('leaves the host elements themselves styleable: margin, display, --verdict-* properties, ::part()', async () => {
    const card = els[1]!;
    const badge = els[4]!;
    const compare = els[0]!;
    expect(getComputedStyle(card).marginTop).to.equal('0px');
    styles.push(addStyle(HOST_CSS));
    await frame();
    expect(getComputedStyle(card).marginTop).to.equal('13px');
    expect(getComputedStyle(card).display).to.equal('block');
    expect(card.getBoundingClientRect().width).to.equal(BOX_WIDTH - 26);
    expect(getComputedStyle(badge).display).to.equal('inline-block');
    expect(getComputedStyle(badge).marginInlineStart).to.equal('7px');
    const accented = shadowElements(compare).filter((el) => {
      const cs = getComputedStyle(el);
      return [cs.color, cs.borderTopColor, cs.backgroundColor, cs.outlineColor].includes('rgb(1, 2, 3)');
    });
    expect(accented.length, 'elements painted with --verdict-accent').to.be.greaterThan(0);
    const part = card.shadowRoot!.querySelector('[part~="card"]')!;
    expect(getComputedStyle(part).outlineColor).to.equal('rgb(4, 5, 6)');
    expect(getComputedStyle(part).outlineWidth).to.equal('3px');
  });
});

import { expect, html } from '@open-wc/testing';
import { render } from 'lit';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import { $, MIXED, settled } from '../support/helpers.js';

/** WCAG relative luminance of a computed `rgb(...)` colour. */
function luminance(color: string): number {
  const [r, g, b] = color.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
    const c = Number(v) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (l1! + 0.05) / (l2! + 0.05);
}

const fg = (el: Element) => getComputedStyle(el).color;
const bg = (el: Element) => getComputedStyle(el).backgroundColor;

let lowest = Infinity;
after(() => console.log(`lowest contrast measured: ${lowest.toFixed(2)}:1`));

for (const theme of ['light', 'dark']) {
  describe(`contrast of the built-in ${theme} theme`, () => {
    let compare: VerdictElement;
    let badge: VerdictElement;
    let lowBadge: VerdictElement;
    let wrapper: HTMLElement;
    // Not `fixture()`: it is removed after each test, and these tests share one render.
    before(async () => {
      wrapper = document.createElement('div');
      render(
        html`<tool-compare theme=${theme} src=${MIXED}></tool-compare>
          <verdict-badge theme=${theme} src=${MIXED} tool="lantern-search"></verdict-badge>
          <verdict-badge theme=${theme} src=${MIXED} tool="quill-docs"></verdict-badge>`,
        wrapper,
      );
      document.body.append(wrapper);
      [compare, badge, lowBadge] = [...wrapper.children] as [VerdictElement, VerdictElement, VerdictElement];
      await Promise.all([settled(compare), settled(badge), settled(lowBadge)]);
    });
    after(() => wrapper.remove());

    const check = (name: string, ratio: () => number, minimum: number) =>
      it(`${name} is at least ${minimum}:1`, () => {
        const value = ratio();
        lowest = Math.min(lowest, value);
        expect(value, `${name}: ${value.toFixed(2)}:1`).to.be.at.least(minimum);
      });

    const card = () => $(compare, '.card')!;
    check('tool name on the card', () => contrast(fg($(compare, '.card .name')!), bg(card())), 4.5);
    check('muted text (vendor) on the card', () => contrast(fg($(compare, '.card .vendor')!), bg(card())), 4.5);
    check('figure caption on the card', () => contrast(fg($(compare, '.figure dt')!), bg(card())), 4.5);
    check('category (accent) on the card', () => contrast(fg($(compare, '.category')!), bg(card())), 4.5);
    check('"Ship" chip text on its background', () => contrast(fg($(compare, '.chip.ship')!), bg($(compare, '.chip.ship')!)), 4.5);
    check('"Skip" chip text on its background', () => contrast(fg($(compare, '.chip.skip')!), bg($(compare, '.chip.skip')!)), 4.5);
    check('"No review" chip text on the panel', () => contrast(fg($(compare, '.chip.none')!), bg($(compare, '.panel')!)), 4.5);
    // The meters fill with the ship colour, and a chip's icon is drawn in its text colour: both are
    // graphics that must stand 3:1 against what surrounds them.
    check('ship colour (meter fill, chip icon) against the card', () => contrast(fg($(compare, '.chip.ship')!), bg(card())), 3);
    check('skip colour (chip icon) against the panel', () => contrast(fg($(compare, '.chip.skip')!), bg($(compare, '.panel')!)), 3);
    check('badge score on its circle', () => contrast(fg($(badge, '.score')!), bg($(badge, '.score')!)), 4.5);
    check('badge meta text on the badge', () => contrast(fg($(badge, '.badge-meta')!), bg($(badge, '.badge')!)), 4.5);
    check('low-score badge on its circle', () => contrast(fg($(lowBadge, '.score')!), bg($(lowBadge, '.score')!)), 4.5);
  });
}


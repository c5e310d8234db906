import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { $, $$, MIXED, fixtureJson, mount, unmountAll } from '../support/helpers.js';

/** MIXED with `extra` more tools, each reviewed by every reviewer: a scorecard wider than its box. */
async function wideDocument(extra: number): Promise<any> {
  const doc = await fixtureJson(MIXED);
  for (let i = 1; i <= extra; i++) {
    const id = `extra-tool-${i}`;
    doc.tools.push({ ...doc.tools[0], id, name: `Extra Tool ${i}` });
    for (const reviewer of doc.reviewers) doc.reviews.push({ tool: id, reviewer: reviewer.id, verdict: 'ship', quote: `Quote ${i} by ${reviewer.name}.` });
  }
  return doc;
}

describe('a scorecard wider than its box scrolls inside itself, never the host page', () => {
  afterEach(unmountAll);

  // A docs site's content column scrolls sideways when something in it is too wide. The table
  // scrolls in its own region; its visually hidden captions (position: absolute) must stay inside
  // that region too, or they widen the host's scroll area by their place in the last columns.
  for (const tag of ['verdict-panel', 'tool-compare']) {
    it(`<${tag}>: the host's scroll width is its own width`, async () => {
      const host = document.createElement('div');
      // A positioned scrolling container, as many docs themes' content columns are.
      host.setAttribute('style', 'position: relative; width: 760px; overflow: auto; font-size: 16px');
      document.body.append(host);
      try {
        const { el, event } = mount(tag, {}, { data: await wideDocument(3) }, host);
        await event;
        await el.updateComplete;
        const scroll = $(el, '.scroll') as HTMLElement;
        // The premise: the table is wider than its region (6 tools), so the region scrolls.
        expect(scroll.scrollWidth).to.be.greaterThan(scroll.clientWidth + 200);
        expect($$(el, 'figcaption.visually-hidden').length).to.be.greaterThan(10);
        expect(host.scrollWidth, 'the host does not scroll sideways').to.equal(host.clientWidth);
      } finally {
        host.remove();
      }
    });
  }
});

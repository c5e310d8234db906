import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import { $, $$, CLAUDE, MIXED, faultUrl, fixtureJson, mount, nextEvent, releaseAfter, unmountAll } from '../support/helpers.js';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Resolves in the microtask after a compare's first render of a document (its cards are there). */
function firstRender(el: Element): Promise<void> {
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!$(el, '.cards')) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(el.shadowRoot!, { childList: true, subtree: true });
  });
}

/** Every distinct font weight and size of the text an element shows, across its shadow roots. */
function fontsOf(el: Element): Set<string> {
  const fonts = new Set<string>();
  const walk = (node: Node): void => {
    if (node.nodeType === Node.TEXT_NODE && node.textContent!.trim()) {
      const style = getComputedStyle(node.parentElement!);
      fonts.add(`${style.fontStyle} ${style.fontWeight} ${style.fontSize}`);
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
    node.childNodes.forEach(walk);
  };
  walk(el);
  return fonts;
}

describe('layout: what keeps the host page still and its tasks short', () => {
  afterEach(unmountAll);

  describe('<tool-compare> renders its first scorecard a frame after the rest', () => {
    it('first render: cards, a scorecard placeholder and verdict-load; the scorecard follows, and updateComplete waits for it', async () => {
      const doc = await fixtureJson(MIXED);
      const loads: number[] = [];
      const el = document.createElement('tool-compare') as VerdictElement;
      el.addEventListener('verdict-load', () => loads.push(performance.now()));
      el.data = doc;
      document.body.append(el);
      await firstRender(el);
      const first = { cards: $$(el, '.cards .card').length, placeholder: !!$(el, '.panel.skeleton[aria-hidden="true"]'), table: !!$(el, 'table'), loads: loads.length };
      try {
        expect(first).to.deep.equal({ cards: 3, placeholder: true, table: false, loads: 1 });
        expect(await el.updateComplete).to.equal(true);
        expect($(el, '.panel.skeleton')).to.not.exist;
        expect($$(el, 'tbody tr')).to.have.length(4);
        expect(loads).to.have.length(1);
      } finally {
        el.remove();
      }
    });

    it('comparisons rendering in the same task do not wait: their task is long anyway', async () => {
      const doc = await fixtureJson(MIXED);
      const els = [0, 1, 2].map(() => Object.assign(document.createElement('tool-compare'), { data: doc }) as VerdictElement);
      document.body.append(...els);
      try {
        await firstRender(els[0]!);
        await Promise.resolve(); // the others' first renders and the decision, all in this task
        await nextFrame();
        for (const el of els) expect($$(el, 'tbody tr'), 'scorecard shown without a frame of waiting').to.have.length(4);
        // A comparison on its own in a later task waits for its frame again.
        await new Promise((r) => setTimeout(r));
        const lone = Object.assign(document.createElement('tool-compare'), { data: doc }) as VerdictElement;
        els.push(lone);
        document.body.append(lone);
        await firstRender(lone);
        await Promise.resolve();
        expect($(lone, '.panel.skeleton')).to.exist;
        await lone.updateComplete;
        expect($$(lone, 'tbody tr')).to.have.length(4);
      } finally {
        for (const el of els) el.remove();
      }
    });

    it('a hidden page gets the scorecard at once', async () => {
      const doc = await fixtureJson(MIXED);
      Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
      const el = document.createElement('tool-compare') as VerdictElement;
      try {
        el.data = doc;
        document.body.append(el);
        await nextFrame();
        expect($(el, '.panel.skeleton')).to.not.exist;
        expect($$(el, 'tbody tr')).to.have.length(4);
      } finally {
        delete (document as { visibilityState?: unknown }).visibilityState;
        el.remove();
      }
      expect(document.visibilityState).to.equal('visible');
    });

    it('with no frames at all (an off-screen frame), a timer still brings the scorecard', async () => {
      const doc = await fixtureJson(MIXED);
      const raf = window.requestAnimationFrame;
      window.requestAnimationFrame = () => 0; // frames that never come
      const el = document.createElement('tool-compare') as VerdictElement;
      try {
        el.data = doc;
        document.body.append(el);
        // Without the timer this would never resolve (the test's timeout would fail it); on a
        // busy machine the 100 ms timer can fire late, so no tighter bound is asserted.
        await el.updateComplete;
        expect($$(el, 'tbody tr')).to.have.length(4);
      } finally {
        window.requestAnimationFrame = raf;
        el.remove();
      }
    });

    it('a second document while the first scorecard waits: both load, the second is shown', async () => {
      const [claude, mixed] = await Promise.all([fixtureJson(CLAUDE), fixtureJson(MIXED)]);
      const loaded: string[] = [];
      const el = document.createElement('tool-compare') as VerdictElement;
      el.addEventListener('verdict-load', (e) => loaded.push((e as CustomEvent).detail.document.id));
      el.data = claude;
      document.body.append(el);
      await firstRender(el);
      expect($(el, '.panel.skeleton')).to.exist;
      el.data = mixed;
      try {
        await el.updateComplete;
        expect($$(el, 'thead th')).to.have.length(4); // "Reviewer" and the three tools of the second
        expect(el.document!.id).to.equal(mixed.id);
        expect(loaded).to.deep.equal([claude.id, mixed.id]);
      } finally {
        el.remove();
      }
    });

    it('an error right after a document is announced at once, not a frame later', async () => {
      const doc = await fixtureJson(MIXED);
      const el = document.createElement('tool-compare') as VerdictElement;
      el.data = doc;
      document.body.append(el);
      await firstRender(el);
      const error = nextEvent(el, 'verdict-error');
      el.setAttribute('tools', 'no-such-tool');
      try {
        const raced = await Promise.race([error.then(() => 'error'), nextFrame().then(() => 'frame')]);
        expect(raced).to.equal('error');
        expect($(el, '[role="alert"]')).to.exist;
      } finally {
        el.remove();
      }
    });

    it('a later document shows its scorecard at once: no placeholder, focus stays on the filter', async () => {
      const doc = await fixtureJson(MIXED);
      const { el, event } = mount('tool-compare', {}, { data: doc });
      await event;
      await el.updateComplete;
      const filter = $(el, '[part~="filter"]') as HTMLButtonElement;
      filter.focus();
      expect(el.shadowRoot!.activeElement).to.equal(filter);
      let placeholders = 0;
      const observer = new MutationObserver(() => (placeholders += $(el, '.panel.skeleton') ? 1 : 0));
      observer.observe(el.shadowRoot!, { childList: true, subtree: true });
      el.data = structuredClone(doc);
      await el.updateComplete;
      await nextFrame();
      observer.disconnect();
      expect(placeholders).to.equal(0);
      expect(el.shadowRoot!.activeElement).to.equal(filter);
      expect($$(el, 'tbody tr')).to.have.length(4);
    });
  });

  describe('placeholders hold the space of the content', () => {
    it('a loaded <tool-card> is never shorter than its placeholder', async () => {
      // Held until the placeholder has been measured.
      const { url, key } = faultUrl('ok', { fixture: 'mixed', hold: 1 });
      const { el, event } = mount('tool-card', { src: url, tool: 'harbor-ci', style: 'display:block;width:360px' });
      await el.updateComplete;
      const placeholder = el.getBoundingClientRect().height;
      expect(placeholder).to.be.greaterThan(300);
      await releaseAfter(key);
      expect((await event).type).to.equal('verdict-load');
      await el.updateComplete;
      // Harbor CI has the shortest text of the fixture: here the card keeps the placeholder's height.
      expect(el.getBoundingClientRect().height).to.be.at.least(placeholder);
    });

    it('with --verdict-card-height, placeholder and card are exactly that tall', async () => {
      const { url, key } = faultUrl('ok', { fixture: 'mixed', hold: 1 });
      const { el, event } = mount('tool-card', { src: url, tool: 'lantern-search', style: 'display:block;width:360px;--verdict-card-height:30rem' });
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(480);
      await releaseAfter(key);
      await event;
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(480);
    });

    it('a <tool-compare> taller than its content (reserved height) keeps its rows at the top', async () => {
      const doc = await fixtureJson(MIXED);
      const top = async (style: string) => {
        const { el } = mount('tool-compare', { style }, { data: doc });
        await el.updateComplete;
        const offset = $(el, '.cards')!.getBoundingClientRect().top - el.getBoundingClientRect().top;
        const height = el.getBoundingClientRect().height;
        el.remove();
        return { offset, height };
      };
      const natural = await top('display:block;width:1000px');
      const reserved = await top('display:block;width:1000px;--verdict-compare-height:400rem');
      expect(reserved.height).to.equal(6400);
      expect(reserved.offset).to.equal(natural.offset);
    });
  });

  it('a whole <tool-compare> uses at most 8 font sizes and weights (a browser lays each new one out slowly the first time)', async () => {
    const { el, event } = mount('tool-compare', { src: MIXED });
    expect((await event).type).to.equal('verdict-load');
    await el.updateComplete;
    const fonts = fontsOf(el);
    expect(fonts.size, [...fonts].join(', ')).to.be.at.most(8);
    expect(fonts.size).to.be.at.least(4);
  });
});

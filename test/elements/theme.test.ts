// In every engine: theme="auto" follows what the page says (a class, data-theme, the inherited
// color-scheme) and an explicit theme wins. Switching the operating system's colour scheme needs
// CDP: those cases are in theme.chromium.test.ts.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import { CLAUDE, fixtureJson, mount, unmountAll, waitUntil } from '../support/helpers.js';
import { addStyle, card, frame, is, resetPage, root, shows, themeDocument, useDocument } from './support/theme.js';

describe('theme="auto" follows the page', () => {
  before(async () => {
    useDocument(await fixtureJson(CLAUDE));
    // Every engine's test browser reports a light OS: "light" below is the OS's answer, "dark" the page's.
    expect(matchMedia('(prefers-color-scheme: dark)').matches, 'the test browser reports a dark OS').to.equal(false);
  });
  afterEach(() => {
    unmountAll();
    resetPage();
  });

  describe('a class on the root element (VitePress, Tailwind)', () => {
    it('class="dark" on a light OS: dark (class="light" on a dark OS: theme.chromium.test.ts)', async () => {
      root.className = 'dark';
      expect(shows(await card())).to.deep.equal(is('dark'));
    });
    it('the site toggle flipped after render: follows, both ways, every element', async () => {
      const els = [await card(), await card(), await card()];
      expect(els.map(shows)).to.deep.equal([is('light'), is('light'), is('light')]);
      root.classList.add('dark');
      await waitUntil(() => els.every((el) => shows(el).text === 'dark'), 'did not follow the toggle');
      expect(els.map(shows)).to.deep.equal([is('dark'), is('dark'), is('dark')]);
      root.classList.remove('dark');
      await waitUntil(() => els.every((el) => shows(el).text === 'light'), 'did not follow back');
    });
  });

  describe('data-theme on the root element (Starlight, Docusaurus)', () => {
    it('data-theme="dark": dark; flipped to "light" after render: follows', async () => {
      root.dataset.theme = 'dark';
      const el = await card();
      expect(shows(el)).to.deep.equal(is('dark'));
      root.dataset.theme = 'light';
      await waitUntil(() => shows(el).text === 'light', 'did not follow data-theme');
      expect(shows(el)).to.deep.equal(is('light'));
    });
  });

  describe('the inherited color-scheme (light-dark() tokens)', () => {
    it(':root { color-scheme: dark } from the site CSS: dark', async () => {
      addStyle(':root { color-scheme: dark; }');
      expect(shows(await card())).to.deep.equal(is('dark'));
    });
    it('"light dark" leaves it to the OS: light here (a dark OS: theme.chromium.test.ts)', async () => {
      addStyle(':root { color-scheme: light dark; }');
      expect(shows(await card())).to.deep.equal(is('light'));
    });
    it('a light-dark() site toggling color-scheme through a root attribute: follows live', async () => {
      addStyle(':root { color-scheme: light; --site-bg: light-dark(white, black); } :root[data-mode="dark"] { color-scheme: dark; }');
      const el = await card();
      expect(shows(el)).to.deep.equal(is('light'));
      root.dataset.mode = 'dark'; // a toggle of the site's own
      await waitUntil(() => shows(el).text === 'dark', 'did not follow data-mode');
      delete root.dataset.mode;
      await waitUntil(() => shows(el).text === 'light', 'did not follow back');
      root.style.colorScheme = 'dark'; // a toggle that writes the style attribute
      await waitUntil(() => shows(el).text === 'dark', 'did not follow the style attribute');
      root.removeAttribute('style');
      await waitUntil(() => shows(el).text === 'light', 'did not follow back');
    });
    it('a dark section of a light page: the element in it is dark, its neighbour light', async () => {
      const section = document.createElement('section');
      addStyle('.night { color-scheme: dark; }');
      section.className = 'night';
      document.body.append(section);
      try {
        const inside = await card({}, section);
        const outside = await card();
        expect([shows(inside), shows(outside)]).to.deep.equal([is('dark'), is('light')]);
      } finally {
        section.remove();
      }
    });
  });

  describe('an explicit theme wins over the page', () => {
    it('theme="light" on a dark site, theme="dark" on a light one', async () => {
      root.className = 'dark';
      expect(shows(await card({ theme: 'light' }))).to.deep.equal(is('light'));
      root.className = '';
      expect(shows(await card({ theme: 'dark' }))).to.deep.equal(is('dark'));
    });
    it('back to auto after an explicit theme: the page again', async () => {
      root.className = 'dark';
      const el = await card({ theme: 'light' });
      el.theme = 'auto';
      await el.updateComplete;
      expect(shows(el)).to.deep.equal(is('dark'));
      el.removeAttribute('theme');
      await el.updateComplete;
      expect(shows(el)).to.deep.equal(is('dark'));
    });
  });

  it('a compare and the cards inside it flip together', async () => {
    const { el, event } = mount('tool-compare', {}, { data: themeDocument() });
    const inner = document.createElement('tool-card') as VerdictElement;
    inner.setAttribute('tool', 'claude-files-api');
    el.append(inner);
    await event;
    await inner.updateComplete;
    addStyle(':root.night { color-scheme: dark; }');
    root.className = 'night';
    await waitUntil(() => shows(el).text === 'dark' && shows(inner).text === 'dark', 'did not flip together');
    expect([shows(el), shows(inner)]).to.deep.equal([is('dark'), is('dark')]);
  });

  it('one observer for every element: mounting 20 more adds no observer of the root', async () => {
    await card(); // the watcher exists
    const observe = MutationObserver.prototype.observe;
    const onRoot: unknown[] = [];
    MutationObserver.prototype.observe = function (target: Node, options?: MutationObserverInit) {
      if (target === root || target === document.body) onRoot.push(target);
      return observe.call(this, target, options);
    };
    try {
      for (let i = 0; i < 20; i++) await card();
    } finally {
      MutationObserver.prototype.observe = observe;
    }
    expect(onRoot).to.deep.equal([]);
    root.className = 'dark';
    await frame();
    expect(
      [...document.querySelectorAll('tool-card')].every((el) => shows(el).text === 'dark'),
      'all 21 follow the one observer',
    ).to.equal(true);
  });
});

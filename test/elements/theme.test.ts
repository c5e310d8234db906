import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import { CLAUDE, fixtureJson, mount, unmountAll } from '../support/helpers.js';

// The text colour of each built-in theme (--_text), as computed.
const LIGHT = 'rgb(22, 24, 29)';
const DARK = 'rgb(236, 238, 242)';
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Which theme `el` shows: its text colour, and the color-scheme it gives its own controls. */
const shows = (el: Element) => {
  const style = getComputedStyle(el);
  return { text: style.color === DARK ? 'dark' : style.color === LIGHT ? 'light' : style.color, scheme: style.colorScheme };
};
const is = (scheme: 'light' | 'dark') => ({ text: scheme, scheme });

async function card(attributes: Record<string, string> = {}, parent?: Element): Promise<VerdictElement> {
  const { el, event } = mount('tool-card', { tool: 'codestral-2', ...attributes }, { data: doc }, parent);
  await event;
  await el.updateComplete;
  return el;
}

let doc: unknown;
const root = document.documentElement;

describe('theme="auto" follows the page, then the operating system', () => {
  before(async () => {
    doc = await fixtureJson(CLAUDE);
  });
  afterEach(async () => {
    unmountAll();
    root.removeAttribute('class');
    root.removeAttribute('data-theme');
    root.removeAttribute('style');
    root.removeAttribute('data-mode');
    document.querySelectorAll('[data-test-theme]').forEach((node) => node.remove());
    await emulateMedia({ colorScheme: 'light' });
  });

  /** Adds page CSS for one test. */
  function add(tag: 'style', set: (node: HTMLElement) => void): void {
    const node = document.createElement(tag);
    node.dataset.testTheme = '';
    set(node);
    document.head.append(node);
  }

  describe('no convention on the page: the OS', () => {
    it('light OS: light', async () => {
      await emulateMedia({ colorScheme: 'light' });
      expect(shows(await card())).to.deep.equal(is('light'));
    });
    it('dark OS: dark, and an OS switch after render follows live', async () => {
      await emulateMedia({ colorScheme: 'dark' });
      const el = await card();
      expect(shows(el)).to.deep.equal(is('dark'));
      await emulateMedia({ colorScheme: 'light' });
      await waitUntil(() => shows(el).text === 'light', 'did not follow the OS');
      expect(shows(el)).to.deep.equal(is('light'));
    });
  });

  describe('a class on the root element (VitePress, Tailwind)', () => {
    it('class="dark" on a light OS: dark; class="light" on a dark OS: light', async () => {
      root.className = 'dark';
      expect(shows(await card())).to.deep.equal(is('dark'));
      unmountAll();
      root.className = 'light';
      await emulateMedia({ colorScheme: 'dark' });
      expect(shows(await card())).to.deep.equal(is('light'));
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
    it('data-theme="dark": dark; "light" on a dark OS: light; flipped after render: follows', async () => {
      root.dataset.theme = 'dark';
      const el = await card();
      expect(shows(el)).to.deep.equal(is('dark'));
      await emulateMedia({ colorScheme: 'dark' });
      root.dataset.theme = 'light';
      await waitUntil(() => shows(el).text === 'light', 'did not follow data-theme');
      expect(shows(el)).to.deep.equal(is('light'));
    });
  });

  describe('the inherited color-scheme (light-dark() tokens)', () => {
    it(':root { color-scheme: dark } from the site CSS: dark', async () => {
      add('style', (node) => (node.textContent = ':root { color-scheme: dark; }'));
      expect(shows(await card())).to.deep.equal(is('dark'));
    });
    it('"light dark" leaves it to the OS', async () => {
      add('style', (node) => (node.textContent = ':root { color-scheme: light dark; }'));
      expect(shows(await card())).to.deep.equal(is('light'));
      unmountAll();
      await emulateMedia({ colorScheme: 'dark' });
      expect(shows(await card())).to.deep.equal(is('dark'));
    });
    it('a light-dark() site toggling color-scheme through a root attribute: follows live', async () => {
      add('style', (node) => (node.textContent = ':root { color-scheme: light; --site-bg: light-dark(white, black); } :root[data-mode="dark"] { color-scheme: dark; }'));
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
      add('style', (node) => (node.textContent = '.night { color-scheme: dark; }'));
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
    const { el, event } = mount('tool-compare', {}, { data: doc });
    const inner = document.createElement('tool-card') as VerdictElement;
    inner.setAttribute('tool', 'claude-files-api');
    el.append(inner);
    await event;
    await inner.updateComplete;
    add('style', (node) => (node.textContent = ':root.night { color-scheme: dark; }'));
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

import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { ENGLISH, setStrings } from '../../src/strings.js';
import { FRENCH } from '../../src/locales/fr.js';
import type { VerdictElement } from '../../src/index.js';
import { $, $$, CLAUDE, encodeDoc, faultUrl, fixtureJson, mount, releaseAfter, unmountAll, waitUntil } from '../support/helpers.js';

const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
/** The alert's text a reader sees (closed details hide their content from innerText). */
const seen = (el: Element) => ($(el, '[role="alert"]') as HTMLElement).innerText.replace(/\s+/g, ' ').trim();
const details = (el: Element) => $(el, '[role="alert"] details') as HTMLDetailsElement;

const TAGS = ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge'] as const;

describe('errors: reader (default), verbose, hidden', () => {
  afterEach(() => {
    unmountAll();
    setStrings(ENGLISH);
  });

  describe('reader (the default)', () => {
    it('an http 404: one sentence and Retry; the author message, with its hint, under a closed "Details"', async () => {
      const { url } = faultUrl('status', { code: 404 });
      const { el, event } = mount('tool-card', { src: url, tool: 'x' });
      const error = await event;
      await el.updateComplete;
      expect(el.hasAttribute('errors')).to.equal(false);
      expect(seen(el)).to.equal('This comparison isn’t available right now. Try again Details');
      expect(details(el).open).to.equal(false);
      expect(details(el).querySelector('summary')!.textContent).to.equal('Details');
      const message = details(el).querySelector('.error-message')!;
      expect(message.textContent).to.equal(error.detail.message);
      expect(message.textContent).to.contain('HTTP 404').and.contain('check the src address');
      expect((message as HTMLElement).checkVisibility()).to.equal(false);
      details(el).open = true;
      expect((message as HTMLElement).checkVisibility()).to.equal(true);
      expect(seen(el)).to.contain('HTTP 404: check the src address');
      expect($(el, '[part~="retry"]')!.textContent).to.equal('Try again');
      expect($(el, '[part~="error-details"]') === details(el), 'the details part').to.equal(true);
    });

    it('a timeout says it is slow; schema says it cannot be shown, without Retry, every problem under Details', async () => {
      const slow = mount('tool-card', { src: faultUrl('stall', { ms: 2000 }).url, tool: 'x', timeout: '200' });
      expect((await slow.event).detail.kind).to.equal('timeout');
      await slow.el.updateComplete;
      expect(seen(slow.el)).to.equal('This comparison is taking too long to load. Try again Details');

      const bad = { version: 1, id: 'Bad Id', title: '', tools: [] };
      const schema = mount('tool-compare', { src: faultUrl('json', { body: encodeDoc(bad) }).url });
      const error = await schema.event;
      await schema.el.updateComplete;
      expect(error.detail.kind).to.equal('schema');
      expect(error.detail.issues.length).to.be.greaterThan(1);
      expect(seen(schema.el)).to.equal('This comparison can’t be shown. Details');
      expect($(schema.el, '[role="alert"] button') === null).to.equal(true);
      const items = [...details(schema.el).querySelectorAll('li')].map((li) => li.textContent);
      expect(items).to.deep.equal(error.detail.issues.map((i: { path: string; message: string }) => `${i.path}: ${i.message}`));
      expect(details(schema.el).querySelector('.error-message')!.textContent).to.equal(error.detail.message);
    });

    it('a not-found tool: the reader sentence, the ids in Details', async () => {
      const { el, event } = mount('verdict-badge', { tool: 'nope' }, { data: await fixtureJson(CLAUDE) });
      expect((await event).detail.kind).to.equal('not-found');
      await el.updateComplete;
      expect(seen(el)).to.equal('This comparison can’t be shown. Details');
      expect(details(el).textContent).to.contain('no tool "nope"').and.contain('"claude-files-api"');
    });

    it('in French through setStrings, reader sentence, Details and Retry', async () => {
      setStrings(FRENCH);
      const { el, event } = mount('tool-card', { src: faultUrl('status', { code: 404 }).url, tool: 'x' });
      await event;
      await el.updateComplete;
      expect(seen(el)).to.equal('Cette comparaison n’est pas disponible pour le moment. Réessayer Détails');
      expect(details(el).textContent).to.contain('introuvable (HTTP 404)');
    });

    it('an unknown errors value is reader', async () => {
      const { el, event } = mount('tool-card', { errors: 'loud', tool: 'x' }, { data: { version: 1 } });
      await event;
      await el.updateComplete;
      expect(details(el)).to.exist;
      expect(seen(el)).to.equal('This comparison can’t be shown. Details');
    });
  });

  it('verbose: the author message shown, as before', async () => {
    const { url } = faultUrl('status', { code: 404 });
    const { el, event } = mount('tool-card', { src: url, tool: 'x', errors: 'verbose' });
    const error = await event;
    await el.updateComplete;
    expect(seen(el)).to.equal(`This comparison can’t be shown ${error.detail.message} Try again`);
    expect(!!details(el), 'no details for a single message').to.equal(false);
  });

  describe('hidden', () => {
    for (const tag of TAGS) {
      it(`<${tag}>: nothing rendered, no space taken, the event still fires`, async () => {
        const { el, event } = mount(tag, { errors: 'hidden', tool: 'x' }, { data: { version: 1 } });
        const error = await event;
        await el.updateComplete;
        expect(error.type).to.equal('verdict-error');
        expect(error.detail.kind).to.equal('schema');
        expect(el.shadowRoot!.children.length, 'shadow children').to.equal(0);
        const box = el.getBoundingClientRect();
        expect(box.height).to.equal(0);
        if (tag === 'verdict-badge') expect(box.width).to.equal(0);
      });
    }

    it('switching the mode on an element in error re-renders it (hidden -> reader -> verbose)', async () => {
      const { el, event } = mount('tool-card', { errors: 'hidden', tool: 'x' }, { data: { version: 1 } });
      await event;
      await el.updateComplete;
      expect(el.shadowRoot!.children.length).to.equal(0);
      el.errors = 'reader';
      await el.updateComplete;
      expect(seen(el)).to.equal('This comparison can’t be shown. Details');
      el.setAttribute('errors', 'verbose');
      await el.updateComplete;
      // Several problems: the first in the message, all of them under "All n problems".
      expect(seen(el)).to.match(/^This comparison can’t be shown \S+: .* All \d+ problems$/);
    });
  });

  describe('no layout shift when an error replaces a painted placeholder', () => {
    let probe: HTMLElement;
    beforeEach(() => {
      probe = document.createElement('div');
      document.body.prepend(probe);
    });
    afterEach(() => {
      probe.remove();
      document.documentElement.scrollTop = 0;
    });

    /**
     * What the reader sees move while `run` goes on (and two frames after): `moved`, how far the
     * text below the widget (`watched`) ever stood from where it started, sampled every frame, in
     * every engine; `cls`, the sum of layout-shift entries, where the engine reports them
     * (Chromium's Layout Instability API; Firefox and WebKit have none: undefined there).
     */
    async function shifts(watched: Element, run: () => Promise<void>): Promise<{ moved: number; cls: number | undefined }> {
      const supported = PerformanceObserver.supportedEntryTypes.includes('layout-shift');
      const entries: { value: number; hadRecentInput: boolean }[] = [];
      const observer = new PerformanceObserver((list) => entries.push(...(list.getEntries() as never[])));
      if (supported) observer.observe({ type: 'layout-shift' });
      const start = watched.getBoundingClientRect().top;
      let moved = 0;
      let sampling = true;
      const sample = () => {
        moved = Math.max(moved, Math.abs(watched.getBoundingClientRect().top - start));
        if (sampling) requestAnimationFrame(sample);
      };
      requestAnimationFrame(sample);
      await run();
      await frame();
      await frame();
      sampling = false;
      sample();
      entries.push(...(observer.takeRecords() as never[]));
      observer.disconnect();
      return { moved, cls: supported ? entries.filter((e) => !e.hadRecentInput).reduce((sum, e) => sum + e.value, 0) : undefined };
    }

    for (const tag of TAGS) {
      for (const mode of ['reader', 'verbose', 'hidden']) {
        it(`<${tag} errors="${mode}">: CLS 0, then the space is given back once out of view`, async () => {
          // Held until the placeholder is painted and measured: the error always comes after it.
          const { url, key } = faultUrl('status', { code: 500, hold: 1 });
          const el = document.createElement(tag) as VerdictElement;
          el.setAttribute('src', url);
          el.setAttribute('tool', 'x');
          el.setAttribute('errors', mode);
          const after = document.createElement('p');
          after.textContent = 'The article goes on below the widget.';
          probe.append(el, after);
          await el.updateComplete;
          await frame();
          const placeholder = el.getBoundingClientRect().height;
          const top = after.getBoundingClientRect().top;
          expect(placeholder).to.be.greaterThan(20);
          const { moved, cls } = await shifts(after, async () => {
            await releaseAfter(key);
            await waitUntil(() => !el.hasAttribute('aria-busy'), 'no error', { timeout: 5000 });
            await el.updateComplete;
          });
          // A badge is a 62 px pill: a box with a sentence and buttons is taller, and the text
          // below moves by the difference, once (CLS measured: reader 0.004, verbose 0.008 here). The others hold.
          if (tag === 'verdict-badge' && mode !== 'hidden') {
            const grown = el.getBoundingClientRect().height - placeholder;
            expect(moved, 'the text below moves by what the box grew, never further').to.be.at.most(Math.max(grown, 0) + 0.5);
            if (cls !== undefined) expect(cls, 'layout shift').to.be.below(0.01);
          } else {
            expect(moved, 'the text below never moves').to.equal(0);
            if (cls !== undefined) expect(cls, 'layout shift').to.equal(0);
            expect(after.getBoundingClientRect().top).to.equal(top);
          }
          expect(!!$(el, '[role="alert"]')).to.equal(mode !== 'hidden');
          // Out of view: the held placeholder goes; a hidden element then takes no space at all.
          const spacer = document.createElement('div');
          spacer.style.height = '5000px';
          probe.append(spacer);
          document.documentElement.scrollTop = 4000;
          await waitUntil(() => !$(el, '.hold'), 'the placeholder was not given back', { timeout: 3000 });
          await el.updateComplete;
          const height = el.getBoundingClientRect().height;
          if (mode === 'hidden') expect(height).to.equal(0);
          else expect(height).to.be.greaterThan(20).and.equal(($(el, '[role="alert"]') as HTMLElement).getBoundingClientRect().height);
        });
      }
    }

    it('the probe sees shifts: an error with no placeholder painted before it moves the text', async () => {
      const after = document.createElement('p');
      after.textContent = 'text';
      probe.append(after);
      await frame();
      const { moved, cls } = await shifts(after, async () => {
        const el = document.createElement('tool-card') as VerdictElement;
        el.errors = 'verbose';
        el.data = { version: 1 };
        probe.prepend(el);
        await el.updateComplete;
      });
      expect(moved).to.be.greaterThan(20);
      if (cls !== undefined) expect(cls).to.be.greaterThan(0);
    });

    it('Retry keeps the held space: no shift while it tries again and fails again', async () => {
      // Each answer held until the test has looked at the state before it.
      const { url, key } = faultUrl('status', { code: 503, hold: 1 });
      const el = document.createElement('tool-compare') as VerdictElement;
      el.setAttribute('src', url);
      probe.append(el);
      await frame();
      await releaseAfter(key, 1);
      await waitUntil(() => $(el, '[role="alert"]'), 'no error', { timeout: 5000 });
      const height = el.getBoundingClientRect().height;
      const errors: number[] = [];
      el.addEventListener('verdict-error', () => errors.push(1));
      ($(el, '[part~="retry"]') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(el.getBoundingClientRect().height).to.equal(height);
      await releaseAfter(key, 2);
      await waitUntil(() => errors.length === 1, 'no second error', { timeout: 5000 });
      await el.updateComplete;
      expect(el.getBoundingClientRect().height).to.equal(height);
      expect($$(el, '.hold')).to.have.length(1);
    });
  });
});

import { expect } from '@open-wc/testing';
// The browser build of Vue (the bare specifier resolves to a bundler build that reads process.env).
// @ts-ignore: no declaration file next to the browser build; typed as 'vue' below.
import * as vueBrowser from '../../node_modules/vue/dist/vue.esm-browser.js';
import '../../src/define.js';
import { ToolCard } from '../../src/index.js';
import type { VerdictElement } from '../../src/index.js';
import { $, CLAUDE, fixtureJson, mount, nextEvent, unmountAll } from '../support/helpers.js';

const { createApp, h, nextTick } = vueBrowser as typeof import('vue');
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** An HTML-escaped copy of JSON text, the way a Markdown host writes a script's content. */
const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const added: Element[] = [];
/** `<tag>` with an inline JSON script child holding `text`, put in the page; resolves on its first event. */
function inline(tag: string, text: string, attributes: Record<string, string> = {}): { el: VerdictElement; event: Promise<CustomEvent> } {
  const el = document.createElement(tag) as VerdictElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  el.append(script);
  const event = new Promise<CustomEvent>((resolve) => {
    el.addEventListener('verdict-load', (e) => resolve(e as CustomEvent), { once: true });
    el.addEventListener('verdict-error', (e) => resolve(e as CustomEvent), { once: true });
  });
  document.body.append(el);
  added.push(el);
  return { el, event };
}

describe('the source kind: sources that frameworks break silently fail loudly', () => {
  let doc: any;
  before(async () => {
    doc = await fixtureJson(CLAUDE);
  });
  afterEach(() => {
    unmountAll();
    for (const el of added.splice(0)) el.remove();
  });

  describe('data set as an attribute', () => {
    it('data="[object Object]": verdict-error kind source, saying to set data as a property', async () => {
      const { el, event } = mount('tool-card', { data: '[object Object]', tool: 'codestral-2' });
      const error = await event;
      expect(error.type).to.equal('verdict-error');
      expect(error.detail.kind).to.equal('source');
      expect(error.detail.message).to.contain('"[object Object]"').and.contain('Set data as a property').and.contain(':data.prop');
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.contain('can’t be shown').and.contain(':data.prop in Vue');
      expect($(el, '[role="alert"] button') === null, 'no Retry: trying again cannot help').to.equal(true);
    });

    it('other text in the data attribute: source, naming the property and the inline script', async () => {
      const { event } = mount('verdict-badge', { data: '{"version":1}', tool: 'codestral-2' });
      const error = await event;
      expect(error.detail.kind).to.equal('source');
      expect(error.detail.message).to.contain('data is a property').and.contain('<script type="application/json">');
    });

    it('the attribute added after the element upgraded is noticed; the property set later wins', async () => {
      const { el } = mount('tool-card', { tool: 'codestral-2' });
      await el.updateComplete;
      expect($(el, '[part~="empty"]')).to.exist;
      const error = nextEvent<{ kind: string }>(el, 'verdict-error');
      el.setAttribute('data', '[object Object]');
      expect((await error).detail.kind).to.equal('source');
      const load = nextEvent(el, 'verdict-load');
      el.data = doc;
      await load;
      await el.updateComplete;
      expect($(el, '[role="alert"]') === null).to.equal(true);
      expect(el.document!.id).to.equal(doc.id);
    });

    it('with src as well, src is used and nothing is reported', async () => {
      const { event } = mount('tool-card', { data: '[object Object]', src: CLAUDE, tool: 'codestral-2' });
      expect((await event).type).to.equal('verdict-load');
    });

    it('no source at all keeps the quiet empty state: no error, no event', async () => {
      const events: string[] = [];
      const { el } = mount('tool-card', { tool: 'codestral-2' });
      el.addEventListener('verdict-error', () => events.push('error'));
      el.addEventListener('verdict-load', () => events.push('load'));
      await el.updateComplete;
      await frame();
      expect(events).to.deep.equal([]);
      expect($(el, '[role="alert"]') === null).to.equal(true);
      expect($(el, '[part~="empty"]')!.textContent).to.contain('No comparison yet');
    });

    it('Vue 3 mounting before the element is defined (`:data`) writes the attribute: now a source error; `.prop` works', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      const errors: string[] = [];
      host.addEventListener('verdict-error', (e) => errors.push((e as CustomEvent).detail.kind));
      const app = createApp({
        render: () => [
          h('late-vue-card', { data: doc, tool: 'codestral-2' }),
          h('late-vue-card', { '.data': doc, tool: 'codestral-2' }),
        ],
      });
      app.mount(host);
      await nextTick();
      const [attribute, property] = [...host.querySelectorAll('late-vue-card')] as VerdictElement[];
      try {
        expect(attribute!.getAttribute('data')).to.equal('[object Object]');
        customElements.define('late-vue-card', class extends ToolCard {});
        await attribute!.updateComplete;
        await property!.updateComplete;
        expect(errors).to.deep.equal(['source']);
        expect($(attribute!, '[role="alert"]')!.textContent).to.contain(':data.prop');
        expect(property!.document?.id).to.equal(doc.id);
      } finally {
        app.unmount();
        host.remove();
      }
    });
  });

  describe('inline JSON that arrived HTML-escaped', () => {
    it('clearly escaped JSON is decoded and shown (entities in the text too)', async () => {
      const withEntities = { ...doc, title: 'Files & "quotes" <b>not markup</b> é' };
      const text = escapeHtml(JSON.stringify(withEntities)).replace('é', '&#233;');
      const { el, event } = inline('tool-compare', text);
      const loaded = await event;
      expect(loaded.type).to.equal('verdict-load');
      await el.updateComplete;
      expect(el.document!.title).to.equal(withEntities.title);
      expect($(el, '[part~="title"]')!.textContent).to.contain('Files & "quotes" <b>not markup</b> é');
    });

    it('numeric and hex quotes (&#34; &#x22;) are decoded too', async () => {
      const text = JSON.stringify(doc).replace(/"/g, (_, i) => (i % 2 ? '&#34;' : '&#x22;'));
      const { event } = inline('verdict-badge', text, { tool: 'codestral-2' });
      expect((await event).type).to.equal('verdict-load');
    });

    it('escaped and broken even once decoded: kind source, naming the cause', async () => {
      const { el, event } = inline('tool-card', '{&quot;version&quot;: 1, &quot;title&quot;: &quot;cut', { tool: 'x' });
      const error = await event;
      expect(error.detail.kind).to.equal('source');
      expect(error.detail.message).to.contain('HTML-escaped').and.contain('Use src');
      await el.updateComplete;
      expect($(el, '[role="alert"] details')!.textContent).to.contain('HTML-escaped');
    });

    it('plain invalid JSON is still a parse error; valid JSON with entities in its strings is left as written', async () => {
      const broken = inline('tool-card', '{"version": 1,', { tool: 'x' });
      expect((await broken.event).detail.kind).to.equal('parse');
      const literal = { ...doc, title: 'A &quot;literal&quot; title' };
      const kept = inline('tool-card', JSON.stringify(literal), { tool: 'codestral-2' });
      expect((await kept.event).type).to.equal('verdict-load');
      expect(kept.el.document!.title).to.equal('A &quot;literal&quot; title');
    });
  });
});

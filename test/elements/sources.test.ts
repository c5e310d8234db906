import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { ToolCard, ToolCompare, VerdictBadge, VerdictPanel } from '../../src/index.js';
import { $, $$, CLAUDE, MIXED, faultUrl, fixtureJson, nextEvent, serverCount, settled, shadowText } from '../support/helpers.js';

describe('where the document comes from', () => {
  let mixed: any;
  before(async () => {
    mixed = await fixtureJson(MIXED);
  });

  it('the data property (tool-card)', async () => {
    const el = await fixture<ToolCard>(html`<tool-card tool="lantern-search" .data=${mixed}></tool-card>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Lantern Search').and.contain('75%').and.contain('82%').and.contain('Free tier');
  });

  it('an inline <script type="application/json"> child (verdict-badge)', async () => {
    const el = await fixture<VerdictBadge>(
      html`<verdict-badge tool="quill-docs"><script type="application/json">${JSON.stringify(mixed)}</script></verdict-badge>`,
    );
    await settled(el);
    expect(shadowText(el)).to.contain('Quill Docs').and.contain('25%').and.contain('4 reviewers');
  });

  it('the src attribute (verdict-panel)', async () => {
    const el = await fixture<VerdictPanel>(html`<verdict-panel src=${MIXED}></verdict-panel>`);
    await settled(el);
    expect($$(el, 'tbody tr')).to.have.length(4);
    expect(shadowText(el)).to.contain('The Skeptic').and.contain('Competitors and failure modes');
  });

  it('an ancestor <tool-compare> through context, with one request for all of them', async () => {
    const { url, key } = faultUrl('ok', { fixture: 'mixed' });
    const el = await fixture<ToolCompare>(html`<tool-compare src=${url}>
      <tool-card tool="harbor-ci"></tool-card>
      <verdict-panel tool="quill-docs"></verdict-panel>
      <verdict-badge tool="lantern-search"></verdict-badge>
    </tool-compare>`);
    await settled(el);
    const [card, panel, badge] = [...el.children] as [ToolCard, VerdictPanel, VerdictBadge];
    await Promise.all([settled(card), settled(panel), settled(badge)]);
    expect(shadowText(card)).to.contain('Harbor CI').and.contain('0%').and.contain('From $20/month');
    expect(shadowText(panel)).to.contain('Quill Docs').and.not.contain('Lantern Search');
    expect(shadowText(badge)).to.contain('75%');
    // Composition: the heading and a slot instead of the built-in cards.
    expect(shadowText(el)).to.contain('Lantern Search vs Quill Docs vs Harbor CI');
    expect($(el, 'slot')).to.exist;
    expect($$(el, '.card')).to.have.length(0);
    expect(await serverCount(key)).to.equal(1);
  });

  it('data wins over src, and inline JSON over src', async () => {
    const claude = await fixtureJson(CLAUDE);
    const { url, key } = faultUrl('ok', { fixture: 'mixed' });
    const a = await fixture<ToolCard>(html`<tool-card tool="codestral-2" src=${url} .data=${claude}></tool-card>`);
    const b = await fixture<ToolCard>(
      html`<tool-card tool="codestral-2" src=${url}><script type="application/json">${JSON.stringify(claude)}</script></tool-card>`,
    );
    await Promise.all([settled(a), settled(b)]);
    expect(shadowText(a)).to.contain('Codestral 2.0');
    expect(shadowText(b)).to.contain('Codestral 2.0');
    expect(await serverCount(key)).to.equal(0);
  });

  it('setting data later replaces what was shown', async () => {
    const claude = await fixtureJson(CLAUDE);
    const el = await fixture<VerdictBadge>(html`<verdict-badge tool="codestral-2" .data=${claude}></verdict-badge>`);
    await settled(el);
    const load = nextEvent(el, 'verdict-load');
    el.data = { ...claude, tools: claude.tools.map((t: any) => ({ ...t, name: `${t.name} (renamed)` })) };
    await load;
    expect(shadowText(el)).to.contain('Codestral 2.0 (renamed)');
  });

  it('with no source at all, says what to add instead of showing a blank box', async () => {
    const el = await fixture<ToolCard>(html`<tool-card tool="x"></tool-card>`);
    await el.updateComplete;
    expect(shadowText(el)).to.contain('give this element a src');
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('a card moved into a <tool-compare> picks up its document', async () => {
    // The card connects first with no provider above it, then moves inside the compare.
    const host = document.createElement('div');
    document.body.append(host);
    const card = document.createElement('tool-card') as ToolCard;
    card.setAttribute('tool', 'quill-docs');
    host.append(card);
    const compare = document.createElement('tool-compare') as ToolCompare;
    compare.setAttribute('src', MIXED);
    host.append(compare);
    compare.append(card); // moved inside: reconnects and asks again
    await settled(compare);
    await settled(card);
    expect(shadowText(card)).to.contain('Quill Docs').and.contain('33%');
    host.remove();
  });
});

describe('sources that change after upgrade', () => {
  it('an inline JSON script added or edited later is read', async () => {
    const mixed = await fixtureJson(MIXED);
    const el = await fixture<ToolCard>(html`<tool-card tool="quill-docs"></tool-card>`);
    expect(shadowText(el)).to.contain('give this element a src');
    const script = Object.assign(document.createElement('script'), { type: 'application/json', textContent: JSON.stringify(mixed) });
    const loaded = nextEvent(el, 'verdict-load');
    el.append(script);
    await loaded;
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Quill Docs');
    const again = nextEvent(el, 'verdict-load');
    mixed.tools[1].name = 'Quill Docs 2';
    script.textContent = JSON.stringify(mixed);
    await again;
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Quill Docs 2');
  });

  it('data = null falls back to the next source', async () => {
    const el = await fixture<ToolCard>(html`<tool-card tool="harbor-ci" src=${MIXED} .data=${null}></tool-card>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Harbor CI');
  });

  it('a data object mutated and assigned again is validated again', async () => {
    const doc = await fixtureJson(MIXED);
    doc.tools[2].name = '';
    const el = await fixture<ToolCard>(html`<tool-card tool="harbor-ci" .data=${doc}></tool-card>`);
    await settled(el);
    expect($(el, '[role="alert"]')).to.exist;
    await new Promise((r) => setTimeout(r, 10));
    doc.tools[2].name = 'Harbor CI fixed';
    el.data = undefined;
    await el.updateComplete;
    el.data = doc;
    await settled(el);
    expect(shadowText(el)).to.contain('Harbor CI fixed');
  });

  it('a lazy element whose src is cached announces verdict-load once', async () => {
    const { url } = faultUrl('ok', { fixture: 'mixed' });
    const eager = await fixture<VerdictPanel>(html`<verdict-panel src=${url}></verdict-panel>`);
    await settled(eager);
    const wrapper = await fixture<HTMLElement>(html`<div><div class="spacer"></div></div>`);
    (wrapper.firstElementChild as HTMLElement).style.setProperty('height', '3000px');
    let loads = 0;
    const lazy = document.createElement('verdict-panel') as VerdictPanel;
    lazy.addEventListener('verdict-load', () => loads++);
    lazy.setAttribute('loading', 'lazy');
    lazy.setAttribute('src', url);
    wrapper.append(lazy);
    await settled(lazy);
    lazy.setAttribute('theme', 'dark');
    await lazy.updateComplete;
    ($(lazy, 'button.filter') as HTMLButtonElement).click();
    await lazy.updateComplete;
    expect(loads).to.equal(1);
  });

  it('a removed element starts no request when its src changes', async () => {
    const { url, key } = faultUrl('ok');
    const el = await fixture<ToolCard>(html`<tool-card tool="codestral-2"></tool-card>`);
    el.remove();
    el.setAttribute('src', url);
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 200));
    expect(await serverCount(key)).to.equal(0);
    document.body.append(el);
    await settled(el);
    expect(shadowText(el)).to.contain('Codestral 2.0');
    expect(await serverCount(key)).to.equal(1);
    el.remove();
  });

  it('a composed <tool-compare> without a source of its own still shows its children', async () => {
    const el = await fixture<ToolCompare>(html`<tool-compare><tool-card src=${MIXED} tool="lantern-search"></tool-card></tool-compare>`);
    const card = el.querySelector('tool-card') as ToolCard;
    await settled(card);
    expect($(el, 'slot')).to.exist;
    expect(card.getBoundingClientRect().height).to.be.greaterThan(100);
  });
});

import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VerdictElement, VerdictErrorDetail } from '../../src/index.js';
import { $, $$, CLAUDE, MIXED, faultUrl, fixtureJson, mount, nextEvent, releaseAfter, serverCount, settled, shadowText, unmountAll, waitUntil } from '../support/helpers.js';

describe('attributes', () => {
  afterEach(unmountAll);

  it('tools picks and orders the compare cards, the community rows and the panel columns', async () => {
    const el = await fixture<VerdictElement>(html`<tool-compare src=${MIXED} tools="harbor-ci,lantern-search"></tool-compare>`);
    await settled(el);
    const names = $$(el, '.card .name').map((n) => n.textContent!.trim());
    expect(names).to.deep.equal(['Harbor CI', 'Lantern Search']);
    expect($$(el, '.community li')).to.have.length(2);
    expect($$(el, 'thead th').map((th) => th.textContent!.replace(/\s+/g, ' ').trim())).to.deep.equal([
      'Reviewer',
      'Harbor CI 0 of 2 ship',
      'Lantern Search 3 of 4 ship',
    ]);
  });

  it('tools naming a tool the document lacks is not-found', async () => {
    const { event } = mount('tool-compare', { src: MIXED, tools: 'harbor-ci,nope' });
    const { detail } = (await event) as CustomEvent<VerdictErrorDetail>;
    expect(detail.kind).to.equal('not-found');
    expect(detail.message).to.contain('"nope"');
  });

  it('tools sizes the loading skeleton (one placeholder card per tool)', async () => {
    const { url, key } = faultUrl('ok', { fixture: 'mixed', hold: 1 });
    const el = await fixture<VerdictElement>(html`<tool-compare src=${url} tools="a,b,c"></tool-compare>`);
    expect($$(el, '.card.skeleton')).to.have.length(3);
    await releaseAfter(key);
  });

  it('the panel narrowed by tool shows one column', async () => {
    const el = await fixture<VerdictElement>(html`<verdict-panel src=${MIXED} tool="harbor-ci"></verdict-panel>`);
    await settled(el);
    expect($$(el, 'thead th')).to.have.length(2);
    expect($$(el, '.chip.none')).to.have.length(2);
    expect(shadowText(el)).to.contain('No review').and.contain('Per-minute billing');
  });

  it('theme="dark" and theme="light" set the palette whatever the OS says', async () => {
    const dark = await fixture<VerdictElement>(html`<tool-card src=${MIXED} tool="quill-docs" theme="dark"></tool-card>`);
    const light = await fixture<VerdictElement>(html`<tool-card src=${MIXED} tool="quill-docs" theme="light"></tool-card>`);
    await Promise.all([settled(dark), settled(light)]);
    const luminance = (el: VerdictElement) => {
      const [r, g, b] = getComputedStyle($(el, '.card')!).backgroundColor.match(/\d+/g)!.map(Number);
      return r! + g! + b!;
    };
    expect(luminance(dark)).to.be.lessThan(150);
    expect(luminance(light)).to.be.greaterThan(700);
  });

  it('locale formats numbers and dates', async () => {
    const el = await fixture<VerdictElement>(html`<tool-compare src=${MIXED} locale="fr"></tool-compare>`);
    await settled(el);
    const text = shadowText(el);
    expect(text).to.match(/82\s%/);
    expect(text).to.contain('2 octobre 2026');
  });

  it('without locale, the nearest lang is used', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><verdict-badge src=${MIXED} tool="lantern-search"></verdict-badge></div>`);
    const el = wrapper.firstElementChild as VerdictElement;
    await settled(el);
    expect(shadowText(el)).to.match(/75\s%/);
  });

  it('loading="lazy" makes no request off-screen, then loads when scrolled near', async () => {
    const { url, key } = faultUrl('ok', { fixture: 'mixed' });
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <div class="spacer"></div>
      <tool-card loading="lazy" src=${url} tool="quill-docs"></tool-card>
    </div>`);
    // 3000px of content above the card (set through CSSOM, as a host page's stylesheet would).
    (wrapper.firstElementChild as HTMLElement).style.setProperty('height', '3000px');
    const el = wrapper.querySelector('tool-card') as VerdictElement;
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 300));
    expect(await serverCount(key)).to.equal(0);
    expect(el.getAttribute('aria-busy')).to.equal('true');
    el.scrollIntoView();
    await settled(el);
    expect(shadowText(el)).to.contain('Quill Docs');
    expect(await serverCount(key)).to.equal(1);
    window.scrollTo(0, 0);
  });

  it('strings override the words per element', async () => {
    const claude = await fixtureJson(CLAUDE);
    const el = await fixture<VerdictElement>(
      html`<tool-card tool="codestral-2" .data=${claude} .strings=${{ panelShip: 'Avis du jury', entry: 'Prix' }}></tool-card>`,
    );
    await settled(el);
    expect(shadowText(el)).to.contain('Avis du jury').and.contain('Prix').and.not.contain('Panel ship');
  });

  it('timeout is read from the attribute', async () => {
    const el = await fixture<VerdictElement>(html`<tool-card timeout="200" tool="a" src=${faultUrl('stall', { ms: 3000 }).url}></tool-card>`);
    const { detail } = await nextEvent<VerdictErrorDetail>(el, 'verdict-error');
    expect(detail.kind).to.equal('timeout');
    await waitUntil(() => $(el, '[role="alert"]'));
  });
});

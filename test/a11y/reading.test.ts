import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import { FRENCH } from '../../src/locales/fr.js';
import type { VerdictElement } from '../../src/index.js';
import { $, $$, CLAUDE, MIXED, faultUrl, fixtureJson, settled, shadowText } from '../support/helpers.js';

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function describeFocus(el: Element | null): string {
  if (!el) return 'nothing';
  const label = (el.getAttribute('aria-label') ?? el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `${el.localName}${el.className ? `.${String(el.className).split(' ')[0]}` : ''}:${label.slice(0, 30)}`;
}

describe('keyboard', () => {
  it('a Tab walk through <tool-compare> reaches every control in reading order', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <button id="before">before</button>
      <tool-compare src=${CLAUDE}></tool-compare>
      <button id="after">after</button>
    </div>`);
    const compare = wrapper.querySelector('tool-compare') as VerdictElement;
    await settled(compare);
    (wrapper.querySelector('#before') as HTMLElement).focus();
    const stops: string[] = [];
    for (let i = 0; i < 30; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive();
      if (active?.id === 'after') break;
      stops.push(describeFocus(active));
    }
    // Filters (one per reviewer), the scrollable scorecard, then each long quote's "Read more",
    // row by row; nothing is skipped and focus leaves the widget afterwards.
    const quotes = $$(compare, 'button.more').length;
    expect(quotes).to.be.greaterThan(0);
    expect(stops.slice(0, 4)).to.deep.equal(
      ['The Builder', 'The Skeptic', 'The Buyer', 'The Futurist'].map((n) => `button.filter:${n}`),
    );
    expect(stops[4]).to.match(/^div\.scroll/);
    expect(stops.slice(5)).to.deep.equal(Array.from({ length: quotes }, () => 'button.more:Read more'));
  });

  it('"Read more" opens a long quote from the keyboard and says so', async () => {
    // A narrow column, as on a phone: the quote is cut at five lines whatever the window's width
    // (WebKit's window under Xvfb is wider than Chromium's headless one, and fit it in four).
    const column = await fixture<HTMLDivElement>(html`<div style="width: 320px"><verdict-panel src=${CLAUDE} tool="codestral-2"></verdict-panel></div>`);
    const el = column.firstElementChild as VerdictElement;
    await settled(el);
    const button = $(el, 'button.more') as HTMLButtonElement;
    const quote = $(el, `#${button.getAttribute('aria-controls')}`) as HTMLElement;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    const collapsed = quote.getBoundingClientRect().height;
    button.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(button.textContent!.trim()).to.equal('Show less');
    expect(quote.getBoundingClientRect().height).to.be.greaterThan(collapsed);
    await sendKeys({ press: ' ' }); // the space bar ("Space" is a key name only Chromium's driver knows)
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
  });

  it('reviewer filters toggle rows, announce the count, and work with Space', async () => {
    const el = await fixture<VerdictElement>(html`<verdict-panel src=${MIXED}></verdict-panel>`);
    await settled(el);
    const filters = $$(el, 'button.filter') as HTMLButtonElement[];
    expect(filters.map((f) => f.getAttribute('aria-pressed'))).to.deep.equal(['true', 'true', 'true', 'true']);
    filters[1]!.focus();
    await sendKeys({ press: ' ' }); // the space bar ("Space" is a key name only Chromium's driver knows)
    await el.updateComplete;
    expect(filters[1]!.getAttribute('aria-pressed')).to.equal('false');
    expect($$(el, 'tbody tr[part="row"]')).to.have.length(3);
    expect(shadowText(el)).to.not.contain('Competitors and failure modes');
    expect($(el, '[aria-live="polite"]')!.textContent).to.equal('Showing 3 of 4 reviewers');
    await sendKeys({ press: ' ' }); // the space bar ("Space" is a key name only Chromium's driver knows)
    await el.updateComplete;
    expect($$(el, 'tbody tr[part="row"]')).to.have.length(4);
  });

  it('focus is visible on controls', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><button>before</button><verdict-panel src=${MIXED}></verdict-panel></div>`);
    const el = wrapper.querySelector('verdict-panel') as VerdictElement;
    await settled(el);
    const filter = $(el, 'button.filter') as HTMLElement;
    wrapper.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(filter);
    expect(getComputedStyle(filter).outlineStyle).to.equal('solid');
    expect(filter.getBoundingClientRect().height).to.be.at.least(24);
  });
});

describe('structure', () => {
  it('heading-level sets the top heading; cards and panel sit one below', async () => {
    const el = await fixture<VerdictElement>(html`<tool-compare src=${MIXED} heading-level="4"></tool-compare>`);
    await settled(el);
    expect($(el, '.title')!.getAttribute('aria-level')).to.equal('4');
    expect($$(el, '.card .name').every((h) => h.getAttribute('aria-level') === '5')).to.equal(true);
    expect($(el, '.panel-title')!.getAttribute('aria-level')).to.equal('5');
  });

  it('shares are text plus a meter with a value text', async () => {
    const el = await fixture<VerdictElement>(html`<tool-card src=${MIXED} tool="lantern-search"></tool-card>`);
    await settled(el);
    const meters = $$(el, 'meter') as HTMLMeterElement[];
    expect(meters.map((m) => [m.value, m.getAttribute('aria-label'), m.getAttribute('aria-valuetext')])).to.deep.equal([
      [75, 'Panel ship', '75%, 3 of 4 ship'],
      [82, 'Community', '82%, 500 votes'],
    ]);
  });

  it('quotes are blockquotes with the reviewer named', async () => {
    const el = await fixture<VerdictElement>(html`<verdict-panel src=${MIXED} tool="harbor-ci"></verdict-panel>`);
    await settled(el);
    const figure = $(el, 'figure.quote')!;
    expect(figure.querySelector('blockquote')!.textContent).to.contain('Per-minute billing');
    expect(figure.querySelector('figcaption')!.textContent).to.equal('The Skeptic, Competitors and failure modes');
  });

  it('a card marks a panel and community 30 points or more apart, in words', async () => {
    const doc = await fixtureJson(MIXED);
    doc.tools[1].community = { ship: 90, skip: 10 }; // quill-docs: panel 25%, community 90%
    const el = await fixture<VerdictElement>(html`<tool-card tool="quill-docs" .data=${doc}></tool-card>`);
    await settled(el);
    expect($(el, '.disagreement')!.textContent).to.contain('Panel and community disagree').and.contain('25%').and.contain('90%');
    const close = await fixture<VerdictElement>(html`<tool-card tool="lantern-search" .data=${doc}></tool-card>`);
    await settled(close);
    expect($(close, '.disagreement')).to.not.exist;
  });
});

describe('locales and direction', () => {
  it('the French strings translate every caption, and error messages', async () => {
    const el = await fixture<VerdictElement>(html`<tool-compare src=${MIXED} locale="fr" .strings=${FRENCH}></tool-compare>`);
    await settled(el);
    const text = shadowText(el);
    for (const word of ['Jury : ship', 'Communauté', 'Prix d’entrée', 'Avis du jury', 'Vote de la communauté', 'Publié le 2 octobre 2026', 'Pas d’avis']) {
      expect(text).to.contain(word);
    }
    expect(text).to.not.match(/Panel ship|Community vote|No review/);
    const broken = await fixture<VerdictElement>(html`<tool-card tool="x" src=${faultUrl('status', { code: 404 }).url} .strings=${FRENCH}></tool-card>`);
    await settled(broken);
    // errors="reader" (the default): one French sentence for the reader, the French author
    // message under a French "Détails" disclosure.
    const alert = $(broken, '[role="alert"]')!;
    expect(alert.querySelector('.error-title')!.textContent!.trim()).to.equal(FRENCH.errorUnavailable);
    expect(FRENCH.errorUnavailable).to.equal('Cette comparaison n’est pas disponible pour le moment.');
    const details = alert.querySelector('details')!;
    expect(details.querySelector('summary')!.textContent).to.equal('Détails');
    expect(details.querySelector('.error-message')!.textContent).to.contain('introuvable (HTTP 404)');
    expect(alert.textContent).to.not.match(/can’t be shown|not found|Details/);
  });

  it('dir="rtl" mirrors the layout', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl"><verdict-panel src=${MIXED}></verdict-panel><verdict-badge src=${MIXED} tool="lantern-search"></verdict-badge></div>`);
    const [panel, badge] = [...wrapper.children] as VerdictElement[];
    await settled(panel!);
    await settled(badge!);
    const rowHeader = $(panel!, 'tbody th')!.getBoundingClientRect();
    const firstCell = $(panel!, 'tbody td')!.getBoundingClientRect();
    expect(rowHeader.left).to.be.greaterThan(firstCell.left);
    const quote = $(panel!, 'blockquote')!;
    expect(getComputedStyle(quote).borderRightWidth).to.equal('3px');
    expect(getComputedStyle(quote).borderLeftWidth).to.equal('0px');
    expect($(badge!, '.score')!.getBoundingClientRect().left).to.be.greaterThan($(badge!, '.lines')!.getBoundingClientRect().left);
  });
});

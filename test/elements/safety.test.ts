import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import { $, $$, MIXED, fixtureJson, settled, shadowText } from '../support/helpers.js';

describe('document strings are text, never HTML', () => {
  it('markup in every shown field renders literally, with no element or handler created', async () => {
    const doc = await fixtureJson(MIXED);
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    doc.title = `T ${payload}`;
    doc.question = payload;
    doc.tools[0].name = `N ${payload}`;
    doc.tools[0].tagline = payload;
    doc.tools[0].description = payload;
    doc.tools[0].category = payload.slice(0, 60);
    doc.tools[0].pricing.label = '<b>x</b>';
    doc.reviewers[0].name = `R <i>x</i>`;
    doc.reviews[0].quote = payload;
    doc.reviews[0].headline = payload;
    const el = await fixture<VerdictElement>(html`<tool-compare .data=${doc}></tool-compare>`);
    await settled(el);
    await new Promise((r) => setTimeout(r, 100));
    expect((window as any).__pwned).to.equal(undefined);
    expect($$(el, 'img, script, b, i')).to.have.length(0);
    expect(shadowText(el)).to.contain('<img src=x onerror="window.__pwned=1">').and.contain('<b>x</b>');
  });

  it('a link is rendered only for http(s), even from a hand-built object that skips validation', async () => {
    const doc = await fixtureJson(MIXED);
    const el = await fixture<VerdictElement>(html`<tool-card tool="lantern-search" .data=${doc}></tool-card>`);
    await settled(el);
    expect(($(el, '.name a') as HTMLAnchorElement).href).to.equal('https://example.com/lantern');
  });

  it('a javascript: URL in data is a schema error, not a link', async () => {
    const doc = await fixtureJson(MIXED);
    doc.tools[0].url = ' JavaScript:alert(1)';
    const el = await fixture<VerdictElement>(html`<tool-card tool="lantern-search" .data=${doc}></tool-card>`);
    await settled(el);
    expect($(el, 'a')).to.not.exist;
    expect($(el, '[role="alert"]')!.textContent).to.contain('tools[0].url');
  });

  it('relative links in inline data resolve against the page', async () => {
    const doc = await fixtureJson(MIXED);
    doc.tools[0].url = 'tools/lantern';
    const el = await fixture<VerdictElement>(html`<tool-card tool="lantern-search" .data=${doc}></tool-card>`);
    await settled(el);
    expect(($(el, '.name a') as HTMLAnchorElement).href).to.equal(new URL('tools/lantern', document.baseURI).href);
  });

  it('a data object that throws when read is a schema error, not an exception', async () => {
    const hostile = {
      version: 1,
      get id(): string {
        throw new Error('boom');
      },
    };
    const el = await fixture<VerdictElement>(html`<verdict-badge tool="a" .data=${hostile}></verdict-badge>`);
    await settled(el);
    expect($(el, '[role="alert"]')).to.exist;
  });
});

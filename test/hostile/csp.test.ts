// A page with a strict Content-Security-Policy (no inline script or style, Trusted Types required)
// runs the CDN bundle without a single violation; and no shadow root ever needs a style attribute.
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import { CLAUDE, MIXED, faultUrl } from '../support/helpers.js';
import { inspectShadowDom, problems, shadowRootsIn, sleep, until } from './support/dom.js';
import { allRendered, openFrame, type Frame } from './support/frames.js';

let violationsSeen = 0;
after(() => console.log(`csp: ${violationsSeen} CSP violations seen from the library (a deliberate one per page checks the probe)`));

async function strictPage(build: 'esm' | 'iife'): Promise<Frame> {
  const url = `/csp/page.html${build === 'iife' ? '?build=iife' : ''}`;
  const headers = (await fetch(url)).headers;
  // The page really is served with the policy under test.
  expect(headers.get('content-security-policy')).to.equal(
    "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html",
  );
  return openFrame(url);
}

async function checkStrictPage(build: 'esm' | 'iife'): Promise<void> {
  const f = await strictPage(build);
  try {
    await allRendered(f);
    // Violation reports are queued tasks: give late ones time to arrive.
    await sleep(300);
    const { probe } = f;
    violationsSeen += probe.violations.length;
    expect(probe.violations, 'securitypolicyviolation events').to.deep.equal([]);
    expect(probe.errors, 'uncaught errors').to.deep.equal([]);
    expect(probe.rejections, 'unhandled rejections').to.deep.equal([]);
    expect(probe.resourceErrors, 'scripts that failed to load').to.deep.equal([]);
    expect(probe.loads.length, 'verdict-load events').to.be.greaterThanOrEqual(6);
    expect(probe.failures.map((x) => `${x.el} ${x.kind}`)).to.deep.equal(['tool-card#broken http']);
    const found = inspectShadowDom(f.doc.body);
    expect(problems(found, { styles: true })).to.deep.equal([]);

    // The probe does see violations: an inline style attribute is one under this policy.
    const probeCheck = f.doc.createElement('p');
    probeCheck.setAttribute('style', 'color: red');
    f.doc.body.append(probeCheck);
    await until(() => f.probe.violations.length > 0, 'the deliberate violation to be reported', 3000);
    expect(f.probe.violations[0]!.effective).to.match(/^style-src/);
  } finally {
    f.remove();
  }
}

describe('strict Content-Security-Policy', function () {
  this.timeout(120_000);

  it('the ESM bundle renders all four elements (src, inline JSON, composition, an HTTP error) with zero violations', async () => {
    await checkStrictPage('esm');
  });

  it('the IIFE bundle does the same', async () => {
    await checkStrictPage('iife');
  });
});

describe('no style attributes in any shadow root', function () {
  this.timeout(120_000);

  it('in the loaded, composed, error, loading and empty states of all four elements, both themes', async () => {
    const stall = faultUrl('stall', { ms: 3000 }).url;
    const root = await fixture<HTMLDivElement>(html`<div>
      <tool-compare src=${MIXED}></tool-compare>
      <tool-compare src=${MIXED} theme="dark"></tool-compare>
      <tool-card src=${MIXED} tool="lantern-search"></tool-card>
      <tool-card src=${MIXED} tool="harbor-ci" theme="dark"></tool-card>
      <verdict-panel src=${MIXED}></verdict-panel>
      <verdict-panel src=${MIXED} tool="quill-docs"></verdict-panel>
      <verdict-badge src=${MIXED} tool="lantern-search"></verdict-badge>
      <verdict-badge src=${CLAUDE} tool="codestral-2"></verdict-badge>
      <tool-compare src=${CLAUDE}><tool-card tool="codestral-2"></tool-card><verdict-panel tool="codestral-2"></verdict-panel></tool-compare>
      <tool-card src=${MIXED} tool="nope"></tool-card>
      <verdict-badge src=${faultUrl('status', { code: 500 }).url} tool="x"></verdict-badge>
      <tool-compare src=${stall}></tool-compare>
      <verdict-panel src=${stall}></verdict-panel>
      <tool-card></tool-card>
    </div>`);
    const els = [...root.querySelectorAll('tool-compare, tool-card, verdict-panel, verdict-badge')] as VerdictElement[];
    await until(
      // 16 elements: 11 loaded (compare's two children included), 2 errors, 2 loading, 1 empty.
      () => els.filter((el) => el.document || el.shadowRoot?.querySelector('[role="alert"]')).length === 13,
      'the loaded and error states',
    );
    // Open every long quote and toggle a reviewer filter: interactive states render too.
    const buttons = shadowRootsIn(root).flatMap((sr) => [...sr.querySelectorAll<HTMLButtonElement>('button[part~="more"], button[part~="filter"]')]);
    expect(buttons.length).to.be.greaterThan(4);
    for (const button of buttons) button.click();
    await Promise.all(els.map((el) => el.updateComplete));
    const found = inspectShadowDom(root);
    expect(found.count).to.be.greaterThan(300);
    expect(shadowRootsIn(root).length).to.equal(els.length);
    expect(found.styleAttributes).to.deep.equal([]);
    expect(problems(found)).to.deep.equal([]);
    // The loading ones are still loading (the skeleton state was inspected).
    expect(els).to.have.length(16);
    expect(els.filter((el) => el.getAttribute('aria-busy') === 'true').map((el) => el.getAttribute('src'))).to.deep.equal([stall, stall]);
  });
});

// In every engine (the hydration tests beside it read layout-shift entries: Chromium only).
// The static HTML with no JavaScript for the elements (this page never defines them): what a reader
// sees at 1280 and 360 px, axe on it, the XSS corpus parsed as a page, and the CSP-safe variant.
import { expect } from '@open-wc/testing';
import { CANARY, PAYLOADS } from '../hostile/support/payloads.js';
import { sleep, until } from '../hostile/support/dom.js';
import { CLAUDE, MIXED, fixtureJson } from '../support/helpers.js';

type Options = Record<string, unknown>;
async function render(jobs: { doc: unknown; options: Options }[]): Promise<{ html?: string; error?: { name: string; kind?: string; message: string } }[]> {
  const response = await fetch('/ssr/render', { method: 'POST', body: JSON.stringify(jobs) });
  return response.json();
}

const CASES: [string, string, string | undefined][] = [
  ['tool-compare', CLAUDE, undefined],
  ['tool-compare', MIXED, undefined],
  ['tool-card', CLAUDE, 'codestral-2'],
  ['tool-card', MIXED, 'lantern-search'],
  ['verdict-panel', CLAUDE, undefined],
  ['verdict-panel', MIXED, 'quill-docs'],
  ['verdict-badge', CLAUDE, 'claude-files-api'],
  ['verdict-badge', MIXED, 'harbor-ci'],
];

/** What the static HTML of each case must show (names, shares, pricing words, verdicts, quotes). */
function expected(doc: any, tag: string, tool?: string): string[] {
  const tools = doc.tools.filter((t: any) => !tool || t.id === tool);
  const words: string[] = tools.map((t: any) => t.name);
  if (tag === 'tool-card' || tag === 'tool-compare') words.push(...tools.filter((t: any) => t.pricing).map((t: any) => t.pricing.label));
  if (tag === 'tool-compare' || tag === 'verdict-panel') {
    for (const r of doc.reviews.filter((x: any) => tools.some((t: any) => t.id === x.tool))) words.push(r.quote.slice(0, 60), r.verdict === 'ship' ? 'Ship' : 'Skip');
  }
  if (tag !== 'verdict-panel') words.push('%');
  return words;
}

describe('static HTML, no JavaScript for the elements', function () {
  this.timeout(60_000);
  let box: HTMLDivElement;
  beforeEach(() => {
    box = document.createElement('div');
    document.body.append(box);
  });
  afterEach(() => box.remove());

  it('nothing here defines the elements', () => {
    for (const tag of ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge']) expect(customElements.get(tag)).to.equal(undefined);
  });

  for (const width of [1280, 360]) {
    for (const theme of ['light', 'dark']) {
      it(`each element, both fixtures, ${theme}, at ${width} px: the comparison is there, laid out, accessible (axe)`, async () => {
        box.style.width = `${width}px`; // the test page's own layout, not the library's
        const docs: Record<string, any> = { [CLAUDE]: await fixtureJson(CLAUDE), [MIXED]: await fixtureJson(MIXED) };
        const results = await render(CASES.map(([element, src, tool]) => ({ doc: docs[src], options: { element, tool, theme, structuredData: true } })));
        box.setHTMLUnsafe(results.map((r) => `<div class="host">${r.html}</div>`).join(''));
        const hosts = [...box.querySelectorAll('.host > *')];
        expect(hosts.length).to.equal(CASES.length);
        hosts.forEach((el, i) => {
          const [tag, src, tool] = CASES[i]!;
          expect(el.localName).to.equal(tag);
          const root = el.shadowRoot;
          expect(root, `${tag}: a declarative shadow root`).to.exist;
          const text = root!.textContent!.replace(/\s+/g, ' ');
          for (const word of expected(docs[src], tag, tool)) expect(text, `${tag} ${tool ?? ''}`).to.include(word.replace(/\s+/g, ' '));
          const rect = el.getBoundingClientRect();
          expect(rect.height, `${tag}: laid out`).to.be.greaterThan(tag === 'verdict-badge' ? 40 : 150);
          expect(rect.width, `${tag}: fits ${width} px`).to.be.at.most(width + 0.5);
          // Unstyled, a custom element is inline; its own :host rule makes it a block.
          expect(getComputedStyle(el).display, `${tag}: styled`).to.not.equal('inline');
        });
        // One element at a time, as a page would hold it (two scorecards on one page share a landmark name).
        for (const el of hosts) await expect(el).to.be.accessible();
      });
    }
  }

  it('the XSS corpus in every shown string: parsed as a page (scripts allowed), nothing runs, nothing is injected', async () => {
    const base = await fixtureJson(MIXED);
    const jobs = PAYLOADS.filter((p) => p.length < 5000).map((payload) => {
      const doc = structuredClone(base);
      doc.title = `T ${payload}`.slice(0, 200);
      doc.question = `Q ${payload}`.slice(0, 200);
      doc.tools[0].name = `N ${payload}`.slice(0, 120);
      doc.tools[0].tagline = `G ${payload}`.slice(0, 200);
      doc.tools[0].description = `D ${payload}`;
      doc.tools[0].pricing.label = `P ${payload}`.slice(0, 40);
      doc.reviewers[0].name = `R ${payload}`.slice(0, 80);
      doc.reviews[0].quote = `Q ${payload}`;
      doc.reviews[0].headline = `H ${payload}`.slice(0, 160);
      return { doc, options: { element: 'tool-compare', structuredData: true } };
    });
    const results = await render(jobs);
    for (const r of results) expect(r.error, r.error?.message).to.equal(undefined);
    const calls: string[] = [];
    (window as unknown as Record<string, unknown>)[CANARY] = (...args: unknown[]) => calls.push(args.join());
    const frame = document.createElement('iframe');
    const page = `<!doctype html><html><head><script>window.${CANARY} = (...a) => parent.${CANARY}(...a); window.onerror = (m) => parent.${CANARY}('error ' + m);</script></head><body>${results.map((r) => r.html).join('\n')}</body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = page;
    box.append(frame);
    await loaded;
    await sleep(300);
    const doc = frame.contentDocument!;
    expect(calls, 'canary calls').to.deep.equal([]);
    const hosts = [...doc.querySelectorAll('tool-compare')];
    expect(hosts.length).to.equal(jobs.length);
    // Each host holds exactly what renderElement writes: its shadow root, the two scripts, the text copy.
    for (const el of hosts) {
      expect([...el.children].map((c) => `${c.localName}${c.getAttribute('type') ? `[${c.getAttribute('type')}]` : ''}`)).to.deep.equal([
        'script[application/json]',
        'div',
        'script[application/ld+json]',
      ]);
      expect(() => JSON.parse(el.querySelector('script')!.textContent!)).not.to.throw();
      const injected = [...el.shadowRoot!.querySelectorAll('script, iframe, object, img:not(.logo), svg:not([viewBox="0 0 16 16"])'), ...el.querySelectorAll('div *:not(p, br, strong, q, ul, li)')];
      expect(injected.map((n) => n.outerHTML.slice(0, 80))).to.deep.equal([]);
    }
    expect(doc.querySelectorAll('body > :not(tool-compare)').length, 'nothing outside the hosts').to.equal(0);
    // The payload is shown literally.
    expect(hosts[0]!.shadowRoot!.textContent).to.include(`N ${PAYLOADS[0]}`.slice(0, 120));
  });
});

describe('--styles link under a strict Content-Security-Policy', function () {
  this.timeout(40_000);
  for (const bundle of ['none', 'hydrate']) {
    it(`styled, with zero violations (bundle: ${bundle})`, async () => {
      const frame = document.createElement('iframe');
      frame.width = '1100';
      frame.height = '900';
      const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
      frame.src = `/ssr/page.html?styles=link&csp=1&bundle=${bundle}`;
      document.body.append(frame);
      try {
        await loaded;
        const win = frame.contentWindow as Window & { __probe: { violations: unknown[]; errors: string[] } };
        const doc = frame.contentDocument!;
        const hosts = ['compare', 'card', 'panel', 'badge'].map((id) => doc.querySelector(`#${id} > *`) as HTMLElement & { hasUpdated?: boolean });
        if (bundle === 'hydrate') await until(() => hosts.every((h) => h.hasUpdated), 'hydrated', 10_000);
        // The linked stylesheets apply (each shadow root has its own <link>).
        await until(() => hosts.every((h) => h.shadowRoot!.querySelector('link')?.sheet), 'stylesheets loaded', 10_000);
        for (const h of hosts) {
          expect(h.shadowRoot!.querySelector('style')).to.equal(null);
          expect(getComputedStyle(h).display, 'the host styled').to.not.equal('inline');
        }
        const card = hosts[1]!.shadowRoot!.querySelector('.card')!;
        expect(getComputedStyle(card).display, 'the card laid out by its stylesheet').to.equal('flex');
        await sleep(300);
        expect(win.__probe.violations).to.deep.equal([]);
        expect(win.__probe.errors).to.deep.equal([]);
      } finally {
        frame.remove();
      }
    });
  }
});

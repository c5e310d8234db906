import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VerdictElement, VerdictErrorDetail } from '../../src/index.js';
import { $, MIXED, faultUrl, nextEvent, settled, shadowText } from '../support/helpers.js';

/** The same test server under another origin: localhost and 127.0.0.1 are different origins. */
const otherOrigin = () => (location.hostname === 'localhost' ? `${location.protocol}//127.0.0.1:${location.port}` : `${location.protocol}//localhost:${location.port}`);

const MATRIX: { fault: string; url: () => string; kind: VerdictErrorDetail['kind']; says: RegExp; attrs?: Record<string, string> }[] = [
  { fault: '404', url: () => faultUrl('status', { code: 404 }).url, kind: 'http', says: /HTTP 404: check the src address/ },
  { fault: '500', url: () => faultUrl('status', { code: 500 }).url, kind: 'http', says: /HTTP 500: the server failed; try again later/ },
  { fault: '204 No Content', url: () => faultUrl('empty').url, kind: 'parse', says: /not valid JSON: it is empty/ },
  { fault: 'HTML instead of JSON', url: () => faultUrl('html').url, kind: 'parse', says: /looks like an HTML page/ },
  { fault: 'truncated JSON', url: () => faultUrl('invalid-json').url, kind: 'parse', says: /not valid JSON/ },
  { fault: '5 MB with Content-Length', url: () => faultUrl('huge').url, kind: 'too-large', says: /5\.0 MiB, over the 2 MiB limit/ },
  { fault: '5 MB without Content-Length', url: () => faultUrl('huge', { chunked: 1 }).url, kind: 'too-large', says: /more than 2\.0 MiB, over the 2 MiB limit/ },
  { fault: 'stall past the timeout', url: () => faultUrl('stall', { ms: 4000 }).url, kind: 'timeout', says: /did not answer within 0\.4 s/, attrs: { timeout: '400' } },
  { fault: 'connection dropped mid-body', url: () => faultUrl('drop').url, kind: 'network', says: /broke off while loading/ },
  { fault: 'CORS refusal', url: () => `${otherOrigin()}${faultUrl('ok').url}`, kind: 'network', says: /CORS/ },
];

describe('fault matrix', () => {
  after(() => console.log(`faults tried: ${MATRIX.length} failing answers + 1 redirect`));

  for (const { fault, url, kind, says, attrs = {} } of MATRIX) {
    it(`${fault}: ${kind}, with a message that says what to do; the element beside it is unaffected`, async () => {
      const wrapper = await fixture<HTMLElement>(html`<div></div>`);
      const neighbour = document.createElement('verdict-badge') as VerdictElement;
      neighbour.setAttribute('src', MIXED);
      neighbour.setAttribute('tool', 'lantern-search');
      const el = document.createElement('tool-card') as VerdictElement;
      el.setAttribute('tool', 'codestral-2');
      for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
      el.setAttribute('src', url());
      const failed = nextEvent<VerdictErrorDetail>(el, 'verdict-error');
      wrapper.append(neighbour, el);
      const { detail } = await failed;
      expect(detail.kind).to.equal(kind);
      await el.updateComplete;
      expect($(el, '[role="alert"]')!.textContent).to.match(says);
      await settled(neighbour);
      expect(shadowText(neighbour)).to.contain('Lantern Search').and.contain('75%');
      // The same element then renders a good src (without the fault's own attributes: a 0.4 s
      // timeout would fail a good answer too on a busy machine).
      for (const k of Object.keys(attrs)) el.removeAttribute(k);
      const loaded = nextEvent(el, 'verdict-load');
      el.setAttribute('src', faultUrl('ok').url);
      await loaded;
      await el.updateComplete;
      expect(shadowText(el)).to.contain('Codestral 2.0');
    });
  }

  it('a redirect is followed, and the document loads', async () => {
    const el = await fixture<VerdictElement>(html`<tool-card tool="lantern-search" src=${faultUrl('redirect', { fixture: 'mixed' }).url}></tool-card>`);
    await settled(el);
    expect(shadowText(el)).to.contain('Lantern Search');
  });

  it('retry() fetches a failed src again (the method behind the button)', async () => {
    const { url } = faultUrl('status', { code: 502 });
    const el = await fixture<VerdictElement>(html`<tool-card tool="x" src=${url}></tool-card>`);
    await settled(el);
    const again = nextEvent<VerdictErrorDetail>(el, 'verdict-error');
    el.retry();
    expect((await again).detail.status).to.equal(502);
  });
});

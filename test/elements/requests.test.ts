import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import { loaderStats, type VerdictElement, type VerdictErrorDetail } from '../../src/index.js';
import { $, encodeDoc, faultUrl, nextEvent, release, releaseAfter, serverCount, settled, shadowText, waitUntil } from '../support/helpers.js';

async function errorFor(src: string, attrs: Record<string, string> = {}): Promise<{ el: VerdictElement; detail: VerdictErrorDetail }> {
  const el = document.createElement('tool-card') as VerdictElement;
  el.setAttribute('tool', 'claude-files-api');
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  el.setAttribute('src', src);
  const failed = nextEvent<VerdictErrorDetail>(el, 'verdict-error');
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
  const { detail } = await failed;
  await el.updateComplete;
  return { el, detail };
}

describe('requests and error kinds through the shared loader', () => {
  it('404 is http with the status', async () => {
    const { el, detail } = await errorFor(faultUrl('status', { code: 404 }).url);
    expect(detail.kind).to.equal('http');
    expect($(el, '[role="alert"]')!.textContent).to.contain('HTTP 404');
  });

  it('500 is http, and offers a retry that loads once the server recovers', async () => {
    const { el, detail } = await errorFor(faultUrl('status', { code: 500 }).url);
    expect(detail.kind).to.equal('http');
    expect(detail.status).to.equal(500);
    const button = $(el, '[role="alert"] button') as HTMLButtonElement;
    expect(button.textContent).to.contain('Try again');
    // The same element renders a later good src.
    const loaded = nextEvent(el, 'verdict-load');
    el.setAttribute('src', faultUrl('ok').url);
    await loaded;
    await el.updateComplete;
    expect(shadowText(el)).to.contain('Claude Files API');
  });

  it('the retry button fetches the same src again', async () => {
    const { url, key } = faultUrl('status', { code: 503 });
    const { el } = await errorFor(url);
    expect(await serverCount(key)).to.equal(1);
    const again = nextEvent<VerdictErrorDetail>(el, 'verdict-error');
    ($(el, '[role="alert"] button') as HTMLButtonElement).click();
    await again;
    expect(await serverCount(key)).to.equal(2);
  });

  it('invalid JSON is parse', async () => {
    const { detail } = await errorFor(faultUrl('invalid-json').url);
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.contain('not valid JSON');
  });

  it('an HTML page is parse, with a hint', async () => {
    const { detail } = await errorFor(faultUrl('html').url);
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.contain('HTML');
  });

  it('a body over 2 MiB is too-large, with and without Content-Length', async () => {
    const a = await errorFor(faultUrl('huge').url);
    const b = await errorFor(faultUrl('huge', { chunked: 1 }).url);
    expect([a.detail.kind, b.detail.kind]).to.deep.equal(['too-large', 'too-large']);
    expect(a.detail.message).to.contain('2 MiB');
  });

  it('a response slower than the timeout is timeout', async () => {
    // The server holds its answer until released: only the element's timeout can end the wait.
    const held = faultUrl('ok', { hold: 1 });
    const { el, detail } = await errorFor(held.url, { timeout: '300' });
    await release(held.key);
    expect(detail.kind).to.equal('timeout');
    expect($(el, '[role="alert"]')!.textContent).to.contain('did not answer within 0.3 s');
  });

  it('an unreachable server is network', async () => {
    const { detail } = await errorFor('http://127.0.0.1:9/nothing.json');
    expect(detail.kind).to.equal('network');
    expect(detail.message).to.contain('CORS');
  });

  it('a fetched document breaking a rule is schema, naming the path', async () => {
    const doc = { version: 1, id: 'x', title: 'T', tools: [{ id: 'claude-files-api', name: 'C', url: 'javascript:alert(1)' }] };
    const { el, detail } = await errorFor(faultUrl('json', { body: encodeDoc(doc) }).url);
    expect(detail.kind).to.equal('schema');
    expect(detail.issues[0]!.path).to.equal('tools[0].url');
    expect($(el, '[role="alert"]')!.textContent).to.contain('tools[0].url');
  });

  it('20 elements sharing a src make one request', async () => {
    // Held until all 20 are on the page and asking.
    const { url, key } = faultUrl('ok', { fixture: 'mixed', hold: 1 });
    const tools = ['lantern-search', 'quill-docs', 'harbor-ci'];
    const container = await fixture<HTMLDivElement>(html`<div>
      ${Array.from({ length: 20 }, (_, i) => html`<tool-card src=${url} tool=${tools[i % 3]}></tool-card>`)}
    </div>`);
    const cards = [...container.children] as VerdictElement[];
    await Promise.all(cards.map((c) => c.updateComplete));
    await releaseAfter(key);
    await Promise.all(cards.map(settled));
    expect(cards.every((c) => shadowText(c).includes('Panel ship'))).to.equal(true);
    expect(new Set(cards.map((c) => c.document)).size).to.equal(1);
    expect(await serverCount(key)).to.equal(1);
  });

  it('a src changed mid-request renders only the last one', async () => {
    // The first answer is held until the second one has rendered: it always comes last.
    const slow = faultUrl('ok', { fixture: 'mixed', hold: 1 });
    const fast = faultUrl('ok');
    const el = document.createElement('verdict-panel') as VerdictElement;
    const loads: string[] = [];
    el.addEventListener('verdict-load', (e) => loads.push((e as CustomEvent).detail.document.id));
    el.setAttribute('src', slow.url);
    (await fixture<HTMLDivElement>(html`<div></div>`)).append(el);
    await el.updateComplete;
    await waitUntil(async () => (await serverCount(slow.key)) === 1, 'the first request never reached the server');
    el.setAttribute('src', fast.url);
    await settled(el);
    await release(slow.key);
    // Nothing should come of the first answer; give it time to (wrongly) arrive and render.
    await new Promise((r) => setTimeout(r, 900));
    expect(loads).to.deep.equal(['claude-files-api-vs-codestral-2']);
    expect(shadowText(el)).to.contain('Claude Files API').and.not.contain('Lantern');
  });

  it('removing an element aborts its request; no event, nothing rendered later', async () => {
    // Held: the removal always comes while the request is in flight.
    const { url, key } = faultUrl('ok', { hold: 1 });
    const el = document.createElement('tool-card') as VerdictElement;
    el.setAttribute('tool', 'codestral-2');
    el.setAttribute('src', url);
    let events = 0;
    el.addEventListener('verdict-load', () => events++);
    el.addEventListener('verdict-error', () => events++);
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.append(el);
    await el.updateComplete;
    await waitUntil(async () => (await serverCount(key)) === 1, 'the request never reached the server');
    const aborts = loaderStats.aborts;
    el.remove();
    await waitUntil(() => loaderStats.aborts === aborts + 1, 'request was not aborted');
    await release(key);
    await new Promise((r) => setTimeout(r, 1000));
    expect(events).to.equal(0);
    // Re-added: it asks again and renders.
    container.append(el);
    await releaseAfter(key, 2);
    await settled(el);
    expect(shadowText(el)).to.contain('Codestral 2.0');
  });

  it('removing one of two elements sharing a src keeps the request for the other', async () => {
    // Held until the card is gone: the removal always comes while the request is in flight.
    const { url, key } = faultUrl('ok', { hold: 1 });
    const container = await fixture<HTMLDivElement>(html`<div>
      <tool-card src=${url} tool="codestral-2"></tool-card><verdict-badge src=${url} tool="codestral-2"></verdict-badge>
    </div>`);
    const [card, badge] = [...container.children] as VerdictElement[];
    const aborts = loaderStats.aborts;
    card!.remove();
    await releaseAfter(key);
    await settled(badge!);
    expect(shadowText(badge!)).to.contain('Codestral 2.0');
    expect(loaderStats.aborts).to.equal(aborts);
    expect(await serverCount(key)).to.equal(1);
  });

  it('moving an element to another parent keeps its request', async () => {
    // Held until the card has moved: the move always comes while the request is in flight.
    const { url, key } = faultUrl('ok', { hold: 1 });
    const container = await fixture<HTMLDivElement>(html`<div><section></section><tool-card src=${url} tool="codestral-2"></tool-card></div>`);
    const card = container.querySelector('tool-card') as VerdictElement;
    await card.updateComplete;
    const aborts = loaderStats.aborts;
    container.querySelector('section')!.append(card);
    await releaseAfter(key);
    await settled(card);
    expect(shadowText(card)).to.contain('Codestral 2.0');
    expect(loaderStats.aborts).to.equal(aborts);
    expect(await serverCount(key)).to.equal(1);
  });
});

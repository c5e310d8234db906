// Single-page apps: elements removed and re-added, moved between parents, `src` cleared and set
// again. (The 1,000 create/remove cycles that measure the heap need Chromium's GC hooks:
// lifecycle.chromium.test.ts.)
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { loaderStats, type VerdictElement } from '../../src/index.js';
import { BOUND, CLAUDE, faultUrl, fixtureJson, release, serverCount, waitUntil } from '../support/helpers.js';
import { shadowTextOf, sleep } from './support/dom.js';
import { make, settle, showsDocument, useRoots } from './support/lifecycle.js';

const stats = () => ({ ...loaderStats });


describe('lifecycle in single-page apps', function () {
  this.timeout(120_000);
  const root = useRoots();

  it('an element removed while loading cancels its request; re-added, it loads again', async () => {
    // The server holds the answer until released, so the removal comes first however busy the machine.
    const { url, key } = faultUrl('ok', { hold: 1, fixture: 'mixed' });
    const el = make('tool-card', { tool: 'quill-docs', src: url });
    const parent = root();
    const s0 = stats();
    parent.append(el);
    await waitUntil(async () => (await serverCount(key)) === 1, 'the request reached the server', { timeout: BOUND });
    el.remove();
    await settle();
    expect(loaderStats.aborts - s0.aborts, 'aborted on removal').to.equal(1);

    parent.append(el);
    await waitUntil(async () => (await serverCount(key)) === 2, 'the second request reached the server', { timeout: BOUND });
    await release(key);
    await waitUntil(() => showsDocument(el, 'Quill Docs'), 'loaded after re-adding', { timeout: BOUND });
    expect(loaderStats.fetches - s0.fetches).to.equal(2);
    expect(await serverCount(key)).to.equal(2);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
  });

  it('an element moved to another parent in the same task keeps its one request', async () => {
    const { url, key } = faultUrl('ok', { hold: 1, fixture: 'mixed' });
    const el = make('verdict-badge', { tool: 'lantern-search', src: url });
    const a = root();
    const b = root();
    const s0 = stats();
    a.append(el);
    await waitUntil(async () => (await serverCount(key)) === 1, 'the request reached the server', { timeout: BOUND });
    b.append(el); // a move: disconnected and connected again at once
    await settle();
    expect(loaderStats.aborts - s0.aborts, 'no abort for a move').to.equal(0);
    await release(key);
    await waitUntil(() => showsDocument(el, 'Lantern Search'), 'loaded after the move', { timeout: BOUND });
    // Moving a loaded element again neither refetches nor loses the document.
    a.append(el);
    await settle();
    await el.updateComplete;
    expect(showsDocument(el, 'Lantern Search')).to.equal(true);
    expect(loaderStats.fetches - s0.fetches).to.equal(1);
    expect(await serverCount(key)).to.equal(1);
  });

  it('a card moved from one <tool-compare> into another shows the new one’s document', async () => {
    const claude = await fixtureJson(CLAUDE);
    const renamed = structuredClone(claude);
    renamed.tools[1].name = 'Codestral (moved)';
    const first = make('tool-compare');
    (first as VerdictElement).data = claude;
    const second = make('tool-compare');
    (second as VerdictElement).data = renamed;
    const card = make('tool-card', { tool: 'codestral-2' });
    first.append(card);
    root().append(first, second);
    await waitUntil(() => shadowTextOf(card).includes('Codestral 2.0'), 'the card shows the first document');
    second.append(card);
    await waitUntil(() => shadowTextOf(card).includes('Codestral (moved)'), 'the card shows the second document', { timeout: BOUND });
    expect(shadowTextOf(card)).to.not.contain('Codestral 2.0');
  });

  it('a card moved out of its <tool-compare> into a plain parent no longer shows that comparison', async () => {
    const claude = await fixtureJson(CLAUDE);
    const compare = make('tool-compare');
    (compare as VerdictElement).data = claude;
    const card = make('tool-card', { tool: 'codestral-2' });
    compare.append(card);
    root().append(compare);
    await waitUntil(() => shadowTextOf(card).includes('Codestral 2.0'), 'the card shows the compare’s document');
    // No source of its own and no ancestor providing one: by the spec's source rules it has no document.
    root().append(card);
    await settle();
    await card.updateComplete;
    expect(card.document?.id, 'the document of a <tool-compare> the card has left').to.equal(undefined);
    expect(shadowTextOf(card)).to.not.contain('Codestral 2.0');
  });

  it('src set to "" shows the empty state and cancels the request; set back, it loads; the last src set wins', async () => {
    const slow = faultUrl('ok', { hold: 1, fixture: 'mixed' });
    const fast = faultUrl('ok', { fixture: 'claude' });
    const el = make('tool-compare', { src: slow.url });
    const s0 = stats();
    root().append(el);
    await waitUntil(async () => (await serverCount(slow.key)) === 1, 'the slow request reached the server', { timeout: BOUND });
    el.src = '';
    await el.updateComplete;
    await settle();
    expect(loaderStats.aborts - s0.aborts, 'clearing src cancels the request').to.equal(1);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    expect(el.document).to.equal(undefined);
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    expect(shadowTextOf(el)).to.contain('give this element a src');

    // Slow, then fast at once: the fast one is shown, and stays shown after the slow one would have answered.
    el.src = slow.url;
    await el.updateComplete;
    el.src = fast.url;
    await waitUntil(() => showsDocument(el, 'Claude Files API vs Codestral 2.0'), 'the last src', { timeout: BOUND });
    // Now the slow answers arrive (released by the server), and a moment for the page to take them.
    await release(slow.key);
    await sleep(300);
    await el.updateComplete;
    expect(shadowTextOf(el)).to.contain('Claude Files API vs Codestral 2.0');
    expect(shadowTextOf(el)).to.not.contain('Lantern Search');

    // Cleared and set back to a loaded src: shown from the cache at once, no request.
    const before = stats();
    el.src = '';
    await el.updateComplete;
    expect(el.document).to.equal(undefined);
    el.src = fast.url;
    await el.updateComplete;
    expect(showsDocument(el, 'Claude Files API vs Codestral 2.0')).to.equal(true);
    expect(loaderStats.fetches - before.fetches).to.equal(0);
    expect(await serverCount(fast.key)).to.equal(1);
  });
});

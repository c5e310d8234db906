import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import type { VerdictTallyErrorDetail } from '../../src/components/base/voting.js';
import { mount, nextEvent, settled, shadowText, unmountAll } from '../support/helpers.js';
import { $, $$, aTurn, buttons, cardCommunity, communityRows, resetVoting, srcOf, started, until, voteScope, votingDoc } from './support.js';

afterEach(async () => {
  unmountAll();
  await resetVoting();
});

describe('live tally', () => {
  it('ten elements showing one comparison share one tally request, and all show its figures', async () => {
    const scope = voteScope();
    await scope.faults({}, { 'lantern-search': { ship: 30, skip: 10 }, 'quill-docs': { ship: 0, skip: 4 } });
    const src = srcOf(await votingDoc(scope));
    const els: VerdictElement[] = [];
    for (let i = 0; i < 8; i++) els.push(mount('tool-card', { src, tool: i % 2 ? 'quill-docs' : 'lantern-search' }).el);
    els.push(mount('tool-compare', { src }).el);
    els.push(mount('tool-compare', { src, tools: 'harbor-ci,lantern-search' }).el);
    await Promise.all(els.map(settled));
    await until(() => cardCommunity(els[0]!).value === '75%', 'the tally did not arrive');
    await until(() => communityRows(els[9]!).join() !== '', 'compare not rendered');
    expect(cardCommunity(els[0]!)).to.deep.equal({ value: '75%', sub: '40 votes' });
    expect(cardCommunity(els[1]!)).to.deep.equal({ value: '0%', sub: '4 votes' });
    await until(() => communityRows(els[8]!)[0] === 'Lantern Search: 75% ship · 40 votes', 'compare shows the tally');
    // Left out of the document's counts: harbor-ci has none there, and none on the server either.
    expect(communityRows(els[8]!)).to.deep.equal(['Lantern Search: 75% ship · 40 votes', 'Quill Docs: 0% ship · 4 votes', 'Harbor CI: No votes yet']);
    expect(communityRows(els[9]!)).to.deep.equal(['Harbor CI: No votes yet', 'Lantern Search: 75% ship · 40 votes']);
    expect((await scope.log()).tally).to.equal(1);
  });

  it("shows the document's counts until the tally arrives", async () => {
    const scope = voteScope();
    // Held, not delayed: however slow the page, the tally cannot arrive before the first check.
    await scope.faults({ tally: 'hold' }, { 'lantern-search': { ship: 1, skip: 1 } });
    const { el } = mount('tool-card', { src: srcOf(await votingDoc(scope)), tool: 'lantern-search' });
    await settled(el);
    expect(cardCommunity(el)).to.deep.equal({ value: '82%', sub: '500 votes' });
    await until(async () => (await scope.log()).held === 1, 'the tally was not asked for');
    expect(cardCommunity(el)).to.deep.equal({ value: '82%', sub: '500 votes' });
    await scope.release();
    await until(() => cardCommunity(el).value === '50%', 'tally never shown');
    expect(cardCommunity(el).sub).to.equal('2 votes');
  });

  for (const [fault, kind] of [
    ['drop', 'network'],
    ['500', 'http'],
    ['503:20', 'unavailable'],
    ['404', 'not-found'],
  ] as const) {
    it(`a tally that fails (${fault}) leaves the document's counts, no error box, and fires verdict-tally-error (${kind})`, async () => {
      const scope = voteScope();
      await scope.faults({ tally: fault });
      const doc = await votingDoc(scope);
      const el = document.createElement('tool-compare') as VerdictElement;
      const errors: VerdictTallyErrorDetail[] = [];
      el.addEventListener('verdict-tally-error', (e) => errors.push(e.detail));
      el.setAttribute('src', srcOf(doc));
      (await fixture(html`<div></div>`)).append(el);
      await settled(el);
      await until(() => errors.length > 0, 'no verdict-tally-error');
      expect(errors[0]).to.include({ comparison: 'notes-search-ci-roundup', kind });
      expect(errors[0]!.message).to.be.a('string').and.not.empty;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(communityRows(el)).to.deep.equal(['Lantern Search: 82% ship · 500 votes', 'Quill Docs: 33% ship · 3 votes', 'Harbor CI: No votes yet']);
      // Voting stays possible: the buttons are there.
      expect(buttons(el, 'ship').length).to.equal(6);
    });
  }

  it('a tally that does not answer in time fails with kind timeout', async () => {
    const scope = voteScope();
    // The tally is held until the test ends, so only the element's time limit can end the wait.
    await scope.faults({ tally: 'hold' });
    const el = document.createElement('tool-card') as VerdictElement;
    const event = nextEvent<VerdictTallyErrorDetail>(el, 'verdict-tally-error');
    // `timeout` bounds the document's request too: the document is given as data, so that a slow
    // document (over 300 ms on a loaded machine) cannot fail the load and leave no tally to wait for.
    Object.assign(el, { timeout: 300, tool: 'quill-docs', data: await votingDoc(scope) });
    (await fixture(html`<div></div>`)).append(el);
    expect((await event).detail).to.include({ comparison: 'notes-search-ci-roundup', kind: 'timeout' });
    expect(cardCommunity(el)).to.deep.equal({ value: '33%', sub: '3 votes' });
    expect((await scope.log()).held).to.equal(1);
  });

  it('removing the last element that waits for the tally aborts it; a new one asks again', async () => {
    const scope = voteScope();
    // Held: the first request is surely in flight when its element goes (a delay raced both ways:
    // removed before the request left the page, or answered before the removal).
    await scope.faults({ tally: 'hold' }, { 'quill-docs': { ship: 2, skip: 0 } });
    const src = srcOf(await votingDoc(scope));
    const first = mount('tool-card', { src, tool: 'quill-docs' }).el;
    await settled(first);
    await until(async () => (await scope.log()).held === 1, 'the first element did not ask for the tally');
    first.remove();
    await until(async () => (await scope.log()).aborted === 1, 'the tally request was not aborted');
    const second = mount('tool-card', { src, tool: 'quill-docs' }).el;
    await settled(second);
    await until(async () => (await scope.log()).tally === 2, 'the second element did not ask again');
    await scope.release();
    await until(() => cardCommunity(second).value === '100%', 'second element never got the tally');
    const log = await scope.log();
    expect([log.tally, log.aborted]).to.deep.equal([2, 1]);
  });

  it('votes="off" (attribute or property) shows no buttons, keeps the document\'s counts and reads no tally', async () => {
    const scope = voteScope();
    await scope.faults({}, { 'lantern-search': { ship: 1, skip: 1 } });
    const src = srcOf(await votingDoc(scope));
    const card = mount('tool-card', { src, tool: 'lantern-search', votes: 'off' }).el;
    const compare = mount('tool-compare', { src }, { votes: 'off' }).el;
    await Promise.all([settled(card), settled(compare)]);
    // Both have rendered their document: a tally would have been asked for by now.
    await aTurn();
    expect(started(scope, 'tally')).to.equal(0);
    expect(compare.getAttribute('votes')).to.equal('off');
    expect($$(card, '.vote').length + $$(compare, '.vote').length).to.equal(0);
    expect(cardCommunity(card)).to.deep.equal({ value: '82%', sub: '500 votes' });
    expect(communityRows(compare)[0]).to.equal('Lantern Search: 82% ship · 500 votes');
    expect((await scope.log()).tally).to.equal(0);
    // Turned on again: the buttons come, with the live figures.
    compare.votes = undefined;
    await until(() => buttons(compare, 'ship').length === 6, 'buttons did not come back');
    await until(() => communityRows(compare)[0] === 'Lantern Search: 50% ship · 2 votes', 'no tally after votes on');
  });

  it('a document without votes shows no buttons and asks no vote server', async () => {
    const { el } = mount('tool-compare', { src: '/demo/fixtures/three-tools-mixed.json' });
    await settled(el);
    expect($$(el, '.vote, .vote-status').length).to.equal(0);
  });

  it('<verdict-badge> and <verdict-panel> stay read-only: no buttons, no tally request', async () => {
    const scope = voteScope();
    const src = srcOf(await votingDoc(scope));
    const badge = mount('verdict-badge', { src, tool: 'lantern-search' }).el;
    const panel = mount('verdict-panel', { src }).el;
    await Promise.all([settled(badge), settled(panel)]);
    await aTurn();
    expect(started(scope, 'tally')).to.equal(0);
    expect($$(badge, 'button').length).to.equal(0);
    expect($$(panel, '.vote').length).to.equal(0);
    expect(shadowText(badge)).to.contain('Lantern Search');
    expect((await scope.log()).tally).to.equal(0);
  });

  it('a relative endpoint is resolved against the document URL', async () => {
    const scope = voteScope();
    const doc = { ...(await votingDoc(scope)), votes: { endpoint: `../../votes/${scope.name}/v1/` } };
    const { el } = mount('tool-card', { src: srcOf(doc), tool: 'lantern-search' });
    await settled(el);
    expect(el.document!.votes!.endpoint).to.equal(`${location.origin}/votes/${scope.name}/v1/`);
    await until(() => cardCommunity(el).value === '—', 'tally of the resolved endpoint not shown');
    expect((await scope.log()).tally).to.equal(1);
  });

  it('a composed <tool-compare> leaves voting to its child cards', async () => {
    const scope = voteScope();
    const src = srcOf(await votingDoc(scope));
    const wrapper = await fixture<HTMLElement>(html`<div><tool-compare src=${src}><tool-card tool="quill-docs"></tool-card></tool-compare></div>`);
    const compare = wrapper.querySelector('tool-compare') as VerdictElement;
    const card = wrapper.querySelector('tool-card') as VerdictElement;
    await settled(compare);
    await settled(card);
    await until(() => buttons(card, 'ship').length === 1, 'the child card has no buttons');
    // The card shows the tally (no votes on the server: "—"), so its one request has been answered.
    await until(() => cardCommunity(card).value === '—', 'the child card has no tally');
    expect($$(compare, '.vote').length).to.equal(0);
    expect(started(scope, 'tally')).to.equal(1);
    expect((await scope.log()).tally).to.equal(1);
  });
});

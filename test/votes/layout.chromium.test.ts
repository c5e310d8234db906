// No layout shift when the tally arrives, a vote changes the figures or a message appears,
// measured with the Layout Instability API (Chromium only).
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import type { VerdictVotedDetail } from '../../src/components/base/voting.js';
import { settled } from '../support/helpers.js';
import { $$, buttons, cardCommunity, communityRows, resetVoting, srcOf, statusText, until, voteScope, votingDoc, type VoteScope } from './support.js';

afterEach(resetVoting);

const SEED = { 'lantern-search': { ship: 4, skip: 1 }, 'quill-docs': { ship: 1, skip: 1 } };

async function show(tag: string, scope: VoteScope, attributes: Record<string, string>, width = 'auto'): Promise<{ el: VerdictElement; voted: VerdictVotedDetail[] }> {
  const wrapper = await fixture<HTMLElement>(html`<main style="width:${width}"></main>`);
  const el = document.createElement(tag) as VerdictElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', srcOf(await votingDoc(scope)));
  const voted: VerdictVotedDetail[] = [];
  el.addEventListener('verdict-voted', (e) => voted.push(e.detail));
  wrapper.append(el);
  await settled(el);
  return { el, voted };
}

describe('layout shift (CLS)', () => {
  before(() => setViewport({ width: 1280, height: 2400 }));
  after(() => setViewport({ width: 800, height: 600 }));

  /** Sums every layout shift on the page while `run` runs (no user input: all of them count). */
  async function shiftDuring(run: () => Promise<void>): Promise<{ total: number; sources: string[] }> {
    const entries: any[] = [];
    const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
    observer.observe({ type: 'layout-shift' });
    await run();
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
    entries.push(...observer.takeRecords());
    observer.disconnect();
    return {
      total: entries.reduce((sum, e) => sum + e.value, 0),
      // Nodes inside shadow roots are not named to the page: their rectangles say what moved.
      sources: entries.flatMap((e) =>
        e.sources.map((s: any) => `${JSON.stringify(s.previousRect.toJSON())} -> ${JSON.stringify(s.currentRect.toJSON())}`),
      ),
    };
  }

  for (const width of ['360px', '1100px']) {
    for (const tag of ['tool-card', 'tool-compare']) {
      it(`<${tag}> at ${width}: tally arriving, a first vote on a tool without votes, its answer, a refusal and its message: 0`, async () => {
        const scope = voteScope();
        // The tally and the vote are held, then released while shifts are measured: with fixed delays a
        // loaded machine let the tally arrive before the measuring began, and the test measured less.
        await scope.faults({ tally: 'hold', vote: 'hold' }, SEED);
        const { el, voted } = await show(tag, scope, { tool: 'harbor-ci', tools: 'harbor-ci,lantern-search' }, width);
        const frames = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        await until(async () => (await scope.log()).held === 1, 'the tally was not asked for');
        await frames();
        const result = await shiftDuring(async () => {
          // The tally arrives: figures change, nothing moves.
          await scope.release();
          await until(() => (tag === 'tool-card' ? cardCommunity(el).value === '—' && $$(el, '.vote').length > 0 : communityRows(el)[1]!.includes('80%')), 'tally');
          await frames();
          // A first vote on harbor-ci: from "—" to 100% (a bar appears), then the server's answer.
          buttons(el, 'ship')[0]!.click();
          await frames();
          await until(async () => (await scope.log()).held === 1, 'the vote did not reach the server');
          await scope.release();
          await until(() => voted.length === 1, 'vote');
          await frames();
          // A refusal: undone, and a message in the status line.
          await scope.faults({ vote: '503:9' }, SEED);
          buttons(el, 'skip')[0]!.click();
          await until(() => voted.length === 2, 'refusal');
          await el.updateComplete;
          await frames();
        });
        expect(statusText(el)[0]).to.contain('Try again in 9 s');
        expect(result.total, result.sources.join(', ')).to.equal(0);
      });
    }
  }
});

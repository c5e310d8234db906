// Voting as every reader meets it: axe in each vote state in both themes, and the keyboard.
// In every engine (the layout-shift figures need the Layout Instability API: layout.chromium.test.ts).
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import type { VerdictVotedDetail } from '../../src/components/base/voting.js';
import { settled } from '../support/helpers.js';
import { buttons, cardCommunity, pressed, resetVoting, srcOf, statusText, until, voteScope, votingDoc, type VoteScope } from './support.js';

afterEach(resetVoting);

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function show(
  tag: string,
  scope: VoteScope,
  attributes: Record<string, string>,
  width = 'auto',
): Promise<{ el: VerdictElement; voted: VerdictVotedDetail[]; tallyErrors: string[] }> {
  const wrapper = await fixture<HTMLElement>(html`<main style="width:${width}"></main>`);
  const el = document.createElement(tag) as VerdictElement;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.setAttribute('src', srcOf(await votingDoc(scope)));
  const voted: VerdictVotedDetail[] = [];
  const tallyErrors: string[] = [];
  el.addEventListener('verdict-voted', (e) => voted.push(e.detail));
  el.addEventListener('verdict-tally-error', (e) => tallyErrors.push(e.detail.kind));
  wrapper.append(el);
  await settled(el);
  return { el, voted, tallyErrors };
}

const SEED = { 'lantern-search': { ship: 4, skip: 1 }, 'quill-docs': { ship: 1, skip: 1 } };

for (const theme of ['light', 'dark']) {
  describe(`axe in every vote state, ${theme} theme`, () => {
    for (const tag of ['tool-card', 'tool-compare']) {
      it(`<${tag}>: tally in, a vote in flight, accepted, refused with a message, tally unreadable`, async () => {
        const scope = voteScope();
        // Votes held until the in-flight state has been checked (axe takes a while on a loaded machine).
        await scope.faults({ vote: 'hold' }, SEED);
        const { el, voted } = await show(tag, scope, { theme, tool: 'lantern-search' });
        await until(() => buttons(el, 'ship').length > 0 && !statusText(el).length && cardCommunity(el).value === '80%', 'tally');
        await expect(el).to.be.accessible();
        buttons(el, 'ship')[0]!.click();
        await el.updateComplete;
        expect(pressed(el)[0]).to.equal('ship');
        await expect(el).to.be.accessible();
        expect(voted).to.deep.equal([]);
        await scope.faults({}, SEED);
        await scope.release();
        await until(() => voted.length === 1, 'accepted');
        await el.updateComplete;
        expect(statusText(el)).to.deep.equal(['Vote counted. Thanks!']);
        await expect(el).to.be.accessible();
        buttons(el, 'skip')[0]!.click();
        await until(() => voted.length === 2, 'skip accepted');
        await el.updateComplete;
        expect(pressed(el)[0]).to.equal('skip');
        await expect(el).to.be.accessible();
        await scope.faults({ vote: '429:30' }, SEED);
        buttons(el, 'ship')[0]!.click();
        await until(() => voted.length === 3, 'refused');
        await el.updateComplete;
        expect(statusText(el)[0]).to.contain('Try again in 30 s');
        await expect(el).to.be.accessible();
      });
      it(`<${tag}>: the tally cannot be read`, async () => {
        const scope = voteScope();
        await scope.faults({ tally: '500' });
        const { el, tallyErrors } = await show(tag, scope, { theme, tool: 'quill-docs' });
        // The state under test is "the tally failed": wait for it rather than a fixed 200 ms.
        await until(() => tallyErrors.length > 0, 'no verdict-tally-error');
        await el.updateComplete;
        expect(tallyErrors).to.deep.equal(['http']);
        expect(buttons(el, 'ship').length).to.be.greaterThan(0);
        await expect(el).to.be.accessible();
      });
    }
  });
}

describe('keyboard', () => {
  it('Tab reaches Ship then Skip of each card and then of each community row; Space and Enter vote and focus stays', async () => {
    const scope = voteScope();
    await scope.faults({}, SEED);
    const wrapper = await fixture<HTMLElement>(html`<div><button id="before">before</button></div>`);
    const el = document.createElement('tool-compare') as VerdictElement;
    el.setAttribute('src', srcOf(await votingDoc(scope)));
    el.setAttribute('tools', 'lantern-search,quill-docs');
    wrapper.append(el);
    await settled(el);
    const voted: VerdictVotedDetail[] = [];
    el.addEventListener('verdict-voted', (e) => voted.push(e.detail));
    (wrapper.querySelector('#before') as HTMLElement).focus();
    // Vote buttons among the other stops (tool links, filters, Read more), in reading order.
    const stops: string[] = [];
    let votesSeen = 0;
    for (let i = 0; i < 40 && votesSeen < 8; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActive() as HTMLElement;
      const group = active.closest('.vote')?.getAttribute('aria-label');
      if (!group) continue;
      votesSeen++;
      stops.push(`${group}: ${active.textContent!.trim()}`);
    }
    expect(stops).to.deep.equal([
      'Your vote on Lantern Search: Ship',
      'Your vote on Lantern Search: Skip',
      'Your vote on Quill Docs: Ship',
      'Your vote on Quill Docs: Skip',
      'Your vote on Lantern Search: Ship',
      'Your vote on Lantern Search: Skip',
      'Your vote on Quill Docs: Ship',
      'Your vote on Quill Docs: Skip',
    ]);
    const skip = deepActive();
    await sendKeys({ press: ' ' });
    await until(() => voted.length === 1, 'Space did not vote');
    expect(voted[0]).to.deep.include({ tool: 'quill-docs', verdict: 'skip', ok: true });
    expect(deepActive()).to.equal(skip);
    expect(skip!.getAttribute('aria-pressed')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await until(() => voted.length === 2, 'Enter did not withdraw');
    expect(voted[1]).to.deep.include({ verdict: null, previous: 'skip', ok: true });
    expect(skip!.getAttribute('aria-pressed')).to.equal('false');
    expect(deepActive()).to.equal(skip);
  });

  it('the buttons are at least 24 px tall and wide and show a focus ring', async () => {
    const scope = voteScope();
    const { el } = await show('tool-card', scope, { tool: 'lantern-search' }, '320px');
    await until(() => buttons(el, 'ship').length === 1, 'buttons');
    for (const button of [...buttons(el, 'ship'), ...buttons(el, 'skip')]) {
      const { width, height } = button.getBoundingClientRect();
      expect(Math.min(width, height)).to.be.at.least(24);
    }
    // Keyboard focus (focus-visible): Tab from the card's last stop before the buttons.
    for (let i = 0; i < 5 && deepActive() !== buttons(el, 'ship')[0]; i++) await sendKeys({ press: 'Tab' });
    expect(deepActive()).to.equal(buttons(el, 'ship')[0]);
    expect(getComputedStyle(buttons(el, 'ship')[0]!).outlineStyle).to.equal('solid');
  });
});

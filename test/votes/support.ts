// Helpers for the voting tests: a fresh scope of the test vote server (test/support/vote-server.js)
// per test, documents that point at it (copies of the demo fixtures plus `votes`: the fixtures
// themselves stay without a vote endpoint), faults, and what the server saw.
import { clearTallies } from '../../src/data/tally.js';
import { forgetMemory } from '../../src/data/voter.js';
import type { VerdictElement } from '../../src/index.js';
import { $, $$, CLAUDE, MIXED, encodeDoc, faultUrl, fixtureJson, waitUntil } from '../support/helpers.js';

export const STORE_PREFIX = 'verdict-elements:';
let counter = 0;

export interface VoteScope {
  name: string;
  endpoint: string;
  /**
   * Faults: `drop`, `hold` (no answer until `release()`), `delay:<ms>`, `<status>[:<retry-after>]`,
   * or undefined to clear. A test that acts while a request is in flight holds it: a fixed delay
   * races the test on a loaded machine.
   */
  faults(faults: { tally?: string; vote?: string }, seed?: Record<string, { ship: number; skip: number }>): Promise<void>;
  /** Lets every request the scope holds answer; resolves with how many there were. */
  release(): Promise<number>;
  log(): Promise<{
    tally: number;
    votes: number;
    posts: { tool: string; verdict: string | null; voter: string }[];
    maxInFlight: number;
    /** Requests held right now. */
    held: number;
    /** Tally requests the page gave up (aborted) before their answer. */
    aborted: number;
  }>;
}

/** Scopes of the current test, so that `resetVoting` releases whatever they still hold. */
const scopes: VoteScope[] = [];

export function voteScope(): VoteScope {
  const name = `s${Date.now().toString(36)}${(counter++).toString(36)}`;
  const scope: VoteScope = {
    name,
    endpoint: `/votes/${name}/v1`,
    async faults(faults, seed) {
      const query = new URLSearchParams();
      if (faults.tally) query.set('tally', faults.tally);
      if (faults.vote) query.set('vote', faults.vote);
      if (seed) query.set('seed', JSON.stringify(seed));
      await fetch(`/votes-control/${name}?${query}`);
    },
    async release() {
      return ((await (await fetch(`/votes-control/${name}/release`)).json()) as { released: number }).released;
    },
    async log() {
      return (await fetch(`/votes-control/${name}/log`)).json();
    },
  };
  scopes.push(scope);
  return scope;
}

/**
 * Every `fetch` the page started, by URL, whether or not it reached the server: "nothing was asked"
 * is then a fact at the moment of the check, not a guess after a sleep (a request sent late on a busy
 * machine would reach the server after the test read its log). The requests themselves go out as usual.
 */
const fetches: string[] = [];
const realFetch = window.fetch;
window.fetch = function (input: RequestInfo | URL, init?: RequestInit) {
  fetches.push(input instanceof Request ? input.url : String(input));
  return realFetch.call(this, input, init);
};
/** How many requests for the tally, or votes, of a scope the page has started. */
export const started = (scope: VoteScope, what: 'tally' | 'votes') =>
  fetches.filter((url) => url.includes(`/votes/${scope.name}/`) && url.endsWith(`/${what}`)).length;

/** Waits for pending tasks: the element's microtasks and one turn of the event loop. */
export const aTurn = () => new Promise((resolve) => setTimeout(resolve));

/** A fixture with `votes.endpoint` set to the scope. */
export async function votingDoc(scope: VoteScope, fixture: 'claude' | 'mixed' = 'mixed'): Promise<any> {
  const doc = await fixtureJson(fixture === 'claude' ? CLAUDE : MIXED);
  return { ...doc, votes: { endpoint: scope.endpoint } };
}

/** A URL serving `doc` from the test server (so that elements share it by `src`). */
export const srcOf = (doc: unknown) => faultUrl('json', { body: encodeDoc(doc) }).url;

/** Fresh page state: no tallies in memory, nothing stored, nothing held by the test server. */
export async function resetVoting(): Promise<void> {
  await Promise.all(scopes.splice(0).map((scope) => scope.release()));
  clearTallies();
  forgetMemory();
  for (const key of Object.keys(localStorage)) if (key.startsWith(STORE_PREFIX)) localStorage.removeItem(key);
}

export const buttons = (el: Element, verdict: 'ship' | 'skip') => $$(el, `button.vote-${verdict}`) as HTMLButtonElement[];
export const pressed = (el: Element) =>
  ($$(el, '.vote button[aria-pressed="true"]') as HTMLElement[]).map((b) => (b.classList.contains('vote-ship') ? 'ship' : 'skip'));
export const statusText = (el: Element) => ($$(el, '.vote-status') as HTMLElement[]).map((p) => p.textContent!.trim()).filter(Boolean);

/** The community figure of a card as shown: "50%" and "2 votes". */
export function cardCommunity(el: Element, card: Element | ShadowRoot = el.shadowRoot!): { value: string; sub: string } {
  const figure = card.querySelectorAll('.figure')[1]!;
  return {
    value: figure.querySelector('.value')!.textContent!.trim(),
    sub: figure.querySelector('.sub')!.textContent!.trim(),
  };
}

/** The compare's community rows as shown: "Lantern Search: 82% ship · 500 votes". */
export const communityRows = (el: Element) =>
  ($$(el, '.community li') as HTMLElement[]).map((li) => `${li.querySelector('.c-name')!.textContent!.trim()}: ${li.querySelector('.c-value')!.textContent!.trim()}`);

/** Waits for `check`, bounded by BOUND (30 s) at least: a loaded machine outlasts a few seconds. */
export async function until(check: () => unknown | Promise<unknown>, message: string, timeout?: number): Promise<void> {
  await waitUntil(check, message, { timeout, interval: 20 });
}

export async function rendered(el: VerdictElement): Promise<void> {
  await el.updateComplete;
}

export { $, $$ };

import type { PricingEntry } from './data/schema.js';
import type { VerdictError } from './data/errors.js';
import { PRICING_WORDS } from './data/derive.js';

/**
 * Every word the elements show, so that a page can translate or rephrase them:
 * globally with `setStrings()`, or per element through its `strings` property.
 */
export interface VerdictStrings {
  panelShip: string;
  community: string;
  entry: string;
  ship: string;
  skip: string;
  noReview: string;
  by: (vendor: string) => string;
  votes: (count: number, formatted: string) => string;
  noVotes: string;
  communityShare: (share: string, count: number, formatted: string) => string;
  reviewers: (count: number, formatted: string) => string;
  shipCount: (ship: string, total: string) => string;
  reviewer: string;
  panelHeading: string;
  communityHeading: string;
  published: (date: string) => string;
  readComparison: string;
  readMore: string;
  showLess: string;
  filterLabel: string;
  showingReviewers: (shown: number, total: number) => string;
  noReviewers: string;
  noReviewerSelected: string;
  disagreement: (panel: string, community: string) => string;
  loading: string;
  errorTitle: string;
  /** `errors="reader"`: the sentence a reader sees when the server can't be reached or answered an error. */
  errorUnavailable: string;
  /** `errors="reader"`: the sentence for a request that timed out. */
  errorSlow: string;
  /** `errors="reader"`: the sentence for a document the elements cannot show (the author's to fix). */
  errorBroken: string;
  /** `errors="reader"`: the disclosure that holds the author's message. */
  details: string;
  retry: string;
  allProblems: (count: number) => string;
  empty: string;
  pricing: Record<PricingEntry, string>;
  /** Caption of the vote buttons. */
  yourVote: string;
  /** Accessible name of a tool's vote buttons. */
  voteOn: (tool: string) => string;
  /** Status after an accepted vote (`verdict` null: withdrawn). */
  voted: (verdict: 'ship' | 'skip' | null) => string;
  /**
   * Status after a vote was refused or not answered, and undone. `kind`: `network`, `timeout`,
   * `http`, or the server's kind (`rate-limited`, `unavailable`, `origin`...); `retryAfter` in seconds.
   */
  voteFailed: (kind: string, retryAfter: number | undefined) => string;
  /**
   * The author's message in the error box (`errors="verbose"`, or under "Details"). Receives the error (`kind`, `status`, `url`, `issues`,
   * and the English `message`); return `undefined` to keep the English message.
   */
  errorMessage?: (error: VerdictError) => string | undefined;
}

export const ENGLISH: VerdictStrings = {
  panelShip: 'Panel ship',
  community: 'Community',
  entry: 'Entry',
  ship: 'Ship',
  skip: 'Skip',
  noReview: 'No review',
  by: (vendor) => `by ${vendor}`,
  votes: (count, formatted) => `${formatted} vote${count === 1 ? '' : 's'}`,
  noVotes: 'No votes yet',
  communityShare: (share, count, formatted) => `${share} ship · ${formatted} vote${count === 1 ? '' : 's'}`,
  reviewers: (count, formatted) => `${formatted} reviewer${count === 1 ? '' : 's'}`,
  shipCount: (ship, total) => `${ship} of ${total} ship`,
  reviewer: 'Reviewer',
  panelHeading: 'Reviewer scorecard',
  communityHeading: 'Community vote',
  published: (date) => `Published ${date}`,
  readComparison: 'Read the full comparison',
  readMore: 'Read more',
  showLess: 'Show less',
  filterLabel: 'Show reviewers',
  showingReviewers: (shown, total) => `Showing ${shown} of ${total} reviewers`,
  noReviewers: 'No reviews yet.',
  noReviewerSelected: 'No reviewer selected: use the buttons above to show one.',
  disagreement: (panel, community) => `Panel and community disagree: the panel says ship at ${panel}, the community at ${community}.`,
  loading: 'Loading comparison…',
  errorTitle: 'This comparison can’t be shown',
  errorUnavailable: 'This comparison isn’t available right now.',
  errorSlow: 'This comparison is taking too long to load.',
  errorBroken: 'This comparison can’t be shown.',
  details: 'Details',
  retry: 'Try again',
  allProblems: (count) => `All ${count} problems`,
  empty: 'No comparison yet: give this element a src, a data object or an inline JSON script.',
  pricing: PRICING_WORDS,
  yourVote: 'Your vote',
  voteOn: (tool) => `Your vote on ${tool}`,
  voted: (verdict) => (verdict ? 'Vote counted. Thanks!' : 'Vote withdrawn.'),
  // 429 and 503 both say when to try again, in whole seconds or minutes.
  voteFailed: (kind, after) =>
    `Vote not counted: ${
      kind === 'rate-limited' || kind === 'unavailable'
        ? `the vote server is busy. Try again ${after ? `in ${after < 90 ? `${after} s` : `${Math.ceil(after / 60)} min`}` : 'later'}.`
        : kind === 'network' || kind === 'timeout'
          ? 'the vote server did not answer. Try again later.'
          : 'the vote server refused it.'
    }`,
  // Stated, so that setStrings(ENGLISH) after another language drops that language's messages too.
  errorMessage: undefined,
};

let globalStrings: VerdictStrings = ENGLISH;

/** Overrides words for every element on the page (those rendered later, and on their next update). */
export function setStrings(overrides: Partial<VerdictStrings>): void {
  globalStrings = { ...globalStrings, ...overrides };
}

export const getStrings = (): VerdictStrings => globalStrings;

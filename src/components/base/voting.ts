import { css, html, nothing, type ReactiveController, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { roundedPercent, type Share, type ToolFigures } from '../../data/derive.js';
import type { ComparisonDocument, Tool } from '../../data/schema.js';
import { tallyFor, type Tally, type VoteOutcome, type VoteVerdict } from '../../data/tally.js';
import type { VerdictStrings } from '../../strings.js';
import { shipIcon, skipIcon } from './icons.js';

/** Detail of `verdict-vote` (cancelable: `preventDefault()` stops the vote). */
export interface VerdictVoteDetail {
  comparison: string;
  tool: string;
  /** `ship`, `skip`, or `null` to withdraw. */
  verdict: VoteVerdict | null;
  /** The reader's verdict before this press. */
  previous: VoteVerdict | null;
}

/** Detail of `verdict-voted`: the outcome of a vote. */
export interface VerdictVotedDetail extends VerdictVoteDetail {
  ok: boolean;
  /** With `ok`: the server's exact figures for the tool. */
  ship?: number;
  skip?: number;
  /** Without `ok`: `network`, `timeout`, `http`, or the server's error kind (`rate-limited`...). */
  kind?: string;
  /** Without `ok`: seconds before trying again, when the server said. */
  retryAfter?: number;
}

/** Detail of `verdict-tally-error`: the live tally cannot be read; the document's counts stay. */
export interface VerdictTallyErrorDetail {
  comparison: string;
  kind: string;
  message: string;
}

declare global {
  interface GlobalEventHandlersEventMap {
    'verdict-vote': CustomEvent<VerdictVoteDetail>;
    'verdict-voted': CustomEvent<VerdictVotedDetail>;
    'verdict-tally-error': CustomEvent<VerdictTallyErrorDetail>;
  }
}

interface VotingHost extends ReactiveControllerHost, HTMLElement {
  readonly document: ComparisonDocument | undefined;
  votes: string | undefined;
  timeout: number | undefined;
}

const fire = (host: HTMLElement, type: string, detail: object, cancelable = false) =>
  host.dispatchEvent(new CustomEvent(type, { bubbles: true, composed: true, cancelable, detail }));

/**
 * Community voting for an element that shows tools (`<tool-card>`, `<tool-compare>`): follows the
 * page's shared tally for its document, gives the live share of each tool, renders the Ship/Skip
 * toggle buttons and the status line, and fires the vote events from the host.
 */
export class Voting implements ReactiveController {
  /** Bumped whenever what voting shows changed: a render guarded on it knows to render again. */
  revision = 0;
  /** The page's tally for the host's document, while voting is on. */
  tally: Tally | undefined;
  private stop: (() => void) | undefined;
  /** The last outcome, shown in the status line of the place where that press was made. */
  private notice: { at: string; outcome: VoteOutcome } | undefined;

  constructor(
    private readonly host: VotingHost,
    /** Whether the host shows tools itself right now (a composed `<tool-compare>` does not). */
    private readonly shows: () => boolean = () => true,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.host.requestUpdate(); // picks the tally up again after a move
  }

  hostDisconnected(): void {
    this.stop?.();
    this.stop = this.tally = undefined;
  }

  hostUpdate(): void {
    const { document: doc, votes, isConnected } = this.host;
    const endpoint = votes !== 'off' && isConnected && this.shows() ? doc?.votes?.endpoint : undefined;
    const tally = endpoint ? tallyFor(endpoint, doc!.id) : undefined;
    if (tally === this.tally) return;
    this.stop?.();
    this.tally = tally;
    this.revision++;
    this.stop = tally?.subscribe(
      (failure) =>
        failure ? fire(this.host, 'verdict-tally-error', { comparison: doc!.id, kind: failure.kind, message: failure.message }) : this.changed(),
      this.timeout,
    );
  }

  private get timeout(): number | undefined {
    return Number(this.host.timeout) > 0 ? Number(this.host.timeout) : undefined;
  }

  private changed(): void {
    this.revision++;
    this.host.requestUpdate();
  }

  /** A tool's community share: live while voting is on, else the document's. */
  share(figures: ToolFigures): Share {
    const counts = this.tally?.counts(figures.tool.id, figures.tool.community);
    if (!this.tally) return figures.community;
    const ship = counts?.ship ?? 0;
    const total = ship + (counts?.skip ?? 0);
    return { ship, total, percent: roundedPercent(ship, total) };
  }

  /** The Ship and Skip toggle buttons for a tool (nothing when voting is off). */
  buttons(tool: Tool, t: VerdictStrings, at: string, caption?: unknown): TemplateResult | typeof nothing {
    const yours = this.tally?.yours(tool.id);
    const button = (verdict: VoteVerdict, icon: unknown) =>
      html`<button type="button" class="vote-${verdict}" part="vote-button vote-${verdict}" aria-pressed=${yours === verdict} @click=${() => this.press(tool.id, verdict, at)}>${icon}${t[verdict]}</button>`;
    return this.tally
      ? html`<div class="vote" part="vote" role="group" aria-label=${t.voteOn(tool.name)}>${caption ? html`<span class="vote-caption" aria-hidden="true">${t.yourVote}</span>` : nothing}${button('ship', shipIcon)}${button('skip', skipIcon)}</div>`
      : nothing;
  }

  /** The status line of one place (its height is kept, so a message moves nothing). */
  status(t: VerdictStrings, at: string): TemplateResult | typeof nothing {
    const outcome = this.notice?.at === at ? this.notice.outcome : undefined;
    return this.tally
      ? html`<p class="vote-status" part="vote-status" role="status">${outcome ? (outcome.ok ? t.voted(outcome.yours) : t.voteFailed(outcome.kind, outcome.retryAfter)) : ''}</p>`
      : nothing;
  }

  /** Buttons and status line for a tool's card. */
  card(tool: Tool, t: VerdictStrings): TemplateResult | typeof nothing {
    const at = `card:${tool.id}`;
    return this.tally ? html`<div class="card-vote">${this.buttons(tool, t, at, 1)}${this.status(t, at)}</div>` : nothing;
  }

  /** Pressing the pressed button withdraws the vote. */
  private async press(tool: string, verdict: VoteVerdict, at: string): Promise<void> {
    const tally = this.tally;
    if (!tally) return;
    const previous = tally.yours(tool);
    const detail: VerdictVoteDetail = { comparison: this.host.document!.id, tool, verdict: previous === verdict ? null : verdict, previous };
    if (!fire(this.host, 'verdict-vote', detail, true)) return;
    this.notice = undefined;
    const outcome = await tally.vote(tool, detail.verdict, this.timeout);
    this.notice = { at, outcome };
    this.changed();
    const { ok, ship, skip, kind, retryAfter } = outcome as VoteOutcome & VerdictVotedDetail;
    fire(this.host, 'verdict-voted', ok ? { ...detail, ok, ship, skip } : { ...detail, ok, kind, retryAfter });
  }
}

/** The vote buttons' and status line's look, for every element that votes. */
export const votingStyles = css`
  .bar-cell.void {
    visibility: hidden;
  }
  .card-vote {
    margin-block-start: auto;
  }
  .vote {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }
  .vote-caption {
    margin-inline-end: auto;
    color: var(--_muted);
    font-size: 0.8125rem;
    font-weight: 650;
  }
  .vote button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.3em;
    min-width: 5rem;
    min-height: 2rem;
    padding: 0 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-2);
    color: var(--_text);
    font: inherit;
    font-size: 0.8125rem;
    font-weight: 650;
    cursor: pointer;
  }
  .vote svg {
    width: 1em;
    height: 1em;
  }
  .vote [aria-pressed='true'] {
    border-color: currentColor;
    color: var(--_ship);
    background: var(--_ship-bg);
  }
  .vote .vote-skip[aria-pressed='true'] {
    color: var(--_skip);
    background: var(--_skip-bg);
  }
  /* Two lines kept for a message, empty or not: nothing below it moves. */
  .vote-status {
    min-height: 2.2rem;
    margin-block-start: 0.25rem;
    color: var(--_muted);
    font-size: 0.8125rem;
    line-height: 1.35;
  }
  /* The compare's community block: each row's buttons between the name and the bar. The figures'
     column keeps its width (and the bar its length) when a vote adds a digit. */
  .community.voting ul {
    grid-template-columns: minmax(6rem, max-content) max-content minmax(4rem, 1fr) minmax(max-content, 12rem);
  }
  .community.voting .c-value {
    text-align: start;
  }
  /* The empty track takes the meter's place exactly: a first vote swaps one for the other. */
  .community.voting .bar-empty {
    margin-block-start: 0.375rem;
  }
  @container compare (max-width: 30rem) {
    .community.voting .c-name {
      grid-column: 1 / -1;
    }
    .community.voting .c-value {
      grid-row: 3;
    }
    .community .vote {
      grid-area: 3 / 2;
    }
  }
  @media (forced-colors: active) {
    .vote [aria-pressed='true'] {
      forced-color-adjust: none;
      color: HighlightText;
      background: Highlight;
    }
  }
`;

/**
 * Live community tallies and the reader's votes (protocol v1, votes.md), shared by every element on
 * the page that shows a comparison: one `Tally` per vote server and comparison, one GET for all of
 * them, and every vote broadcast to all of them at once. No DOM here; elements subscribe.
 */
import { DEFAULT_TIMEOUT_MS } from './loader.js';
import { ownVotes, saveOwnVotes, voterToken, type OwnVerdict, type OwnVotes } from './voter.js';

export type VoteVerdict = OwnVerdict;

export interface Counts {
  ship: number;
  skip: number;
}

/**
 * Why a tally or a vote failed. `kind`: `network`, `timeout`, `http` (with `status`), or the vote
 * server's own error kind (`rate-limited`, `unavailable`, `origin`, `invalid`, `not-found`...).
 */
export interface VoteFailure {
  kind: string;
  message: string;
  status?: number;
  /** Seconds to wait before trying again, when the server said (429, 503). */
  retryAfter?: number;
}

export type VoteOutcome = ({ ok: true; yours: VoteVerdict | null } & Counts) | ({ ok: false } & VoteFailure);

/** Called with nothing when the figures or votes changed, with the failure when the tally cannot be read. */
export type TallyListener = (failure?: VoteFailure) => void;

interface ToolVotes {
  /** The server's figures: from the tally, or from the answer to a vote. */
  counts?: Counts;
  /** Which vote's answer set `counts` (0: the tally), so that an older tally cannot overwrite it. */
  seq: number;
  /** The reader's verdict as the server last accepted it. */
  mine: VoteVerdict | null;
  /** The reader's verdict as shown: ahead of `mine` while a vote is in flight. */
  want: VoteVerdict | null;
  /** Votes on one tool go out one after the other, never two at once, never out of order. */
  queue: Promise<any>;
  presses: number;
  /** Bumped when a vote fails: the presses queued behind it are undone with it. */
  undone: number;
  failure?: VoteOutcome;
}

const count = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0;
const countsOf = (value: any): Counts | undefined =>
  value && count(value.ship) && count(value.skip) ? { ship: value.ship, skip: value.skip } : undefined;
const verdictOf = (value: unknown): VoteVerdict | null => (value === 'ship' || value === 'skip' ? value : null);

/** One request to the vote server: its JSON body, or a `VoteFailure`; an abort by the caller passes through. */
async function request(url: string, init: RequestInit, timeout: number, controller = new AbortController()): Promise<any> {
  let timer: ReturnType<typeof setTimeout>;
  // A race rather than only an abort: the time limit holds whatever the engine does with the abort.
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject({ kind: 'timeout', message: `${url} did not answer within ${timeout / 1000} s.` } satisfies VoteFailure);
      controller.abort();
    }, timeout);
  });
  try {
    const response = await Promise.race([fetch(url, { ...init, credentials: 'omit', signal: controller.signal }), late]);
    const body = await Promise.race([response.json().catch(() => 0), late]);
    if (response.ok && body) return body;
    // Seconds; an HTTP date (which the protocol does not use) reads as "later".
    const after = Number(response.headers.get('retry-after') ?? NaN);
    throw {
      kind: String(body?.error?.kind ?? 'http'),
      message: String(body?.error?.message ?? `${url} answered HTTP ${response.status}.`),
      status: response.status,
      retryAfter: after >= 0 ? after : undefined,
    } satisfies VoteFailure;
  } catch (error: any) {
    if (error?.kind || controller.signal.aborted) throw error;
    throw { kind: 'network', message: `${url} cannot be reached (down, or CORS).` } satisfies VoteFailure;
  } finally {
    clearTimeout(timer!);
  }
}

/** Votes remembered this recently are read past the HTTP cache, so a reload shows them counted. */
const FRESH_MS = 10 * 60_000;

export class Tally {
  /** `E/comparisons/C`: the address both requests start with, and the key of the reader's own votes. */
  readonly url: string;
  private readonly tools = new Map<string, ToolVotes>();
  private readonly listeners = new Set<TallyListener>();
  private readonly own: OwnVotes;
  private loading: AbortController | undefined;
  private loaded = false;
  private seq = 0;

  constructor(endpoint: string, comparison: string) {
    this.url = `${endpoint.replace(/\/+$/, '')}/comparisons/${comparison}`;
    this.own = ownVotes(this.url);
  }

  /**
   * Starts reading the tally if nobody has yet. Returns the unsubscribe function; the request is
   * aborted when its last subscriber leaves before it answers (a failure is not kept: the next
   * subscriber asks again).
   */
  subscribe(listener: TallyListener, timeout = DEFAULT_TIMEOUT_MS): () => void {
    this.listeners.add(listener);
    if (!this.loaded && !this.loading) void this.load(timeout);
    return () => {
      this.listeners.delete(listener);
      if (!this.listeners.size) this.loading = void this.loading?.abort();
    };
  }

  private async load(timeout: number): Promise<void> {
    const controller = (this.loading = new AbortController());
    const seq = this.seq;
    try {
      const { tools } = await request(
        `${this.url}/tally`,
        // After a vote, past the HTTP cache: a reload must show the vote counted.
        { cache: Date.now() - this.own.at < FRESH_MS ? 'no-cache' : 'default' },
        timeout,
        controller,
      );
      if (typeof tools !== 'object') throw { kind: 'http', message: `${this.url}/tally has no "tools".` };
      this.loaded = true;
      for (const id in tools) {
        const votes = this.tool(id);
        // A vote answered after this tally was asked for knows better.
        if (votes.seq <= seq) votes.counts = countsOf(tools[id]) ?? votes.counts;
      }
      this.changed();
    } catch (error) {
      if (this.loading === controller) this.changed(error as VoteFailure);
    }
    if (this.loading === controller) this.loading = undefined;
  }

  private tool(id: string): ToolVotes {
    let votes = this.tools.get(id);
    if (!votes) {
      const mine = verdictOf(this.own.v[id]);
      this.tools.set(id, (votes = { seq: 0, mine, want: mine, queue: Promise.resolve(), presses: 0, undone: 0 }));
    }
    return votes;
  }

  private changed(failure?: VoteFailure): void {
    for (const listener of [...this.listeners]) listener(failure);
  }

  /** The reader's verdict on a tool as shown (pressed): the remembered one, or the vote in flight. */
  yours(id: string): VoteVerdict | null {
    return this.tool(id).want;
  }

  /**
   * The figures to show for a tool: the server's, else `snapshot` (the document's counts) until the
   * tally arrives or when it cannot, with the vote in flight added.
   */
  counts(id: string, snapshot: Counts | undefined): Counts | undefined {
    const { counts, mine, want } = this.tool(id);
    const shown = counts ?? (this.loaded ? { ship: 0, skip: 0 } : snapshot);
    if (mine === want) return shown;
    const moved = { ship: 0, skip: 0, ...shown };
    if (mine) moved[mine] = Math.max(0, moved[mine] - 1);
    if (want) moved[want]++;
    return moved;
  }

  /**
   * Votes `verdict` (`null` withdraws) for a tool: shown at once everywhere, then sent after any
   * vote on that tool still in flight. A failure undoes it, and the votes queued behind it.
   */
  vote(id: string, verdict: VoteVerdict | null, timeout = DEFAULT_TIMEOUT_MS): Promise<VoteOutcome> {
    const votes = this.tool(id);
    const press = ++votes.presses;
    const undone = votes.undone;
    votes.want = verdict;
    this.changed();
    return (votes.queue = votes.queue.then(async (): Promise<VoteOutcome> => {
      if (undone !== votes.undone) return votes.failure!;
      const seq = ++this.seq;
      try {
        const body = await request(
          `${this.url}/votes`,
          { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ tool: id, verdict, voter: voterToken() }) },
          timeout,
        );
        const counts = countsOf(body);
        if (!counts) throw { kind: 'http', message: `${this.url}/votes answered without figures.` };
        const mine = verdictOf(body.yours);
        Object.assign(votes, { counts, seq, mine });
        if (press === votes.presses) votes.want = mine;
        this.own.v[id] = mine!;
        if (!mine) delete this.own.v[id];
        this.own.at = Date.now();
        saveOwnVotes(this.url, this.own);
        this.changed();
        return { ok: true, ...counts, yours: mine };
      } catch (error) {
        votes.undone++;
        votes.want = votes.mine;
        this.changed();
        return (votes.failure = { ok: false, ...(error as VoteFailure) });
      }
    }));
  }
}

const tallies = new Map<string, Tally>();

/** The page's one tally for a vote server and a comparison. */
export function tallyFor(endpoint: string, comparison: string): Tally {
  const key = `${endpoint} ${comparison}`;
  let tally = tallies.get(key);
  if (!tally) tallies.set(key, (tally = new Tally(endpoint, comparison)));
  return tally;
}

/** Forget every tally (tests; a page that knows the figures changed). The reader's votes stay stored. */
export function clearTallies(): void {
  tallies.clear();
}

/**
 * What the browser keeps for voting: the voter token and the reader's own verdicts. `localStorage`
 * when the page may use it; otherwise (private mode, blocked storage, a sandboxed frame) a map that
 * lasts as long as the page, so voting still works. Nothing is written until the first vote.
 */
const memory = new Map<string, string>();
const PREFIX = 'verdict-elements:';

function read(key: string): string | undefined {
  let stored: string | null | undefined;
  try {
    stored = globalThis.localStorage?.getItem(PREFIX + key);
  } catch {
    // Reading localStorage itself throws where it is blocked.
  }
  return stored ?? memory.get(key);
}

function write(key: string, value: string): void {
  memory.set(key, value);
  try {
    globalThis.localStorage?.setItem(PREFIX + key, value);
  } catch {
    // Blocked or full: the memory copy serves this page.
  }
}

/** Forgets what only this page's memory holds (tests). */
export const forgetMemory = (): void => memory.clear();

/** The voter token of votes.md: 128 random bits, base64url (22 characters), made on first use. */
export function voterToken(): string {
  let token = read('voter');
  if (!token) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(16));
    token = btoa(String.fromCharCode(...bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    write('voter', token);
  }
  return token;
}

export type OwnVerdict = 'ship' | 'skip';

/** The reader's remembered verdicts for one comparison of one vote server, and when they last voted. */
export interface OwnVotes {
  /** tool id -> verdict */
  v: Record<string, OwnVerdict>;
  /** Time of the last accepted vote (ms), to read the next tally past the HTTP cache. */
  at: number;
}

export function ownVotes(key: string): OwnVotes {
  try {
    const saved = JSON.parse(read(`votes:${key}`) ?? '') as OwnVotes;
    if (saved && typeof saved.v === 'object') return saved;
  } catch {
    // Nothing saved yet, or not ours to read.
  }
  return { v: {}, at: 0 };
}

export function saveOwnVotes(key: string, votes: OwnVotes): void {
  write(`votes:${key}`, JSON.stringify(votes));
}

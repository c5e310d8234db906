import { oneEvent, waitUntil as openWcWaitUntil } from '@open-wc/testing';
import type { VerdictElement } from '../../src/components/base/verdict-element.js';
import './cloneable-failures.js';

export const CLAUDE = '/demo/fixtures/claude-files-api-vs-codestral-2.json';
export const MIXED = '/demo/fixtures/three-tools-mixed.json';

/**
 * How long a test waits for something it expects to happen: generous, because a loaded machine
 * (CI, or several runs at once on two cores) can starve the page for seconds. Only a failing test
 * waits this long; a passing one goes on as soon as the event comes.
 */
export const BOUND = 30_000;

/**
 * @open-wc/testing's waitUntil, never bounded below BOUND (its default is 1 s, and tests wrote
 * 1.5-8 s: a busy machine outlasts those). The test still goes on the moment `predicate` holds.
 */
export function waitUntil(
  predicate: () => unknown | Promise<unknown>,
  message?: string,
  options: { interval?: number; timeout?: number } = {},
): Promise<void> {
  return openWcWaitUntil(predicate, message, { ...options, timeout: Math.max(options.timeout ?? 0, BOUND) });
}

let counter = 0;
/** A URL on the test server's fault routes with a key no other test uses (the loader caches per URL). */
export function faultUrl(kind: string, params: Record<string, string | number> = {}): { url: string; key: string } {
  const key = `k${Date.now().toString(36)}${(counter++).toString(36)}`;
  const query = new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();
  return { url: `/faults/${kind}/${key}${query ? `?${query}` : ''}`, key };
}

/** How many requests the test server saw for a fault-route key. */
export async function serverCount(key: string): Promise<number> {
  const response = await fetch(`/faults/count/${key}`);
  return ((await response.json()) as { count: number }).count;
}

/** Lets the test server answer the requests it holds for a key (fault URLs made with `hold: 1`). */
export async function release(key: string): Promise<number> {
  const response = await fetch(`/faults/release/${key}`);
  return ((await response.json()) as { released: number }).released;
}

/**
 * Waits until the test server has received `requests` requests for a key made with `hold: 1` (each
 * held there from the moment it is counted), then lets every held one answer. A test acts while
 * the request is in flight, then calls this: the order never depends on how busy the machine is.
 */
export async function releaseAfter(key: string, requests = 1): Promise<void> {
  await waitUntil(async () => (await serverCount(key)) >= requests, `request ${requests} for ${key} never reached the test server`);
  await release(key);
}

export async function fixtureJson(path: string): Promise<any> {
  return (await fetch(path)).json();
}

/** The text a user sees in an element's shadow root, whitespace folded. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

export const $ = (el: Element, selector: string) => el.shadowRoot!.querySelector(selector);
export const $$ = (el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll(selector)];

/** Resolves once the element shows its document or its error, whatever happens first. */
export async function settled(el: VerdictElement): Promise<void> {
  await waitUntil(() => el.document !== undefined || (el.shadowRoot && $(el, '[role="alert"]')), 'element did not settle', { timeout: BOUND });
  await el.updateComplete;
}

/**
 * The next `name` event of `el`, bounded by BOUND; on timeout the error names the verdict events
 * that did fire meanwhile (a load that failed with verdict-error instead, for example).
 */
export async function nextEvent<T = unknown>(el: Element, name: string): Promise<CustomEvent<T>> {
  const seen: string[] = [];
  const note = (e: Event) => seen.push(`${e.type}${(e as CustomEvent).detail?.message ? `: ${(e as CustomEvent).detail.message}` : ''}`);
  el.addEventListener('verdict-load', note);
  el.addEventListener('verdict-error', note);
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    return (await Promise.race([
      oneEvent(el, name),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no ${name} from <${el.localName}> within ${BOUND / 1000} s; seen: ${seen.join(' | ') || 'nothing'}`)), BOUND);
      }),
    ])) as CustomEvent<T>;
  } finally {
    clearTimeout(timer);
    el.removeEventListener('verdict-load', note);
    el.removeEventListener('verdict-error', note);
  }
}

export const encodeDoc = (doc: unknown) =>
  btoa(JSON.stringify(doc)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

/**
 * Creates `tag` with attributes and properties, listens for its first verdict-load or
 * verdict-error, and only then puts it in the page (a cached document loads at once).
 */
export function mount<T extends VerdictElement = VerdictElement>(
  tag: string,
  attributes: Record<string, string> = {},
  properties: Record<string, unknown> = {},
  parent: Element = document.body,
): { el: T; event: Promise<CustomEvent> } {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  Object.assign(el, properties);
  const event = new Promise<CustomEvent>((resolve) => {
    const done = (e: Event) => resolve(e as CustomEvent);
    el.addEventListener('verdict-load', done, { once: true });
    el.addEventListener('verdict-error', done, { once: true });
  });
  parent.append(el);
  mounted.push(el);
  return { el, event };
}

const mounted: Element[] = [];
/** Removes what `mount` added (call from afterEach). */
export function unmountAll(): void {
  for (const el of mounted.splice(0)) el.remove();
}

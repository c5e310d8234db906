// Pages in iframes (same origin), served by csp-server.js, and what their probe recorded.
import { BOUND } from '../../support/helpers.js';
import { shadowTextOf, until } from './dom.js';

/** What /csp/page.js and /hostile/probe.js record (see csp-server.js). */
export interface Probe {
  violations: { directive: string; effective: string; blocked: string; sample: string; source: string }[];
  errors: string[];
  rejections: string[];
  resourceErrors: string[];
  warnings: string[];
  consoleErrors: string[];
  loads: string[];
  failures: { el: string; kind: string; message: string }[];
}

export interface Frame {
  frame: HTMLIFrameElement;
  win: Window & typeof globalThis & { __probe: Probe; loadBundle?: () => Promise<void> };
  doc: Document;
  probe: Probe;
  remove(): void;
}

/** Opens `url` in a same-origin iframe and resolves once its load event fired. */
export async function openFrame(url: string): Promise<Frame> {
  const frame = document.createElement('iframe');
  frame.width = '1100';
  frame.height = '900';
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    // Generous: a page of many modules (the npm build) loads slowly on a busy machine.
    setTimeout(() => reject(new Error(`${url} did not load within ${BOUND / 1000} s`)), BOUND);
  });
  frame.src = url;
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Frame['win'];
  if (!win.__probe) throw new Error(`${url}: the probe did not run`);
  return { frame, win, doc: frame.contentDocument!, probe: win.__probe, remove: () => frame.remove() };
}

/** What each element of the standard page markup (FOUR in csp-server.js) must show once rendered. */
export const EXPECTED_TEXT: Record<string, string[]> = {
  compare: ['Lantern Search vs Quill Docs vs Harbor CI', 'Lantern Search', 'Harbor CI', 'The Skeptic'],
  card: ['Lantern Search', 'Lantern Labs'],
  panel: ['Quill Docs', 'The Builder', 'Breaks on monorepos'],
  badge: ['Harbor CI'],
  composed: ['Claude Files API vs Codestral 2.0'],
  'inner-card': ['Codestral 2.0', 'Mistral AI'],
  'inner-panel': ['Codestral 2.0', 'The Builder'],
  inline: ['Claude Files API'],
};

/** Whether the element with `id` in `doc` shows its expected text (or, for #broken, its HTTP error). */
export function rendered(doc: Document, id: string, expected = EXPECTED_TEXT[id] ?? []): boolean {
  const el = doc.getElementById(id);
  if (!el?.shadowRoot) return false;
  if (id === 'broken') return (el.shadowRoot.querySelector('[role="alert"]')?.textContent ?? '').includes('HTTP 404');
  const text = shadowTextOf(el);
  return expected.length > 0 && expected.every((t) => text.includes(t));
}

/** Waits until every element of the standard markup rendered. */
export async function allRendered(f: Frame, ids = [...Object.keys(EXPECTED_TEXT), 'broken']): Promise<void> {
  await until(
    () => ids.every((id) => rendered(f.doc, id)),
    `${f.frame.src}: every element rendered`,
    BOUND,
    () => ({ missing: ids.filter((id) => !rendered(f.doc, id)), probe: f.probe }),
  );
}

// Inspecting what the elements rendered: every shadow root under a node (nested ones too), and
// the checks the hostile tests share (links, event-handler attributes, foreign elements).

import { BOUND } from '../../support/helpers.js';

/** Every shadow root in `root`'s subtree, depth first, including roots nested inside roots. */
export function shadowRootsIn(root: Node): ShadowRoot[] {
  const found: ShadowRoot[] = [];
  const visit = (node: Node) => {
    // nodeType, not instanceof: nodes of an iframe's document are not instances of this window's Element.
    const all = [...(node as ParentNode).querySelectorAll('*')];
    const elements = node.nodeType === Node.ELEMENT_NODE ? [node as Element, ...all] : all;
    for (const el of elements) {
      if (el.shadowRoot) {
        found.push(el.shadowRoot);
        visit(el.shadowRoot);
      }
    }
  };
  visit(root);
  return found;
}

/** Every element inside every shadow root under `root`. */
export function shadowElements(root: Node): Element[] {
  return shadowRootsIn(root).flatMap((sr) => [...sr.querySelectorAll('*')]);
}

/** The text of every shadow root under `root`, concatenated (no folding: payloads are compared literally). */
export function shadowTextOf(root: Node): string {
  return shadowRootsIn(root)
    .map((sr) => sr.textContent ?? '')
    .join('\n');
}

/** Attributes that hold a URL the browser may load or navigate to. */
const URL_ATTRIBUTES = new Set([
  'href', 'src', 'srcset', 'action', 'formaction', 'poster', 'data', 'xlink:href', 'background', 'ping', 'cite', 'codebase',
  'longdesc', 'manifest', 'usemap', 'lowsrc', 'dynsrc', 'imagesrcset',
]);

function isHttp(value: string, base: string): boolean {
  try {
    const { protocol } = new URL(value.trim(), base);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

export interface Findings {
  /** `tag[attr]=value` for each URL attribute that is not http(s). */
  badUrls: string[];
  /** `tag[onxxx]` for each attribute whose name starts with "on". */
  handlers: string[];
  /** `tag[style]` for each element with a style attribute. */
  styleAttributes: string[];
  /** Elements that must never come out of a document: script, iframe, object and the like. */
  forbidden: string[];
  /** <img> and <svg> that are not the library's own (the logo, the 16x16 icons). */
  strayMedia: string[];
  /** Number of elements inspected (so that a check over nothing shows up). */
  count: number;
}

const FORBIDDEN = new Set(['script', 'iframe', 'object', 'embed', 'frame', 'frameset', 'base', 'link', 'meta', 'style', 'math', 'template', 'form', 'input', 'textarea', 'portal']);

const describe = (el: Element, attr?: string, value?: string) =>
  `${el.localName}${attr ? `[${attr}]` : ''}${value !== undefined ? `=${JSON.stringify(value.slice(0, 80))}` : ''}`;

/** The library's own icons: `<svg viewBox="0 0 16 16" aria-hidden="true">` holding only paths. */
function isOwnIcon(svg: Element): boolean {
  return (
    svg.getAttribute('viewBox') === '0 0 16 16' &&
    svg.getAttribute('aria-hidden') === 'true' &&
    [...svg.children].every((child) => child.localName === 'path' && child.children.length === 0)
  );
}

/** Runs every check over the shadow DOM under `root`. */
export function inspectShadowDom(root: Node): Findings {
  const findings: Findings = { badUrls: [], handlers: [], styleAttributes: [], forbidden: [], strayMedia: [], count: 0 };
  for (const el of shadowElements(root)) {
    findings.count++;
    const name = el.localName;
    if (FORBIDDEN.has(name)) findings.forbidden.push(describe(el));
    if (name === 'img' && el.getAttribute('part') !== 'logo') findings.strayMedia.push(describe(el));
    if (name === 'svg' && !isOwnIcon(el)) findings.strayMedia.push(describe(el));
    if (el.closest('svg') && name !== 'svg' && name !== 'path') findings.strayMedia.push(describe(el));
    for (const attr of el.attributes) {
      const attrName = attr.name.toLowerCase();
      if (attrName.startsWith('on')) findings.handlers.push(describe(el, attr.name, attr.value));
      if (attrName === 'style') findings.styleAttributes.push(describe(el, attr.name, attr.value));
      if (URL_ATTRIBUTES.has(attrName) || attrName.endsWith(':href')) {
        const values = attrName.endsWith('srcset') ? attr.value.split(',').map((part) => part.trim().split(/\s+/)[0] ?? '') : [attr.value];
        if (values.some((v) => !isHttp(v, el.baseURI))) findings.badUrls.push(describe(el, attr.name, attr.value));
      }
    }
  }
  return findings;
}

/** The problems in a Findings, as one list (empty when all is well); `style` attributes count only when asked. */
export function problems(f: Findings, { styles = false } = {}): string[] {
  return [
    ...f.badUrls.map((s) => `non-http URL ${s}`),
    ...f.handlers.map((s) => `event-handler attribute ${s}`),
    ...f.forbidden.map((s) => `forbidden element ${s}`),
    ...f.strayMedia.map((s) => `foreign media ${s}`),
    ...(styles ? f.styleAttributes.map((s) => `style attribute ${s}`) : []),
  ];
}

/** Collects uncaught errors and unhandled rejections on `win` until `stop()`. */
export function catchUncaught(win: Window = window): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(String(e.error?.stack ?? e.message));
  const onRejection = (e: PromiseRejectionEvent) => errors.push(`unhandled rejection: ${String(e.reason?.stack ?? e.reason)}`);
  win.addEventListener('error', onError);
  win.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      win.removeEventListener('error', onError);
      win.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Polls `predicate` until it is truthy; fails with `what` and the last value of `describeState`
 * after `timeout`, never less than BOUND (a busy machine can starve the page for seconds).
 */
export async function until(predicate: () => unknown, what: string, timeout = BOUND, describeState?: () => unknown): Promise<void> {
  timeout = Math.max(timeout, BOUND);
  const started = performance.now();
  while (!predicate()) {
    if (performance.now() - started > timeout) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${describeState ? `: ${JSON.stringify(describeState())}` : ''}`);
    }
    await sleep(20);
  }
}

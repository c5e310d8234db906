// What both lifecycle files share: making elements, letting removals settle, and a per-test root
// that is emptied afterwards with a check that nothing threw.
import { expect } from '@open-wc/testing';
import type { VerdictElement } from '../../../src/index.js';
import { catchUncaught, shadowTextOf, sleep } from './dom.js';

export function make<T extends VerdictElement = VerdictElement>(tag: string, attributes: Record<string, string> = {}): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  return el;
}

/** Lets disconnectedCallback's microtask (where a removed element gives up its request) run. */
export const settle = () => sleep(0);

export const showsDocument = (el: VerdictElement, text: string) => el.document !== undefined && shadowTextOf(el).includes(text);

/**
 * Call inside a `describe`: every test gets fresh roots (removed after it) and fails if anything
 * threw uncaught meanwhile. Returns the function that makes a root.
 */
export function useRoots(): () => HTMLDivElement {
  const roots: Element[] = [];
  let uncaught: ReturnType<typeof catchUncaught>;
  beforeEach(() => {
    uncaught = catchUncaught();
  });
  afterEach(() => {
    for (const r of roots.splice(0)) r.remove();
    uncaught.stop();
    expect(uncaught.errors).to.deep.equal([]);
  });
  return () => {
    const div = document.createElement('div');
    document.body.append(div);
    roots.push(div);
    return div;
  };
}

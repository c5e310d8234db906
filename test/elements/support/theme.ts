// Shared by theme.test.ts (every engine) and theme.chromium.test.ts (the OS colour scheme, emulated).
import { mount } from '../../support/helpers.js';
import type { VerdictElement } from '../../../src/index.js';

// The text colour of each built-in theme (--_text), as computed.
const LIGHT = 'rgb(22, 24, 29)';
const DARK = 'rgb(236, 238, 242)';
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve)));

/** Which theme `el` shows: its text colour, and the color-scheme it gives its own controls. */
export const shows = (el: Element) => {
  const style = getComputedStyle(el);
  return { text: style.color === DARK ? 'dark' : style.color === LIGHT ? 'light' : style.color, scheme: style.colorScheme };
};
export const is = (scheme: 'light' | 'dark') => ({ text: scheme, scheme });

let doc: unknown;
/** The document every card shows (set once, in `before`). */
export const useDocument = (value: unknown) => (doc = value);
export const themeDocument = () => doc;

export async function card(attributes: Record<string, string> = {}, parent?: Element): Promise<VerdictElement> {
  const { el, event } = mount('tool-card', { tool: 'codestral-2', ...attributes }, { data: doc }, parent);
  await event;
  await el.updateComplete;
  return el;
}

export const root = document.documentElement;

/** Adds page CSS for one test (removed by `resetPage`). */
export function addStyle(css: string): void {
  const node = document.createElement('style');
  node.dataset.testTheme = '';
  node.textContent = css;
  document.head.append(node);
}

/** Takes away what a test put on the root element and in the head. */
export function resetPage(): void {
  root.removeAttribute('class');
  root.removeAttribute('data-theme');
  root.removeAttribute('style');
  root.removeAttribute('data-mode');
  document.querySelectorAll('[data-test-theme]').forEach((node) => node.remove());
}

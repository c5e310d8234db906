import type { VerdictStrings } from '../../strings.js';
import type { Formatter } from './format.js';

/** What the shared render functions need from the element that calls them. */
export interface RenderContext {
  text: VerdictStrings;
  format: Formatter;
  /** The `aria-level` of the block's own heading. */
  level: number;
}

/** Clamps a `heading-level` attribute to 1..6, with a per-element default. */
export const headingLevel = (value: number | undefined, fallback: number): number =>
  value && value >= 1 && value <= 6 ? Math.floor(value) : fallback;

/** Links render only for http(s) URLs, whatever the document or a hand-built `data` object holds. */
export const safeHref = (url: string | undefined): string | undefined =>
  url && /^https?:\/\//i.test(url) ? url : undefined;

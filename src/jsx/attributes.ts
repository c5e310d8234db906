// The props the four elements take in JSX, shared by the React and Preact typings
// (`verdict-elements/react`, `verdict-elements/preact`). Types only: the emitted .js is empty.
// Imported from the elements' define modules so that a consumer of these typings also gets their
// `HTMLElementTagNameMap` entries (and, through the base class, the `verdict-*` event map).
import type { ToolCompare } from '../components/tool-compare/define.js';
import type { ToolCard } from '../components/tool-card/define.js';
import type { VerdictPanel } from '../components/verdict-panel/define.js';
import type { VerdictBadge } from '../components/verdict-badge/define.js';
import type { VerdictElement } from '../components/base/verdict-element.js';

type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/**
 * What all four elements take. React 19 and Preact set a prop as a property when the (defined)
 * element has one by that name, else as an attribute; `on` + an event name adds a listener for
 * that event (`onverdict-load` listens for `verdict-load`).
 */
export interface VerdictElementAttributes<E extends VerdictElement> extends Partial<Pick<E, 'src' | 'tool' | 'theme' | 'loading' | 'locale' | 'errors' | 'strings'>> {
  /** The comparison document as an object (validated like any other source); wins over `src`. */
  data?: object | undefined;
  /** Milliseconds before a `src` request fails with kind `timeout` (default 10000). */
  timeout?: number | `${number}` | undefined;
  /** `verdict-load`: the document is loaded and valid (`event.detail.document`). */
  'onverdict-load'?: ((event: GlobalEventHandlersEventMap['verdict-load'] & { currentTarget: E }) => void) | undefined;
  /** `verdict-error`: the document could not be shown (`event.detail.kind`, `.message`, `.issues`). */
  'onverdict-error'?: ((event: GlobalEventHandlersEventMap['verdict-error'] & { currentTarget: E }) => void) | undefined;
}

/** For the elements with a top heading (`<tool-compare>`, `<tool-card>`, `<verdict-panel>`). */
interface HeadingAttributes {
  /** Level of the element's top heading, 1 to 6. */
  'heading-level'?: HeadingLevel | `${HeadingLevel}` | undefined;
  /** The same as a property. */
  headingLevel?: HeadingLevel | undefined;
}

export interface ToolCompareAttributes extends VerdictElementAttributes<ToolCompare>, HeadingAttributes, Partial<Pick<ToolCompare, 'tools'>> {}
export interface ToolCardAttributes extends VerdictElementAttributes<ToolCard>, HeadingAttributes {}
export interface VerdictPanelAttributes extends VerdictElementAttributes<VerdictPanel>, HeadingAttributes {}
export interface VerdictBadgeAttributes extends VerdictElementAttributes<VerdictBadge> {}

/** Each tag's element class and its own props; the React and Preact typings add their common ones. */
export interface VerdictElementTags {
  'tool-compare': [ToolCompare, ToolCompareAttributes];
  'tool-card': [ToolCard, ToolCardAttributes];
  'verdict-panel': [VerdictPanel, VerdictPanelAttributes];
  'verdict-badge': [VerdictBadge, VerdictBadgeAttributes];
}

// JSX typings for Preact 10: `import type {} from 'verdict-elements/preact';` once in the app makes
// <tool-compare>, <tool-card>, <verdict-panel> and <verdict-badge> known to Preact's JSX, with their
// attributes, `data`, `ref` (typed as the element class) and event props (`onverdict-load`,
// `onverdict-error`, ...: Preact adds `on` + name as a listener for that event).
// Types only: the package root does not import this file, so it never requires Preact.
import type { JSX } from 'preact';
import type { VerdictElementAttributes, VerdictElementOf, VerdictTag } from './attributes.js';

export type * from './attributes.js';

/** A tag's props in Preact: its own, then Preact's common HTML props (`class`, `id`, `style`, `ref`, `children`, ...). */
export type PreactVerdictProps<Tag extends VerdictTag> = VerdictElementAttributes<Tag> &
  Omit<JSX.HTMLAttributes<VerdictElementOf<Tag>>, keyof VerdictElementAttributes<Tag>>;

/** Every tag with its Preact props. */
export type PreactVerdictElements = { [Tag in VerdictTag]: PreactVerdictProps<Tag> };

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements extends PreactVerdictElements {}
  }
}

// JSX typings for Preact 10: `import type {} from 'verdict-elements/preact';` once in the app makes
// <tool-compare>, <tool-card>, <verdict-panel> and <verdict-badge> known to Preact's JSX, with their
// attributes, `data`, `ref` (typed as the element class) and event props (`onverdict-load`,
// `onverdict-error`: Preact adds `on` + name as a listener for that event).
// Types only: the package root does not import this file, so it never requires Preact.
import type { JSX } from 'preact';
import type { VerdictElementTags } from './attributes.js';

export type {
  VerdictElementAttributes,
  ToolCompareAttributes,
  ToolCardAttributes,
  VerdictPanelAttributes,
  VerdictBadgeAttributes,
} from './attributes.js';

/** A tag's props in Preact: its own, then Preact's common HTML props (`class`, `id`, `style`, `ref`, `children`, ...). */
export type PreactVerdictProps<Tag extends keyof VerdictElementTags> = VerdictElementTags[Tag][1] &
  Omit<JSX.HTMLAttributes<VerdictElementTags[Tag][0]>, keyof VerdictElementTags[Tag][1]>;

declare module 'preact' {
  namespace JSX {
    interface IntrinsicElements {
      'tool-compare': PreactVerdictProps<'tool-compare'>;
      'tool-card': PreactVerdictProps<'tool-card'>;
      'verdict-panel': PreactVerdictProps<'verdict-panel'>;
      'verdict-badge': PreactVerdictProps<'verdict-badge'>;
    }
  }
}

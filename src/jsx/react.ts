// JSX typings for React 19: `import type {} from 'verdict-elements/react';` once in the app makes
// <tool-compare>, <tool-card>, <verdict-panel> and <verdict-badge> known to `React.JSX`, with their
// attributes, `data`, `ref` (typed as the element class) and event props (`onverdict-load`,
// `onverdict-error`, which React 19 adds as listeners for the `verdict-*` events).
// Types only: the package root does not import this file, so it never requires React's types.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { VerdictElementTags } from './attributes.js';

export type {
  VerdictElementAttributes,
  ToolCompareAttributes,
  ToolCardAttributes,
  VerdictPanelAttributes,
  VerdictBadgeAttributes,
} from './attributes.js';

/** A tag's props in React: its own, then React's common HTML props (`className`, `id`, `style`, `ref`, `children`, ...). */
export type ReactVerdictProps<Tag extends keyof VerdictElementTags> = VerdictElementTags[Tag][1] &
  Omit<DetailedHTMLProps<HTMLAttributes<VerdictElementTags[Tag][0]>, VerdictElementTags[Tag][0]>, keyof VerdictElementTags[Tag][1]> & {
    /** React 19 passes `class` through to a custom element as the attribute. */
    class?: string | undefined;
  };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'tool-compare': ReactVerdictProps<'tool-compare'>;
      'tool-card': ReactVerdictProps<'tool-card'>;
      'verdict-panel': ReactVerdictProps<'verdict-panel'>;
      'verdict-badge': ReactVerdictProps<'verdict-badge'>;
    }
  }
}

// JSX typings for React 19: `import type {} from 'verdict-elements/react';` once in the app makes
// <tool-compare>, <tool-card>, <verdict-panel> and <verdict-badge> known to `React.JSX`, with their
// attributes, `data`, `ref` (typed as the element class) and event props (`onverdict-load`,
// `onverdict-error`, ..., which React 19 adds as listeners for the `verdict-*` events).
// Types only: the package root does not import this file, so it never requires React's types.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { VerdictElementAttributes, VerdictElementOf, VerdictTag } from './attributes.js';

export type * from './attributes.js';

/** A tag's props in React: its own, then React's common HTML props (`className`, `id`, `style`, `ref`, `children`, ...). */
export type ReactVerdictProps<Tag extends VerdictTag> = VerdictElementAttributes<Tag> &
  Omit<DetailedHTMLProps<HTMLAttributes<VerdictElementOf<Tag>>, VerdictElementOf<Tag>>, keyof VerdictElementAttributes<Tag>> & {
    /** React 19 passes `class` through to a custom element as the attribute. */
    class?: string | undefined;
  };

/** Every tag with its React props. */
export type ReactVerdictElements = { [Tag in VerdictTag]: ReactVerdictProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends ReactVerdictElements {}
  }
}

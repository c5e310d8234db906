// Svelte 5 typings: `import type {} from 'verdict-elements/svelte';` once in the app (or in a .d.ts
// it includes) makes <tool-compare>, <tool-card>, <verdict-panel> and <verdict-badge> known to
// `svelte-check` and the Svelte language tools: their attributes and properties (`data={doc}`,
// `tool`, `theme`, ...) and their events (`onverdict-load`, or `on:verdict-load` in Svelte 4
// syntax), typed. Types only: the package root does not import this file, so it never requires Svelte.
import type { HTMLAttributes } from 'svelte/elements';
import type { VerdictElementAttributes, VerdictElementOf, VerdictEventProps, VerdictTag } from './attributes.js';

export type * from './attributes.js';

/** A tag's Svelte props: its own, the legacy `on:` directives, then Svelte's common HTML attributes. */
export type SvelteVerdictProps<Tag extends VerdictTag> = VerdictElementAttributes<Tag> &
  VerdictEventProps<Tag, 'on:'> &
  Omit<HTMLAttributes<VerdictElementOf<Tag>>, keyof VerdictElementAttributes<Tag>>;

/** Every tag with its Svelte props. */
export type SvelteVerdictElements = { [Tag in VerdictTag]: SvelteVerdictProps<Tag> };

declare module 'svelte/elements' {
  interface SvelteHTMLElements extends SvelteVerdictElements {}
}

// The props the four elements take in a framework's templates, shared by the React, Preact, Vue
// and Svelte typings (`verdict-elements/react`, `/preact`, `/vue`, `/svelte`). Types only: the
// emitted .js is empty. Every name comes from ./manifest.ts, generated from custom-elements.json,
// so a new attribute or event of an element reaches every framework without an edit here.
import type { VerdictTagManifest } from './manifest.js';

/** The tags, as `'tool-compare' | 'tool-card' | ...`. */
export type VerdictTag = keyof VerdictTagManifest;
/** A tag's element class. */
export type VerdictElementOf<Tag extends VerdictTag> = VerdictTagManifest[Tag]['element'];

/** In markup an attribute is text: a number attribute also takes its digits (`heading-level="2"`). */
export type AttributeValue<T> = T | (T extends number ? `${T}` : never);

type Manifest<Tag extends VerdictTag> = VerdictTagManifest[Tag];
/** The properties a tag's attributes set, and its other settable properties but `data`. */
type PropertyName<Tag extends VerdictTag> = (Manifest<Tag>['attributes'][keyof Manifest<Tag>['attributes']] | Exclude<Manifest<Tag>['properties'], 'data'>) &
  keyof VerdictElementOf<Tag> &
  string;

/** An event of the elements, typed from `GlobalEventHandlersEventMap` (where each element declares its own). */
export type VerdictEvent<Name extends string> = Name extends keyof GlobalEventHandlersEventMap
  ? GlobalEventHandlersEventMap[Name]
  : CustomEvent<unknown>;

/** What a handler of a tag's event receives: the event, with `currentTarget` the element. */
export type VerdictEventFor<Tag extends VerdictTag, Name extends string> = VerdictEvent<Name> & {
  currentTarget: VerdictElementOf<Tag>;
};

/**
 * A tag's attributes and properties, each optional: attributes by their HTML name
 * (`heading-level`, which also takes the number's text), properties by theirs (`headingLevel`,
 * `data`, `strings`). React 19, Preact, Vue and Svelte set a name the defined element has as a
 * property, anything else as an attribute.
 */
export type VerdictProps<Tag extends VerdictTag> = {
  -readonly [Name in keyof Manifest<Tag>['attributes']]?: AttributeValue<VerdictElementOf<Tag>[Manifest<Tag>['attributes'][Name] & keyof VerdictElementOf<Tag>]>;
} & {
  -readonly [Name in PropertyName<Tag>]?: VerdictElementOf<Tag>[Name];
} & {
  /** The comparison document as an object (validated like any other source); wins over `src`. */
  data?: object | undefined;
};

/** A tag's event names, as `'verdict-load' | 'verdict-error' | ...`. */
export type VerdictEventName<Tag extends VerdictTag> = Manifest<Tag>['events'];

/**
 * Event props named `prefix` + event name: `onverdict-load` (React 19, Preact and Svelte 5 add
 * `on` + name as a listener for that event), `on:verdict-load` (Svelte's older directive).
 */
export type VerdictEventProps<Tag extends VerdictTag, Prefix extends string = 'on'> = {
  [Name in VerdictEventName<Tag> as `${Prefix}${Name}`]?: ((event: VerdictEventFor<Tag, Name>) => void) | undefined;
};

/** Everything a tag takes in JSX-like templates: attributes, properties and `on` + event name handlers. */
export type VerdictElementAttributes<Tag extends VerdictTag> = VerdictProps<Tag> & VerdictEventProps<Tag>;

export type ToolCompareAttributes = VerdictElementAttributes<'tool-compare'>;
export type ToolCardAttributes = VerdictElementAttributes<'tool-card'>;
export type VerdictPanelAttributes = VerdictElementAttributes<'verdict-panel'>;
export type VerdictBadgeAttributes = VerdictElementAttributes<'verdict-badge'>;

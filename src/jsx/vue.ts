// Vue 3 typings: `import type {} from 'verdict-elements/vue';` once in the app (or in a .d.ts it
// includes) makes <tool-compare>, <tool-card>, <verdict-panel> and <verdict-badge> known to
// `vue-tsc` and Volar as global components: their attributes and properties (`:data.prop`,
// `heading-level`, `theme`, ...) and their events (`@verdict-load`, `@verdict-error`, ...), typed.
// Vue itself must still be told they are custom elements (`isCustomElement`, see the README).
// Types only: the package root does not import this file, so it never requires Vue.
import type { DefineComponent } from 'vue';
import type { AttributeValue, VerdictEventFor, VerdictEventName, VerdictProps, VerdictTag } from './attributes.js';

export type * from './attributes.js';

/** `verdict-load` -> `verdictLoad`. */
type Camel<S extends string> = S extends `${infer Head}-${infer Tail}` ? `${Head}${Capitalize<Camel<Tail>>}` : S;

/** Vue's listener props: `@verdict-load` in a template is the prop `onVerdictLoad`. */
export type VueVerdictEvents<Tag extends VerdictTag> = {
  [Name in VerdictEventName<Tag> as `on${Capitalize<Camel<Name>>}`]?: ((event: VerdictEventFor<Tag, Name>) => void) | undefined;
};

/**
 * A tag's props in Vue. Vue matches `heading-level="2"` to the prop `headingLevel`, so a number
 * property also takes its digits here.
 */
export type VueVerdictProps<Tag extends VerdictTag> = { [Name in keyof VerdictProps<Tag>]?: AttributeValue<VerdictProps<Tag>[Name]> };

/** A tag as Vue sees it: a component whose props are the element's attributes, properties and listeners. */
export type VueVerdictComponent<Tag extends VerdictTag> = DefineComponent<VueVerdictProps<Tag> & VueVerdictEvents<Tag>>;

/** Every tag as a Vue component. */
export type VueVerdictComponents = { [Tag in VerdictTag]: VueVerdictComponent<Tag> };

declare module 'vue' {
  interface GlobalComponents extends VueVerdictComponents {}
}

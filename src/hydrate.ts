// The CDN bundle for pages with static HTML (`verdict-elements/ssr`, `verdict-elements render`):
// dist/verdict-elements.hydrate.js. The same four elements as dist/verdict-elements.js, plus Lit's
// hydration support, so that server-rendered elements are adopted as they are (no re-render, no
// request for the document) instead of rendered again. Load one of the two bundles, not both.
// Order matters: the hydration support must be in place before LitElement is evaluated.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import './ssr/hydrate-guard.js';
import './define.js';

// The static-HTML demo (static.html, written by scripts/demo-static.mjs): the elements with Lit's
// hydration support, as dist/verdict-elements.hydrate.js. Under the dev server the templates are
// not minified as in the build, so the elements render afresh from their inline JSON instead of
// adopting the HTML; with JavaScript off the page reads the same.
import '../src/hydrate.js';

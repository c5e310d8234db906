// verdict-elements/ssr: static HTML for the elements (Node). See README, "Static HTML and SEO".
export { renderElement, ELEMENTS, DEFAULT_STYLES_HREF, type RenderOptions, type ElementName } from './render.js';
export { structuredData } from './structured-data.js';
export { scriptJson } from './script-json.js';
export { NO_SCRIPT_CSS } from './no-script.js';
export { VerdictError } from '../data/errors.js';
export { VERSION } from '../version.js';

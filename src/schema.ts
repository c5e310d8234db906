// `verdict-elements/schema`: the data layer without the elements (validation, loader, figures)
// and the authoring checks (warnings). The warnings are exported here and not from the package
// root, which the CDN bundle re-exports: readers' pages never pay for an author's tool.
export * from './data/index.js';
export { warningsFor, looksLikeDomain, LONG_QUOTE_WORDS, type DocumentWarning, type WarningCode, type WarningOptions } from './data/warnings.js';

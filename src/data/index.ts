// The data layer on its own: schema, validation, loader and derived figures, with no DOM needed
// (the loader needs `fetch`), for users who render with their own UI.
export * from './schema.js';
export { validateComparison, formatPath } from './validate.js';
export { prepareComparison, parseComparison } from './parse.js';
export { loadComparison, cachedComparison, clearComparisonCache, isAbort, loaderStats, MAX_DOCUMENT_BYTES, DEFAULT_TIMEOUT_MS, type LoadOptions } from './loader.js';
export { figuresFor, roundedPercent, disagreement, DISAGREEMENT_POINTS, pricingLabel, NO_FIGURE, PRICING_WORDS, type Figures, type ToolFigures, type Share, type ReviewerRow } from './derive.js';
export { VerdictError, isRetryable, type ErrorKind, type SchemaIssue } from './errors.js';
export { comparisonContext, type DocumentState } from './context.js';
export { tallyFor, clearTallies, Tally, type Counts, type VoteFailure, type VoteOutcome, type VoteVerdict, type TallyListener } from './tally.js';

// The package root: classes and helpers, with no side effects. Import `verdict-elements/define`
// to register the elements.
export { ToolCompare } from './components/tool-compare/tool-compare.js';
export { ToolCard } from './components/tool-card/tool-card.js';
export { VerdictPanel } from './components/verdict-panel/verdict-panel.js';
export { VerdictBadge } from './components/verdict-badge/verdict-badge.js';
export { VerdictElement, type VerdictLoadDetail, type VerdictErrorDetail } from './components/base/verdict-element.js';
export type { VerdictVoteDetail, VerdictVotedDetail, VerdictTallyErrorDetail } from './components/base/voting.js';
export * from './data/index.js';
export { setStrings, getStrings, ENGLISH, type VerdictStrings } from './strings.js';
export { VERSION } from './version.js';

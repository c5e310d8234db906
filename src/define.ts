// Registers all four elements. <tool-compare> goes first so that it is upgraded, and provides
// its document, before the cards and panels inside it ask for one.
import './components/tool-compare/define.js';
import './components/tool-card/define.js';
import './components/verdict-panel/define.js';
import './components/verdict-badge/define.js';

export * from './index.js';

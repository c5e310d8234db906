// Registers all four elements (the CDN bundle is this entry). <tool-compare> goes first, so that it
// is upgraded, and provides its document, before the cards and panels inside it ask for one: that
// order is why this entry needs no context root (see define/context-root.ts), unlike the
// per-element entries, which may be imported in any order.
import { ToolCompare } from './components/tool-compare/tool-compare.js';
import { ToolCard } from './components/tool-card/tool-card.js';
import { VerdictPanel } from './components/verdict-panel/verdict-panel.js';
import { VerdictBadge } from './components/verdict-badge/verdict-badge.js';
import { defineElement } from './define/define-element.js';
// The tag-name typings of the per-element entries (types only: nothing runs).
import type {} from './components/tool-compare/define.js';
import type {} from './components/tool-card/define.js';
import type {} from './components/verdict-panel/define.js';
import type {} from './components/verdict-badge/define.js';

defineElement('tool-compare', ToolCompare);
defineElement('tool-card', ToolCard);
defineElement('verdict-panel', VerdictPanel);
defineElement('verdict-badge', VerdictBadge);

export * from './index.js';

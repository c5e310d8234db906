import { attachContextRoot } from '../../define/context-root.js';
import { defineElement } from '../../define/define-element.js';
import { VerdictBadge } from './verdict-badge.js';

attachContextRoot();
defineElement('verdict-badge', VerdictBadge);

export { VerdictBadge };

declare global {
  interface HTMLElementTagNameMap {
    'verdict-badge': VerdictBadge;
  }
}

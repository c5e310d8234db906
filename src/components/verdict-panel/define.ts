import { attachContextRoot } from '../../define/context-root.js';
import { defineElement } from '../../define/define-element.js';
import { VerdictPanel } from './verdict-panel.js';

attachContextRoot();
defineElement('verdict-panel', VerdictPanel);

export { VerdictPanel };

declare global {
  interface HTMLElementTagNameMap {
    'verdict-panel': VerdictPanel;
  }
}

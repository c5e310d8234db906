import { attachContextRoot } from '../../define/context-root.js';
import { defineElement } from '../../define/define-element.js';
import { ToolCompare } from './tool-compare.js';

attachContextRoot();
defineElement('tool-compare', ToolCompare);

export { ToolCompare };

declare global {
  interface HTMLElementTagNameMap {
    'tool-compare': ToolCompare;
  }
}

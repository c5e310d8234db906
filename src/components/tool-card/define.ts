import { attachContextRoot } from '../../define/context-root.js';
import { defineElement } from '../../define/define-element.js';
import { ToolCard } from './tool-card.js';

attachContextRoot();
defineElement('tool-card', ToolCard);

export { ToolCard };

declare global {
  interface HTMLElementTagNameMap {
    'tool-card': ToolCard;
  }
}

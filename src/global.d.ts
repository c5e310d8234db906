import type { VerdictErrorDetail, VerdictLoadDetail } from './components/base/verdict-element.js';

declare global {
  interface GlobalEventHandlersEventMap {
    'verdict-load': CustomEvent<VerdictLoadDetail>;
    'verdict-error': CustomEvent<VerdictErrorDetail>;
  }
}

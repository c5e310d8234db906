import { createContext } from '@lit/context';
import type { VerdictError } from './errors.js';
import type { ComparisonDocument } from './schema.js';

/** Where an element stands with its document; `<tool-compare>` provides its own to descendants. */
export type DocumentState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; document: ComparisonDocument }
  | { status: 'error'; error: VerdictError };

/** A string key, so that two copies of the bundle on one page still find each other's documents. */
export const comparisonContext = createContext<DocumentState | undefined>('verdict-elements/comparison@1');

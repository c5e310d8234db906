import { VerdictError } from './errors.js';
import { resolveUrls } from './resolve-urls.js';
import type { ComparisonDocument } from './schema.js';
import { validateComparison } from './validate.js';

/** The page's address, which inline and property data resolve their relative links against. */
export const pageUrl = (): string => globalThis.document?.baseURI ?? globalThis.location?.href ?? 'about:blank';

/**
 * The one road from an untrusted value to a document the elements may render:
 * validate every rule, then make its links absolute against `base`. Throws a `VerdictError`.
 */
export function prepareComparison(value: unknown, base: string = pageUrl(), source?: string): ComparisonDocument {
  // A hundred cards given the same `data` object validate it once and share one document
  // (and so one set of derived figures).
  const cacheable = value !== null && typeof value === 'object';
  const hit = cacheable ? prepared.get(value) : undefined;
  if (hit && hit.base === base && hit.generation === generation) {
    if ('error' in hit) throw hit.error;
    return hit.document;
  }
  const result = validateComparison(value, source);
  const entry: Prepared = result.ok
    ? { base, generation, document: resolveUrls(result.document, base) }
    : { base, generation, error: result.error };
  if (cacheable) {
    prepared.set(value, entry);
    expireSoon();
  }
  if ('error' in entry) throw entry.error;
  return entry.document;
}

type Prepared = { base: string; generation: number } & ({ document: ComparisonDocument } | { error: VerdictError });
const prepared = new WeakMap<object, Prepared>();

/**
 * Cached results hold for the current task only: the elements created together share one
 * validation, and an object assigned again later (perhaps mutated in between) is checked again.
 */
let generation = 0;
let expiring = false;
function expireSoon(): void {
  if (expiring) return;
  expiring = true;
  setTimeout(() => {
    generation++;
    expiring = false;
  });
}

/** JSON text (a fetched body, an inline script) to a document. Throws a `VerdictError`. */
export function parseComparison(text: string, base: string = pageUrl(), source?: string): ComparisonDocument {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const where = source ? `${source} is` : 'The comparison data is';
    const trimmed = text.trimStart();
    const hint = !trimmed
      ? 'it is empty'
      : trimmed.startsWith('<')
        ? 'it looks like an HTML page; check that the address points at the .json file'
        : (cause as Error).message;
    throw new VerdictError('parse', `${where} not valid JSON: ${hint}.`, { url: source });
  }
  return prepareComparison(value, base, source);
}

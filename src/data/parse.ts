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
  const result = validateComparison(value, source);
  if (!result.ok) throw result.error;
  return resolveUrls(result.document, base);
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

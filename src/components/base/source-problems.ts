import { VerdictError } from '../../data/errors.js';
import { parseComparison, prepareComparison } from '../../data/parse.js';
import type { ComparisonDocument } from '../../data/schema.js';

/*
 * Sources that frameworks break without a word: the elements say so (kind `source`) instead of
 * sitting in their quiet empty state.
 */

/**
 * The `data` attribute (`data` is a property): a framework that sets an object before the element
 * is defined writes the text "[object Object]" (Vue's `:data`; `:data.prop` is the fix).
 */
export const dataAttributeError = (value: string): VerdictError =>
  new VerdictError(
    'source',
    `The data attribute ("${value.slice(0, 40)}") is ignored: data is a property that takes an object. Set data as a property (:data.prop in Vue, a ref in React), or use src or a <script type="application/json"> child.`,
  );

const ENTITIES: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', apos: "'" };

/**
 * An inline `<script type="application/json">`. Markdown hosts (VitePress) may HTML-escape its
 * content (`{&quot;version&quot;:1}`): when the decoded text is JSON, it is used; when even that
 * fails, the error names the cause.
 */
export function parseInline(text: string): ComparisonDocument {
  try {
    return parseComparison(text);
  } catch (error) {
    if ((error as VerdictError).kind !== 'parse' || !/&(quot|#34|#x22);/i.test(text)) throw error;
  }
  let value: unknown;
  try {
    // &quot; &#34; &#x22; and the other named and numeric references.
    value = JSON.parse(
      text.replace(/&(#x?)?(\w+);/gi, (entity, hash?: string, name?: string) =>
        hash ? String.fromCodePoint(parseInt(name!, hash.length > 1 ? 16 : 10)) : (ENTITIES[name!.toLowerCase()] ?? entity),
      ),
    );
  } catch {
    throw new VerdictError(
      'source',
      'Inline JSON arrived HTML-escaped (&quot;) and is not JSON even once decoded: the site generator rewrote the script. Use src, or keep the script out of Markdown.',
    );
  }
  return prepareComparison(value);
}

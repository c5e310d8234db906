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
export function dataAttributeError(value: string): VerdictError {
  return new VerdictError(
    'source',
    value === '[object Object]'
      ? 'The data attribute holds the text "[object Object]": an object was set as an attribute, so the element never got it. Set data as a property (:data.prop in Vue, a ref in React), or use src or an inline JSON script.'
      : 'The data attribute is ignored: data is a property that takes an object. Set it from a script (el.data = doc), or put the JSON in a <script type="application/json"> child.',
  );
}

const ENTITY = /&(?:quot|amp|lt|gt|apos|#(\d+)|#x([\da-f]+));/gi;
const NAMED: Record<string, string> = { '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&apos;': "'" };

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
    value = JSON.parse(
      text.replace(ENTITY, (entity, dec?: string, hex?: string) =>
        dec || hex ? String.fromCodePoint(parseInt(dec ?? hex!, dec ? 10 : 16)) : NAMED[entity.toLowerCase()]!,
      ),
    );
  } catch {
    throw new VerdictError(
      'source',
      'Inline JSON arrived HTML-escaped (&quot;…) and is not valid JSON even once decoded: the site generator rewrote the script. Put the JSON in a file and use src, or keep the script out of Markdown.',
    );
  }
  return prepareComparison(value);
}

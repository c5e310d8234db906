/**
 * JSON for an inline `<script>` (application/json, application/ld+json). JSON.stringify leaves `<`
 * as is, so a document string holding `</script>` would close the script and its tail would be
 * parsed as HTML. Written `\u003c` (and `>`, `&`, the two JS line separators likewise), it is the
 * same JSON to a parser and inert to the HTML tokenizer.
 */
export function scriptJson(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

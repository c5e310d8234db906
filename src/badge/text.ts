/**
 * Document strings become SVG text. badge-maker escapes markup (`<`, `&`, quotes), but XML 1.0 also
 * forbids most control characters even when escaped, and a bidi override in a name could reorder
 * the message beside it. So every string is cleaned here before it reaches the renderer.
 */

// C0/C1 controls, DEL, the noncharacters U+FFFE/U+FFFF, lone surrogates: not allowed in XML.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u0084\u0086-\u009f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
// Direction marks, embeddings, overrides and isolates: a name must not flip the text around it.
const BIDI = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// Line breaks and tabs of any kind: a badge is one line.
const BREAKS = /[\t\n\r\u0085\u2028\u2029]+/g;

/** One line of plain text, safe to put in XML once escaped: no controls, no bidi, no runs of spaces. */
export function cleanText(value: string): string {
  return value.replace(BREAKS, ' ').replace(NOT_XML, '').replace(BIDI, '').replace(/ {2,}/g, ' ').trim();
}

/** `&`, `<`, `>` and both quotes as entities: for text and attribute values alike. */
export function escapeXml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

/** Length as people count it (code points), the unit of the label limit. */
export const characters = (value: string): number => [...value].length;

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/**
 * At most `max` characters, cut between graphemes (never inside an emoji or before an accent),
 * with an ellipsis when cut: a long tool name must not stretch a badge across the page.
 */
export function shorten(value: string, max: number): string {
  if (characters(value) <= max) return value;
  let out = '';
  for (const { segment } of graphemes.segment(value)) {
    if (characters(out) + characters(segment) > max - 1) break;
    out += segment;
  }
  return `${out.trimEnd()}…`;
}

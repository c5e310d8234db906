// A strict XML parse of an SVG badge into a small tree, for the Node tests (test/node/badge*.test.mjs).
// saxes is a conformant, non-validating XML 1.0 parser: a control character, an undefined entity, a
// bare `&` or `<`, a duplicate attribute or a second root is an error, as in a browser's XML parser.
import { SaxesParser } from 'saxes';

const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * @typedef {{ name: string, ns: string, attrs: Record<string, string>, children: Node[], parent?: Node }} Node
 * `children` holds elements and text (strings).
 */

/** Parses `xml` or throws with saxes' line:column message. Doctypes, processing instructions and CDATA are refused too. */
export function parseSvg(xml) {
  const parser = new SaxesParser({ xmlns: true });
  /** @type {Node | undefined} */
  let root;
  /** @type {Node[]} */
  const stack = [];
  const refuse = (what) => () => {
    throw new Error(`${what} in a badge`);
  };
  parser.on('error', (error) => {
    throw error;
  });
  parser.on('doctype', refuse('a doctype'));
  parser.on('processinginstruction', refuse('a processing instruction'));
  parser.on('cdata', refuse('CDATA'));
  parser.on('opentag', (tag) => {
    const attrs = {};
    for (const attr of Object.values(tag.attributes)) attrs[attr.name] = attr.value;
    const node = { name: tag.local, ns: tag.uri, attrs, children: [], parent: stack.at(-1) };
    if (stack.length) stack.at(-1).children.push(node);
    else root = node;
    stack.push(node);
  });
  parser.on('text', (text) => {
    if (stack.length) stack.at(-1).children.push(text);
  });
  parser.on('closetag', () => stack.pop());
  parser.write(xml).close();
  if (!root || root.name !== 'svg' || root.ns !== SVG_NS) throw new Error('the root is not an SVG element');
  return root;
}

/** Every element, depth first. */
export function* elements(node) {
  yield node;
  for (const child of node.children) if (typeof child !== 'string') yield* elements(child);
}

/** The text inside an element. */
export const textOf = (node) => node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

/** The tree's shape: element names and attribute names, without values or text. */
export const shapeOf = (node) =>
  `${node.name}[${Object.keys(node.attrs).join(',')}](${node.children.filter((c) => typeof c !== 'string').map(shapeOf).join('')})`;

/** The distinct texts of the <text> elements, in order (badge-maker draws each text again as its shadow). */
export const badgeTexts = (root) => [...new Set([...elements(root)].filter((n) => n.name === 'text').map(textOf))];

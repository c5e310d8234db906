/**
 * Document text -> what the workbench shows about it: the library's own verdict (JSON, size
 * limit, every schema and cross-field rule) and the warnings for likely mistakes, each placed at
 * a line and column of the text. No DOM and no editor: the positions come from Lezer's JSON
 * parser, which also finds syntax errors that JSON.parse does not place.
 */
import { parser } from '@lezer/json';
import type { SyntaxNode, Tree } from '@lezer/common';
import { MAX_DOCUMENT_BYTES } from '../../src/data/loader.js';
import { validateComparison } from '../../src/data/validate.js';
import { warningsFor } from '../../src/data/warnings.js';
import type { ComparisonDocument } from '../../src/data/schema.js';

export interface Problem {
  severity: 'error' | 'warning';
  /** `reviews[3].tool`, `(document)` for the whole text. */
  path: string;
  message: string;
  /** Offsets in the text (UTF-16 code units) of what the problem is about. */
  from: number;
  to: number;
  /** 1-based, as editors count. */
  line: number;
  column: number;
}

export type Analysis =
  | { ok: true; document: ComparisonDocument; problems: Problem[] }
  | { ok: false; problems: Problem[] };

type Segment = string | number;

/** `reviews[3].tool` -> `['reviews', 3, 'tool']`; `(document)` -> `[]`. */
export function pathSegments(path: string): Segment[] {
  if (path === '(document)') return [];
  const out: Segment[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) out.push(match[1] !== undefined ? Number(match[1]) : match[2]!);
  return out;
}

/** Line starts of a text, for offset -> line and column. */
class Lines {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  at(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}

const VALUE_NODES = new Set(['Object', 'Array', 'String', 'Number', 'True', 'False', 'Null']);

function children(node: SyntaxNode, name?: string): SyntaxNode[] {
  const out: SyntaxNode[] = [];
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (name ? child.name === name : VALUE_NODES.has(child.name)) out.push(child);
  }
  return out;
}

function propertyName(text: string, node: SyntaxNode): string | undefined {
  try {
    return JSON.parse(text.slice(node.from, node.to)) as string;
  } catch {
    return undefined;
  }
}

/**
 * The node a path leads to, or the deepest one on the way when the rest is missing (a required
 * field that is absent points at the object that lacks it). The last of duplicate keys wins, as
 * in JSON.parse.
 */
export function locate(tree: Tree, text: string, path: readonly Segment[]): { from: number; to: number } {
  let node: SyntaxNode | null = children(tree.topNode)[0] ?? null;
  if (!node) return { from: 0, to: 0 };
  for (const segment of path) {
    let next: SyntaxNode | undefined;
    if (node.name === 'Object' && typeof segment === 'string') {
      for (const property of children(node, 'Property')) {
        const name = property.getChild('PropertyName');
        if (name && propertyName(text, name) === segment) next = children(property)[0] ?? name;
      }
    } else if (node.name === 'Array' && typeof segment === 'number') {
      next = children(node)[segment];
    }
    if (!next) return { from: node.from, to: node.name === 'Object' || node.name === 'Array' ? node.from + 1 : node.to };
    node = next;
  }
  return { from: node.from, to: node.to };
}

function firstSyntaxError(tree: Tree): number | undefined {
  let at: number | undefined;
  tree.iterate({
    enter(node) {
      if (at !== undefined) return false;
      if (node.type.isError) at = node.from;
      return undefined;
    },
  });
  return at;
}

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

/** JSON.parse's message without V8's echo of the text (which can be long and is the author's own). */
function syntaxMessage(cause: unknown): string {
  const message = cause instanceof Error ? cause.message : String(cause);
  return message.replace(/,\s*(\.\.\.)?".*" is not valid JSON$/s, '').replace(/ in JSON at position \d+.*$/s, '');
}

const inTextOrder = (problems: Problem[]) => problems.sort((a, b) => a.from - b.from);

export function analyse(text: string, options: { now?: Date } = {}): Analysis {
  const lines = new Lines(text);
  const problem = (severity: Problem['severity'], path: string, message: string, from: number, to = from): Problem => ({
    severity,
    path,
    message,
    from,
    to,
    ...lines.at(from),
  });

  const bytes = new TextEncoder().encode(text).byteLength;
  if (bytes > MAX_DOCUMENT_BYTES) {
    return { ok: false, problems: [problem('error', '(document)', `is ${mib(bytes)}, over the 2 MiB the elements accept`, 0)] };
  }
  if (!text.trim()) return { ok: false, problems: [problem('error', '(document)', 'is empty: write a JSON comparison document', 0)] };

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (cause) {
    const message = cause instanceof Error ? cause.message : '';
    const stated = /at position (\d+)/.exec(message)?.[1];
    const at = stated !== undefined ? Number(stated) : /end of (JSON )?input/i.test(message) ? text.length : firstSyntaxError(parser.parse(text)) ?? 0;
    return { ok: false, problems: [problem('error', '(document)', `not valid JSON: ${syntaxMessage(cause)}`, at, Math.min(text.length, at + 1))] };
  }

  let tree: Tree | undefined;
  const place = (severity: Problem['severity'], path: string, message: string) => {
    tree ??= parser.parse(text);
    const { from, to } = locate(tree, text, pathSegments(path));
    return problem(severity, path, message, from, to);
  };

  const result = validateComparison(value);
  if (!result.ok) return { ok: false, problems: inTextOrder(result.error.issues.map((issue) => place('error', issue.path, issue.message))) };
  const warnings = warningsFor(result.document, options).map((warning) => place('warning', warning.path, warning.message));
  return { ok: true, document: result.document, problems: inTextOrder(warnings) };
}

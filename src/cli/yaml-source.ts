/// <reference types="node" />
/**
 * Comparison documents written in YAML (`.yaml`, `.yml`), for authors: long quotes read far
 * better as block scalars than as one JSON line. Parsed with the `yaml` package (YAML 1.2, core
 * schema: `yes` and `2026-10-02` stay text, no custom tags, no code), every problem placed at the
 * line and column of the YAML text, so that an author finds it in the file they wrote.
 */
import { LineCounter, isNode, parseDocument, type Document } from 'yaml';

export const isYamlFile = (file: string): boolean => /\.ya?ml$/i.test(file);

export interface Position {
  line: number;
  column: number;
}

export type YamlParsed =
  | { ok: true; value: unknown; locate: (path: string) => Position | undefined }
  | { ok: false; problems: string[] };

/** Aliases that expand a small file into a huge value ("billion laughs") are refused past this. */
const MAX_ALIAS_COUNT = 100;

/** `reviews[3].tool` -> `['reviews', 3, 'tool']` (the validator's path form); `(document)` -> `[]`. */
export function pathSegments(path: string): (string | number)[] {
  if (path === '(document)') return [];
  return [...path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)].map((m) => (m[1] !== undefined ? Number(m[1]) : m[2]!));
}

export const at = (position: Position | undefined): string => (position ? ` (line ${position.line}, column ${position.column})` : '');

export function parseYaml(text: string): YamlParsed {
  const lines = new LineCounter();
  let document: Document.Parsed;
  try {
    document = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true });
  } catch (cause) {
    return { ok: false, problems: [`not valid YAML: ${(cause as Error).message}`] };
  }
  const position = (offset: number): Position => {
    const { line, col } = lines.linePos(offset);
    return { line, column: col };
  };
  if (document.errors.length > 0) {
    return {
      ok: false,
      problems: document.errors.map((error) => `not valid YAML: ${error.message}${at(position(error.pos[0]))}`),
    };
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (cause) {
    return { ok: false, problems: [`not valid YAML: ${(cause as Error).message}`] };
  }
  if (value === null || value === undefined) return { ok: false, problems: ['is empty; expected a YAML comparison document'] };

  /** The node a path leads to, or the nearest one on the way (a missing field points at its parent). */
  const locate = (path: string): Position | undefined => {
    const segments = pathSegments(path);
    for (let depth = segments.length; depth >= 0; depth--) {
      const node = depth === 0 ? document.contents : document.getIn(segments.slice(0, depth), true);
      if (isNode(node) && node.range) return position(node.range[0]);
    }
    return undefined;
  };
  return { ok: true, value, locate };
}

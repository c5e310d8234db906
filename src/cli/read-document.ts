/// <reference types="node" />
/**
 * Reads one comparison document file for every CLI command: size limit, decoding, parsing and
 * validation with the elements' own validator (src/data). Never throws for the file's faults:
 * it returns the problems, each a `path: message` or a sentence about the file. Files named
 * `.yaml`/`.yml` are read as YAML (yaml-source.ts), their problems placed at YAML line numbers.
 */
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { VerdictError } from '../data/errors.js';
import { MAX_DOCUMENT_BYTES } from '../data/loader.js';
import { prepareComparison } from '../data/parse.js';
import type { ComparisonDocument } from '../data/schema.js';
import { validateComparison } from '../data/validate.js';
import { warningsFor } from '../data/warnings.js';
import { at, isYamlFile, parseYaml, type Position } from './yaml-source.js';

/** Where a path of the document is in the file's text (YAML only; JSON problems name the path alone). */
type Locate = (path: string) => Position | undefined;

export type Loaded =
  | {
      ok: true;
      /** Validated, its links resolved against the file's URL: what the elements would render. */
      document: ComparisonDocument;
      /** The parsed value as the author wrote it (unknown fields kept, links as written). */
      value: unknown;
      locate?: Locate | undefined;
    }
  | { ok: false; problems: string[] };

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

function fsProblem(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'ENOTDIR':
      return 'no such file (a part of the path is not a directory)';
    case 'EISDIR':
      return 'is a directory, not a JSON file';
    case 'EACCES':
    case 'EPERM':
      return 'cannot be read: permission denied';
    case 'ELOOP':
      return 'cannot be read: too many symbolic links';
    default:
      return `cannot be read: ${typeof code === 'string' ? code : (cause as Error)?.message ?? String(cause)}`;
  }
}

/** `... at position 66` -> `... at position 66 (line 1, column 67)`, where Node does not say it already. */
function withLineAndColumn(message: string, text: string): string {
  const match = /at position (\d+)/.exec(message);
  if (!match || /line \d+/.test(message)) return message;
  const position = Number(match[1]);
  const before = text.slice(0, position).split('\n');
  return `${message} (line ${before.length}, column ${before[before.length - 1]!.length + 1})`;
}

/** The file's text as a browser reads a response: UTF-8, byte order mark dropped, bad bytes replaced. */
export type ReadText = { ok: true; text: string } | { ok: false; problems: string[] };

export function readText(file: string): ReadText {
  const fail = (message: string): ReadText => ({ ok: false, problems: [message] });
  let bytes: Uint8Array;
  try {
    const stats = statSync(file);
    if (stats.isDirectory()) return fail('is a directory, not a JSON file');
    // The elements refuse documents over the limit; so does this check (FIFOs report size 0).
    if (stats.size > MAX_DOCUMENT_BYTES) return fail(`is ${mib(stats.size)}, over the 2 MiB limit for a comparison document`);
    bytes = readFileSync(file);
  } catch (cause) {
    return fail(fsProblem(cause));
  }
  if (bytes.byteLength > MAX_DOCUMENT_BYTES) {
    return fail(`is more than ${mib(MAX_DOCUMENT_BYTES)}, over the 2 MiB limit for a comparison document`);
  }
  return { ok: true, text: new TextDecoder().decode(bytes) };
}

/** Text -> a plain value (YAML when `file` says .yaml/.yml, JSON otherwise), or the problems that say why not. */
export function parseText(text: string, file = ''): { ok: true; value: unknown; locate?: Locate } | { ok: false; problems: string[] } {
  if (isYamlFile(file)) {
    if (!text.trim()) return { ok: false, problems: ['is empty; expected a YAML comparison document'] };
    return parseYaml(text);
  }
  if (!text.trim()) return { ok: false, problems: ['is empty; expected a JSON comparison document'] };
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch (cause) {
    const hint = text.trimStart().startsWith('<')
      ? 'it looks like an HTML page, not a .json file'
      : withLineAndColumn((cause as Error).message, text);
    return { ok: false, problems: [`not valid JSON: ${hint}`] };
  }
}

/** Reads, parses and validates one file. Relative links resolve against the file's own URL. */
export function readDocument(file: string): Loaded {
  const read = readText(file);
  if (!read.ok) return read;
  const parsed = parseText(read.text, file);
  if (!parsed.ok) return parsed;
  const { value, locate } = parsed;
  try {
    return { ok: true, document: prepareComparison(value, pathToFileURL(resolve(file)).href, file), value, locate };
  } catch (cause) {
    if (cause instanceof VerdictError && cause.kind === 'schema') {
      return { ok: false, problems: cause.issues.map((issue) => `${issue.path}: ${issue.message}${at(locate?.(issue.path))}`) };
    }
    if (cause instanceof VerdictError) return { ok: false, problems: [cause.message] };
    throw cause;
  }
}

/**
 * The likely mistakes of a valid document (src/data/warnings.ts), as `path: message` lines, read
 * from the value as written: a link is judged before it is resolved against the file's address.
 */
export function documentWarnings(loaded: Extract<Loaded, { ok: true }>, now?: Date): string[] {
  const result = validateComparison(loaded.value);
  if (!result.ok) return [];
  return warningsFor(result.document, { now }).map((w) => `${w.path}: ${w.message}${at(loaded.locate?.(w.path))}`);
}

import { comparisonSchema, type ComparisonDocument, type Rule } from './schema.js';
import { VerdictError, type SchemaIssue } from './errors.js';

type Path = readonly PropertyKey[];

/** `['reviews', 3, 'tool']` -> `reviews[3].tool`, the form the spec and the error box use. */
export function formatPath(path: Path): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(document)';
}

/** The value zod saw at `path` (read the way zod reads it, inherited properties included). */
function valueAt(input: unknown, path: Path): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

const length = (value: unknown) => (typeof value === 'string' ? [...value].length : Array.isArray(value) ? value.length : 0);

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'number' && !Number.isSafeInteger(value)) return `the number ${value}`;
  return typeof value === 'object' ? 'an object' : `${typeof value === 'string' ? 'text' : typeof value}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  object: 'an object',
  array: 'a list',
};

/** A value as the author wrote it, short; objects are named by type (`String()` can throw on them). */
const quote = (v: unknown) =>
  typeof v === 'string' ? `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"` : v !== null && typeof v === 'object' ? describeType(v) : String(v);

interface RawIssue {
  code: string;
  path: Path;
  message: string;
  expected?: string;
  /** The JSON Schema keywords of the broken rule (see `Rule` in schema.ts). */
  params?: Rule;
}

/** Turns zod's issues into sentences a content author can act on (zod/mini ships no messages). */
function describeIssue({ code, path, message, expected, params }: RawIssue, input: unknown): string {
  const value = valueAt(input, path);
  if (code === 'invalid_type') {
    return value === undefined ? 'is required' : `must be ${EXPECTED[expected ?? ''] ?? expected}, not ${describeType(value)}`;
  }
  if (!params) return message === 'Invalid input' ? `is not valid (${quote(value)})` : message; // our own wording
  const { maxLength, minItems, maxItems, minimum } = params;
  const n = length(value);
  if (maxLength !== undefined) return n > maxLength ? `is too long: at most ${maxLength} characters (it has ${n})` : 'must not be empty';
  if (maxItems !== undefined) {
    return n > maxItems ? `has too many items: at most ${maxItems} (it has ${n})` : `needs at least ${minItems} item${minItems === 1 ? '' : 's'}`;
  }
  if (minimum !== undefined) {
    if (value === undefined) return 'is required';
    return Number.isSafeInteger(value) ? `must be ${minimum} or more` : `must be a whole number, not ${describeType(value)}`;
  }
  if (params.const !== undefined) return `unsupported version ${quote(value)} (this reader supports version ${params.const})`;
  if (!params.enum) return message; // a pattern: our own wording
  const list = params.enum.map(quote).join(', ');
  return value === undefined ? `is required (one of ${list})` : `must be one of ${list}, not ${quote(value)}`;
}

/** Version is checked first and alone: a version 2 document should say so, not list 40 field errors. */
function versionProblem(input: unknown): SchemaIssue | undefined {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { path: '(document)', message: `must be a JSON object, not ${describeType(input)}` };
  }
  const version = (input as { version?: unknown }).version;
  if (version === undefined) return { path: 'version', message: 'is required (set "version": 1)' };
  if (version !== 1) return { path: 'version', message: `unsupported version ${quote(version)} (this reader supports version 1)` };
  return undefined;
}

function schemaError(issues: SchemaIssue[], source?: string): VerdictError {
  const [first] = issues;
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more problem${issues.length > 2 ? 's' : ''})` : '';
  return new VerdictError('schema', `${first!.path}: ${first!.message}${more}`, { issues, url: source });
}

/**
 * Checks an already-parsed value against every rule of the spec.
 * Never throws: returns the typed document or a `schema` error listing every problem.
 */
export function validateComparison(
  input: unknown,
  source?: string,
): { ok: true; document: ComparisonDocument } | { ok: false; error: VerdictError } {
  try {
    const early = versionProblem(input);
    if (early) return { ok: false, error: schemaError([early], source) };
    const result = comparisonSchema.safeParse(input);
    if (result.success) return { ok: true, document: result.data };
    const issues = (result.error.issues as unknown as RawIssue[]).map((issue) => ({
      path: formatPath(issue.path),
      message: describeIssue(issue, input),
    }));
    return { ok: false, error: schemaError(issues, source) };
  } catch (cause) {
    // A getter, proxy or exotic object in a hand-built `data` value can throw while being read;
    // that is still the author's data, not a crash.
    let reason = 'an object that throws when read';
    try {
      reason = String((cause as Error)?.message ?? cause);
    } catch {
      /* keep the generic reason */
    }
    return { ok: false, error: schemaError([{ path: '(document)', message: `could not be read (${reason})` }], source) };
  }
}

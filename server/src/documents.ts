/**
 * The comparison documents one process serves beside their votes: every `*.json` of a directory,
 * checked at start-up by the project's own CLI (same validator, same messages). An invalid file is
 * reported and not served; the others are served byte for byte.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateComparison, type ComparisonDocument } from 'verdict-elements/schema';

export interface ServedDocument {
  /** File name, as in `/documents/<name>`. */
  name: string;
  bytes: Buffer;
  etag: string;
  document: ComparisonDocument;
}

export interface Catalog {
  /** By file name. */
  files: Map<string, ServedDocument>;
  /** By comparison `id`: the comparisons that can be voted on. */
  comparisons: Map<string, ComparisonDocument>;
}

interface Cli {
  run(args: readonly string[], io: { out(line: string): void; err(line: string): void }): number | Promise<number>;
}

/** The CLI's `run` (dist/lib/cli/run.js of the verdict-elements package, built by `npm run build`). */
async function cli(): Promise<Cli> {
  return (await import(new URL('./dist/lib/cli/run.js', import.meta.resolve('verdict-elements/package.json')).href)) as Cli;
}

/** A catalog of documents already in memory (a publisher mounting the app). */
export function catalogOf(documents: Iterable<ComparisonDocument>): Catalog {
  const comparisons = new Map<string, ComparisonDocument>();
  for (const document of documents) comparisons.set(document.id, document);
  return { files: new Map(), comparisons };
}

/**
 * Reads and checks every `*.json` file of `dir`. `report` gets one line per problem, in the CLI's
 * words (`FILE: path: message`). Throws only when the directory itself cannot be read.
 */
export async function loadDocuments(dir: string, report: (line: string) => void, shownDir = dir): Promise<Catalog> {
  const { run } = await cli();
  const names = readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => entry.name)
    .sort();
  const files = new Map<string, ServedDocument>();
  const comparisons = new Map<string, ComparisonDocument>();
  const owner = new Map<string, string>();
  for (const name of names) {
    const file = join(shownDir, name);
    const problems: string[] = [];
    // Run from the directory the user named, so that the messages name files as they typed them.
    const code = await run(['validate', '--', join(dir, name)], { out: () => {}, err: (line) => problems.push(line.replace(join(dir, name), file)) });
    if (code !== 0) {
      for (const line of problems) report(line);
      report(`${file}: not served`);
      continue;
    }
    // The CLI said it is valid; parse it again here for the typed document.
    const bytes = readFileSync(join(dir, name));
    const checked = validateComparison(JSON.parse(new TextDecoder().decode(bytes)));
    if (!checked.ok) continue;
    const document = checked.document;
    const first = owner.get(document.id);
    if (first !== undefined) {
      report(`${file}: id: "${document.id}" is already the id of ${first}; not served`);
      continue;
    }
    owner.set(document.id, file);
    const etag = `"${createHash('sha256').update(bytes).digest('base64url').slice(0, 27)}"`;
    files.set(name, { name, bytes, etag, document });
    comparisons.set(document.id, document);
  }
  return { files, comparisons };
}

/// <reference types="node" />
/**
 * `verdict-elements badge FILE --tool ID`: one tool's SVG badge on stdout (or its Shields endpoint
 * JSON with --json); `badge FILE --all --out DIR`: every tool's badge and Shields JSON as
 * DIR/<comparison-id>/<tool-id>.svg and .json, for a static host.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  BADGE_LOCALES,
  badgeLanguage,
  badgeOptionsProblem,
  renderBadge,
  shieldsEndpoint,
  type BadgeOptions,
  type BadgeStyle,
  type BadgeTheme,
} from '../../badge/index.js';
import { VerdictError } from '../../data/errors.js';
import type { ComparisonDocument } from '../../data/schema.js';
import { EXIT_INVALID, EXIT_OK, UsageError, printable, report, type Command, type OptionValues } from '../command.js';
import { readDocument } from '../read-document.js';

const text = (value: string | boolean | string[] | undefined): string | undefined => (typeof value === 'string' ? value : undefined);

/** The options as the renderer takes them; wrong ones are usage errors (exit 2). */
function badgeOptions(values: OptionValues, document: ComparisonDocument | undefined, toolId?: string): BadgeOptions {
  const locale = text(values.locale);
  if (locale !== undefined && !badgeLanguage(locale)) {
    throw new UsageError(`unknown locale "${locale}"; badges speak ${BADGE_LOCALES.join(', ')}`);
  }
  const options: BadgeOptions = {
    style: text(values.style) as BadgeStyle | undefined,
    theme: text(values.theme) as BadgeTheme | undefined,
    label: text(values.label),
    locale,
  };
  const problem = badgeOptionsProblem(options);
  if (problem) throw new UsageError(problem);
  // --community: the document's own snapshot of the votes (a vote server shows its live tally).
  if (values.community && document && toolId) {
    const tool = document.tools.find((t) => t.id === toolId);
    options.community = tool?.community ?? { ship: 0, skip: 0 };
  }
  return options;
}

function writeProblem(cause: unknown): string {
  const code = (cause as { code?: unknown } | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return 'cannot write: permission denied';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'cannot write: a part of the path is a file, not a directory';
    case 'ENOSPC':
      return 'cannot write: no space left on the device';
    default:
      return `cannot write: ${typeof code === 'string' ? code : (cause as Error)?.message ?? String(cause)}`;
  }
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

export const command: Command = {
  name: 'badge',
  usage: 'badge FILE --tool ID [--style S] [--label TEXT] [--theme T] [--locale L]\n  badge FILE --all --out DIR',
  summary: `print a tool's SVG verdict badge (Shields styles: flat,
flat-square, for-the-badge, plastic, social), or with --all
write DIR/<comparison>/<tool>.svg and .json (Shields endpoint)
for every tool`,
  options: {
    tool: { type: 'string' },
    all: { type: 'boolean' },
    out: { type: 'string' },
    style: { type: 'string' },
    label: { type: 'string' },
    theme: { type: 'string' },
    locale: { type: 'string' },
    community: { type: 'boolean' },
    json: { type: 'boolean' },
  },
  optionHelp: {
    tool: 'the tool id (one badge, printed)',
    out: 'the folder --all writes into',
    all: 'every tool, written under --out DIR',
    style: 'flat (default), flat-square, for-the-badge, plastic, social',
    label: 'text instead of the tool name (at most 40 characters)',
    theme: 'light (default) or dark',
    locale: 'en (default), fr or de',
    community: 'add the community share of the document\u2019s votes',
    json: 'print the Shields endpoint JSON instead of the SVG',
  },
  run(files, values, io) {
    if (files.length !== 1) throw new UsageError(`badge takes one FILE (got ${files.length})`);
    const toolId = text(values.tool);
    const out = text(values.out);
    if (values.all && toolId !== undefined) throw new UsageError('badge takes --tool ID or --all, not both');
    if (!values.all && toolId === undefined) throw new UsageError('badge needs --tool ID (one badge) or --all --out DIR (every tool)');
    if (values.all && out === undefined) throw new UsageError('badge --all needs --out DIR');
    if (!values.all && out !== undefined) throw new UsageError('--out goes with --all; one badge is printed to stdout');
    if (values.all && values.label !== undefined) throw new UsageError('--label names one badge (--tool), not every tool');
    if (values.all && values.json) throw new UsageError('--json prints one badge\u2019s Shields JSON; --all writes both files');
    badgeOptions(values, undefined); // usage errors before the file is read
    const file = files[0]!;
    const loaded = readDocument(file);
    if (!loaded.ok) {
      report(io, file, loaded.problems);
      return EXIT_INVALID;
    }
    const doc = loaded.document;

    if (toolId !== undefined) {
      try {
        const options = badgeOptions(values, doc, toolId);
        io.out(values.json ? json(shieldsEndpoint(doc, toolId, options)).trimEnd() : renderBadge(doc, toolId, options));
        return EXIT_OK;
      } catch (cause) {
        if (cause instanceof VerdictError) {
          report(io, file, [`--tool: ${cause.message}`]);
          return EXIT_INVALID;
        }
        throw cause;
      }
    }

    const dir = join(out!, doc.id);
    const written: string[] = [];
    try {
      mkdirSync(dir, { recursive: true });
      for (const tool of doc.tools) {
        const options = badgeOptions(values, doc, tool.id);
        const base = join(dir, tool.id);
        writeFileSync(`${base}.svg`, `${renderBadge(doc, tool.id, options)}\n`);
        writeFileSync(`${base}.json`, json(shieldsEndpoint(doc, tool.id, options)));
        written.push(`${base}.svg`, `${base}.json`);
      }
    } catch (cause) {
      if (cause instanceof VerdictError || cause instanceof UsageError) throw cause;
      report(io, dir, [writeProblem(cause)]);
      return EXIT_INVALID;
    }
    for (const path of written) io.out(printable(path));
    return EXIT_OK;
  },
};

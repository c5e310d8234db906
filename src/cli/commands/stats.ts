/** `verdict-elements stats FILE [--json]`: each tool's derived figures, as a table or JSON. */
import { NO_FIGURE, figuresFor, type Share } from '../../data/derive.js';
import type { ComparisonDocument } from '../../data/schema.js';
import { EXIT_INVALID, EXIT_OK, UsageError, escapeChar, printable, report, type Command } from '../command.js';
import { readDocument } from '../read-document.js';

const percent = (share: Share) => (share.percent === null ? NO_FIGURE : `${share.percent}%`);

/** The figures of one document as plain data: `percent` is `null` where the elements show "—". */
export function statsJson(file: string, doc: ComparisonDocument) {
  return {
    file,
    id: doc.id,
    title: doc.title,
    tools: figuresFor(doc).tools.map((f) => ({
      id: f.tool.id,
      name: f.tool.name,
      panel: { percent: f.panel.percent, ship: f.panel.ship, reviews: f.panel.total },
      community: { percent: f.community.percent, ship: f.community.ship, votes: f.community.total },
      pricing: f.pricing,
    })),
  };
}

/** Columns padded by code points; right-aligned where `right[i]`. */
function table(rows: string[][], right: boolean[]): string[] {
  const width = (s: string) => [...s].length;
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((row) => width(row[i]!))));
  return rows.map((row) =>
    row
      .map((cell, i) => {
        const pad = ' '.repeat(widths[i]! - width(cell));
        return right[i] ? pad + cell : i === row.length - 1 ? cell : cell + pad;
      })
      .join('  '),
  );
}

export const command: Command = {
  name: 'stats',
  usage: 'stats FILE [--json]',
  summary: `print each tool's derived figures: panel ship share, community
ship share and votes, pricing label`,
  options: { json: { type: 'boolean' } },
  optionHelp: { json: 'print the figures as JSON instead of a table' },
  run(files, values, io) {
    if (files.length !== 1) throw new UsageError(`stats takes one FILE (got ${files.length})`);
    const file = files[0]!;
    const loaded = readDocument(file);
    if (!loaded.ok) {
      report(io, file, loaded.problems);
      return EXIT_INVALID;
    }
    const doc = loaded.document;
    if (values.json) {
      // JSON.stringify escapes C0 controls; DEL, C1 and bidi controls are escaped here (still the same JSON).
      io.out(JSON.stringify(statsJson(file, doc), null, 2).replace(/[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, escapeChar));
      return EXIT_OK;
    }
    const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? '' : 's'}`;
    io.out(printable(`${file}: ${doc.title} (${doc.id})`));
    io.out(`${count(doc.tools.length, 'tool')}, ${count(doc.reviewers.length, 'reviewer')}, ${count(doc.reviews.length, 'review')}`);
    io.out('');
    const rows = [
      ['TOOL', 'NAME', 'PANEL', 'SHIP/REVIEWS', 'COMMUNITY', 'VOTES', 'PRICING'],
      ...figuresFor(doc).tools.map((f) =>
        [
          f.tool.id,
          f.tool.name,
          percent(f.panel),
          `${f.panel.ship}/${f.panel.total}`,
          percent(f.community),
          String(f.community.total),
          f.pricing ?? NO_FIGURE,
        ].map(printable),
      ),
    ];
    for (const line of table(rows, [false, false, true, true, true, true, false])) io.out(line);
    return EXIT_OK;
  },
};

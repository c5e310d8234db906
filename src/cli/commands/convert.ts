/// <reference types="node" />
/**
 * `verdict-elements convert FILE [--to json|yaml]`: a valid document, from YAML or JSON, printed
 * as JSON (the default: what the elements fetch) or as YAML (to start writing in YAML from a JSON
 * document). The value is written as the author wrote it (unknown fields kept, links not
 * resolved), so converting back gives the same document. An invalid document prints nothing on
 * stdout and its problems on stderr, as `validate` does.
 */
import { stringify } from 'yaml';
import { EXIT_INVALID, EXIT_OK, UsageError, escapeChar, report, type Command } from '../command.js';
import { readDocument } from '../read-document.js';

/** Characters JSON.stringify leaves raw that could rewrite a terminal; escaped, it is the same JSON. */
const UNSAFE = /[\u007f-\u009f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export const command: Command = {
  name: 'convert',
  usage: 'convert FILE [--to json|yaml]',
  summary: `print a valid document (.yaml/.yml or .json) as JSON, e.g.
convert doc.yaml > doc.json; or as YAML with --to yaml`,
  options: { to: { type: 'string' } },
  optionHelp: { to: 'json (the default) or yaml' },
  run(files, values, io) {
    if (files.length !== 1) throw new UsageError(`convert takes one FILE (got ${files.length})`);
    const to = values.to ?? 'json';
    if (to !== 'json' && to !== 'yaml') throw new UsageError(`--to must be json or yaml, not "${String(to)}"`);
    const [file] = files as [string];
    const loaded = readDocument(file);
    if (!loaded.ok) {
      report(io, file, loaded.problems);
      return EXIT_INVALID;
    }
    const text =
      to === 'json'
        ? JSON.stringify(loaded.value, null, 2).replace(UNSAFE, escapeChar)
        : // Long quotes fold onto lines of ~100 characters; strings with line breaks become block scalars.
          stringify(loaded.value, { lineWidth: 100, minContentWidth: 40 }).replace(/\n$/, '');
    io.out(text);
    return EXIT_OK;
  },
};

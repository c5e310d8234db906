/** `verdict-elements validate FILE...`: "FILE: ok" on stdout, or each problem on stderr. */
import { EXIT_INVALID, EXIT_OK, UsageError, printable, report, shown, type Command } from '../command.js';
import { readDocument } from '../read-document.js';

export const command: Command = {
  name: 'validate',
  usage: 'validate FILE...',
  summary: `check comparison documents against every rule of the format
(the same validator the elements use); prints "FILE: ok" or
each problem as "FILE: path: message"`,
  options: {},
  run(files, _values, io) {
    if (files.length === 0) throw new UsageError('validate needs at least one FILE');
    let code = EXIT_OK;
    for (const file of files) {
      const loaded = readDocument(file);
      if (loaded.ok) io.out(printable(`${shown(file)}: ok`));
      else {
        report(io, file, loaded.problems);
        code = EXIT_INVALID;
      }
    }
    return code;
  },
};

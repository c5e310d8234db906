// Builds what the server needs from a fresh clone: the elements package's dist/lib (its schema,
// validator, CLI and badge renderer: `tsc -p tsconfig.build.json`, the part of `npm run build`
// the server uses) when missing or older than src/, then the server itself (tsc, incremental).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const server = join(root, 'server');

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const needed = ['dist/lib/schema.js', 'dist/lib/data/index.js', 'dist/lib/cli/run.js', 'dist/lib/badge/index.js'].map((file) => join(root, file));
const built = needed.every(existsSync) ? Math.min(...needed.map((file) => statSync(file).mtimeMs)) : 0;
if (built < newest(join(root, 'src'))) {
  console.error('verdict-votes: building verdict-elements (dist/lib) first');
  run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.build.json')], root);
}
run(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', server], root);

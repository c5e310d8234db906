// Prints the brotli and gzip sizes of the CDN bundles and of each element's define entry
// (bundled with Lit, @lit/context and zod, minified the same way), and fails when one is over
// its budget in scripts/size-budget.json. `--update` rewrites the budgets to current size + 256 B,
// never past `cap` for the CDN bundles (issue 11: 26.0 KiB with voting and everything else in).
import { readFileSync, writeFileSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import { build } from 'vite';

const BUDGET_FILE = new URL('./size-budget.json', import.meta.url);
const budget = JSON.parse(readFileSync(BUDGET_FILE, 'utf8'));
const update = process.argv.includes('--update');

const brotli = (bytes) => brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const gzip = (bytes) => gzipSync(bytes, { level: 9 }).length;

async function bundleEntry(entry) {
  const result = await build({
    configFile: 'vite.config.ts',
    logLevel: 'silent',
    build: {
      write: false,
      sourcemap: false,
      lib: { entry, formats: ['es'], fileName: () => 'entry.js' },
    },
  });
  // Vite merges `formats` with the config's ['es', 'iife']: the first output is the ES one.
  const [esm] = Array.isArray(result) ? result : [result];
  return Buffer.from(esm.output.filter((o) => o.type === 'chunk').map((o) => o.code).join('\n'));
}

const rows = [];
const CDN = ['dist/verdict-elements.js', 'dist/verdict-elements.iife.js'];
for (const file of [...CDN, 'dist/verdict-elements.hydrate.js']) {
  rows.push({ name: file, bytes: readFileSync(file) });
}
for (const tag of ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge']) {
  rows.push({ name: `verdict-elements/${tag}/define`, bytes: await bundleEntry(`src/components/${tag}/define.ts`) });
}
rows.push({ name: 'verdict-elements/schema', bytes: await bundleEntry('src/schema.ts') });

let failed = 0;
const kib = (n) => `${(n / 1024).toFixed(2)} KiB`;
console.log(`${'entry'.padEnd(38)} ${'raw'.padStart(11)} ${'gzip'.padStart(11)} ${'brotli'.padStart(11)} ${'budget'.padStart(11)}`);
for (const row of rows) {
  const br = brotli(row.bytes);
  const limit = budget.limits[row.name];
  if (update) budget.limits[row.name] = CDN.includes(row.name) ? Math.min(br + 256, budget.cap) : br + 256;
  if (!update && CDN.includes(row.name) && limit > budget.cap) throw new Error(`${row.name}: budget ${limit} is past the cap ${budget.cap}`);
  const over = !update && limit !== undefined && br > limit;
  if (over) failed++;
  console.log(
    `${row.name.padEnd(38)} ${kib(row.bytes.length).padStart(11)} ${kib(gzip(row.bytes)).padStart(11)} ${kib(br).padStart(11)} ${(limit ? kib(limit) : '-').padStart(11)}${over ? '  OVER BUDGET' : ''}`,
  );
  if (row.name === 'dist/verdict-elements.js') {
    const met = br <= budget.target;
    console.log(`${''.padEnd(38)} target ${kib(budget.target)}: ${met ? 'met' : `not met (${kib(br - budget.target)} over)`}`);
  }
}
if (update) writeFileSync(BUDGET_FILE, `${JSON.stringify(budget, null, 2)}\n`);
if (failed) {
  console.error(`\n${failed} entr${failed === 1 ? 'y is' : 'ies are'} over budget (scripts/size-budget.json).`);
  process.exitCode = 1;
}

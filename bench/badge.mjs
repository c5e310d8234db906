#!/usr/bin/env node
// Benchmark of the SVG badges (verdict-elements/badge) in Node.
//
//   npm run bench:badge      builds, then runs this script (a few seconds)
//   node bench/badge.mjs     uses the dist/lib already built
//
// Prints, per style: the SVG's size in bytes (raw, gzip, brotli quality 11) for the lantern-search
// badge of three-tools-mixed.json in each theme; and the time to render one badge with renderBadge
// against badge-maker's makeBadge alone drawing the same label, message and colours (the baseline:
// what is left is our own work, finding the tool, words, cleaning, the accessible name). Runs
// alternate between the two in the same process; each figure is the median of the runs.
//
// Environment: BENCH_RUNS (alternating runs, default 15), BENCH_BATCH (badges per run, default 2000).
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { makeBadge } from 'badge-maker';

const root = new URL('../', import.meta.url);
const { renderBadge, shieldsEndpoint, errorBadge, BADGE_STYLES, BADGE_PALETTES } = await import(new URL('dist/lib/badge/index.js', root).href);
const { prepareComparison } = await import(new URL('dist/lib/data/index.js', root).href);

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const BATCH = Number(process.env.BENCH_BATCH ?? 2000);
const raw = JSON.parse(readFileSync(fileURLToPath(new URL('demo/fixtures/three-tools-mixed.json', root)), 'utf8'));
const doc = prepareComparison(raw, 'https://example.com/data/three-tools-mixed.json');
const TOOL = 'lantern-search';

const brotli = (text) => brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

console.log(`verdict-elements/badge bench: node ${process.version}, ${RUNS} alternating runs of ${BATCH} badges each`);
console.log('');
console.log(`SVG size of the ${TOOL} badge (bytes)`);
console.log('style           theme   raw    gzip  brotli');
for (const style of BADGE_STYLES) {
  for (const theme of ['light', 'dark']) {
    const svg = renderBadge(doc, TOOL, { style, theme });
    console.log(`${style.padEnd(15)} ${theme.padEnd(6)} ${String(Buffer.byteLength(svg)).padStart(5)} ${String(gzipSync(svg, { level: 9 }).length).padStart(6)} ${String(brotli(svg)).padStart(7)}`);
  }
}
const error = errorBadge();
console.log(`${'error (flat)'.padEnd(15)} light  ${String(Buffer.byteLength(error)).padStart(5)} ${String(gzipSync(error, { level: 9 }).length).padStart(6)} ${String(brotli(error)).padStart(7)}`);
console.log(`shields.json    light  ${String(Buffer.byteLength(JSON.stringify(shieldsEndpoint(doc, TOOL)))).padStart(5)}`);

// The baseline draws what our badge draws, with the same link, straight from badge-maker.
const { label, message, color } = shieldsEndpoint(doc, TOOL);
const baseline = (style) => () =>
  makeBadge({ label, message, color, labelColor: BADGE_PALETTES.light.label, style, links: [raw.url] });
const ours = (style) => () => renderBadge(doc, TOOL, { style });

/** Microseconds per badge over one batch. */
function time(fn) {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < BATCH; i++) sink += fn().length;
  const elapsed = performance.now() - start;
  if (sink === 0) throw new Error('nothing rendered');
  return (elapsed * 1000) / BATCH;
}

console.log('');
console.log('render time per badge (µs, median of runs)');
console.log('style           badge-maker  renderBadge  ratio');
const ratios = [];
for (const style of BADGE_STYLES) {
  const a = baseline(style);
  const b = ours(style);
  for (let i = 0; i < 200; i++) a(), b(); // warm up both
  const base = [];
  const mine = [];
  for (let run = 0; run < RUNS; run++) {
    // Alternate which goes first, so that neither always gets the warmer cache.
    if (run % 2) {
      base.push(time(a));
      mine.push(time(b));
    } else {
      mine.push(time(b));
      base.push(time(a));
    }
  }
  const ratio = median(mine) / median(base);
  ratios.push(ratio);
  console.log(`${style.padEnd(15)} ${median(base).toFixed(1).padStart(11)} ${median(mine).toFixed(1).padStart(12)} ${ratio.toFixed(2).padStart(6)}`);
}
const geomean = Math.exp(ratios.reduce((sum, r) => sum + Math.log(r), 0) / ratios.length);
console.log(`ratio over all styles (geometric mean): ${geomean.toFixed(2)}`);

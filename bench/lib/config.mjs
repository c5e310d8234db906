// Settings of a bench run (environment variables, see run.mjs) and the targets it reports against.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// BENCH_DIST: measure bundles built elsewhere (served at /dist/ in place of the project's dist/).
export const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, 'dist');
export const BUNDLE = path.join(DIST, 'verdict-elements.js');
export const BUNDLE_IIFE = path.join(DIST, 'verdict-elements.iife.js');
export const RESULTS = path.join(ROOT, 'bench/results.json');
export const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '', 10) || 15);
export const HARD_LIMIT_MS = 15 * 60_000;
// BENCH_ONLY=render,main,cls,requests,memory,size runs only those sections (a partial table).
export const SECTIONS = ['render', 'main', 'cls', 'requests', 'memory', 'size'];
export const ONLY = new Set((process.env.BENCH_ONLY || SECTIONS.join(',')).split(',').map((x) => x.trim()).filter(Boolean));
// BENCH_TRACE_DIR=dir keeps the main-thread traces (open them in DevTools' Performance panel).
export const TRACE_DIR = process.env.BENCH_TRACE_DIR ? path.resolve(process.env.BENCH_TRACE_DIR) : undefined;
export const CLAUDE = '/demo/fixtures/claude-files-api-vs-codestral-2.json';
export const MIXED = '/demo/fixtures/three-tools-mixed.json';
export const MIXED_IDS = ['lantern-search', 'quill-docs', 'harbor-ci'];
export const VIEWPORT = { width: 1280, height: 800 };
export const CLS_BUNDLE_DELAY_MS = 150;

export const TARGET = {
  renderRatio: 1.5,
  longTaskMs: 50,
  scriptingMs: 30,
  clsCardBadge: 0,
  clsComparePanel: 0.01,
};

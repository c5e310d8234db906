#!/usr/bin/env node
// Performance benchmark of the CDN bundle (dist/verdict-elements.js) in headless Chromium.
//
//   npm run bench            builds, then runs this script (about a minute and a half)
//   node bench/run.mjs       uses the dist/ already built
//
// What it measures, each next to its target (PASS/FAIL): render cost of 100 <tool-card> and of
// 10 <tool-compare> against a hand-written vanilla baseline building the same shadow DOM; main-thread
// scripting and longest task for one <tool-compare src> at 4x CPU throttling; layout shift of each
// element whose document arrives 300 ms late; requests (shared src, lazy loading); JS heap; bundle
// sizes. Also prints CPU-profile summaries (self time by package and by source line, through the
// bundle's source map) and writes every figure to bench/results.json.
//
// Environment:
//   CHROME_PATH      browser (default /usr/bin/chromium)
//   BENCH_RUNS       alternating render runs per variant (default 15)
//   BENCH_ONLY       comma list of sections: render,main,cls,requests,memory,size (default all)
//   BENCH_DIST       directory of other builds of verdict-elements.js / .iife.js to measure instead of dist/
//   BENCH_TRACE_DIR  keep the main-thread traces there (open in DevTools > Performance)
//
// Exit code 0 whatever the targets say (it reports; CI does not run it); non-zero only when the
// benchmark itself breaks (no browser, a page error that stops an element rendering, a hang).
//
// This file only runs the sections and prints; each scenario is a module of scenarios/, and the
// parts they share are in lib/ (see bench/README.md, "Adding a scenario").

import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { BUNDLE, BUNDLE_IIFE, HARD_LIMIT_MS, ONLY, RESULTS, ROOT, RUNS, SECTIONS, TARGET, TRACE_DIR, VIEWPORT } from './lib/config.mjs';
import { registerPages } from './lib/pages.mjs';
import { loadSourceMap } from './lib/profile.mjs';
import { buildRows, profileReport, table } from './lib/report.mjs';
import { browser, closeSession, collectCss, killBrowser, openSession, origin, pageErrors } from './lib/session.mjs';
import { log, r2 } from './lib/util.mjs';
import { benchLayoutShift } from './scenarios/layout-shift.mjs';
import { benchMainThread } from './scenarios/main-thread.mjs';
import { benchMemory } from './scenarios/memory.mjs';
import { benchRender } from './scenarios/render.mjs';
import { benchRequests } from './scenarios/requests.mjs';
import { benchSize } from './scenarios/size.mjs';

async function main() {
  for (const file of [BUNDLE, BUNDLE_IIFE]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run npm run build (npm run bench does)`);
  }
  const smapFile = `${BUNDLE}.map`;
  const smap = fs.existsSync(smapFile) ? loadSourceMap(smapFile) : undefined;
  registerPages();
  await openSession();
  const chromium = await browser.version();
  const loadBefore = os.loadavg()[0];
  log(`verdict-elements bench: ${chromium}, ${origin}, ${RUNS} render runs${RUNS < 15 ? ' (BENCH_RUNS < 15: a quick run, not a measurement)' : ''}`);

  for (const s of ONLY) if (!SECTIONS.includes(s)) throw new Error(`BENCH_ONLY: unknown section "${s}" (known: ${SECTIONS.join(', ')})`);
  if (TRACE_DIR) fs.mkdirSync(TRACE_DIR, { recursive: true });
  const css = await collectCss();
  const section = async (name, what, fn) => {
    if (!ONLY.has(name)) return undefined;
    log(`${what} ...`);
    return fn();
  };
  const render = await section('render', 'render', () => benchRender(css, smap));
  const mainThread = await section('main', 'main thread', () => benchMainThread(smap, css));
  const layoutShift = await section('cls', 'layout shift', () => benchLayoutShift());
  const requests = await section('requests', 'requests', () => benchRequests());
  const memory = await section('memory', 'memory', () => benchMemory(css));
  const size = await section('size', 'size', async () => benchSize());

  const results = {
    date: new Date().toISOString(),
    package: css.version,
    chromium,
    node: process.version,
    host: `${os.cpus()[0]?.model ?? '?'} x${os.cpus().length}`,
    loadAverage: { before: r2(loadBefore), after: r2(os.loadavg()[0]), cpus: os.cpus().length },
    viewport: VIEWPORT,
    sections: [...ONLY],
    targets: TARGET,
    notes: {
      render:
        'Time from "document available" (a parsed object in the page) to every element updateComplete with content in its shadow root, then a forced layout (document.body.offsetHeight). ' +
        '"preloaded": loadComparison(url) ran (and validated) before timing; the elements take the same src and render from the cache. ' +
        '"data": every element gets the same parsed object through the data property; validation runs inside the timed part, as many times as distinctDocuments says. ' +
        'Baseline: the same shadow DOM built by hand (createElement, textContent, attachShadow, one shared CSSStyleSheet with the same CSS text as our elements adopt).',
      mainThread:
        'Scripting = union of script events (EvaluateScript, v8.compile*, v8.evaluateModule, FunctionCall, TimerFire, EventDispatch, RunMicrotasks, GC...) on the renderer main thread, wall time at 4x; longest task = longest RunTask there. ' +
        'scriptDurationMs (CDP Performance.getMetrics ScriptDuration) is kept for reference only: it leaves out microtask checkpoints, where Lit renders, and reads far lower.',
    },
    render,
    mainThread,
    layoutShift,
    requests,
    memory,
    size,
    pageErrors: [...new Set(pageErrors)].slice(0, 20),
  };
  const rows = buildRows(results);
  results.table = rows.filter((r) => !r.section).map(([measure, measured, target, result]) => ({ measure, measured, target, result }));
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  const { loadAverage: la } = results;
  console.log(`\nverdict-elements ${css.version} — ${chromium}, Node ${process.version}, ${results.host}, load average ${la.before} -> ${la.after}`);
  if (Math.max(la.before, la.after) > la.cpus * 0.75) {
    console.log(`NOTE: other processes kept the ${la.cpus} CPUs busy during the run (load ${Math.max(la.before, la.after)}): timings are noisier than usual; compare medians, rerun on an idle machine.`);
  }
  console.log('');
  console.log(table(rows));
  if (render || mainThread) console.log(profileReport({ render, mainThread }));
  if (results.pageErrors.length) console.log(`\nPage errors seen: ${results.pageErrors.join(' | ')}`);
  const fails = results.table.filter((r) => r.result === 'FAIL').length;
  console.log(`\n${fails ? `${fails} target(s) not met` : 'All targets met'}. Full figures: ${path.relative(process.cwd(), RESULTS) || RESULTS}`);
}

const watchdog = setTimeout(() => {
  log(`bench: still running after ${HARD_LIMIT_MS / 60000} min; giving up`);
  killBrowser();
  process.exit(3);
}, HARD_LIMIT_MS);
watchdog.unref();

let exitCode = 0;
try {
  await main();
} catch (error) {
  exitCode = 1;
  console.error(`\nbench failed: ${error?.stack ?? error}`);
} finally {
  await closeSession();
}
clearTimeout(watchdog);
process.exit(exitCode);

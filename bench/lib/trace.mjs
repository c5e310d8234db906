// Trace analysis: scripting, style/layout and longest task on the renderer main thread, from a
// Chromium trace (Chromium only: CDP tracing).
import fs from 'node:fs';
import path from 'node:path';
import { TRACE_DIR } from './config.mjs';

export const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceCache',
  'v8.produceModuleCache',
  'v8.run',
  'v8.callFunction',
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'V8.Execute',
  'XHRReadyStateChange',
  'XHRLoad',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
]);
export const STYLE_LAYOUT_EVENTS = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'ParseAuthorStyleSheet', 'PrePaint', 'Paint', 'Layerize']);
export const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

export function keepTrace(buffer, name) {
  if (TRACE_DIR) fs.writeFileSync(path.join(TRACE_DIR, `${name}.json`), Buffer.from(buffer));
  return buffer;
}

export function unionMs(intervals) {
  const s = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const [a, b] of s) {
    if (a > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = a;
      curEnd = b;
    } else if (b > curEnd) curEnd = b;
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total / 1000;
}

export function analyzeTrace(buffer) {
  const json = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const events = Array.isArray(json) ? json : json.traceEvents;
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const perThread = new Map();
  const open = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    let t = perThread.get(key);
    if (!t) perThread.set(key, (t = { script: [], style: [], tasks: [], navigation: [], functions: new Map() }));
    let interval;
    if (e.ph === 'X' && typeof e.dur === 'number') interval = [e.ts, e.ts + e.dur];
    else if (e.ph === 'B') {
      const stackKey = `${key}:${e.name}`;
      if (!open.has(stackKey)) open.set(stackKey, []);
      open.get(stackKey).push(e.ts);
      continue;
    } else if (e.ph === 'E') {
      const stack = open.get(`${key}:${e.name}`);
      const start = stack?.pop();
      if (start === undefined) continue;
      interval = [start, e.ts];
    } else continue;
    if (e.name === 'Receive mojo message' && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'content.mojom.NavigationClient') t.navigation.push(interval);
    if (SCRIPT_EVENTS.has(e.name)) t.script.push(interval);
    else if (STYLE_LAYOUT_EVENTS.has(e.name)) t.style.push(interval);
    else if (TASK_EVENTS.has(e.name)) t.tasks.push(interval);
  }
  // The page's renderer main thread is the one that ran the most script.
  let best;
  for (const [key, t] of perThread) {
    const ms = unionMs(t.script);
    if (!best || ms > best.scriptingMs) best = { key, scriptingMs: ms, t };
  }
  if (!best) throw new Error('trace: no renderer main thread found');
  // The browser's own navigation commit (creating the page's JS context) is a task of the page
  // load that no page code runs in; it is left out of the longest task.
  const inNavigation = ([a, b]) => best.t.navigation.some(([na, nb]) => na >= a && nb <= b);
  best.t.tasks = best.t.tasks.filter((task) => !inNavigation(task));
  const longest = best.t.tasks.reduce((m, t) => (!m || t[1] - t[0] > m[1] - m[0] ? t : m), undefined) ?? [0, 0];
  const longestTask = (longest[1] - longest[0]) / 1000;
  const clip = (list) => list.map(([a, b]) => [Math.max(a, longest[0]), Math.min(b, longest[1])]);
  const tasksOver50 = best.t.tasks.filter(([a, b]) => (b - a) / 1000 > 50).length;
  return {
    longestTaskScriptMs: unionMs(clip(best.t.script)),
    longestTaskStyleLayoutMs: unionMs(clip(best.t.style)),
    scriptingMs: best.scriptingMs,
    styleLayoutMs: unionMs(best.t.style),
    longestTaskMs: longestTask,
    tasksOver50,
    tasks: best.t.tasks.length,
  };
}

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
  'v8',
  'blink.user_timing',
];

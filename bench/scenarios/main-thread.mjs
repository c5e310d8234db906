// Scenario: main-thread scripting and longest task of one <tool-compare src> at 4x CPU throttling
// (the whole embed, the element alone, and the vanilla baseline in both), from traces.
import { baselineLib } from '../lib/baseline.mjs';
import { CLAUDE } from '../lib/config.mjs';
import { addOneCompare } from '../lib/in-page.mjs';
import { OBSERVERS, PARAGRAPH, pageHtml } from '../lib/pages.mjs';
import { aggregateProfile, summarizeProfile } from '../lib/profile.mjs';
import { benchPages } from '../lib/server.mjs';
import { metrics, origin, withPage } from '../lib/session.mjs';
import { TRACE_CATEGORIES, analyzeTrace, keepTrace } from '../lib/trace.mjs';
import { fmtMs, log, max, median, r2, sleep, within } from '../lib/util.mjs';

/**
 * Runs `run` (which returns the page's outcome) at 4x CPU throttling under a trace: the trace's
 * figures, CDP's script duration, and the long tasks the page's observer saw.
 */
export async function tracedAt4x(page, name, run) {
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const before = await metrics(client);
  await page.evaluate(() => window.__longtasks && (window.__longtasks.length = 0)).catch(() => {});
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  const outcome = await run();
  await sleep(100);
  const trace = analyzeTrace(keepTrace(await page.tracing.stop(), name));
  const after = await metrics(client);
  const longtasks = await page.evaluate(() => window.__longtasks.map((t) => t.duration));
  if (outcome !== 'load') throw new Error(`main thread (${name}): <tool-compare> did not load: ${outcome}`);
  // After a navigation the page's counters start again from zero.
  const delta = after.ScriptDuration >= before.ScriptDuration ? after.ScriptDuration - before.ScriptDuration : after.ScriptDuration;
  return { ...trace, scriptDurationMs: delta * 1000, longtaskMax: longtasks.length ? max(longtasks) : 0, longtasks: longtasks.length };
}

export async function benchMainThread(smap, css) {
  const pageLoad = [];
  const element = [];
  const baselineElement = [];
  const baselinePageLoad = [];
  // The vanilla baseline in the same two scenarios: the floor for building this markup at all.
  benchPages.set('mt-baseline', pageHtml({ head: `${OBSERVERS}<script>(${baselineLib.toString()})();window.__ready = true;</script>`, body: `<main id="root"></main>${PARAGRAPH}` }));
  benchPages.set(
    'mt-baseline-page',
    pageHtml({
      head: `${OBSERVERS}<script>(${baselineLib.toString()})();
        window.__css = ${JSON.stringify(css.compare)};
        window.__rendered = fetch(${JSON.stringify(CLAUDE)}).then((r) => r.json()).then((doc) => { window.BL.render('compare', document.getElementById('root'), doc, 1, null, window.__css); return 'load'; });
      </script>`,
      body: `<main id="root"></main>${PARAGRAPH}`,
    }),
  );
  const reps = 7;
  for (let i = 0; i < reps; i++) {
    // (a) The whole embed: module bundle evaluated, one <tool-compare src> fetched, validated, rendered.
    pageLoad.push(
      await within(60_000, 'main thread (page load)', withPage(async (page) => {
        await page.goto(`${origin}/__bench/blank.html`);
        return tracedAt4x(page, `page-load-${i + 1}`, async () => {
          await page.goto(`${origin}/__bench/mt-page.html`, { waitUntil: 'load' });
          return page.evaluate(async () => {
            const outcome = await window.__done;
            const el = document.querySelector('tool-compare');
            for (let i = 0; i < 20 && !(await el.updateComplete); i++);
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            return outcome;
          });
        });
      })),
    );
    // (b) The element alone: bundle already evaluated (unthrottled), then one <tool-compare src> at 4x.
    // No forced GC before it: a full GC can flush the bytecode of the functions that defined the elements.
    element.push(
      await within(60_000, 'main thread (element)', withPage(async (page) => {
        await page.goto(`${origin}/__bench/mt-element.html`, { waitUntil: 'load' });
        await page.waitForFunction('window.__ready === true');
        return tracedAt4x(page, `element-${i + 1}`, () =>
          page.evaluate(addOneCompare, CLAUDE),
        );
      })),
    );
    // (c) The baseline, element alone: fetch, JSON.parse, build the same shadow DOM by hand.
    baselineElement.push(
      await within(60_000, 'main thread (baseline element)', withPage(async (page) => {
        await page.goto(`${origin}/__bench/mt-baseline.html`, { waitUntil: 'load' });
        await page.waitForFunction('window.__ready === true');
        return tracedAt4x(page, `baseline-element-${i + 1}`, () =>
          page.evaluate(async (src, cssText) => {
            const doc = await (await fetch(src)).json();
            window.BL.render('compare', document.getElementById('root'), doc, 1, null, cssText);
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            return 'load';
          }, CLAUDE, css.compare),
        );
      })),
    );
    // (d) The baseline, whole page: its script inline in the page, then the same fetch and build.
    baselinePageLoad.push(
      await within(60_000, 'main thread (baseline page)', withPage(async (page) => {
        await page.goto(`${origin}/__bench/blank.html`);
        return tracedAt4x(page, `baseline-page-${i + 1}`, async () => {
          await page.goto(`${origin}/__bench/mt-baseline-page.html`, { waitUntil: 'load' });
          return page.evaluate(async () => {
            const outcome = await window.__rendered;
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            return outcome;
          });
        });
      })),
    );
    log(`  main thread run ${i + 1}/${reps}: baseline page ${fmtMs(baselinePageLoad[i].scriptingMs)} scripting, longest ${fmtMs(baselinePageLoad[i].longestTaskMs)}; baseline element ${fmtMs(baselineElement[i].scriptingMs)}, longest ${fmtMs(baselineElement[i].longestTaskMs)}`);
    log(`  main thread run ${i + 1}/${reps}: page ${fmtMs(pageLoad[i].scriptingMs)} scripting, longest task ${fmtMs(pageLoad[i].longestTaskMs)}; element ${fmtMs(element[i].scriptingMs)}, longest ${fmtMs(element[i].longestTaskMs)}`);
  }
  const sum = (runs) => ({
    scriptingMs: r2(median(runs.map((r) => r.scriptingMs))),
    scriptingMaxMs: r2(max(runs.map((r) => r.scriptingMs))),
    scriptDurationMs: r2(median(runs.map((r) => r.scriptDurationMs))),
    styleLayoutMs: r2(median(runs.map((r) => r.styleLayoutMs))),
    longestTaskMs: r2(median(runs.map((r) => r.longestTaskMs))),
    longestTaskMaxMs: r2(max(runs.map((r) => r.longestTaskMs))),
    longestTaskScriptMs: r2(median(runs.map((r) => r.longestTaskScriptMs))),
    longestTaskStyleLayoutMs: r2(median(runs.map((r) => r.longestTaskStyleLayoutMs))),
    tasksOver50: median(runs.map((r) => r.tasksOver50)),
    longtaskObserverMaxMs: r2(max(runs.map((r) => r.longtaskMax))),
    runs: runs.map((r) => ({ scriptingMs: r2(r.scriptingMs), scriptDurationMs: r2(r.scriptDurationMs), longestTaskMs: r2(r.longestTaskMs), longtasks: r.longtasks })),
  });
  // Where the element's time goes at 4x: CPU profiles of a few more element-alone runs.
  const agg = { byFunction: new Map(), byPackage: new Map(), totalMs: 0 };
  const profileReps = 3;
  for (let i = 0; i < profileReps; i++) {
    const profile = await within(60_000, 'main thread (profile)', withPage(async (page) => {
      const client = await page.createCDPSession();
      await page.goto(`${origin}/__bench/mt-element.html`, { waitUntil: 'load' });
      await page.waitForFunction('window.__ready === true');
      // (no forced GC, as in the measured runs)
      await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await client.send('Profiler.enable');
      await client.send('Profiler.setSamplingInterval', { interval: 100 });
      await client.send('Profiler.start');
      const outcome = await page.evaluate(addOneCompare, CLAUDE);
      const { profile } = await client.send('Profiler.stop');
      if (outcome !== 'load') throw new Error(`main thread: <tool-compare> did not load: ${outcome}`);
      return profile;
    }));
    aggregateProfile(profile, smap, agg);
  }
  return { cpuThrottling: 4, document: CLAUDE, pageLoad: sum(pageLoad), element: sum(element), baselinePageLoad: sum(baselinePageLoad), baselineElement: sum(baselineElement), elementProfile: summarizeProfile(agg, profileReps) };
}

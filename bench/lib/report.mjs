// The report: the table of figures against targets, and the CPU-profile summaries.
import { RUNS, TARGET } from './config.mjs';
import { fmtKiB, fmtMiB, fmtMs, r1, verdict } from './util.mjs';

// Report

export function table(rows) {
  const headers = ['measure', 'measured', 'target', ''];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.section ? 0 : String(r[i] ?? '').length))));
  const line = (cells) => cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  const out = [line(headers), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(r.section ? `\n${r.section}` : line(r));
  return out.join('\n');
}

export function buildRows(results) {
  const rows = [];
  const { render, mainThread, layoutShift, requests, memory, size } = results;
  if (render) {
    rows.push({ section: `RENDER (${RUNS} alternating runs, fresh page each; median ratio ours/baseline [min–max]; ms = median)` });
    for (const kind of ['card', 'compare']) {
      const r = render[kind];
      for (const [label, s] of [
        ['preloaded via loadComparison (validation NOT timed: done once before)', r.oursPreloaded],
        [`data property, same object (validation timed: ${s_validations(r.oursData, r.count)})`, r.oursData],
      ]) {
        rows.push([
          `${r.name}, ${label}`,
          `${s.ratioMedian}x [${s.ratioMin}–${s.ratioMax}]  ours ${fmtMs(s.medianMs)} vs baseline ${fmtMs(r.baseline.medianMs)}`,
          `<= ${TARGET.renderRatio}x`,
          verdict(s.ratioMedian <= TARGET.renderRatio),
        ]);
      }
      rows.push([
        `  main-thread work only (script + style + layout, CDP metrics), median ratio`,
        `preloaded ${r.oursPreloaded.cpuRatioMedian}x (${r1(r.oursPreloaded.cpuMs)} ms), data ${r.oursData.cpuRatioMedian}x (${r1(r.oursData.cpuMs)} ms), baseline ${r1(r.baseline.cpuMs)} ms`,
        'info',
        '',
      ]);
      rows.push([
        `  of which style recalc + layout (CDP metrics)`,
        `preloaded ${r1(r.oursPreloaded.styleMs)} + ${r1(r.oursPreloaded.layoutMs)}, data ${r1(r.oursData.styleMs)} + ${r1(r.oursData.layoutMs)}, baseline ${r1(r.baseline.styleMs)} + ${r1(r.baseline.layoutMs)} ms`,
        '',
        '',
      ]);
      const m = r.markupCheck;
      rows.push([
        `  baseline builds the same shadow DOM`,
        m.preloaded.same && m.data.same ? `yes (${m.preloaded.elements} elements in the first root, same text)` : `NO: ${[...m.preloaded.problems, ...m.data.problems][0]}`,
        'same',
        m.preloaded.same && m.data.same ? 'ok' : 'CHECK',
      ]);
    }
  }
  if (mainThread) {
    const mt = mainThread;
    rows.push({ section: `MAIN THREAD (one <tool-compare src> of the claude fixture, CPU 4x slower, median of ${mt.pageLoad.runs.length})` });
    rows.push([
      'scripting, element alone (bundle already evaluated)',
      `${fmtMs(mt.element.scriptingMs)} (max ${fmtMs(mt.element.scriptingMaxMs)}; trace, script events on the main thread)`,
      `< ${TARGET.scriptingMs} ms`,
      verdict(mt.element.scriptingMs < TARGET.scriptingMs),
    ]);
    rows.push([
      'longest task, element alone',
      `${fmtMs(mt.element.longestTaskMs)} (max ${fmtMs(mt.element.longestTaskMaxMs)}; in it ~${r1(mt.element.longestTaskScriptMs)} script, ~${r1(mt.element.longestTaskStyleLayoutMs)} style+layout; ${mt.element.tasksOver50} tasks > 50 ms; longtask observer max ${fmtMs(mt.element.longtaskObserverMaxMs)})`,
      `<= ${TARGET.longTaskMs} ms`,
      verdict(mt.element.longestTaskMs <= TARGET.longTaskMs),
    ]);
    rows.push([
      'scripting, whole embed (bundle evaluated + element)',
      `${fmtMs(mt.pageLoad.scriptingMs)} (max ${fmtMs(mt.pageLoad.scriptingMaxMs)})`,
      `< ${TARGET.scriptingMs} ms`,
      verdict(mt.pageLoad.scriptingMs < TARGET.scriptingMs),
    ]);
    rows.push([
      'longest task, whole embed',
      `${fmtMs(mt.pageLoad.longestTaskMs)} (max ${fmtMs(mt.pageLoad.longestTaskMaxMs)}; ${mt.pageLoad.tasksOver50} tasks > 50 ms; longtask observer max ${fmtMs(mt.pageLoad.longtaskObserverMaxMs)})`,
      `<= ${TARGET.longTaskMs} ms`,
      verdict(mt.pageLoad.longestTaskMs <= TARGET.longTaskMs),
    ]);
    if (mt.baselineElement) {
      rows.push([
        'vanilla baseline, element alone: scripting / longest task',
        `${fmtMs(mt.baselineElement.scriptingMs)} / ${fmtMs(mt.baselineElement.longestTaskMs)} (same fetch and markup, built by hand: no library, no validation, no scorecard deferral)`,
        'info',
        '',
      ]);
      rows.push([
        'vanilla baseline, whole page: scripting / longest task',
        `${fmtMs(mt.baselinePageLoad.scriptingMs)} / ${fmtMs(mt.baselinePageLoad.longestTaskMs)} (its code inline in the page)`,
        'info',
        '',
      ]);
    }
  }
  if (layoutShift) {
    rows.push({
      section:
        `LAYOUT SHIFT (CLS, max of ${layoutShift.reps}; viewport ${layoutShift.viewport.width}x${layoutShift.viewport.height}; article text below the element)\n` +
        `  the first rows: the script in the head, so the elements are there at first paint; "document": it arrives ${layoutShift.delayMs} ms after the request, placeholder -> content\n` +
        `  "late module": the module arrives ${layoutShift.bundleDelayMs} ms after the HTML (after first paint); "upgrade": the element goes from an empty inline box to its placeholder`,
    });
    for (const c of layoutShift.cases) {
      rows.push([
        c.name,
        `${c.clsMax} = ${c.clsUpgradeMax} upgrade + ${c.clsDocumentMax} document; ${c.skeletonHeight}px skeleton -> ${c.renderedHeight}px ${c.outcome === 'load' ? 'content' : 'error box'}, text below moved ${c.paragraphMovedPx}px`,
        c.target === null ? 'info' : c.target === 0 ? '0' : `<= ${c.target}`,
        c.target === null ? '' : verdict(c.clsMax <= c.target),
      ]);
    }
  }
  if (requests) {
    rows.push({ section: 'REQUESTS (counted by the server)' });
    rows.push([
      '100 <tool-card>, one src',
      `${requests.shared.requests} request(s), ${requests.shared.rendered}/100 rendered`,
      '1',
      verdict(requests.shared.requests === 1 && requests.shared.rendered === 100),
    ]);
    rows.push([
      '100 mixed elements, two srcs',
      `${requests.twoDocuments.requests} request(s) (${requests.twoDocuments.perDocument.join(' + ')}), ${requests.twoDocuments.rendered}/100 rendered`,
      '2',
      verdict(requests.twoDocuments.perDocument.every((n) => n === 1) && requests.twoDocuments.rendered === 100),
    ]);
    rows.push([
      `lazy, ${Math.round(requests.lazy.offscreenBy)} px below the viewport`,
      `${requests.lazy.beforeScroll} request(s)`,
      '0',
      verdict(requests.lazy.beforeScroll === 0),
    ]);
    rows.push([
      'lazy, after scrolling within 256 px',
      `${requests.lazy.afterScroll} request(s), first card ${requests.lazy.rendered ? 'rendered' : 'NOT rendered'}`,
      '1',
      verdict(requests.lazy.afterScroll === 1 && requests.lazy.rendered > 0),
    ]);
  }
  if (memory) {
    rows.push({ section: 'MEMORY (JSHeapUsedSize after forced GC, 100 cards; median of 3)' });
    rows.push(['baseline: 100 shadow roots', `${fmtMiB(memory.baseline.heapAfterBytes)} (+${fmtKiB(memory.baseline.deltaBytes)} for the roots)`, 'info', '']);
    const times = (m) => `${r1(m.deltaBytes / memory.baseline.deltaBytes)}x the baseline's growth`;
    rows.push(['ours, preloaded src', `${fmtMiB(memory.oursPreloaded.heapAfterBytes)} (+${fmtKiB(memory.oursPreloaded.deltaBytes)} for the elements, ${times(memory.oursPreloaded)})`, 'info', '']);
    rows.push(['ours, data property', `${fmtMiB(memory.oursData.heapAfterBytes)} (+${fmtKiB(memory.oursData.deltaBytes)} for the elements, ${times(memory.oursData)})`, 'info', '']);
  }
  if (size) {
    rows.push({ section: 'SIZE' });
    for (const s of [size.esm, size.iife]) {
      rows.push([s.file, `${fmtKiB(s.rawBytes)} raw, ${fmtKiB(s.gzipBytes)} gzip -9, ${fmtKiB(s.brotliBytes)} brotli 11`, 'info', '']);
    }
  }
  return rows;
}

export function s_validations(s, count) {
  return `${s.distinctDocuments} distinct validated document${s.distinctDocuments === 1 ? '' : 's'} for ${count} elements`;
}

export function profileReport({ render, mainThread }) {
  const lines = [];
  const one = (title, p) => {
    lines.push(`\nCPU profile, ${title} (self time per run; ${fmtMs(p.perRunMs)} sampled)`);
    lines.push(`  by package: ${p.byPackage.map((x) => `${x.what} ${r1(x.ms)} ms`).join(', ')}`);
    for (const f of p.topFunctions.slice(0, 10)) lines.push(`    ${r1(f.ms).toFixed(1).padStart(6)} ms  ${String(f.share).padStart(5)}%  ${f.what}`);
  };
  if (render) {
    for (const kind of ['card', 'compare']) {
      for (const variant of ['ours-data', 'ours-preloaded']) one(`${render[kind].name}, ${variant}`, render[kind].profiles[variant]);
    }
  }
  if (mainThread) one('one <tool-compare src> at 4x CPU throttling, bundle already evaluated', mainThread.elementProfile);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

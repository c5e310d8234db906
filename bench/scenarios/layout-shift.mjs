// Scenario: layout shift of each element whose document (and bundle) arrive late, with and without
// the README's reserve CSS.
import { CLAUDE, CLS_BUNDLE_DELAY_MS, TARGET, VIEWPORT } from '../lib/config.mjs';
import { OBSERVERS, PARAGRAPH, pageHtml } from '../lib/pages.mjs';
import { benchPages } from '../lib/server.mjs';
import { origin, withPage } from '../lib/session.mjs';
import { log, max, median, r1, r4, token, within } from '../lib/util.mjs';

export async function clsOnce(name, markup, css = '', load = 'module-late') {
  const pageName = `cls-${token()}`;
  // 'module-late': the module arrives after the first paint, as it may from a CDN, so the upgrade
  // (nothing -> placeholder) is measured too. 'classic-head': the classic script in the head, so
  // the elements are defined before the first paint and only the document arrives late.
  const script =
    load === 'classic-head'
      ? `<script src="/dist/verdict-elements.iife.js"></script>`
      : `<script type="module" src="/__delay/${CLS_BUNDLE_DELAY_MS}/dist/verdict-elements.js"></script>`;
  const style = css ? `<style>${css}</style>` : '';
  benchPages.set(pageName, pageHtml({ head: `${style}${OBSERVERS}${script}`, body: `${markup}${PARAGRAPH}` }));
  try {
    return await withPage(async (page) => {
      await page.goto(`${origin}/__bench/${pageName}.html`, { waitUntil: 'load' });
      // While the document is on its way (300 ms): what holds the space.
      const loading = await page.evaluate(async () => {
        await customElements.whenDefined('tool-compare');
        const el = document.body.firstElementChild;
        await el.updateComplete;
        return {
          busy: el.getAttribute('aria-busy') === 'true',
          height: el.getBoundingClientRect().height,
          paragraphTop: document.getElementById('after').getBoundingClientRect().top,
          t: performance.now(),
        };
      });
      const outcome = await page.evaluate(() => window.__done);
      const after = await page.evaluate(async () => {
        const el = document.body.firstElementChild;
        for (let i = 0; i < 20 && !(await el.updateComplete); i++);
        // Layout shifts are reported after the frame that paints them.
        for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        await new Promise((r) => setTimeout(r, 250));
        // A buffered observer as well, in case the early one missed entries.
        const buffered = await new Promise((resolve) => {
          const seen = [];
          const po = new PerformanceObserver((list) => seen.push(...list.getEntries()));
          po.observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => {
            seen.push(...po.takeRecords());
            po.disconnect();
            resolve(seen.filter((e) => !e.hadRecentInput).reduce((s, e) => s + e.value, 0));
          }, 100);
        });
        const loadedAt = window.__events[0]?.t ?? Infinity;
        const shifts = window.__shifts.filter((s) => !s.input);
        return {
          height: el.getBoundingClientRect().height,
          paragraphTop: document.getElementById('after').getBoundingClientRect().top,
          cls: shifts.reduce((s, e) => s + e.value, 0),
          buffered,
          beforeDocument: shifts.filter((s) => s.t < loadedAt - 1).reduce((s, e) => s + e.value, 0),
          shifts: shifts.map((s) => ({ value: s.value, t: Math.round(s.t), sources: s.sources })),
          observerError: window.__noShiftObserver,
          loadedAt,
        };
      });
      if (after.observerError) throw new Error(`layout-shift observer unavailable: ${after.observerError}`);
      const cls = Math.max(after.cls, after.buffered);
      return { name, outcome, loading, ...after, cls, afterDocument: Math.max(0, cls - after.beforeDocument) };
    });
  } finally {
    benchPages.delete(pageName);
  }
}

/** The README's "Reserve the space" snippet: holds each widget's box before the script has run. */
export const RESERVE_CSS = `
tool-compare:not(:defined), tool-card:not(:defined), verdict-panel:not(:defined) { display: block; }
tool-compare:not(:defined) { min-height: var(--verdict-compare-height); }
tool-card:not(:defined) { min-height: var(--verdict-card-height, 21.75rem); }
verdict-panel:not(:defined) { min-height: var(--verdict-panel-height); }
verdict-badge:not(:defined) { display: inline-block; vertical-align: middle; min-width: 15rem; height: 3.875rem; }`;

export async function benchLayoutShift() {
  const src = (q) => `/__delay/300${CLAUDE}?cls=${q}`;
  const head = 'classic-head';
  const late = 'module-late';
  const cases = [
    // The scenario: the elements are on the page when it first paints; the document comes 300 ms late.
    { name: '<tool-compare src>', target: TARGET.clsComparePanel, load: head, html: (q) => `<tool-compare src="${src(q)}"></tool-compare>` },
    { name: '<tool-compare tools="claude-files-api,codestral-2">', target: TARGET.clsComparePanel, load: head, html: (q) => `<tool-compare src="${src(q)}" tools="claude-files-api,codestral-2"></tool-compare>` },
    { name: '<tool-card tool="codestral-2">', target: TARGET.clsCardBadge, load: head, html: (q) => `<tool-card src="${src(q)}" tool="codestral-2"></tool-card>` },
    { name: '<tool-card tool="claude-files-api">', target: TARGET.clsCardBadge, load: head, html: (q) => `<tool-card src="${src(q)}" tool="claude-files-api"></tool-card>` },
    { name: '<verdict-panel src>', target: TARGET.clsComparePanel, load: head, html: (q) => `<verdict-panel src="${src(q)}"></verdict-panel>` },
    { name: '<verdict-panel tool="codestral-2">', target: TARGET.clsComparePanel, load: head, html: (q) => `<verdict-panel src="${src(q)}" tool="codestral-2"></verdict-panel>` },
    { name: '<verdict-badge tool="codestral-2">', target: TARGET.clsCardBadge, load: head, html: (q) => `<verdict-badge src="${src(q)}" tool="codestral-2"></verdict-badge>` },
    { name: '<tool-card src> (no tool: not-found error)', target: null, load: head, html: (q) => `<tool-card src="${src(q)}"></tool-card>` },
    { name: '<verdict-badge src> (no tool: not-found error)', target: null, load: head, html: (q) => `<verdict-badge src="${src(q)}"></verdict-badge>` },
    // The module from a CDN, arriving after the first paint: before it runs, the elements are empty
    // inline boxes. Without the README's "Reserve the space" CSS they then take their size (info);
    // with it, as an author who measured their widget once would write it (heights for this 1280 px page).
    { name: '<tool-compare tools=...>, late module', target: null, load: late, html: (q) => `<tool-compare src="${src(q)}" tools="claude-files-api,codestral-2"></tool-compare>` },
    { name: '<tool-card tool="codestral-2">, late module', target: null, load: late, html: (q) => `<tool-card src="${src(q)}" tool="codestral-2"></tool-card>` },
    { name: '<verdict-panel src>, late module', target: null, load: late, html: (q) => `<verdict-panel src="${src(q)}"></verdict-panel>` },
    { name: '<verdict-badge tool="codestral-2">, late module', target: null, load: late, html: (q) => `<verdict-badge src="${src(q)}" tool="codestral-2"></verdict-badge>` },
    { name: '<tool-compare tools=...>, late module + reserve CSS', target: TARGET.clsComparePanel, load: late, css: `${RESERVE_CSS} tool-compare { --verdict-compare-height: 118.5rem; }`, html: (q) => `<tool-compare src="${src(q)}" tools="claude-files-api,codestral-2"></tool-compare>` },
    { name: '<tool-card tool="codestral-2">, late module + reserve CSS', target: TARGET.clsCardBadge, load: late, css: `${RESERVE_CSS} tool-card { --verdict-card-height: 22rem; }`, html: (q) => `<tool-card src="${src(q)}" tool="codestral-2"></tool-card>` },
    { name: '<verdict-panel src>, late module + reserve CSS', target: TARGET.clsComparePanel, load: late, css: `${RESERVE_CSS} verdict-panel { --verdict-panel-height: 70rem; }`, html: (q) => `<verdict-panel src="${src(q)}"></verdict-panel>` },
    { name: '<verdict-panel tool="codestral-2">, late module + reserve CSS', target: TARGET.clsComparePanel, load: late, css: `${RESERVE_CSS} verdict-panel { --verdict-panel-height: 60rem; }`, html: (q) => `<verdict-panel src="${src(q)}" tool="codestral-2"></verdict-panel>` },
    { name: '<verdict-badge tool="codestral-2">, late module + reserve CSS', target: TARGET.clsCardBadge, load: late, css: RESERVE_CSS, html: (q) => `<verdict-badge src="${src(q)}" tool="codestral-2"></verdict-badge>` },
  ];
  const reps = 3;
  const out = [];
  for (const c of cases) {
    const runs = [];
    for (let i = 0; i < reps; i++) runs.push(await within(30_000, `CLS ${c.name}`, clsOnce(c.name, c.html(token()), c.css, c.load)));
    const cls = runs.map((r) => r.cls);
    const row = {
      name: c.name,
      target: c.target,
      load: c.load,
      outcome: runs[0].outcome,
      clsMedian: r4(median(cls)),
      clsMax: r4(max(cls)),
      clsUpgradeMax: r4(max(runs.map((r) => r.beforeDocument))),
      clsDocumentMax: r4(max(runs.map((r) => r.afterDocument))),
      paragraphMovedPx: r1(median(runs.map((r) => r.paragraphTop - r.loading.paragraphTop))),
      skeletonHeight: r1(median(runs.map((r) => r.loading.height))),
      skeletonShown: runs.every((r) => r.loading.busy),
      renderedHeight: r1(median(runs.map((r) => r.height))),
      shifts: runs[0].shifts,
    };
    log(`  CLS ${c.name}: ${row.clsMax} = upgrade ${row.clsUpgradeMax} + document ${row.clsDocumentMax} (skeleton ${row.skeletonHeight}px -> ${row.renderedHeight}px, ${row.outcome})`);
    out.push(row);
  }
  return { delayMs: 300, bundleDelayMs: CLS_BUNDLE_DELAY_MS, document: CLAUDE, viewport: VIEWPORT, reps, cases: out };
}

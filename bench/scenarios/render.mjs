// Scenario: render cost of 100 <tool-card> and of 10 <tool-compare> against the vanilla baseline
// (alternating runs, fresh page each), with CPU profiles of our variants.
import { MIXED, MIXED_IDS, RUNS } from '../lib/config.mjs';
import { baselineRenderInPage, compareSignatures, oursRenderInPage, signaturesInPage } from '../lib/in-page.mjs';
import { aggregateProfile, summarizeProfile } from '../lib/profile.mjs';
import { gc, metrics, newPage, origin } from '../lib/session.mjs';
import { fmtMs, log, max, median, min, r2, within } from '../lib/util.mjs';

/** Opens a fresh page ready to render: bundle (ours) or baseline lib loaded, document parsed, GC done. */
export async function preparedRenderPage(variant, docPath) {
  const page = await newPage();
  await page.goto(`${origin}/__bench/${variant === 'baseline' ? 'baseline' : 'ours'}.html`, { waitUntil: 'load' });
  await page.waitForFunction('window.__ready === true');
  const docUrl = `${origin}${docPath}`;
  await page.evaluate(
    async (url, preload) => {
      window.__doc = await (await fetch(url)).json();
      // Pre-loading validates once, here, outside the timed part; elements then render from the cache.
      if (preload) await window.VE.loadComparison(url);
    },
    docUrl,
    variant === 'ours-preloaded',
  );
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  await gc(client);
  return { page, client, docUrl };
}

export async function renderOnce(variant, spec, css, { signatures = false, profile = false } = {}) {
  const { page, client, docUrl } = await preparedRenderPage(variant, spec.doc);
  try {
    const before = await metrics(client);
    if (profile) {
      await client.send('Profiler.enable');
      await client.send('Profiler.setSamplingInterval', { interval: 50 });
      await client.send('Profiler.start');
    }
    const result =
      variant === 'baseline'
        ? await page.evaluate(baselineRenderInPage, { kind: spec.kind, count: spec.count, ids: spec.ids, cssText: css[spec.kind] })
        : await page.evaluate(oursRenderInPage, {
            tag: spec.tag,
            count: spec.count,
            ids: spec.ids,
            mode: variant === 'ours-data' ? 'data' : 'src',
            docUrl,
          });
    if (profile) result.profile = (await client.send('Profiler.stop')).profile;
    const after = await metrics(client);
    result.breakdown = {
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      styleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
      layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
    };
    if (result.missing) throw new Error(`${variant} ${spec.name}: ${result.missing} of ${spec.count} elements did not render their content`);
    if (signatures) result.signatures = await page.evaluate(signaturesInPage, spec.kind === 'card' ? 3 : 1);
    return result;
  } finally {
    await page.close().catch(() => {});
  }
}

export async function benchRender(css, smap) {
  const specs = [
    { name: '100 <tool-card>', kind: 'card', tag: 'tool-card', count: 100, ids: MIXED_IDS, doc: MIXED },
    { name: '10 <tool-compare>', kind: 'compare', tag: 'tool-compare', count: 10, ids: null, doc: MIXED },
  ];
  const variants = ['ours-preloaded', 'baseline', 'ours-data'];
  const out = {};
  for (const spec of specs) {
    const runs = { 'ours-preloaded': [], baseline: [], 'ours-data': [] };
    let sig = {};
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? variants : [...variants].reverse();
      for (const variant of order) {
        const result = await within(60_000, `render ${spec.name} ${variant}`, renderOnce(variant, spec, css, { signatures: i === 0 }));
        if (i === 0) sig[variant] = result.signatures;
        runs[variant].push(result);
      }
      log(`  ${spec.name} run ${i + 1}/${RUNS}: preloaded ${fmtMs(runs['ours-preloaded'][i].ms)}, data ${fmtMs(runs['ours-data'][i].ms)}, baseline ${fmtMs(runs.baseline[i].ms)}`);
    }
    const ratio = (variant) => runs[variant].map((r, i) => r.ms / runs.baseline[i].ms);
    // Main-thread work alone (script + style + layout, CDP metrics): the wall-clock time also holds
    // waits, such as the frame a <tool-compare> waits for before its scorecard.
    const cpu = (r) => r.breakdown.scriptMs + r.breakdown.styleMs + r.breakdown.layoutMs;
    const cpuRatio = (variant) => runs[variant].map((r, i) => cpu(r) / cpu(runs.baseline[i]));
    const summary = (variant) => ({
      medianMs: r2(median(runs[variant].map((r) => r.ms))),
      minMs: r2(min(runs[variant].map((r) => r.ms))),
      maxMs: r2(max(runs[variant].map((r) => r.ms))),
      scriptMs: r2(median(runs[variant].map((r) => r.breakdown.scriptMs))),
      styleMs: r2(median(runs[variant].map((r) => r.breakdown.styleMs))),
      layoutMs: r2(median(runs[variant].map((r) => r.breakdown.layoutMs))),
      cpuMs: r2(median(runs[variant].map(cpu))),
      distinctDocuments: runs[variant][0].distinctDocuments,
      samplesMs: runs[variant].map((r) => r2(r.ms)),
      ...(variant === 'baseline'
        ? {}
        : {
            ratioMedian: r2(median(ratio(variant))),
            ratioMin: r2(min(ratio(variant))),
            ratioMax: r2(max(ratio(variant))),
            cpuRatioMedian: r2(median(cpuRatio(variant))),
          }),
    });
    const markup = compareSignatures(sig['ours-preloaded'], sig.baseline);
    const markupData = compareSignatures(sig['ours-data'], sig.baseline);
    if (!markup.same || !markupData.same) log(`  WARNING: baseline markup differs from ours for ${spec.name}: ${[...markup.problems, ...markupData.problems].join('; ')}`);

    // A CPU profile of a few extra runs of each of our variants: where the time goes.
    const profiles = {};
    for (const variant of ['ours-data', 'ours-preloaded']) {
      const agg = { byFunction: new Map(), byPackage: new Map(), totalMs: 0 };
      const reps = 5;
      for (let i = 0; i < reps; i++) {
        const result = await within(60_000, `profile ${spec.name} ${variant}`, renderOnce(variant, spec, css, { profile: true }));
        aggregateProfile(result.profile, smap, agg);
      }
      profiles[variant] = summarizeProfile(agg, reps);
    }

    out[spec.kind] = {
      name: spec.name,
      count: spec.count,
      document: spec.doc,
      runs: RUNS,
      oursPreloaded: summary('ours-preloaded'),
      oursData: summary('ours-data'),
      baseline: summary('baseline'),
      markupCheck: { preloaded: markup, data: markupData },
      profiles,
    };
  }
  return out;
}

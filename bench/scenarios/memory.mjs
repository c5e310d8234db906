// Scenario: JS heap after rendering 100 <tool-card> (ours and the baseline).
import { MIXED, MIXED_IDS } from '../lib/config.mjs';
import { baselineRenderInPage, oursRenderInPage } from '../lib/in-page.mjs';
import { gc, metrics } from '../lib/session.mjs';
import { median, within } from '../lib/util.mjs';
import { preparedRenderPage } from './render.mjs';

export async function memoryOnce(variant) {
  const spec = { kind: 'card', tag: 'tool-card', count: 100, ids: MIXED_IDS, doc: MIXED };
  const { page, client, docUrl } = await preparedRenderPage(variant, spec.doc);
  try {
    const before = (await metrics(client)).JSHeapUsedSize;
    if (variant === 'baseline') {
      await page.evaluate(baselineRenderInPage, { kind: 'card', count: 100, ids: MIXED_IDS, cssText: MEMORY_CSS.card });
    } else {
      await page.evaluate(oursRenderInPage, { tag: 'tool-card', count: 100, ids: MIXED_IDS, mode: variant === 'ours-data' ? 'data' : 'src', docUrl });
    }
    await gc(client);
    const after = (await metrics(client)).JSHeapUsedSize;
    return { before, after, delta: after - before };
  } finally {
    await page.close().catch(() => {});
  }
}
export let MEMORY_CSS;

export async function benchMemory(css) {
  MEMORY_CSS = css;
  const reps = 3;
  const runs = { baseline: [], 'ours-preloaded': [], 'ours-data': [] };
  for (let i = 0; i < reps; i++) {
    for (const v of i % 2 ? ['ours-data', 'ours-preloaded', 'baseline'] : ['baseline', 'ours-preloaded', 'ours-data']) {
      runs[v].push(await within(60_000, `memory ${v}`, memoryOnce(v)));
    }
  }
  const sum = (v) => ({
    heapAfterBytes: median(runs[v].map((r) => r.after)),
    heapBeforeBytes: median(runs[v].map((r) => r.before)),
    deltaBytes: median(runs[v].map((r) => r.delta)),
  });
  return { elements: 100, baseline: sum('baseline'), oursPreloaded: sum('ours-preloaded'), oursData: sum('ours-data') };
}

// The pages the scenarios load: the bundle (or the baseline) on an empty page, observers of layout
// shifts, long tasks and the elements' events, and the article text below the widget.
import { baselineLib } from './baseline.mjs';
import { CLAUDE } from './config.mjs';
import { benchPages } from './server.mjs';

export const OURS_HEAD = `<script type="module">
  import * as VE from '/dist/verdict-elements.js';
  window.VE = VE;
  window.__ready = true;
</script>`;

export function pageHtml({ head = '', body = '', title = 'bench' } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; } #root { display: block; }</style>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

export const PARAGRAPH = `<p id="after">${'The paragraph below the widget stands for the rest of the article. '.repeat(24)}</p>
<p>${'More article text that would move if the widget changed height after it first painted. '.repeat(24)}</p>`;

/** Observers registered before anything else on the page: layout shifts, long tasks, load/error events. */
export const OBSERVERS = `<script>
  window.__shifts = [];
  window.__longtasks = [];
  window.__events = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push({ value: e.value, t: e.startTime, input: e.hadRecentInput,
        sources: (e.sources || []).map((s) => (s.node && (s.node.id || s.node.localName || s.node.nodeName)) || '?') });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) { window.__noShiftObserver = String(e); }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ duration: e.duration, t: e.startTime });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__noLongtaskObserver = String(e); }
  window.__done = new Promise((resolve) => {
    document.addEventListener('verdict-load', (e) => { window.__events.push({ type: 'load', t: performance.now() }); resolve('load'); });
    document.addEventListener('verdict-error', (e) => { window.__events.push({ type: 'error', t: performance.now(), message: e.detail.message }); resolve('error: ' + e.detail.message); });
  });
</script>`;

export function registerPages() {
  benchPages.set('blank', pageHtml({ body: '<p>blank</p>' }));
  benchPages.set('ours', pageHtml({ head: OURS_HEAD, body: '<main id="root"></main>' }));
  benchPages.set('baseline', pageHtml({ head: `<script>(${baselineLib.toString()})();window.__ready = true;</script>`, body: '<main id="root"></main>' }));
  benchPages.set('mt-element', pageHtml({ head: `${OBSERVERS}${OURS_HEAD}`, body: `<main id="root"></main>${PARAGRAPH}` }));
  benchPages.set(
    'mt-page',
    pageHtml({
      head: `${OBSERVERS}<script type="module" src="/dist/verdict-elements.js"></script>`,
      body: `<tool-compare src="${CLAUDE}"></tool-compare>${PARAGRAPH}`,
    }),
  );
}

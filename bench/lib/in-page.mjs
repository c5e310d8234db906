// In-page measurement functions (run through page.evaluate: no imports, no closures).

/** Creates `count` of our elements, waits until each has rendered its content, forces layout. */
export async function oursRenderInPage({ tag, count, ids, mode, docUrl }) {
  const root = document.getElementById('root');
  const doc = window.__doc;
  const t0 = performance.now();
  const els = [];
  for (let i = 0; i < count; i++) {
    const el = document.createElement(tag);
    if (ids) el.tool = ids[i % ids.length];
    if (mode === 'data') el.data = doc;
    else el.src = docUrl;
    els.push(el);
  }
  (function connectElements() {
    root.append(...els);
  })();
  await Promise.all(
    els.map(async (el) => {
      // `updateComplete` is false when an update asked for another one; follow, within bounds.
      for (let i = 0; i < 20 && !(await el.updateComplete); i++);
    }),
  );
  const selector = tag === 'tool-card' ? 'article.card' : 'section.compare section.panel';
  const missing = els.filter((el) => !el.shadowRoot || !el.shadowRoot.querySelector(selector) || el.hasAttribute('aria-busy')).length;
  // A named function, so that a CPU profile shows the forced style and layout under its name.
  (function forcedStyleAndLayout() {
    void document.body.offsetHeight;
  })();
  const t1 = performance.now();
  const distinct = new Set(els.map((el) => el.document)).size;
  return { ms: t1 - t0, missing, distinctDocuments: distinct, height: document.body.offsetHeight };
}

export async function baselineRenderInPage({ kind, count, ids, cssText }) {
  const root = document.getElementById('root');
  const doc = window.__doc;
  const t0 = performance.now();
  const hosts = window.BL.render(kind, root, doc, count, ids, cssText);
  const missing = hosts.filter((h) => !h.shadowRoot.firstElementChild).length;
  (function forcedStyleAndLayout() {
    void document.body.offsetHeight;
  })();
  const t1 = performance.now();
  return { ms: t1 - t0, missing, distinctDocuments: 1, height: document.body.offsetHeight };
}

/** Structure and text of the first few shadow roots, to check that the baseline builds the same markup. */
export function signaturesInPage(n) {
  const hosts = [...document.getElementById('root').children].slice(0, n);
  return hosts.map((host) => {
    const els = [...host.shadowRoot.querySelectorAll('*')];
    return {
      elements: els.map((e) => {
        const attrs = [...e.attributes]
          .map((a) => `${a.name}=${a.name === 'class' || a.name === 'part' ? a.value.trim().split(/\s+/).sort().join(' ') : a.value}`)
          .sort();
        return `${e.localName}[${attrs.join(',')}]`;
      }),
      text: host.shadowRoot.textContent.replace(/\s+/g, ''),
    };
  });
}

export function compareSignatures(ours, base) {
  const problems = [];
  if (ours.length !== base.length) problems.push(`roots: ${ours.length} vs ${base.length}`);
  for (let i = 0; i < Math.min(ours.length, base.length); i++) {
    const a = ours[i];
    const b = base[i];
    if (a.elements.length !== b.elements.length) problems.push(`root ${i}: ${a.elements.length} elements vs ${b.elements.length}`);
    const n = Math.min(a.elements.length, b.elements.length);
    for (let j = 0; j < n; j++) {
      if (a.elements[j] !== b.elements[j]) {
        problems.push(`root ${i} element ${j}: ours ${a.elements[j]} / baseline ${b.elements[j]}`);
        break;
      }
    }
    if (a.text !== b.text) {
      let k = 0;
      while (k < a.text.length && a.text[k] === b.text[k]) k++;
      problems.push(`root ${i} text differs at ${k}: ours "${a.text.slice(k, k + 40)}" / baseline "${b.text.slice(k, k + 40)}"`);
    }
  }
  return { same: problems.length === 0, elements: ours[0]?.elements.length ?? 0, problems: problems.slice(0, 6) };
}

/** In the page: adds one <tool-compare src>, waits until it has rendered everything and painted. */
export async function addOneCompare(src) {
  const el = document.createElement('tool-compare');
  el.src = src;
  document.getElementById('root').append(el);
  const outcome = await window.__done;
  for (let i = 0; i < 20 && !(await el.updateComplete); i++);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return outcome;
}

import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/helpers.js';

/** Opens a plain HTML page (no test harness, no source modules) in an iframe. */
async function openPage(path: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.src = path;
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  return frame.contentDocument!;
}

const text = (el: Element | null) => (el?.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ');

for (const [name, path] of [
  ['ES module', '/test/pages/cdn-esm.html'],
  ['classic script (IIFE)', '/test/pages/cdn-iife.html'],
]) {
  it(`the built CDN bundle as a ${name} defines and renders all four elements on a plain page`, async () => {
    const doc = await openPage(path!);
    const [compare, card, panel, badge] = ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge'].map((t) => doc.querySelector(t));
    await waitUntil(() => text(badge).includes('75%') && text(card).includes('Codestral 2.0') && text(compare).includes('Harbor CI') && text(panel).includes('Per-minute billing'), 'CDN page did not render', { timeout: 8000 });
    expect(doc.defaultView!.customElements.get('tool-compare')).to.exist;
    expect(text(compare)).to.contain('82%').and.contain('500 votes');
  });
}

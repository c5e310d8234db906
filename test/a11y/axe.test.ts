import { expect, fixture, html } from '@open-wc/testing';
import '../../src/define.js';
import type { VerdictElement } from '../../src/index.js';
import { CLAUDE, MIXED, faultUrl, settled, release, waitUntil } from '../support/helpers.js';

// axe runs every rule it has (a superset of wcag2a, wcag2aa, wcag21aa and wcag22aa) on each element
// in each state, in both themes.
const ELEMENTS: { tag: string; tool: Record<string, string> | undefined; fixtures: string[] }[] = [
  { tag: 'tool-compare', tool: undefined, fixtures: [CLAUDE, MIXED] },
  { tag: 'tool-card', tool: { [CLAUDE]: 'codestral-2', [MIXED]: 'lantern-search' }, fixtures: [CLAUDE, MIXED] },
  { tag: 'verdict-panel', tool: undefined, fixtures: [CLAUDE, MIXED] },
  { tag: 'verdict-badge', tool: { [CLAUDE]: 'claude-files-api', [MIXED]: 'quill-docs' }, fixtures: [CLAUDE, MIXED] },
];

async function mountIn(tag: string, theme: string, src: string, tool?: string, extra = ''): Promise<VerdictElement> {
  const wrapper = await fixture<HTMLElement>(html`<main></main>`);
  const el = document.createElement(tag) as VerdictElement;
  el.setAttribute('theme', theme);
  el.setAttribute('src', src);
  if (tool) el.setAttribute('tool', tool);
  if (extra) el.setAttribute('tools', extra);
  wrapper.append(el);
  await el.updateComplete;
  return el;
}

for (const theme of ['light', 'dark']) {
  describe(`axe, ${theme} theme`, () => {
    for (const { tag, tool, fixtures } of ELEMENTS) {
      for (const src of fixtures) {
        it(`<${tag}> loaded with ${src.split('/').pop()}`, async () => {
          const el = await mountIn(tag, theme, src, tool?.[src]);
          await settled(el);
          expect(el.document).to.exist;
          await expect(el).to.be.accessible();
        });
      }
      it(`<${tag}> loading`, async () => {
        // Held by the server until axe is done: the element stays loading however long axe takes.
        const held = faultUrl('ok', { hold: 1 });
        const el = await mountIn(tag, theme, held.url, 'codestral-2');
        try {
          expect(el.getAttribute('aria-busy')).to.equal('true');
          await expect(el).to.be.accessible();
          expect(el.getAttribute('aria-busy')).to.equal('true');
        } finally {
          await release(held.key);
        }
      });
      it(`<${tag}> error`, async () => {
        const el = await mountIn(tag, theme, faultUrl('status', { code: 404 }).url, 'codestral-2');
        await settled(el);
        expect(el.shadowRoot!.querySelector('[role="alert"]')).to.exist;
        await expect(el).to.be.accessible();
      });
      for (const mode of ['verbose', 'hidden']) {
        it(`<${tag}> error, errors="${mode}"`, async () => {
          const el = await mountIn(tag, theme, faultUrl('status', { code: 404 }).url, 'codestral-2');
          el.setAttribute('errors', mode);
          // Hidden shows no alert to wait for: the loading state ends instead.
          if (mode === 'hidden') await waitUntil(() => !el.hasAttribute('aria-busy'), 'did not settle', { timeout: 8000 });
          else await settled(el);
          expect(!!el.shadowRoot!.querySelector('[role="alert"]')).to.equal(mode !== 'hidden');
          await expect(el).to.be.accessible();
        });
      }
      it(`<${tag}> error, errors="reader" with Details open`, async () => {
        const el = await mountIn(tag, theme, faultUrl('status', { code: 404 }).url, 'codestral-2');
        await settled(el);
        el.shadowRoot!.querySelector('details')!.open = true;
        await expect(el).to.be.accessible();
      });
      it(`<${tag}> schema error with every problem listed`, async () => {
        const el = await mountIn(tag, theme, '/demo/fixtures/invalid-schema.json', 'alpha');
        await settled(el);
        el.shadowRoot!.querySelector('details')?.setAttribute('open', '');
        await expect(el).to.be.accessible();
      });
    }
  });
}

import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';

describe('smoke', () => {
  it('renders a compare from src', async () => {
    const el = await fixture(html`<tool-compare src="/demo/fixtures/three-tools-mixed.json"></tool-compare>`);
    await oneEvent(el, 'verdict-load');
    await (el as any).updateComplete;
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    console.log(text.slice(0, 600));
    expect(text).to.contain('75%');
  });
});

// In every engine. Static HTML that a script inserts (innerHTML, a framework's client navigation) is
// not parsed as a declarative shadow root: its <template> stays a child of the element. The element
// must still render the comparison; a <tool-compare> once took that <template> for composition and
// showed only its title.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { until } from '../hostile/support/dom.js';
import { CLAUDE, fixtureJson } from '../support/helpers.js';

async function rendered(doc: unknown, element: string): Promise<string> {
  const response = await fetch('/ssr/render', { method: 'POST', body: JSON.stringify([{ doc, options: { element } }]) });
  const [result] = (await response.json()) as { html: string }[];
  return result!.html;
}

describe('static HTML inserted by a script', function () {
  this.timeout(60_000);

  it('<tool-compare> renders every card and the scorecard, not only its title', async () => {
    const doc = await fixtureJson(CLAUDE);
    const box = document.createElement('div');
    document.body.append(box);
    try {
      box.innerHTML = await rendered(doc, 'tool-compare');
      const el = box.querySelector('tool-compare')!;
      expect(el.querySelector(':scope > template'), 'the case under test: an unparsed shadow root').to.not.equal(null);
      await until(() => el.shadowRoot?.querySelectorAll('.card').length === doc.tools.length, 'the cards never rendered');
      await until(() => el.shadowRoot?.querySelector('.panel:not(.skeleton)'), 'the scorecard never rendered');
      expect(el.shadowRoot!.querySelector('slot'), 'rendered as composed').to.equal(null);
    } finally {
      box.remove();
    }
  });
});

// Pages that load the library more than once, or late: the CDN bundle under two URLs, the CDN
// bundle with the npm build (either order), elements created long before any definition, and
// another version of the library registered first. Each page runs in a same-origin iframe served
// by csp-server.js, with a probe that records uncaught errors and console warnings.
import { expect } from '@open-wc/testing';
import { sleep } from './support/dom.js';
import { allRendered, openFrame, rendered, type Frame } from './support/frames.js';

/** Warnings from Lit's development build (the test server resolves `lit` to it for the npm build): not the library's. */
const litDevNoise = (w: string) => /Lit is in dev mode|Multiple versions of Lit loaded/.test(w);

/** How many copies of Lit ran on the page (each copy registers its version on the global). */
const litCopies = (f: Frame) => ((f.win as unknown as { litHtmlVersions?: string[] }).litHtmlVersions ?? []).length;

const loadedOnce = (f: Frame, path: string) => f.win.performance.getEntriesByName(new URL(path, f.win.location.href).href).length;

function expectClean(f: Frame, { devLit = false } = {}): void {
  const { probe } = f;
  expect(probe.errors, 'uncaught errors').to.deep.equal([]);
  expect(probe.rejections, 'unhandled rejections').to.deep.equal([]);
  expect(probe.resourceErrors, 'scripts that failed to load').to.deep.equal([]);
  expect(probe.consoleErrors, 'console.error calls').to.deep.equal([]);
  expect(probe.warnings.filter((w) => !devLit || !litDevNoise(w)), 'console.warn calls').to.deep.equal([]);
  // The one deliberate failure on the page (a 404 src), and nothing else.
  expect(probe.failures.map((x) => `${x.el} ${x.kind}`)).to.deep.equal(['tool-card#broken http']);
}

describe('double loading', function () {
  this.timeout(120_000);
  let frame: Frame | undefined;
  afterEach(() => {
    frame?.remove();
    frame = undefined;
  });

  it('the CDN bundle loaded twice, as ?a and ?b: no error, no warning, every element renders', async () => {
    frame = await openFrame('/hostile/pages/twice.html');
    await allRendered(frame);
    await sleep(100);
    expect(loadedOnce(frame, '/dist/verdict-elements.js?a')).to.equal(1);
    expect(loadedOnce(frame, '/dist/verdict-elements.js?b')).to.equal(1);
    expect(litCopies(frame), 'two copies of the bundle (and of Lit) ran').to.equal(2);
    expectClean(frame);
  });

  it('the CDN bundle, then the npm build (/dist/lib/define.js): no error, every element renders', async () => {
    frame = await openFrame('/hostile/pages/cdn-then-npm.html');
    await allRendered(frame);
    await sleep(100);
    expect(loadedOnce(frame, '/dist/lib/define.js')).to.equal(1);
    expect(litCopies(frame)).to.equal(2);
    expectClean(frame, { devLit: true });
  });

  it('the npm build, then the CDN bundle: no error, every element renders', async () => {
    frame = await openFrame('/hostile/pages/npm-then-cdn.html');
    await allRendered(frame);
    await sleep(100);
    expect(loadedOnce(frame, '/dist/verdict-elements.js')).to.equal(1);
    expect(litCopies(frame)).to.equal(2);
    expectClean(frame, { devLit: true });
  });

  it('elements parsed, and created by script with properties set, before the definitions load are upgraded and render', async () => {
    frame = await openFrame('/hostile/pages/upgrade.html');
    const { win, doc } = frame;
    // Nothing is defined yet: plain elements, with `data` and `tool` as own properties.
    expect(win.customElements.get('tool-compare')).to.equal(undefined);
    expect(doc.getElementById('card')!.shadowRoot).to.equal(null);
    expect(Object.prototype.hasOwnProperty.call(doc.getElementById('made'), 'data')).to.equal(true);
    await sleep(200);
    expect(doc.getElementById('compare')!.shadowRoot).to.equal(null);

    await win.loadBundle!();
    await allRendered(frame);
    const made = doc.getElementById('made')!;
    const madeCard = doc.getElementById('made-card')!;
    expect(rendered(doc, 'made', ['Codestral 2.0'])).to.equal(true);
    expect(rendered(doc, 'made-card', ['Harbor CI', 'CI/CD'])).to.equal(true);
    // The properties set before the upgrade reached the element's own accessors.
    expect(Object.prototype.hasOwnProperty.call(made, 'data')).to.equal(false);
    expect((made as unknown as { document?: { id: string } }).document?.id).to.equal('claude-files-api-vs-codestral-2');
    expect(madeCard.getAttribute('tool')).to.equal('harbor-ci');
    await sleep(100);
    expectClean(frame);
  });

  it('another version registered two of the tags first: exactly one console.warn naming it, and the rest render', async () => {
    frame = await openFrame('/hostile/pages/other-version.html');
    const { win, doc, probe } = frame;
    await allRendered(frame, ['compare', 'panel', 'composed', 'inner-panel']);
    await sleep(200);
    // The foreign classes stay registered (they were first) and keep their own rendering.
    expect((win.customElements.get('verdict-badge') as unknown as { version: string }).version).to.equal('9.9.9');
    expect((win.customElements.get('tool-card') as unknown as { version: string }).version).to.equal('9.9.9');
    expect(doc.getElementById('card')!.textContent).to.equal('foreign tool-card');
    expect(probe.warnings, 'console.warn calls').to.have.length(1);
    expect(probe.warnings[0]).to.contain('9.9.9').and.contain('verdict-elements');
    expect(probe.errors, 'uncaught errors').to.deep.equal([]);
    expect(probe.rejections, 'unhandled rejections').to.deep.equal([]);
  });
});

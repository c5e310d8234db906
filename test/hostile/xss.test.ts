// XSS corpus: every string field of both fixtures, in turn, holds each known payload; the document
// goes through <tool-compare> (which shows every shown field) and <verdict-badge> (links, labels).
// Shown fields must show the payload literally (or, over their length limit, be a schema error);
// fields that are never shown (ids, references, enums, dates) must be schema errors; URL fields
// must be schema errors or inert (only http(s) links rendered). Nothing may execute.
import { expect } from '@open-wc/testing';
import '../../src/define.js';
import { validateComparison, type VerdictElement } from '../../src/index.js';
import { BOUND, CLAUDE, MIXED, faultUrl, fixtureJson } from '../support/helpers.js';
import { chars } from './support/arbitraries.js';
import { CANARY, PAYLOADS } from './support/payloads.js';
import { catchUncaught, inspectShadowDom, problems, shadowTextOf, sleep } from './support/dom.js';

const calls: string[] = [];
const w = window as unknown as Record<string, unknown>;
w[CANARY] = (...args: unknown[]) => calls.push(`canary(${args.join()})`);

/** Shown fields (path with indices removed) and their length limits in characters, from the spec. */
const SHOWN: Record<string, number> = {
  title: 200,
  question: 200,
  summary: 1000,
  'tools[].name': 120,
  'tools[].vendor': 120,
  'tools[].category': 60,
  'tools[].tagline': 200,
  'tools[].description': 2000,
  'tools[].pricing.label': 40,
  'tools[].pricing.detail': 500,
  'reviewers[].name': 80,
  'reviewers[].lens': 120,
  'reviews[].quote': 4000,
  'reviews[].headline': 160,
};
const URL_FIELDS = new Set(['url', 'tools[].url', 'tools[].logo', 'reviewers[].avatar']);

type Path = (string | number)[];
const pathString = (path: Path) => path.reduce<string>((out, k) => (typeof k === 'number' ? `${out}[${k}]` : out ? `${out}.${k}` : k), '');
const field = (path: Path) => path.map((k) => (typeof k === 'number' ? '[]' : k)).join('.').replace(/\.\[\]/g, '[]');

/** Paths of every string in a JSON value. */
function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === 'string') return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => stringPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => stringPaths(v, [...path, k]));
  return [];
}

function withValue(doc: unknown, path: Path, value: string): any {
  const copy = structuredClone(doc) as any;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key];
  parent[path[path.length - 1]!] = value;
  return copy;
}

/** base64url of the document's UTF-8 JSON (the fault server's /faults/json route decodes it). */
function encodeUtf8(doc: unknown): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(JSON.stringify(doc))) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

interface Tally {
  tried: number;
  shown: number;
  schemaErrors: number;
  inertUrls: number;
}
const total: Tally = { tried: 0, shown: 0, schemaErrors: 0, inertUrls: 0 };

after(() => {
  console.log(
    `xss: ${total.tried} payload placements tried (${PAYLOADS.length} payloads in every string field of both fixtures, plus the src and inline-JSON routes): ` +
      `${total.shown} shown literally, ${total.schemaErrors} schema errors shown as text, ${total.inertUrls} accepted URLs rendered inert; canary calls: ${calls.length}`,
  );
});

/** What every rendering must satisfy, whatever the payload. */
function assertInert(container: Element, label: string): void {
  const found = inspectShadowDom(container);
  expect(found.count, `${label}: nothing rendered`).to.be.greaterThan(5);
  expect(problems(found), label).to.deep.equal([]);
  // Nothing reached the light DOM either.
  expect([...container.children].map((c) => c.localName), label).to.deep.equal(['tool-compare', 'verdict-badge']);
  expect(calls, label).to.deep.equal([]);
}

async function runCorpus(fixturePath: string): Promise<Tally> {
  const fixture = await fixtureJson(fixturePath);
  const paths = stringPaths(fixture);
  const tally: Tally = { tried: 0, shown: 0, schemaErrors: 0, inertUrls: 0 };
  const container = document.createElement('div');
  document.body.append(container);
  const compare = document.createElement('tool-compare') as VerdictElement;
  const badge = document.createElement('verdict-badge') as VerdictElement;
  container.append(compare, badge);
  const uncaught = catchUncaught();
  const scriptsBefore = document.querySelectorAll('script').length;
  try {
    for (const path of paths) {
      const name = field(path);
      const where = pathString(path);
      const toolIndex = path[0] === 'tools' ? (path[1] as number) : 0;
      badge.setAttribute('tool', fixture.tools[toolIndex].id);
      for (const payload of PAYLOADS) {
        const label = `${where} = ${JSON.stringify(payload.slice(0, 60))}${payload.length > 60 ? `…(${payload.length})` : ''}`;
        const doc = withValue(fixture, path, payload);
        const result = validateComparison(doc);
        compare.data = doc;
        badge.data = doc;
        await Promise.all([compare.updateComplete, badge.updateComplete]);
        tally.tried++;
        assertInert(container, label);
        const alert = compare.shadowRoot!.querySelector('[role="alert"]');

        if (name in SHOWN) {
          if (chars(payload) <= SHOWN[name]!) {
            // Within its limit: valid, and shown as text, character for character.
            expect(result.ok, `${label}: valid by the spec`).to.equal(true);
            expect(alert, `${label}: no error`).to.equal(null);
            expect(shadowTextOf(compare).includes(payload), `${label}: shown literally in <tool-compare>`).to.equal(true);
            if (name === 'tools[].name') expect(shadowTextOf(badge).includes(payload), `${label}: shown literally in <verdict-badge>`).to.equal(true);
            tally.shown++;
            continue;
          }
        } else if (URL_FIELDS.has(name) && result.ok) {
          // An accepted URL (relative, such as "&#106;avascript:…"): rendered, if at all, as an http(s) link (checked above).
          expect(alert, `${label}: no error`).to.equal(null);
          tally.inertUrls++;
          continue;
        }
        // Everything else is a schema error naming the field, shown as text.
        expect(result.ok, `${label}: a schema error`).to.equal(false);
        if (result.ok) continue;
        expect(result.error.issues.map((i) => i.path), label).to.include(where);
        expect(alert, `${label}: role=alert`).to.not.equal(null);
        const text = alert!.textContent!;
        expect(text, label).to.contain(result.error.issues[0]!.path);
        expect(text.includes(result.error.message), `${label}: the message is shown literally`).to.equal(true);
        tally.schemaErrors++;
      }
    }
    // Error events of images and frames (had any been created) fire asynchronously.
    await sleep(100);
    expect(calls).to.deep.equal([]);
    expect(document.querySelectorAll('script').length).to.equal(scriptsBefore);
    expect(uncaught.errors).to.deep.equal([]);
  } finally {
    uncaught.stop();
    container.remove();
    total.tried += tally.tried;
    total.shown += tally.shown;
    total.schemaErrors += tally.schemaErrors;
    total.inertUrls += tally.inertUrls;
  }
  console.log(`xss: ${fixturePath}: ${paths.length} string fields x ${PAYLOADS.length} payloads = ${tally.tried} documents (${tally.shown} shown, ${tally.schemaErrors} schema errors, ${tally.inertUrls} inert URLs)`);
  return tally;
}

describe('XSS corpus', function () {
  // A fixed amount of CPU-bound work: it ends, however long a busy machine makes it take. No
  // per-test timeout; a hang is caught by the runner's testsFinishTimeout (web-test-runner.config.js).
  this.timeout(0);

  it('every string field of the two-tool fixture, in turn, with every payload', async () => {
    const tally = await runCorpus(CLAUDE);
    expect(tally.tried).to.be.greaterThan(1000);
    expect(tally.shown).to.be.greaterThan(500);
  });

  it('every string field of the three-tool fixture, in turn, with every payload', async () => {
    const tally = await runCorpus(MIXED);
    expect(tally.tried).to.be.greaterThan(1000);
    expect(tally.inertUrls).to.be.greaterThan(0);
  });

  it('payloads through the src and inline-JSON routes show as text too', async () => {
    const fixture = await fixtureJson(MIXED);
    const uncaught = catchUncaught();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      for (const payload of PAYLOADS) {
        const doc = withValue(withValue(fixture, ['tools', 0, 'name'], payload.slice(0, 120)), ['reviews', 0, 'quote'], payload.slice(0, 4000));
        const label = JSON.stringify(payload.slice(0, 60));
        // Over the network (the fault server echoes the document; its query caps the size).
        const fetched = document.createElement('tool-compare') as VerdictElement;
        fetched.src = faultUrl('json', { body: encodeUtf8(doc) }).url;
        // Inline, as a server-rendered page would embed it (text set through the DOM, never parsed as HTML).
        const inline = document.createElement('tool-card') as VerdictElement;
        inline.setAttribute('tool', fixture.tools[0].id);
        const script = document.createElement('script');
        script.type = 'application/json';
        script.textContent = JSON.stringify(doc);
        inline.append(script);
        container.replaceChildren(fetched, inline);
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`${label}: no verdict-load within ${BOUND / 1000} s`)), BOUND);
          fetched.addEventListener('verdict-load', () => (clearTimeout(timer), resolve()), { once: true });
          fetched.addEventListener('verdict-error', (e) => reject(new Error(`${label}: ${(e as CustomEvent).detail.message}`)), { once: true });
        });
        await Promise.all([fetched.updateComplete, inline.updateComplete]);
        total.tried += 2;
        for (const el of [fetched, inline]) {
          expect(el.shadowRoot!.querySelector('[role="alert"]'), label).to.equal(null);
          expect(shadowTextOf(el).includes(payload.slice(0, 120)), `${label}: name shown literally in <${el.localName}>`).to.equal(true);
          total.shown++;
        }
        expect(shadowTextOf(fetched).includes(payload.slice(0, 4000)), `${label}: quote shown literally`).to.equal(true);
        const found = inspectShadowDom(container);
        expect(problems(found), label).to.deep.equal([]);
      }
      await sleep(100);
      expect(calls).to.deep.equal([]);
      expect(uncaught.errors).to.deep.equal([]);
    } finally {
      uncaught.stop();
      container.remove();
    }
  });
});

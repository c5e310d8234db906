// Property-based tests (fast-check, fixed seeds): documents built by the spec's rules, and the same
// documents mutated, through validateComparison and through the four elements.
//
// Figures: 3,000 valid documents + 1,500 valid mutations + 6,000 invalid mutations + 1,000 documents
// with JSON-expressible hostile values + 1,000 hand-built data objects = 12,500 documents validated
// (10,500 in the first two tests alone, so the 10,000 hold even when a later property fails early).
// Rendering through the elements costs far more than validating, so only a seeded subset of 1,000
// documents (from the same arbitraries, another seed) is rendered, each through all four elements
// (4,000 mounts, 5 to 15 s depending on the machine's load).
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { validateComparison, type VerdictElement } from '../../src/index.js';
import {
  handBuiltData,
  hostileJsonValue,
  invalidMutation,
  preview,
  validDocument,
  validMutation,
  type Case,
} from './support/arbitraries.js';
import { catchUncaught, inspectShadowDom, problems, shadowTextOf } from './support/dom.js';

/** The seed of every property here (each adds its own offset); printed at the start and on failure. */
const SEED = 20261126;
const tally = { validated: 0, rendered: 0, valid: 0, invalid: 0 };

const asCase = (doc: unknown): Case => ({ label: 'valid by construction', doc, expect: { ok: true } });

/** fast-check's report, made readable: seed, replay path, the case's label and a truncated document. */
function reporter(name: string, counted: 'validated' | 'rendered') {
  return (details: fc.RunDetails<[Case]>) => {
    if (!details.failed) {
      tally[counted] += details.numRuns;
      return;
    }
    tally[counted] += details.numRuns;
    const [c] = details.counterexample ?? [];
    const error = details.errorInstance as Error | undefined;
    throw new Error(
      `${name}: property failed after ${details.numRuns} runs and ${details.numShrinks} shrinks\n` +
        `replay with { seed: ${details.seed}, path: "${details.counterexamplePath}" }\n` +
        `case: ${c?.label}\n` +
        `document: ${preview(c?.doc)}\n` +
        `failure: ${error?.stack ?? String(error)}`,
    );
  };
}

function check(name: string, arb: fc.Arbitrary<Case>, numRuns: number, seed: number, predicate: (c: Case) => void): void {
  const started = performance.now();
  try {
    fc.assert(
      fc.property(arb, (c) => {
        predicate(c);
      }),
      { seed, numRuns, reporter: reporter(name, 'validated') },
    );
  } finally {
    console.log(`fuzz: ${name}: ${numRuns} runs, seed ${seed}, ${Math.round(performance.now() - started)} ms`);
  }
}

const matches = (path: string, expected: string | RegExp) => (typeof expected === 'string' ? path === expected : expected.test(path));

/** The contract of validateComparison, and what the spec says about this case. */
function validates(c: Case): void {
  let result: ReturnType<typeof validateComparison>;
  try {
    result = validateComparison(c.doc);
  } catch (error) {
    throw new Error(`validateComparison threw (it must return a result, whatever the input): ${String(error)}`);
  }
  if (!result || typeof result !== 'object' || typeof result.ok !== 'boolean') throw new Error(`no result: ${preview(result)}`);
  if (result.ok) {
    tally.valid++;
    if (!result.document || !Array.isArray(result.document.tools)) throw new Error('ok without a document');
  } else {
    tally.invalid++;
    const { error } = result;
    if (error.kind !== 'schema') throw new Error(`kind ${error.kind}, expected schema`);
    if (!error.issues.length) throw new Error('an error without issues');
    for (const issue of error.issues) {
      if (typeof issue.path !== 'string' || !issue.path) throw new Error(`an issue without a path: ${preview(issue)}`);
      if (typeof issue.message !== 'string' || !issue.message) throw new Error(`an issue without a message: ${preview(issue)}`);
    }
    if (!error.message.startsWith(`${error.issues[0]!.path}: `)) throw new Error(`the message does not start with the first path: ${error.message.slice(0, 200)}`);
  }
  const expected = c.expect;
  if (expected.ok === true) {
    if (!result.ok) throw new Error(`the spec says valid; got ${result.error.message.slice(0, 300)}`);
    const input = c.doc as { title: string; tools: { id: string; name: string }[] };
    if (result.document.title !== input.title) throw new Error('the validated title differs from the input');
    expect(result.document.tools.map((t) => [t.id, t.name])).to.deep.equal(input.tools.map((t) => [t.id, t.name]));
  } else if (expected.ok === false) {
    if (result.ok) throw new Error(`the spec says invalid at ${String(expected.path)}; got a valid document`);
    const paths = result.error.issues.map((i) => i.path);
    if (!paths.some((p) => matches(p, expected.path))) {
      throw new Error(`expected an issue at ${String(expected.path)}; got ${JSON.stringify(paths.slice(0, 12))}`);
    }
  }
}

after(() => {
  console.log(
    `fuzz: ${tally.validated} generated documents validated, ${tally.rendered} rendered through the four elements ` +
      `(validator results, shrinking included: ${tally.valid} valid, ${tally.invalid} invalid)`,
  );
});

const prototypeNames = () => [Object, Array, String, Function].map((C) => Object.getOwnPropertyNames(C.prototype).sort().join());

describe('fuzz: validateComparison on generated documents', function () {
  // A fixed amount of CPU-bound work: it ends, however long a busy machine makes it take. No
  // per-test timeout; a hang is caught by the runner's testsFinishTimeout (web-test-runner.config.js).
  this.timeout(0);
  let before: string[];

  beforeEach(() => {
    before = prototypeNames();
  });

  afterEach(() => {
    // Own `__proto__`, `constructor` and `prototype` keys must never reach a prototype.
    expect(prototypeNames()).to.deep.equal(before);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  });

  it('accepts 3,000 documents built by the spec’s rules and 1,500 valid mutations (unknown, __proto__ and constructor keys, dropped optional fields, odd Unicode)', () => {
    check('valid documents', validDocument.map(asCase), 3000, SEED, validates);
    check('valid mutations', validMutation, 1500, SEED + 1, validates);
  });

  it('rejects 6,000 documents that each break one rule (field dropped, wrong type, too long, too many, bad slug, URL scheme, date, enum or reference), naming the broken path', () => {
    check('invalid mutations', invalidMutation, 6000, SEED + 2, validates);
  });

  it('never throws on 1,000 documents holding JSON-expressible hostile values ({"toString":0} and the like) and names their path', () => {
    check('hostile JSON values', hostileJsonValue, 1000, SEED + 3, validates);
  });

  it('never throws on 1,000 hand-built data objects (fields on a prototype or behind a class getter, null prototypes, proxies)', () => {
    check('hand-built data objects', handBuiltData, 1000, SEED + 4, validates);
  });
});

const TAGS = ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge'] as const;

/** Mounts the four elements with `.data = doc` and checks what the spec promises of each. */
async function renders(c: Case): Promise<void> {
  const doc = c.doc === undefined ? null : c.doc; // `data = undefined` means "no data", not a document
  const result = validateComparison(doc); // the oracle, itself checked by the properties above
  const tools = (doc as { tools?: unknown } | null)?.tools;
  const firstId = Array.isArray(tools) && typeof tools[0]?.id === 'string' ? (tools[0].id as string) : 'x';
  const host = document.createElement('div');
  document.body.append(host);
  const uncaught = catchUncaught();
  const events: string[] = [];
  try {
    const els = TAGS.map((tag) => {
      const el = document.createElement(tag) as VerdictElement;
      if (tag === 'tool-card' || tag === 'verdict-badge') el.setAttribute('tool', firstId);
      // `data = null` means "no data" (frameworks write `data={x ?? null}`): a null document goes
      // through an inline JSON script instead, where it is a document, and an invalid one.
      if (doc === null) el.append(Object.assign(document.createElement('script'), { type: 'application/json', textContent: 'null' }));
      else el.data = doc;
      el.addEventListener('verdict-load', () => events.push(`${tag} load`));
      el.addEventListener('verdict-error', () => events.push(`${tag} error`));
      return el;
    });
    host.append(...els);
    await Promise.all(els.map((el) => el.updateComplete));

    for (const el of els) {
      const tag = el.localName;
      const alert = el.shadowRoot!.querySelector('[role="alert"]');
      const text = shadowTextOf(el);
      if (result.ok) {
        const d = result.document;
        if (alert) throw new Error(`<${tag}> shows an error for a valid document: ${alert.textContent?.slice(0, 300)}`);
        const first = d.tools[0]!;
        const wanted =
          tag === 'tool-compare'
            ? [d.title, ...d.tools.map((t) => t.name)]
            : tag === 'verdict-panel'
              ? [...d.reviewers.map((r) => r.name), ...(d.reviewers.length ? d.tools.map((t) => t.name) : [])]
              : [first.name];
        for (const w of wanted) if (!text.includes(w)) throw new Error(`<${tag}> does not show ${JSON.stringify(w.slice(0, 80))}`);
        if (!events.includes(`${tag} load`)) throw new Error(`<${tag}> fired no verdict-load`);
      } else {
        const path = result.error.issues[0]!.path;
        if (!alert) throw new Error(`<${tag}> shows no role=alert for an invalid document (${result.error.message.slice(0, 200)})`);
        if (!alert.textContent!.includes(path)) throw new Error(`<${tag}>'s error does not name ${path}: ${alert.textContent!.slice(0, 300)}`);
        if (!events.includes(`${tag} error`)) throw new Error(`<${tag}> fired no verdict-error`);
      }
    }
    const found = inspectShadowDom(host);
    if (found.count === 0) throw new Error('nothing rendered');
    const bad = problems(found);
    if (bad.length) throw new Error(`unsafe markup: ${bad.join('; ')}`);
    await Promise.resolve();
    if (uncaught.errors.length) throw new Error(`uncaught: ${uncaught.errors.join('\n')}`);
  } finally {
    uncaught.stop();
    host.remove();
  }
}

describe('fuzz: the elements on generated documents', function () {
  // A fixed amount of CPU-bound work: it ends, however long a busy machine makes it take. No
  // per-test timeout; a hang is caught by the runner's testsFinishTimeout (web-test-runner.config.js).
  this.timeout(0);

  // The documents below name made-up logo hosts. Where lookups hang (CI has no DNS), hundreds of
  // them used to fill Chromium's socket pool and stall later tests' requests to the test server.
  // scripts/chromium.mjs has the browser fail every lookup but the local ones at once; this checks it still does.
  it('the test browser fails 300 made-up hosts at once instead of waiting on DNS', async () => {
    const started = performance.now();
    const stamp = Date.now().toString(36);
    const outcomes = await Promise.all(
      Array.from({ length: 300 }, (_, i) =>
        new Promise<string>((resolve) => {
          const img = new Image();
          img.onload = () => resolve('loaded');
          img.onerror = () => resolve('error');
          img.src = `https://made-up-${stamp}-${i}.example-fuzz/logo.png`;
          // A hung lookup waits far longer than this; a refused one is immediate even on a busy machine.
          setTimeout(() => resolve('still waiting'), 15_000);
        }),
      ),
    );
    console.log(`fuzz: 300 made-up hosts failed in ${Math.round(performance.now() - started)} ms`);
    expect(outcomes.filter((o) => o !== 'error')).to.deep.equal([]);
  });

  it('render 1,000 seeded documents (valid, valid mutations, invalid mutations) through all four elements: valid ones show their title and names, invalid ones a role=alert naming the first path, links only http(s), no on* attributes', async () => {
    const seed = SEED + 5;
    const numRuns = 1000;
    const started = performance.now();
    const arb = fc.oneof({ weight: 2, arbitrary: validDocument.map(asCase) }, { weight: 1, arbitrary: validMutation }, { weight: 2, arbitrary: invalidMutation });
    await fc.assert(
      fc.asyncProperty(arb, async (c) => {
        await renders(c);
      }),
      { seed, numRuns, reporter: reporter('rendering', 'rendered') },
    );
    console.log(`fuzz: rendered ${numRuns} documents through the four elements, seed ${seed}, ${Math.round(performance.now() - started)} ms`);
  });
});

/**
 * @web/test-runner sends each file's results from the page with `structuredClone`, and a failed
 * chai assertion keeps what it was given: `expect(element).to.not.exist` that fails carries the
 * element as `actual`. An element, a function or a window cannot be cloned, the send throws
 * DataCloneError in the page, and the runner never hears that the file finished: it waits for
 * `testsFinishTimeout` (the file's bound, minutes) and then reports a timeout instead of the assertion
 * (modernweb-dev/web#2802, #2967). This root hook, run after every test of the page, replaces such
 * values in a failed test's error by text (an element's opening tag), so the failure is reported.
 * Imported by helpers.ts; a test file that does not import helpers (directly or through its
 * support modules) imports it.
 */
function cloneable(value: unknown): boolean {
  try {
    structuredClone(value);
    return true;
  } catch {
    return false;
  }
}

function describe_(value: unknown, depth = 0): unknown {
  if (cloneable(value)) return value;
  if (typeof Element !== 'undefined' && value instanceof Element) {
    const open = value.outerHTML.slice(0, value.outerHTML.indexOf('>') + 1);
    return `${open.slice(0, 200)}${open.length > 200 ? '…' : ''}`;
  }
  if (typeof Node !== 'undefined' && value instanceof Node) return `[${value.nodeName}]`;
  if (typeof value === 'function') return `[function ${value.name || 'anonymous'}]`;
  if (depth < 3 && Array.isArray(value)) return value.map((item) => describe_(item, depth + 1));
  if (depth < 3 && value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, describe_(item, depth + 1)]));
  }
  return Object.prototype.toString.call(value);
}

afterEach(function () {
  const error = this.currentTest?.err as (Error & { actual?: unknown; expected?: unknown }) | undefined;
  if (!error) return;
  for (const key of ['actual', 'expected'] as const) {
    if (key in error && !cloneable(error[key])) error[key] = describe_(error[key]);
  }
});

export {};

// Small helpers: statistics, formatting, deadlines, logging.

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
export const min = (xs) => Math.min(...xs);
export const max = (xs) => Math.max(...xs);
export const r1 = (x) => Math.round(x * 10) / 10;
export const r2 = (x) => Math.round(x * 100) / 100;
export const r4 = (x) => Math.round(x * 10000) / 10000;
export const fmtMs = (x) => `${x.toFixed(1)} ms`;
export const fmtKiB = (b) => `${(b / 1024).toFixed(1)} KiB`;
export const fmtMiB = (b) => `${(b / 1048576).toFixed(2)} MiB`;
export const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
export let uniq = 0;
export const token = () => `${Date.now().toString(36)}${(uniq++).toString(36)}`;

/** Wraps a promise with a deadline so that no single step can hang the run. */
export async function within(ms, what, promise) {
  let timer;
  try {
    return await Promise.race([
      promise,
      new Promise((_, reject) => (timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export function log(...args) {
  process.stderr.write(`${args.join(' ')}\n`);
}

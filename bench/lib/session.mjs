// The browser and server of one bench run, and the page helpers every scenario uses.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.mjs';
import { VIEWPORT } from './config.mjs';
import { startServer } from './server.mjs';
import { within } from './util.mjs';

/** Set by openSession(); read (never assigned) by the scenarios. */
export let browser;
export let server;
export let origin;
/** Page errors and console errors of every page, reported at the end. */
export const pageErrors = [];

/** Starts the static server and Chromium (scripts/chromium.mjs says how). */
export async function openSession() {
  server = await startServer();
  origin = `http://127.0.0.1:${server.address().port}`;
  browser = await puppeteer.launch({
    executablePath: chromiumPath,
    headless: true,
    args: CHROMIUM_ARGS,
    defaultViewport: VIEWPORT,
    protocolTimeout: 60_000,
  });
}

/** Closes both, each within a deadline (a hung browser is killed). */
export async function closeSession() {
  await within(10_000, 'closing the browser', browser?.close() ?? Promise.resolve()).catch(() => killBrowser());
  if (server) {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections?.();
    await within(5_000, 'closing the server', closed).catch(() => {});
  }
}

export function killBrowser() {
  try {
    browser?.process()?.kill('SIGKILL');
  } catch {}
}

export async function newPage() {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}${msg.location()?.url ? ` (${msg.location().url})` : ''}`);
  });
  return page;
}

export async function withPage(fn) {
  const page = await newPage();
  try {
    return await fn(page);
  } finally {
    await page.close().catch(() => {});
  }
}

export async function gc(client) {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
}

export async function metrics(client) {
  const { metrics: list } = await client.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

export async function collectCss() {
  return withPage(async (page) => {
    await page.goto(`${origin}/__bench/ours.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.__ready === true');
    const missing = await page.evaluate(() => ['tool-compare', 'tool-card', 'verdict-panel', 'verdict-badge'].filter((t) => !customElements.get(t)));
    if (missing.length) {
      throw new Error(
        `dist/verdict-elements.js loaded but defines no <${missing.join('>, <')}>: the CDN bundle is broken, nothing to measure ` +
          '(if package.json "sideEffects" lists only dist/ paths, the bundler drops src/**/define.ts from the build)',
      );
    }
    return page.evaluate(() => {
      const text = (tag) =>
        customElements
          .get(tag)
          .elementStyles.map((s) => (typeof s.cssText === 'string' ? s.cssText : [...s.cssRules].map((r) => r.cssText).join('\n')))
          .join('\n');
      return { card: text('tool-card'), compare: text('tool-compare'), version: window.VE.VERSION };
    });
  });
}

// What the host checks look at in Chromium: a page's console, its layout shift, and whether an
// element shows its comparison. Shared by test/node/hosts.test.mjs and scripts/test-hosts.mjs.
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.mjs';

export async function launch() {
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS, protocolTimeout: 60_000 });
}

/** A page that records console errors and warnings, uncaught errors, and layout shifts. */
export async function openPage(browser, { width = 1280, height = 900 } = {}) {
  const page = await browser.newPage();
  await page.setViewport({ width, height });
  page.messages = [];
  page.notFound = [];
  page.on('response', (response) => {
    if (response.status() === 404) page.notFound.push(new URL(response.url()).pathname);
  });
  page.on('pageerror', (error) => page.messages.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warn') page.messages.push(`${message.type()}: ${message.text()}`);
  });
  await page.evaluateOnNewDocument(() => {
    window.__shift = 0;
    window.__shifted = new Set();
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        window.__shift += entry.value;
        // What moved, for the report: `tag#id` of each source.
        for (const source of entry.sources ?? []) {
          const node = source.node;
          if (node?.localName) window.__shifted.add(node.localName + (node.id ? `#${node.id}` : ''));
        }
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  return page;
}

/** Marks the current document; `stayed(page)` then tells whether a navigation kept it (client-side routing). */
export const markDocument = (page) => page.evaluate(() => (window.__sameDocument = true));
export const stayed = (page) => page.evaluate(() => window.__sameDocument === true);

/** Resolves with the shadow root's text once `selector` shows a comparison (a % figure, not busy). */
export async function renderedText(page, selector, timeout = 15_000) {
  const handle = await page.waitForFunction(
    (selector) => {
      const element = document.querySelector(selector);
      const text = element?.shadowRoot?.textContent?.replace(/\s+/g, ' ');
      return element && !element.hasAttribute('aria-busy') && /%/.test(text ?? '') ? text : false;
    },
    { timeout },
    selector,
  );
  return handle.jsonValue();
}

/** What `selector` shows now: `{ text, alert }` (the role="alert" text, if any). */
export function shown(page, selector) {
  return page.$eval(selector, (element) => ({
    text: element.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    alert: element.shadowRoot?.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? null,
  }));
}

/** The page's cumulative layout shift so far, after two frames. */
export async function layoutShift(page) {
  return page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(Math.round(window.__shift * 1000) / 1000)))),
  );
}

/** The elements that moved so far (`tag#id`), up to `max`. */
export function shiftedNodes(page, max = 6) {
  return page.evaluate((max) => [...window.__shifted].slice(0, max), max);
}

/** Whether the element's surface (its `base` part) is painted dark: its background's luminance. */
export function isDark(page, selector) {
  return page.$eval(selector, (element) => {
    const base = element.shadowRoot?.querySelector('[part~="base"]') ?? element;
    const [r, g, b] = getComputedStyle(base).backgroundColor.match(/[\d.]+/g).map(Number);
    return 0.2126 * r + 0.7152 * g + 0.0722 * b < 128;
  });
}

/** Waits until the element's surface is dark (`true`) or light (`false`). */
export async function waitForScheme(page, selector, dark, timeout = 5_000) {
  const started = Date.now();
  while (Date.now() - started < timeout) {
    if ((await isDark(page, selector)) === dark) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return false;
}

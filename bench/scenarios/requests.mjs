// Scenario: requests counted by the server: a shared src, two documents, lazy loading.
import { CLAUDE, MIXED, MIXED_IDS, VIEWPORT } from '../lib/config.mjs';
import { OBSERVERS, OURS_HEAD, pageHtml } from '../lib/pages.mjs';
import { benchPages, countRequests } from '../lib/server.mjs';
import { origin, withPage } from '../lib/session.mjs';
import { sleep, token, within } from '../lib/util.mjs';

export async function benchRequests() {
  // (a) 100 elements, one src: one request.
  const q1 = token();
  const shared = `${MIXED}?shared=${q1}`;
  const sharedPage = `req-${q1}`;
  benchPages.set(
    sharedPage,
    pageHtml({
      head: `${OBSERVERS}${OURS_HEAD}`,
      body: `<main id="root">${Array.from({ length: 100 }, (_, i) => `<tool-card src="${shared}" tool="${MIXED_IDS[i % 3]}"></tool-card>`).join('')}</main>`,
    }),
  );
  const sharedResult = await within(60_000, 'requests (shared)', withPage(async (page) => {
    await page.goto(`${origin}/__bench/${sharedPage}.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.__ready === true');
    const rendered = await page.evaluate(async () => {
      const els = [...document.querySelectorAll('tool-card')];
      const deadline = performance.now() + 10_000;
      while (performance.now() < deadline && !els.every((el) => el.document)) await new Promise((r) => setTimeout(r, 20));
      return { rendered: els.filter((el) => el.document).length, fetches: window.VE.loaderStats.fetches };
    });
    await sleep(100);
    return { ...rendered, requests: countRequests(shared) };
  }));
  benchPages.delete(sharedPage);

  // (b) Two documents across all four kinds, 25 each: two requests.
  const q2 = token();
  const a = `${MIXED}?mix=${q2}`;
  const b = `${CLAUDE}?mix=${q2}`;
  const mixPage = `req-${q2}`;
  const kinds = [
    (src, tool) => `<tool-card src="${src}" tool="${tool}"></tool-card>`,
    (src, tool) => `<verdict-badge src="${src}" tool="${tool}"></verdict-badge>`,
    (src, tool) => `<verdict-panel src="${src}" tool="${tool}"></verdict-panel>`,
    (src) => `<tool-compare src="${src}"></tool-compare>`,
  ];
  const mixBody = Array.from({ length: 100 }, (_, i) => (i % 2 ? kinds[i % 4](a, MIXED_IDS[i % 3]) : kinds[i % 4](b, 'codestral-2'))).join('');
  benchPages.set(mixPage, pageHtml({ head: `${OBSERVERS}${OURS_HEAD}`, body: `<main id="root">${mixBody}</main>` }));
  const mixResult = await within(60_000, 'requests (two documents)', withPage(async (page) => {
    await page.goto(`${origin}/__bench/${mixPage}.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.__ready === true');
    const rendered = await page.evaluate(async () => {
      const els = [...document.querySelectorAll('#root > *')];
      const deadline = performance.now() + 10_000;
      while (performance.now() < deadline && !els.every((el) => el.document)) await new Promise((r) => setTimeout(r, 20));
      return { rendered: els.filter((el) => el.document).length, fetches: window.VE.loaderStats.fetches };
    });
    await sleep(100);
    return { ...rendered, requests: countRequests(a) + countRequests(b), perDocument: [countRequests(a), countRequests(b)] };
  }));
  benchPages.delete(mixPage);

  // (c) loading="lazy" below the fold: nothing until scrolled within 256 px, then one request.
  const q3 = token();
  const lazy = `${MIXED}?lazy=${q3}`;
  const lazyPage = `req-${q3}`;
  const gap = VIEWPORT.height + 600; // the first lazy element starts ~600 px below the viewport
  benchPages.set(
    lazyPage,
    pageHtml({
      head: `${OBSERVERS}${OURS_HEAD}`,
      body: `<main id="root"><div style="height:${gap}px">spacer</div>${Array.from({ length: 10 }, (_, i) => `<tool-card loading="lazy" src="${lazy}" tool="${MIXED_IDS[i % 3]}"></tool-card>`).join('')}</main>`,
    }),
  );
  const lazyResult = await within(60_000, 'requests (lazy)', withPage(async (page) => {
    await page.goto(`${origin}/__bench/${lazyPage}.html`, { waitUntil: 'load' });
    await page.waitForFunction('window.__ready === true');
    const layout = await page.evaluate(async () => {
      await customElements.whenDefined('tool-card');
      const first = document.querySelector('tool-card');
      await first.updateComplete;
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      return { firstTop: first.getBoundingClientRect().top, viewport: innerHeight };
    });
    await sleep(1000);
    const beforeScroll = countRequests(lazy);
    // Scroll so that the first card's top is 100 px below the viewport: inside the 256 px margin, not visible.
    await page.evaluate((y) => window.scrollTo(0, y), Math.max(0, layout.firstTop - layout.viewport - 100 + 16));
    const after = await page.evaluate(async () => {
      const first = document.querySelector('tool-card');
      const deadline = performance.now() + 10_000;
      while (performance.now() < deadline && !first.document) await new Promise((r) => setTimeout(r, 20));
      return {
        firstTopAfterScroll: first.getBoundingClientRect().top,
        rendered: [...document.querySelectorAll('tool-card')].filter((el) => el.document).length,
        fetches: window.VE.loaderStats.fetches,
      };
    });
    await sleep(300);
    return { ...layout, offscreenBy: layout.firstTop - layout.viewport, beforeScroll, afterScroll: countRequests(lazy), ...after };
  }));
  benchPages.delete(lazyPage);

  return { shared: sharedResult, twoDocuments: mixResult, lazy: lazyResult };
}

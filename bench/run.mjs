#!/usr/bin/env node
// Performance benchmark of the CDN bundle (dist/verdict-elements.js) in headless Chromium.
//
//   npm run bench            builds, then runs this script (about a minute and a half)
//   node bench/run.mjs       uses the dist/ already built
//
// What it measures, each next to its target (PASS/FAIL): render cost of 100 <tool-card> and of
// 10 <tool-compare> against a hand-written vanilla baseline building the same shadow DOM; main-thread
// scripting and longest task for one <tool-compare src> at 4x CPU throttling; layout shift of each
// element whose document arrives 300 ms late; requests (shared src, lazy loading); JS heap; bundle
// sizes. Also prints CPU-profile summaries (self time by package and by source line, through the
// bundle's source map) and writes every figure to bench/results.json.
//
// Environment:
//   CHROME_PATH      browser (default /usr/bin/chromium)
//   BENCH_RUNS       alternating render runs per variant (default 15)
//   BENCH_ONLY       comma list of sections: render,main,cls,requests,memory,size (default all)
//   BENCH_DIST       directory of other builds of verdict-elements.js / .iife.js to measure instead of dist/
//   BENCH_TRACE_DIR  keep the main-thread traces there (open in DevTools > Performance)
//
// Exit code 0 whatever the targets say (it reports; CI does not run it); non-zero only when the
// benchmark itself breaks (no browser, a page error that stops an element rendering, a hang).

import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// BENCH_DIST: measure bundles built elsewhere (served at /dist/ in place of the project's dist/).
const DIST = process.env.BENCH_DIST ? path.resolve(process.env.BENCH_DIST) : path.join(ROOT, 'dist');
const BUNDLE = path.join(DIST, 'verdict-elements.js');
const BUNDLE_IIFE = path.join(DIST, 'verdict-elements.iife.js');
const RESULTS = path.join(ROOT, 'bench/results.json');
const RUNS = Math.max(1, Number.parseInt(process.env.BENCH_RUNS ?? '', 10) || 15);
const HARD_LIMIT_MS = 15 * 60_000;
// BENCH_ONLY=render,main,cls,requests,memory,size runs only those sections (a partial table).
const SECTIONS = ['render', 'main', 'cls', 'requests', 'memory', 'size'];
const ONLY = new Set((process.env.BENCH_ONLY || SECTIONS.join(',')).split(',').map((x) => x.trim()).filter(Boolean));
// BENCH_TRACE_DIR=dir keeps the main-thread traces (open them in DevTools' Performance panel).
const TRACE_DIR = process.env.BENCH_TRACE_DIR ? path.resolve(process.env.BENCH_TRACE_DIR) : undefined;
const CLAUDE = '/demo/fixtures/claude-files-api-vs-codestral-2.json';
const MIXED = '/demo/fixtures/three-tools-mixed.json';
const MIXED_IDS = ['lantern-search', 'quill-docs', 'harbor-ci'];
const VIEWPORT = { width: 1280, height: 800 };
const CLS_BUNDLE_DELAY_MS = 150;

const TARGET = {
  renderRatio: 1.5,
  longTaskMs: 50,
  scriptingMs: 30,
  clsCardBadge: 0,
  clsComparePanel: 0.01,
};

// ---------------------------------------------------------------------------------------------
// Small helpers

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const n = s.length;
  return n === 0 ? NaN : n % 2 ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
};
const min = (xs) => Math.min(...xs);
const max = (xs) => Math.max(...xs);
const r1 = (x) => Math.round(x * 10) / 10;
const r2 = (x) => Math.round(x * 100) / 100;
const r4 = (x) => Math.round(x * 10000) / 10000;
const fmtMs = (x) => `${x.toFixed(1)} ms`;
const fmtKiB = (b) => `${(b / 1024).toFixed(1)} KiB`;
const fmtMiB = (b) => `${(b / 1048576).toFixed(2)} MiB`;
const verdict = (ok) => (ok ? 'PASS' : 'FAIL');
let uniq = 0;
const token = () => `${Date.now().toString(36)}${(uniq++).toString(36)}`;

/** Wraps a promise with a deadline so that no single step can hang the run. */
async function within(ms, what, promise) {
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

function log(...args) {
  process.stderr.write(`${args.join(' ')}\n`);
}

// ---------------------------------------------------------------------------------------------
// The static server: project root, generated pages, a delay route, and a request count per path.

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Requests seen, keyed by path + query (before the delay prefix is stripped). */
const requestCounts = new Map();
/** Pages the benchmark generates, served at /__bench/<name>.html. */
const benchPages = new Map();

function countRequests(pathAndQuery) {
  return requestCounts.get(pathAndQuery) ?? 0;
}
function countRequestsMatching(predicate) {
  let n = 0;
  for (const [key, count] of requestCounts) if (predicate(key)) n += count;
  return n;
}

function startServer() {
  const server = http.createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url, 'http://127.0.0.1');
    } catch {
      res.writeHead(400).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const headers = { 'cache-control': 'no-store' };
    // /__delay/<ms>/<path>: the file at <path>, answered <ms> later. Counted under <path>+query too.
    let delay = 0;
    const delayed = /^\/__delay\/(\d{1,5})(\/.*)$/.exec(pathname);
    if (delayed) {
      delay = Number(delayed[1]);
      pathname = delayed[2];
    }
    requestCounts.set(pathname + url.search, (requestCounts.get(pathname + url.search) ?? 0) + 1);

    const send = (status, type, body) => {
      if (res.destroyed) return;
      res.writeHead(status, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const answer = () => {
      if (pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
      if (pathname.startsWith('/__bench/')) {
        const page = benchPages.get(pathname.slice('/__bench/'.length).replace(/\.html$/, ''));
        if (page === undefined) return send(404, 'text/plain', 'no such bench page');
        return send(200, MIME['.html'], page);
      }
      const base = pathname.startsWith('/dist/') ? DIST : ROOT;
      const file = path.normalize(path.join(base, pathname.startsWith('/dist/') ? pathname.slice('/dist'.length) : pathname));
      if (!file.startsWith(base)) return send(403, 'text/plain', 'forbidden');
      fs.readFile(file, (error, body) => {
        if (error) return send(404, 'text/plain', 'not found');
        send(200, MIME[path.extname(file)] ?? 'application/octet-stream', body);
      });
    };
    if (delay) setTimeout(answer, delay);
    else answer();
  });
  server.keepAliveTimeout = 1000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------------------------------------
// Pages

const OURS_HEAD = `<script type="module">
  import * as VE from '/dist/verdict-elements.js';
  window.VE = VE;
  window.__ready = true;
</script>`;

function pageHtml({ head = '', body = '', title = 'bench' } = {}) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body { margin: 0; padding: 16px; font: 16px/1.5 system-ui, sans-serif; } #root { display: block; }</style>
${head}
</head>
<body>
${body}
</body>
</html>`;
}

const PARAGRAPH = `<p id="after">${'The paragraph below the widget stands for the rest of the article. '.repeat(24)}</p>
<p>${'More article text that would move if the widget changed height after it first painted. '.repeat(24)}</p>`;

/** Observers registered before anything else on the page: layout shifts, long tasks, load/error events. */
const OBSERVERS = `<script>
  window.__shifts = [];
  window.__longtasks = [];
  window.__events = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__shifts.push({ value: e.value, t: e.startTime, input: e.hadRecentInput,
        sources: (e.sources || []).map((s) => (s.node && (s.node.id || s.node.localName || s.node.nodeName)) || '?') });
    }).observe({ type: 'layout-shift', buffered: true });
  } catch (e) { window.__noShiftObserver = String(e); }
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longtasks.push({ duration: e.duration, t: e.startTime });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) { window.__noLongtaskObserver = String(e); }
  window.__done = new Promise((resolve) => {
    document.addEventListener('verdict-load', (e) => { window.__events.push({ type: 'load', t: performance.now() }); resolve('load'); });
    document.addEventListener('verdict-error', (e) => { window.__events.push({ type: 'error', t: performance.now(), message: e.detail.message }); resolve('error: ' + e.detail.message); });
  });
</script>`;

function registerPages() {
  benchPages.set('blank', pageHtml({ body: '<p>blank</p>' }));
  benchPages.set('ours', pageHtml({ head: OURS_HEAD, body: '<main id="root"></main>' }));
  benchPages.set('baseline', pageHtml({ head: `<script>(${baselineLib.toString()})();window.__ready = true;</script>`, body: '<main id="root"></main>' }));
  benchPages.set('mt-element', pageHtml({ head: `${OBSERVERS}${OURS_HEAD}`, body: `<main id="root"></main>${PARAGRAPH}` }));
  benchPages.set(
    'mt-page',
    pageHtml({
      head: `${OBSERVERS}<script type="module" src="/dist/verdict-elements.js"></script>`,
      body: `<tool-compare src="${CLAUDE}"></tool-compare>${PARAGRAPH}`,
    }),
  );
}

// ---------------------------------------------------------------------------------------------
// The vanilla baseline: the same shadow DOM (elements, attributes, text) as renderToolCard /
// renderPanel / ToolCompare.renderDocument, built by hand. Runs in the page (serialised by toString).

function baselineLib() {
  const SVG_NS = 'http://www.w3.org/2000/svg';
  const ICONS = {
    ship: { d: 'M3 8.5l3.2 3L13 4.5', 'stroke-linecap': 'round', 'stroke-linejoin': 'round' },
    skip: { d: 'M4.5 4.5l7 7m0-7l-7 7', 'stroke-linecap': 'round' },
    none: { d: 'M4 8h8', 'stroke-linecap': 'round' },
  };
  const ALERT_PATHS = [
    { d: 'M8 1.5l6.8 12H1.2z', fill: 'none', stroke: 'currentColor', 'stroke-width': '1.5', 'stroke-linejoin': 'round' },
    { d: 'M8 6v3.5M8 11.5v.5', stroke: 'currentColor', 'stroke-width': '1.6', 'stroke-linecap': 'round' },
  ];
  const LONG_QUOTE = 280;
  const T = {
    panelShip: 'Panel ship',
    community: 'Community',
    entry: 'Entry',
    ship: 'Ship',
    skip: 'Skip',
    noReview: 'No review',
    noVotes: 'No votes yet',
    reviewer: 'Reviewer',
    panelHeading: 'Reviewer scorecard',
    communityHeading: 'Community vote',
    readComparison: 'Read the full comparison',
    readMore: 'Read more',
    filterLabel: 'Show reviewers',
    noReviewers: 'No reviews yet.',
    pricing: { free: 'Free', freemium: 'Freemium', paid: 'Paid', 'open-source': 'Open source', contact: 'Contact sales' },
  };
  // English written by hand, without Intl, as ours is for US English: the first Intl formatter a
  // page creates costs ICU set-up that neither side should pay here.
  const MONTHS = 'January February March April May June July August September October November December'.split(' ');
  const numbers = { format: (n) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',') };
  const dates = {
    format: (date) => `${MONTHS[date.getUTCMonth()]} ${date.getUTCDate()}, ${date.getUTCFullYear()}`,
  };
  function formatters() {}
  const percent = (share) => (share.percent === null ? '—' : `${share.percent}%`);
  const plural = (n, word) => `${numbers.format(n)} ${word}${n === 1 ? '' : 's'}`;
  const safeHref = (url) => (url && /^https?:\/\//i.test(url) ? url : undefined);
  const rounded = (part, total) => (total <= 0 ? null : Math.floor((200 * part + total) / (2 * total)));
  const share = (ship, total) => ({ ship, total, percent: rounded(ship, total) });

  const cache = new WeakMap();
  function figures(doc) {
    let f = cache.get(doc);
    if (f) return f;
    const tools = doc.tools.map((tool) => {
      const reviews = doc.reviews.filter((r) => r.tool === tool.id);
      const ship = reviews.filter((r) => r.verdict === 'ship').length;
      const votes = tool.community ? tool.community.ship + tool.community.skip : 0;
      const panel = share(ship, reviews.length);
      const community = share(tool.community ? tool.community.ship : 0, votes);
      const gap = panel.percent === null || community.percent === null ? null : Math.abs(panel.percent - community.percent);
      return { tool, panel, community, disagreement: gap !== null && gap >= 30 ? gap : null };
    });
    const split = doc.reviewers.map((reviewer) => ({
      reviewer,
      cells: doc.tools.map((tool) => doc.reviews.find((r) => r.tool === tool.id && r.reviewer === reviewer.id) || null),
    }));
    f = { tools, byId: new Map(tools.map((t) => [t.tool.id, t])), split };
    cache.set(doc, f);
    return f;
  }

  function h(tag, attrs, text) {
    const e = document.createElement(tag);
    if (attrs) for (const k in attrs) e.setAttribute(k, attrs[k]);
    if (text !== undefined) e.textContent = text;
    return e;
  }
  function icon(kind) {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    const p = document.createElementNS(SVG_NS, 'path');
    const spec = ICONS[kind];
    p.setAttribute('d', spec.d);
    p.setAttribute('fill', 'none');
    p.setAttribute('stroke', 'currentColor');
    p.setAttribute('stroke-width', '2');
    p.setAttribute('stroke-linecap', spec['stroke-linecap']);
    if (spec['stroke-linejoin']) p.setAttribute('stroke-linejoin', spec['stroke-linejoin']);
    svg.append(p);
    return svg;
  }
  function alertIcon() {
    const svg = document.createElementNS(SVG_NS, 'svg');
    svg.setAttribute('viewBox', '0 0 16 16');
    svg.setAttribute('aria-hidden', 'true');
    svg.setAttribute('focusable', 'false');
    for (const spec of ALERT_PATHS) {
      const p = document.createElementNS(SVG_NS, 'path');
      for (const k in spec) p.setAttribute(k, spec[k]);
      svg.append(p);
    }
    return svg;
  }

  function shareFigure(caption, value, s, sub) {
    const div = h('div', { class: 'figure', part: 'figure' });
    div.append(h('dt', null, caption), h('dd', { class: 'value' }, value));
    if (s.percent !== null) {
      const dd = h('dd', { class: 'bar-cell' });
      dd.append(h('meter', { class: 'bar', min: '0', max: '100', value: String(s.percent), 'aria-label': caption, 'aria-valuetext': sub ? `${value}, ${sub}` : value }));
      div.append(dd);
    }
    if (sub) div.append(h('dd', { class: 'sub' }, sub));
    return div;
  }

  function card({ tool, panel, community, disagreement }, level) {
    const href = safeHref(tool.url);
    const logo = safeHref(tool.logo);
    const price = (tool.pricing && (tool.pricing.label || T.pricing[tool.pricing.entry])) || '—';
    const article = h('article', { class: 'card surface', part: 'base card' });
    const header = h('header', { class: 'card-head' });
    if (logo) header.append(h('img', { class: 'logo', part: 'logo', src: logo, alt: '', width: '40', height: '40', loading: 'lazy', referrerpolicy: 'no-referrer' }));
    const who = h('div');
    if (tool.category) who.append(h('p', { class: 'category', part: 'category' }, tool.category));
    const name = h('div', { class: 'name', part: 'name', role: 'heading', 'aria-level': String(level) });
    if (href) name.append(h('a', { href, rel: 'noopener' }, tool.name));
    else name.textContent = tool.name;
    who.append(name);
    if (tool.vendor) who.append(h('p', { class: 'vendor muted' }, `by ${tool.vendor}`));
    header.append(who);
    article.append(header);
    if (tool.tagline) article.append(h('p', { class: 'tagline', part: 'tagline' }, tool.tagline));
    const dl = h('dl', { class: 'figures', part: 'figures' });
    dl.append(
      shareFigure(T.panelShip, percent(panel), panel, panel.total ? `${numbers.format(panel.ship)} of ${numbers.format(panel.total)} ship` : undefined),
      shareFigure(T.community, percent(community), community, community.total ? plural(community.total, 'vote') : T.noVotes),
    );
    const entry = h('div', { class: 'figure entry', part: 'figure' });
    entry.append(h('dt', null, T.entry), h('dd', { class: 'value word' }, price));
    dl.append(entry);
    article.append(dl);
    if (disagreement !== null) {
      const note = h('p', { class: 'disagreement', part: 'disagreement' });
      note.append(alertIcon(), h('span', null, `Panel and community disagree: the panel says ship at ${percent(panel)}, the community at ${percent(community)}.`));
      article.append(note);
    }
    if (tool.pricing && tool.pricing.detail) article.append(h('p', { class: 'pricing-detail muted' }, tool.pricing.detail));
    if (tool.description) article.append(h('p', { class: 'description', part: 'description' }, tool.description));
    return article;
  }

  function chip(review) {
    if (!review) {
      const s = h('span', { class: 'chip none', part: 'chip' });
      s.append(icon('none'), T.noReview);
      return s;
    }
    const ship = review.verdict === 'ship';
    const s = h('span', { class: `chip ${review.verdict}`, part: `chip chip-${review.verdict}` });
    s.append(icon(ship ? 'ship' : 'skip'), ship ? T.ship : T.skip);
    return s;
  }

  function panel(doc, level) {
    const f = figures(doc);
    const columns = f.tools.map((fig, index) => ({ fig, index }));
    const section = h('section', { class: 'panel surface', part: 'base panel' });
    section.append(h('div', { class: 'panel-title', role: 'heading', 'aria-level': String(level) }, T.panelHeading));
    if (f.split.length === 0) {
      section.append(h('p', { class: 'no-reviews' }, T.noReviewers));
      return section;
    }
    if (f.split.length > 1) {
      const filters = h('div', { class: 'filters', role: 'group', 'aria-label': T.filterLabel, part: 'filters' });
      for (const r of doc.reviewers) {
        filters.append(h('button', { type: 'button', class: 'filter', part: 'filter', 'aria-pressed': 'true', title: r.lens || '' }, r.name));
      }
      section.append(filters, h('p', { class: 'visually-hidden', 'aria-live': 'polite' }, `Showing ${doc.reviewers.length} of ${doc.reviewers.length} reviewers`));
    }
    const scroll = h('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': T.panelHeading });
    const table = h('table', { class: `cols-${columns.length}${columns.length === 1 ? ' single' : ''}` });
    const thead = h('thead');
    const headRow = h('tr');
    headRow.append(h('th', { scope: 'col', class: 'reviewer-col' }, T.reviewer));
    for (const { fig } of columns) {
      const th = h('th', { scope: 'col' });
      th.append(
        fig.tool.name,
        h('span', { class: 'muted' }, fig.panel.total ? `${numbers.format(fig.panel.ship)} of ${numbers.format(fig.panel.total)} ship` : T.noReview),
      );
      headRow.append(th);
    }
    thead.append(headRow);
    const tbody = h('tbody');
    for (const { reviewer, cells } of f.split) {
      const tr = h('tr', { part: 'row' });
      const th = h('th', { scope: 'row' });
      th.append(h('span', { class: 'reviewer-name' }, reviewer.name));
      if (reviewer.lens) th.append(h('span', { class: 'lens' }, reviewer.lens));
      tr.append(th);
      for (const { fig, index } of columns) {
        const review = cells[index];
        const td = h('td');
        td.append(h('span', { class: 'cell-tool' }, fig.tool.name), chip(review));
        if (review) {
          const figure = h('figure', { class: 'quote' });
          if (review.headline) figure.append(h('p', { class: 'headline' }, review.headline));
          const id = `q-${review.tool}_${review.reviewer}`;
          const long = review.quote.length > LONG_QUOTE;
          figure.append(
            h('blockquote', { id, part: 'quote', class: long ? 'clamped' : '' }, review.quote),
            h('figcaption', { class: 'visually-hidden' }, `${reviewer.name}${reviewer.lens ? `, ${reviewer.lens}` : ''}`),
          );
          if (long) {
            const more = h('button', { class: 'more', part: 'more', type: 'button', 'aria-expanded': 'false', 'aria-controls': id }, T.readMore);
            more.addEventListener('click', () => {});
            figure.append(more);
          }
          td.append(figure);
        }
        tr.append(td);
      }
      tbody.append(tr);
    }
    table.append(thead, tbody);
    scroll.append(table);
    section.append(scroll);
    return section;
  }

  function compare(doc) {
    const f = figures(doc);
    const href = safeHref(doc.url);
    const section = h('section', { class: 'compare', part: 'base' });
    const head = h('header', { class: 'compare-head' });
    head.append(h('div', { class: 'title', part: 'title', role: 'heading', 'aria-level': '2' }, doc.title));
    if (doc.question) head.append(h('p', { class: 'question', part: 'question' }, doc.question));
    if (doc.summary) head.append(h('p', { class: 'summary' }, doc.summary));
    if (doc.published) head.append(h('p', { class: 'meta muted' }, `Published ${dates.format(new Date(`${doc.published}T00:00:00Z`))}`));
    section.append(head);
    const cards = h('div', { class: 'cards', part: 'cards' });
    for (const fig of f.tools) cards.append(card(fig, 3));
    section.append(cards);
    const community = h('section', { class: 'community surface', part: 'community' });
    community.append(h('div', { class: 'community-title', role: 'heading', 'aria-level': '3' }, T.communityHeading));
    const ul = h('ul');
    for (const { tool, community: c } of f.tools) {
      const li = h('li');
      li.append(h('span', { class: 'c-name' }, tool.name));
      li.append(
        c.percent === null
          ? h('span', { class: 'bar-empty', 'aria-hidden': 'true' })
          : h('meter', { class: 'bar', min: '0', max: '100', value: String(c.percent), 'aria-hidden': 'true' }),
      );
      li.append(h('span', { class: 'c-value' }, c.total ? `${percent(c)} ship · ${plural(c.total, 'vote')}` : T.noVotes));
      ul.append(li);
    }
    community.append(ul);
    section.append(community, panel(doc, 3));
    if (href) {
      const p = h('p', { class: 'source' });
      p.append(h('a', { href, rel: 'noopener' }, T.readComparison));
      section.append(p);
    }
    return section;
  }

  /** Builds `count` shadow roots of `kind` ('card' or 'compare') into `root`; one shared sheet. */
  function render(kind, root, doc, count, ids, cssText) {
    formatters();
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(cssText);
    const f = figures(doc);
    const hosts = [];
    for (let i = 0; i < count; i++) {
      const host = document.createElement(kind === 'card' ? 'bench-card' : 'bench-compare');
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.adoptedStyleSheets = [sheet];
      shadow.append(kind === 'card' ? card(f.byId.get(ids[i % ids.length]), 3) : compare(doc));
      hosts.push(host);
    }
    root.append(...hosts);
    return hosts;
  }

  window.BL = { render };
}

// ---------------------------------------------------------------------------------------------
// In-page measurement functions (run through page.evaluate).

/** Creates `count` of our elements, waits until each has rendered its content, forces layout. */
async function oursRenderInPage({ tag, count, ids, mode, docUrl }) {
  const root = document.getElementById('root');
  const doc = window.__doc;
  const t0 = performance.now();
  const els = [];
  for (let i = 0; i < count; i++) {
    const el = document.createElement(tag);
    if (ids) el.tool = ids[i % ids.length];
    if (mode === 'data') el.data = doc;
    else el.src = docUrl;
    els.push(el);
  }
  (function connectElements() {
    root.append(...els);
  })();
  await Promise.all(
    els.map(async (el) => {
      // `updateComplete` is false when an update asked for another one; follow, within bounds.
      for (let i = 0; i < 20 && !(await el.updateComplete); i++);
    }),
  );
  const selector = tag === 'tool-card' ? 'article.card' : 'section.compare section.panel';
  const missing = els.filter((el) => !el.shadowRoot || !el.shadowRoot.querySelector(selector) || el.hasAttribute('aria-busy')).length;
  // A named function, so that a CPU profile shows the forced style and layout under its name.
  (function forcedStyleAndLayout() {
    void document.body.offsetHeight;
  })();
  const t1 = performance.now();
  const distinct = new Set(els.map((el) => el.document)).size;
  return { ms: t1 - t0, missing, distinctDocuments: distinct, height: document.body.offsetHeight };
}

async function baselineRenderInPage({ kind, count, ids, cssText }) {
  const root = document.getElementById('root');
  const doc = window.__doc;
  const t0 = performance.now();
  const hosts = window.BL.render(kind, root, doc, count, ids, cssText);
  const missing = hosts.filter((h) => !h.shadowRoot.firstElementChild).length;
  (function forcedStyleAndLayout() {
    void document.body.offsetHeight;
  })();
  const t1 = performance.now();
  return { ms: t1 - t0, missing, distinctDocuments: 1, height: document.body.offsetHeight };
}

/** Structure and text of the first few shadow roots, to check that the baseline builds the same markup. */
function signaturesInPage(n) {
  const hosts = [...document.getElementById('root').children].slice(0, n);
  return hosts.map((host) => {
    const els = [...host.shadowRoot.querySelectorAll('*')];
    return {
      elements: els.map((e) => {
        const attrs = [...e.attributes]
          .map((a) => `${a.name}=${a.name === 'class' || a.name === 'part' ? a.value.trim().split(/\s+/).sort().join(' ') : a.value}`)
          .sort();
        return `${e.localName}[${attrs.join(',')}]`;
      }),
      text: host.shadowRoot.textContent.replace(/\s+/g, ''),
    };
  });
}

function compareSignatures(ours, base) {
  const problems = [];
  if (ours.length !== base.length) problems.push(`roots: ${ours.length} vs ${base.length}`);
  for (let i = 0; i < Math.min(ours.length, base.length); i++) {
    const a = ours[i];
    const b = base[i];
    if (a.elements.length !== b.elements.length) problems.push(`root ${i}: ${a.elements.length} elements vs ${b.elements.length}`);
    const n = Math.min(a.elements.length, b.elements.length);
    for (let j = 0; j < n; j++) {
      if (a.elements[j] !== b.elements[j]) {
        problems.push(`root ${i} element ${j}: ours ${a.elements[j]} / baseline ${b.elements[j]}`);
        break;
      }
    }
    if (a.text !== b.text) {
      let k = 0;
      while (k < a.text.length && a.text[k] === b.text[k]) k++;
      problems.push(`root ${i} text differs at ${k}: ours "${a.text.slice(k, k + 40)}" / baseline "${b.text.slice(k, k + 40)}"`);
    }
  }
  return { same: problems.length === 0, elements: ours[0]?.elements.length ?? 0, problems: problems.slice(0, 6) };
}

// ---------------------------------------------------------------------------------------------
// Source map lookup (to name our, Lit's and zod's functions in CPU profiles of the minified bundle).

const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

function loadSourceMap(file) {
  const map = JSON.parse(fs.readFileSync(file, 'utf8'));
  const lines = [];
  let src = 0;
  let srcLine = 0;
  let srcCol = 0;
  let name = 0;
  for (const lineText of map.mappings.split(';')) {
    const segs = [];
    let genCol = 0;
    if (lineText) {
      for (const segText of lineText.split(',')) {
        const values = [];
        let value = 0;
        let shift = 0;
        for (const ch of segText) {
          const digit = B64[ch];
          value += (digit & 31) << shift;
          if (digit & 32) shift += 5;
          else {
            values.push(value & 1 ? -(value >>> 1) : value >>> 1);
            value = 0;
            shift = 0;
          }
        }
        genCol += values[0];
        if (values.length >= 4) {
          src += values[1];
          srcLine += values[2];
          srcCol += values[3];
          if (values.length >= 5) name += values[4];
          segs.push([genCol, src, srcLine, srcCol, values.length >= 5 ? name : -1]);
        }
      }
    }
    lines.push(segs);
  }
  const sourceLines = new Map();
  return {
    lookup(line, col) {
      const segs = lines[line];
      if (!segs || !segs.length) return undefined;
      let lo = 0;
      let hi = segs.length - 1;
      if (segs[0][0] > col) return undefined;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (segs[mid][0] <= col) lo = mid;
        else hi = mid - 1;
      }
      const [, s, l, c, n] = segs[lo];
      const source = map.sources[s];
      let text = sourceLines.get(s);
      if (!text && map.sourcesContent?.[s]) sourceLines.set(s, (text = map.sourcesContent[s].split('\n')));
      return { source, line: l, column: c, name: n >= 0 ? map.names[n] : undefined, lineText: text?.[l] };
    },
  };
}

function packageOf(source) {
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (m) return m[1];
  const s = /(?:^|\/)(src\/.*)$/.exec(source);
  return s ? 'ours' : source;
}

function shortSource(source) {
  const m = /node_modules\/(.*)$/.exec(source);
  if (m) return m[1];
  const s = /(?:^|\/)(src\/.*)$/.exec(source);
  return s ? s[1] : source;
}

function summarizeProfile(agg, reps) {
  const top = (m, n) =>
    [...m]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, ms]) => ({ what: k, ms: r2(ms / reps), share: r2((ms / agg.totalMs) * 100) }));
  return { perRunMs: r2(agg.totalMs / reps), byPackage: top(agg.byPackage, 12), topFunctions: top(agg.byFunction, 15) };
}

/** Self time per function and per package, from a CDP Profiler profile. */
function aggregateProfile(profile, smap, into) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  for (let i = 0; i < profile.samples.length - 1; i++) {
    const id = profile.samples[i];
    selfUs.set(id, (selfUs.get(id) ?? 0) + profile.timeDeltas[i + 1]);
  }
  for (const [id, us] of selfUs) {
    const { callFrame: cf } = nodes.get(id);
    let pkg;
    let key;
    if (cf.url.endsWith('/dist/verdict-elements.js') && cf.lineNumber === 0 && cf.columnNumber === 0) {
      // The module's own top level (its position maps to whichever source the bundle starts with).
      pkg = 'bundle top level (module evaluation)';
      key = 'verdict-elements.js top level';
    } else if (cf.url.endsWith('/dist/verdict-elements.js')) {
      const at = smap?.lookup(cf.lineNumber, cf.columnNumber);
      if (at) {
        pkg = packageOf(at.source);
        const fn = (at.lineText ?? '').trim().slice(0, 70) || at.name || cf.functionName || '(anonymous)';
        key = `${shortSource(at.source)}:${at.line + 1} ${fn}`;
      } else {
        pkg = 'bundle (unmapped)';
        key = `bundle ${cf.functionName || '(anonymous)'}`;
      }
    } else if (cf.url === '') {
      if (cf.functionName === '(idle)') continue;
      pkg = cf.functionName === '(garbage collector)' ? 'GC' : cf.functionName === '(program)' ? '(program): browser work outside JS' : 'native';
      key = cf.functionName || '(native)';
    } else {
      pkg = 'bench harness (incl. native DOM work it calls)';
      key = `bench harness: ${cf.functionName || '(anonymous)'}`;
    }
    into.byFunction.set(key, (into.byFunction.get(key) ?? 0) + us / 1000);
    into.byPackage.set(pkg, (into.byPackage.get(pkg) ?? 0) + us / 1000);
    into.totalMs += us / 1000;
  }
  return into;
}

// ---------------------------------------------------------------------------------------------
// Trace analysis

const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'v8.compile',
  'v8.compileModule',
  'v8.evaluateModule',
  'v8.produceCache',
  'v8.produceModuleCache',
  'v8.run',
  'v8.callFunction',
  'FunctionCall',
  'TimerFire',
  'EventDispatch',
  'FireAnimationFrame',
  'FireIdleCallback',
  'RunMicrotasks',
  'V8.Execute',
  'XHRReadyStateChange',
  'XHRLoad',
  'MinorGC',
  'MajorGC',
  'V8.GC_SCAVENGER',
  'V8.GC_MARK_COMPACTOR',
]);
const STYLE_LAYOUT_EVENTS = new Set(['UpdateLayoutTree', 'RecalculateStyles', 'Layout', 'ParseAuthorStyleSheet', 'PrePaint', 'Paint', 'Layerize']);
const TASK_EVENTS = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);

function keepTrace(buffer, name) {
  if (TRACE_DIR) fs.writeFileSync(path.join(TRACE_DIR, `${name}.json`), Buffer.from(buffer));
  return buffer;
}

function unionMs(intervals) {
  const s = intervals.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0]);
  let total = 0;
  let curStart = -Infinity;
  let curEnd = -Infinity;
  for (const [a, b] of s) {
    if (a > curEnd) {
      if (curEnd > curStart) total += curEnd - curStart;
      curStart = a;
      curEnd = b;
    } else if (b > curEnd) curEnd = b;
  }
  if (curEnd > curStart) total += curEnd - curStart;
  return total / 1000;
}

function analyzeTrace(buffer) {
  const json = JSON.parse(Buffer.from(buffer).toString('utf8'));
  const events = Array.isArray(json) ? json : json.traceEvents;
  const mains = new Set(
    events.filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  const perThread = new Map();
  const open = new Map();
  for (const e of events) {
    const key = `${e.pid}:${e.tid}`;
    if (!mains.has(key)) continue;
    let t = perThread.get(key);
    if (!t) perThread.set(key, (t = { script: [], style: [], tasks: [], navigation: [], functions: new Map() }));
    let interval;
    if (e.ph === 'X' && typeof e.dur === 'number') interval = [e.ts, e.ts + e.dur];
    else if (e.ph === 'B') {
      const stackKey = `${key}:${e.name}`;
      if (!open.has(stackKey)) open.set(stackKey, []);
      open.get(stackKey).push(e.ts);
      continue;
    } else if (e.ph === 'E') {
      const stack = open.get(`${key}:${e.name}`);
      const start = stack?.pop();
      if (start === undefined) continue;
      interval = [start, e.ts];
    } else continue;
    if (e.name === 'Receive mojo message' && e.args?.chrome_mojo_event_info?.mojo_interface_tag === 'content.mojom.NavigationClient') t.navigation.push(interval);
    if (SCRIPT_EVENTS.has(e.name)) t.script.push(interval);
    else if (STYLE_LAYOUT_EVENTS.has(e.name)) t.style.push(interval);
    else if (TASK_EVENTS.has(e.name)) t.tasks.push(interval);
  }
  // The page's renderer main thread is the one that ran the most script.
  let best;
  for (const [key, t] of perThread) {
    const ms = unionMs(t.script);
    if (!best || ms > best.scriptingMs) best = { key, scriptingMs: ms, t };
  }
  if (!best) throw new Error('trace: no renderer main thread found');
  // The browser's own navigation commit (creating the page's JS context) is a task of the page
  // load that no page code runs in; it is left out of the longest task.
  const inNavigation = ([a, b]) => best.t.navigation.some(([na, nb]) => na >= a && nb <= b);
  best.t.tasks = best.t.tasks.filter((task) => !inNavigation(task));
  const longest = best.t.tasks.reduce((m, t) => (!m || t[1] - t[0] > m[1] - m[0] ? t : m), undefined) ?? [0, 0];
  const longestTask = (longest[1] - longest[0]) / 1000;
  const clip = (list) => list.map(([a, b]) => [Math.max(a, longest[0]), Math.min(b, longest[1])]);
  const tasksOver50 = best.t.tasks.filter(([a, b]) => (b - a) / 1000 > 50).length;
  return {
    longestTaskScriptMs: unionMs(clip(best.t.script)),
    longestTaskStyleLayoutMs: unionMs(clip(best.t.style)),
    scriptingMs: best.scriptingMs,
    styleLayoutMs: unionMs(best.t.style),
    longestTaskMs: longestTask,
    tasksOver50,
    tasks: best.t.tasks.length,
  };
}

// ---------------------------------------------------------------------------------------------
// The benchmark

let browser;
let server;
let origin;
const pageErrors = [];

async function newPage() {
  const page = await browser.newPage();
  page.setDefaultTimeout(30_000);
  page.setDefaultNavigationTimeout(30_000);
  page.on('pageerror', (error) => pageErrors.push(String(error?.message ?? error)));
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}${msg.location()?.url ? ` (${msg.location().url})` : ''}`);
  });
  return page;
}

async function withPage(fn) {
  const page = await newPage();
  try {
    return await fn(page);
  } finally {
    await page.close().catch(() => {});
  }
}

async function gc(client) {
  await client.send('HeapProfiler.collectGarbage');
  await client.send('HeapProfiler.collectGarbage');
}

async function metrics(client) {
  const { metrics: list } = await client.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

/** Opens a fresh page ready to render: bundle (ours) or baseline lib loaded, document parsed, GC done. */
async function preparedRenderPage(variant, docPath) {
  const page = await newPage();
  await page.goto(`${origin}/__bench/${variant === 'baseline' ? 'baseline' : 'ours'}.html`, { waitUntil: 'load' });
  await page.waitForFunction('window.__ready === true');
  const docUrl = `${origin}${docPath}`;
  await page.evaluate(
    async (url, preload) => {
      window.__doc = await (await fetch(url)).json();
      // Pre-loading validates once, here, outside the timed part; elements then render from the cache.
      if (preload) await window.VE.loadComparison(url);
    },
    docUrl,
    variant === 'ours-preloaded',
  );
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  await gc(client);
  return { page, client, docUrl };
}

async function renderOnce(variant, spec, css, { signatures = false, profile = false } = {}) {
  const { page, client, docUrl } = await preparedRenderPage(variant, spec.doc);
  try {
    const before = await metrics(client);
    if (profile) {
      await client.send('Profiler.enable');
      await client.send('Profiler.setSamplingInterval', { interval: 50 });
      await client.send('Profiler.start');
    }
    const result =
      variant === 'baseline'
        ? await page.evaluate(baselineRenderInPage, { kind: spec.kind, count: spec.count, ids: spec.ids, cssText: css[spec.kind] })
        : await page.evaluate(oursRenderInPage, {
            tag: spec.tag,
            count: spec.count,
            ids: spec.ids,
            mode: variant === 'ours-data' ? 'data' : 'src',
            docUrl,
          });
    if (profile) result.profile = (await client.send('Profiler.stop')).profile;
    const after = await metrics(client);
    result.breakdown = {
      scriptMs: (after.ScriptDuration - before.ScriptDuration) * 1000,
      styleMs: (after.RecalcStyleDuration - before.RecalcStyleDuration) * 1000,
      layoutMs: (after.LayoutDuration - before.LayoutDuration) * 1000,
    };
    if (result.missing) throw new Error(`${variant} ${spec.name}: ${result.missing} of ${spec.count} elements did not render their content`);
    if (signatures) result.signatures = await page.evaluate(signaturesInPage, spec.kind === 'card' ? 3 : 1);
    return result;
  } finally {
    await page.close().catch(() => {});
  }
}

async function collectCss() {
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

async function benchRender(css, smap) {
  const specs = [
    { name: '100 <tool-card>', kind: 'card', tag: 'tool-card', count: 100, ids: MIXED_IDS, doc: MIXED },
    { name: '10 <tool-compare>', kind: 'compare', tag: 'tool-compare', count: 10, ids: null, doc: MIXED },
  ];
  const variants = ['ours-preloaded', 'baseline', 'ours-data'];
  const out = {};
  for (const spec of specs) {
    const runs = { 'ours-preloaded': [], baseline: [], 'ours-data': [] };
    let sig = {};
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? variants : [...variants].reverse();
      for (const variant of order) {
        const result = await within(60_000, `render ${spec.name} ${variant}`, renderOnce(variant, spec, css, { signatures: i === 0 }));
        if (i === 0) sig[variant] = result.signatures;
        runs[variant].push(result);
      }
      log(`  ${spec.name} run ${i + 1}/${RUNS}: preloaded ${fmtMs(runs['ours-preloaded'][i].ms)}, data ${fmtMs(runs['ours-data'][i].ms)}, baseline ${fmtMs(runs.baseline[i].ms)}`);
    }
    const ratio = (variant) => runs[variant].map((r, i) => r.ms / runs.baseline[i].ms);
    // Main-thread work alone (script + style + layout, CDP metrics): the wall-clock time also holds
    // waits, such as the frame a <tool-compare> waits for before its scorecard.
    const cpu = (r) => r.breakdown.scriptMs + r.breakdown.styleMs + r.breakdown.layoutMs;
    const cpuRatio = (variant) => runs[variant].map((r, i) => cpu(r) / cpu(runs.baseline[i]));
    const summary = (variant) => ({
      medianMs: r2(median(runs[variant].map((r) => r.ms))),
      minMs: r2(min(runs[variant].map((r) => r.ms))),
      maxMs: r2(max(runs[variant].map((r) => r.ms))),
      scriptMs: r2(median(runs[variant].map((r) => r.breakdown.scriptMs))),
      styleMs: r2(median(runs[variant].map((r) => r.breakdown.styleMs))),
      layoutMs: r2(median(runs[variant].map((r) => r.breakdown.layoutMs))),
      cpuMs: r2(median(runs[variant].map(cpu))),
      distinctDocuments: runs[variant][0].distinctDocuments,
      samplesMs: runs[variant].map((r) => r2(r.ms)),
      ...(variant === 'baseline'
        ? {}
        : {
            ratioMedian: r2(median(ratio(variant))),
            ratioMin: r2(min(ratio(variant))),
            ratioMax: r2(max(ratio(variant))),
            cpuRatioMedian: r2(median(cpuRatio(variant))),
          }),
    });
    const markup = compareSignatures(sig['ours-preloaded'], sig.baseline);
    const markupData = compareSignatures(sig['ours-data'], sig.baseline);
    if (!markup.same || !markupData.same) log(`  WARNING: baseline markup differs from ours for ${spec.name}: ${[...markup.problems, ...markupData.problems].join('; ')}`);

    // A CPU profile of a few extra runs of each of our variants: where the time goes.
    const profiles = {};
    for (const variant of ['ours-data', 'ours-preloaded']) {
      const agg = { byFunction: new Map(), byPackage: new Map(), totalMs: 0 };
      const reps = 5;
      for (let i = 0; i < reps; i++) {
        const result = await within(60_000, `profile ${spec.name} ${variant}`, renderOnce(variant, spec, css, { profile: true }));
        aggregateProfile(result.profile, smap, agg);
      }
      profiles[variant] = summarizeProfile(agg, reps);
    }

    out[spec.kind] = {
      name: spec.name,
      count: spec.count,
      document: spec.doc,
      runs: RUNS,
      oursPreloaded: summary('ours-preloaded'),
      oursData: summary('ours-data'),
      baseline: summary('baseline'),
      markupCheck: { preloaded: markup, data: markupData },
      profiles,
    };
  }
  return out;
}

/** In the page: adds one <tool-compare src>, waits until it has rendered everything and painted. */
async function addOneCompare(src) {
  const el = document.createElement('tool-compare');
  el.src = src;
  document.getElementById('root').append(el);
  const outcome = await window.__done;
  for (let i = 0; i < 20 && !(await el.updateComplete); i++);
  await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
  return outcome;
}

/**
 * Runs `run` (which returns the page's outcome) at 4x CPU throttling under a trace: the trace's
 * figures, CDP's script duration, and the long tasks the page's observer saw.
 */
async function tracedAt4x(page, name, run) {
  const client = await page.createCDPSession();
  await client.send('Performance.enable');
  await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const before = await metrics(client);
  await page.evaluate(() => window.__longtasks && (window.__longtasks.length = 0)).catch(() => {});
  await page.tracing.start({ categories: TRACE_CATEGORIES });
  const outcome = await run();
  await sleep(100);
  const trace = analyzeTrace(keepTrace(await page.tracing.stop(), name));
  const after = await metrics(client);
  const longtasks = await page.evaluate(() => window.__longtasks.map((t) => t.duration));
  if (outcome !== 'load') throw new Error(`main thread (${name}): <tool-compare> did not load: ${outcome}`);
  // After a navigation the page's counters start again from zero.
  const delta = after.ScriptDuration >= before.ScriptDuration ? after.ScriptDuration - before.ScriptDuration : after.ScriptDuration;
  return { ...trace, scriptDurationMs: delta * 1000, longtaskMax: longtasks.length ? max(longtasks) : 0, longtasks: longtasks.length };
}

async function benchMainThread(smap, css) {
  const pageLoad = [];
  const element = [];
  const baselineElement = [];
  const baselinePageLoad = [];
  // The vanilla baseline in the same two scenarios: the floor for building this markup at all.
  benchPages.set('mt-baseline', pageHtml({ head: `${OBSERVERS}<script>(${baselineLib.toString()})();window.__ready = true;</script>`, body: `<main id="root"></main>${PARAGRAPH}` }));
  benchPages.set(
    'mt-baseline-page',
    pageHtml({
      head: `${OBSERVERS}<script>(${baselineLib.toString()})();
        window.__css = ${JSON.stringify(css.compare)};
        window.__rendered = fetch(${JSON.stringify(CLAUDE)}).then((r) => r.json()).then((doc) => { window.BL.render('compare', document.getElementById('root'), doc, 1, null, window.__css); return 'load'; });
      </script>`,
      body: `<main id="root"></main>${PARAGRAPH}`,
    }),
  );
  const reps = 7;
  for (let i = 0; i < reps; i++) {
    // (a) The whole embed: module bundle evaluated, one <tool-compare src> fetched, validated, rendered.
    pageLoad.push(
      await within(60_000, 'main thread (page load)', withPage(async (page) => {
        await page.goto(`${origin}/__bench/blank.html`);
        return tracedAt4x(page, `page-load-${i + 1}`, async () => {
          await page.goto(`${origin}/__bench/mt-page.html`, { waitUntil: 'load' });
          return page.evaluate(async () => {
            const outcome = await window.__done;
            const el = document.querySelector('tool-compare');
            for (let i = 0; i < 20 && !(await el.updateComplete); i++);
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            return outcome;
          });
        });
      })),
    );
    // (b) The element alone: bundle already evaluated (unthrottled), then one <tool-compare src> at 4x.
    // No forced GC before it: a full GC can flush the bytecode of the functions that defined the elements.
    element.push(
      await within(60_000, 'main thread (element)', withPage(async (page) => {
        await page.goto(`${origin}/__bench/mt-element.html`, { waitUntil: 'load' });
        await page.waitForFunction('window.__ready === true');
        return tracedAt4x(page, `element-${i + 1}`, () =>
          page.evaluate(addOneCompare, CLAUDE),
        );
      })),
    );
    // (c) The baseline, element alone: fetch, JSON.parse, build the same shadow DOM by hand.
    baselineElement.push(
      await within(60_000, 'main thread (baseline element)', withPage(async (page) => {
        await page.goto(`${origin}/__bench/mt-baseline.html`, { waitUntil: 'load' });
        await page.waitForFunction('window.__ready === true');
        return tracedAt4x(page, `baseline-element-${i + 1}`, () =>
          page.evaluate(async (src, cssText) => {
            const doc = await (await fetch(src)).json();
            window.BL.render('compare', document.getElementById('root'), doc, 1, null, cssText);
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            return 'load';
          }, CLAUDE, css.compare),
        );
      })),
    );
    // (d) The baseline, whole page: its script inline in the page, then the same fetch and build.
    baselinePageLoad.push(
      await within(60_000, 'main thread (baseline page)', withPage(async (page) => {
        await page.goto(`${origin}/__bench/blank.html`);
        return tracedAt4x(page, `baseline-page-${i + 1}`, async () => {
          await page.goto(`${origin}/__bench/mt-baseline-page.html`, { waitUntil: 'load' });
          return page.evaluate(async () => {
            const outcome = await window.__rendered;
            await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
            return outcome;
          });
        });
      })),
    );
    log(`  main thread run ${i + 1}/${reps}: baseline page ${fmtMs(baselinePageLoad[i].scriptingMs)} scripting, longest ${fmtMs(baselinePageLoad[i].longestTaskMs)}; baseline element ${fmtMs(baselineElement[i].scriptingMs)}, longest ${fmtMs(baselineElement[i].longestTaskMs)}`);
    log(`  main thread run ${i + 1}/${reps}: page ${fmtMs(pageLoad[i].scriptingMs)} scripting, longest task ${fmtMs(pageLoad[i].longestTaskMs)}; element ${fmtMs(element[i].scriptingMs)}, longest ${fmtMs(element[i].longestTaskMs)}`);
  }
  const sum = (runs) => ({
    scriptingMs: r2(median(runs.map((r) => r.scriptingMs))),
    scriptingMaxMs: r2(max(runs.map((r) => r.scriptingMs))),
    scriptDurationMs: r2(median(runs.map((r) => r.scriptDurationMs))),
    styleLayoutMs: r2(median(runs.map((r) => r.styleLayoutMs))),
    longestTaskMs: r2(median(runs.map((r) => r.longestTaskMs))),
    longestTaskMaxMs: r2(max(runs.map((r) => r.longestTaskMs))),
    longestTaskScriptMs: r2(median(runs.map((r) => r.longestTaskScriptMs))),
    longestTaskStyleLayoutMs: r2(median(runs.map((r) => r.longestTaskStyleLayoutMs))),
    tasksOver50: median(runs.map((r) => r.tasksOver50)),
    longtaskObserverMaxMs: r2(max(runs.map((r) => r.longtaskMax))),
    runs: runs.map((r) => ({ scriptingMs: r2(r.scriptingMs), scriptDurationMs: r2(r.scriptDurationMs), longestTaskMs: r2(r.longestTaskMs), longtasks: r.longtasks })),
  });
  // Where the element's time goes at 4x: CPU profiles of a few more element-alone runs.
  const agg = { byFunction: new Map(), byPackage: new Map(), totalMs: 0 };
  const profileReps = 3;
  for (let i = 0; i < profileReps; i++) {
    const profile = await within(60_000, 'main thread (profile)', withPage(async (page) => {
      const client = await page.createCDPSession();
      await page.goto(`${origin}/__bench/mt-element.html`, { waitUntil: 'load' });
      await page.waitForFunction('window.__ready === true');
      // (no forced GC, as in the measured runs)
      await client.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      await client.send('Profiler.enable');
      await client.send('Profiler.setSamplingInterval', { interval: 100 });
      await client.send('Profiler.start');
      const outcome = await page.evaluate(addOneCompare, CLAUDE);
      const { profile } = await client.send('Profiler.stop');
      if (outcome !== 'load') throw new Error(`main thread: <tool-compare> did not load: ${outcome}`);
      return profile;
    }));
    aggregateProfile(profile, smap, agg);
  }
  return { cpuThrottling: 4, document: CLAUDE, pageLoad: sum(pageLoad), element: sum(element), baselinePageLoad: sum(baselinePageLoad), baselineElement: sum(baselineElement), elementProfile: summarizeProfile(agg, profileReps) };
}

const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'toplevel',
  'v8.execute',
  'v8',
  'blink.user_timing',
];

async function clsOnce(name, markup, css = '', load = 'module-late') {
  const pageName = `cls-${token()}`;
  // 'module-late': the module arrives after the first paint, as it may from a CDN, so the upgrade
  // (nothing -> placeholder) is measured too. 'classic-head': the classic script in the head, so
  // the elements are defined before the first paint and only the document arrives late.
  const script =
    load === 'classic-head'
      ? `<script src="/dist/verdict-elements.iife.js"></script>`
      : `<script type="module" src="/__delay/${CLS_BUNDLE_DELAY_MS}/dist/verdict-elements.js"></script>`;
  const style = css ? `<style>${css}</style>` : '';
  benchPages.set(pageName, pageHtml({ head: `${style}${OBSERVERS}${script}`, body: `${markup}${PARAGRAPH}` }));
  try {
    return await withPage(async (page) => {
      await page.goto(`${origin}/__bench/${pageName}.html`, { waitUntil: 'load' });
      // While the document is on its way (300 ms): what holds the space.
      const loading = await page.evaluate(async () => {
        await customElements.whenDefined('tool-compare');
        const el = document.body.firstElementChild;
        await el.updateComplete;
        return {
          busy: el.getAttribute('aria-busy') === 'true',
          height: el.getBoundingClientRect().height,
          paragraphTop: document.getElementById('after').getBoundingClientRect().top,
          t: performance.now(),
        };
      });
      const outcome = await page.evaluate(() => window.__done);
      const after = await page.evaluate(async () => {
        const el = document.body.firstElementChild;
        for (let i = 0; i < 20 && !(await el.updateComplete); i++);
        // Layout shifts are reported after the frame that paints them.
        for (let i = 0; i < 3; i++) await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        await new Promise((r) => setTimeout(r, 250));
        // A buffered observer as well, in case the early one missed entries.
        const buffered = await new Promise((resolve) => {
          const seen = [];
          const po = new PerformanceObserver((list) => seen.push(...list.getEntries()));
          po.observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => {
            seen.push(...po.takeRecords());
            po.disconnect();
            resolve(seen.filter((e) => !e.hadRecentInput).reduce((s, e) => s + e.value, 0));
          }, 100);
        });
        const loadedAt = window.__events[0]?.t ?? Infinity;
        const shifts = window.__shifts.filter((s) => !s.input);
        return {
          height: el.getBoundingClientRect().height,
          paragraphTop: document.getElementById('after').getBoundingClientRect().top,
          cls: shifts.reduce((s, e) => s + e.value, 0),
          buffered,
          beforeDocument: shifts.filter((s) => s.t < loadedAt - 1).reduce((s, e) => s + e.value, 0),
          shifts: shifts.map((s) => ({ value: s.value, t: Math.round(s.t), sources: s.sources })),
          observerError: window.__noShiftObserver,
          loadedAt,
        };
      });
      if (after.observerError) throw new Error(`layout-shift observer unavailable: ${after.observerError}`);
      const cls = Math.max(after.cls, after.buffered);
      return { name, outcome, loading, ...after, cls, afterDocument: Math.max(0, cls - after.beforeDocument) };
    });
  } finally {
    benchPages.delete(pageName);
  }
}

/** The README's "Reserve the space" snippet: holds each widget's box before the script has run. */
const RESERVE_CSS = `
tool-compare:not(:defined), tool-card:not(:defined), verdict-panel:not(:defined) { display: block; }
tool-compare:not(:defined) { min-height: var(--verdict-compare-height); }
tool-card:not(:defined) { min-height: var(--verdict-card-height, 21.75rem); }
verdict-panel:not(:defined) { min-height: var(--verdict-panel-height); }
verdict-badge:not(:defined) { display: inline-block; vertical-align: middle; min-width: 15rem; height: 3.875rem; }`;

async function benchLayoutShift() {
  const src = (q) => `/__delay/300${CLAUDE}?cls=${q}`;
  const head = 'classic-head';
  const late = 'module-late';
  const cases = [
    // The issue's scenario: the elements are on the page when it first paints; the document comes 300 ms late.
    { name: '<tool-compare src>', target: TARGET.clsComparePanel, load: head, html: (q) => `<tool-compare src="${src(q)}"></tool-compare>` },
    { name: '<tool-compare tools="claude-files-api,codestral-2">', target: TARGET.clsComparePanel, load: head, html: (q) => `<tool-compare src="${src(q)}" tools="claude-files-api,codestral-2"></tool-compare>` },
    { name: '<tool-card tool="codestral-2">', target: TARGET.clsCardBadge, load: head, html: (q) => `<tool-card src="${src(q)}" tool="codestral-2"></tool-card>` },
    { name: '<tool-card tool="claude-files-api">', target: TARGET.clsCardBadge, load: head, html: (q) => `<tool-card src="${src(q)}" tool="claude-files-api"></tool-card>` },
    { name: '<verdict-panel src>', target: TARGET.clsComparePanel, load: head, html: (q) => `<verdict-panel src="${src(q)}"></verdict-panel>` },
    { name: '<verdict-panel tool="codestral-2">', target: TARGET.clsComparePanel, load: head, html: (q) => `<verdict-panel src="${src(q)}" tool="codestral-2"></verdict-panel>` },
    { name: '<verdict-badge tool="codestral-2">', target: TARGET.clsCardBadge, load: head, html: (q) => `<verdict-badge src="${src(q)}" tool="codestral-2"></verdict-badge>` },
    { name: '<tool-card src> (no tool: not-found error)', target: null, load: head, html: (q) => `<tool-card src="${src(q)}"></tool-card>` },
    { name: '<verdict-badge src> (no tool: not-found error)', target: null, load: head, html: (q) => `<verdict-badge src="${src(q)}"></verdict-badge>` },
    // The module from a CDN, arriving after the first paint: before it runs, the elements are empty
    // inline boxes. Without the README's "Reserve the space" CSS they then take their size (info);
    // with it, as an author who measured their widget once would write it (heights for this 1280 px page).
    { name: '<tool-compare tools=...>, late module', target: null, load: late, html: (q) => `<tool-compare src="${src(q)}" tools="claude-files-api,codestral-2"></tool-compare>` },
    { name: '<tool-card tool="codestral-2">, late module', target: null, load: late, html: (q) => `<tool-card src="${src(q)}" tool="codestral-2"></tool-card>` },
    { name: '<verdict-panel src>, late module', target: null, load: late, html: (q) => `<verdict-panel src="${src(q)}"></verdict-panel>` },
    { name: '<verdict-badge tool="codestral-2">, late module', target: null, load: late, html: (q) => `<verdict-badge src="${src(q)}" tool="codestral-2"></verdict-badge>` },
    { name: '<tool-compare tools=...>, late module + reserve CSS', target: TARGET.clsComparePanel, load: late, css: `${RESERVE_CSS} tool-compare { --verdict-compare-height: 118.5rem; }`, html: (q) => `<tool-compare src="${src(q)}" tools="claude-files-api,codestral-2"></tool-compare>` },
    { name: '<tool-card tool="codestral-2">, late module + reserve CSS', target: TARGET.clsCardBadge, load: late, css: `${RESERVE_CSS} tool-card { --verdict-card-height: 22rem; }`, html: (q) => `<tool-card src="${src(q)}" tool="codestral-2"></tool-card>` },
    { name: '<verdict-panel src>, late module + reserve CSS', target: TARGET.clsComparePanel, load: late, css: `${RESERVE_CSS} verdict-panel { --verdict-panel-height: 70rem; }`, html: (q) => `<verdict-panel src="${src(q)}"></verdict-panel>` },
    { name: '<verdict-panel tool="codestral-2">, late module + reserve CSS', target: TARGET.clsComparePanel, load: late, css: `${RESERVE_CSS} verdict-panel { --verdict-panel-height: 60rem; }`, html: (q) => `<verdict-panel src="${src(q)}" tool="codestral-2"></verdict-panel>` },
    { name: '<verdict-badge tool="codestral-2">, late module + reserve CSS', target: TARGET.clsCardBadge, load: late, css: RESERVE_CSS, html: (q) => `<verdict-badge src="${src(q)}" tool="codestral-2"></verdict-badge>` },
  ];
  const reps = 3;
  const out = [];
  for (const c of cases) {
    const runs = [];
    for (let i = 0; i < reps; i++) runs.push(await within(30_000, `CLS ${c.name}`, clsOnce(c.name, c.html(token()), c.css, c.load)));
    const cls = runs.map((r) => r.cls);
    const row = {
      name: c.name,
      target: c.target,
      load: c.load,
      outcome: runs[0].outcome,
      clsMedian: r4(median(cls)),
      clsMax: r4(max(cls)),
      clsUpgradeMax: r4(max(runs.map((r) => r.beforeDocument))),
      clsDocumentMax: r4(max(runs.map((r) => r.afterDocument))),
      paragraphMovedPx: r1(median(runs.map((r) => r.paragraphTop - r.loading.paragraphTop))),
      skeletonHeight: r1(median(runs.map((r) => r.loading.height))),
      skeletonShown: runs.every((r) => r.loading.busy),
      renderedHeight: r1(median(runs.map((r) => r.height))),
      shifts: runs[0].shifts,
    };
    log(`  CLS ${c.name}: ${row.clsMax} = upgrade ${row.clsUpgradeMax} + document ${row.clsDocumentMax} (skeleton ${row.skeletonHeight}px -> ${row.renderedHeight}px, ${row.outcome})`);
    out.push(row);
  }
  return { delayMs: 300, bundleDelayMs: CLS_BUNDLE_DELAY_MS, document: CLAUDE, viewport: VIEWPORT, reps, cases: out };
}

async function benchRequests() {
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

async function memoryOnce(variant) {
  const spec = { kind: 'card', tag: 'tool-card', count: 100, ids: MIXED_IDS, doc: MIXED };
  const { page, client, docUrl } = await preparedRenderPage(variant, spec.doc);
  try {
    const before = (await metrics(client)).JSHeapUsedSize;
    if (variant === 'baseline') {
      await page.evaluate(baselineRenderInPage, { kind: 'card', count: 100, ids: MIXED_IDS, cssText: MEMORY_CSS.card });
    } else {
      await page.evaluate(oursRenderInPage, { tag: 'tool-card', count: 100, ids: MIXED_IDS, mode: variant === 'ours-data' ? 'data' : 'src', docUrl });
    }
    await gc(client);
    const after = (await metrics(client)).JSHeapUsedSize;
    return { before, after, delta: after - before };
  } finally {
    await page.close().catch(() => {});
  }
}
let MEMORY_CSS;

async function benchMemory(css) {
  MEMORY_CSS = css;
  const reps = 3;
  const runs = { baseline: [], 'ours-preloaded': [], 'ours-data': [] };
  for (let i = 0; i < reps; i++) {
    for (const v of i % 2 ? ['ours-data', 'ours-preloaded', 'baseline'] : ['baseline', 'ours-preloaded', 'ours-data']) {
      runs[v].push(await within(60_000, `memory ${v}`, memoryOnce(v)));
    }
  }
  const sum = (v) => ({
    heapAfterBytes: median(runs[v].map((r) => r.after)),
    heapBeforeBytes: median(runs[v].map((r) => r.before)),
    deltaBytes: median(runs[v].map((r) => r.delta)),
  });
  return { elements: 100, baseline: sum('baseline'), oursPreloaded: sum('ours-preloaded'), oursData: sum('ours-data') };
}

function benchSize() {
  const one = (file) => {
    const body = fs.readFileSync(file);
    return {
      file: `dist/${path.basename(file)}`,
      rawBytes: body.length,
      gzipBytes: zlib.gzipSync(body, { level: 9 }).length,
      brotliBytes: zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    };
  };
  return { esm: one(BUNDLE), iife: one(BUNDLE_IIFE) };
}

// ---------------------------------------------------------------------------------------------
// Report

function table(rows) {
  const headers = ['measure', 'measured', 'target', ''];
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r.section ? 0 : String(r[i] ?? '').length))));
  const line = (cells) => cells.map((c, i) => String(c ?? '').padEnd(widths[i])).join('  ').trimEnd();
  const out = [line(headers), widths.map((w) => '-'.repeat(w)).join('  ')];
  for (const r of rows) out.push(r.section ? `\n${r.section}` : line(r));
  return out.join('\n');
}

function buildRows(results) {
  const rows = [];
  const { render, mainThread, layoutShift, requests, memory, size } = results;
  if (render) {
    rows.push({ section: `RENDER (${RUNS} alternating runs, fresh page each; median ratio ours/baseline [min–max]; ms = median)` });
    for (const kind of ['card', 'compare']) {
      const r = render[kind];
      for (const [label, s] of [
        ['preloaded via loadComparison (validation NOT timed: done once before)', r.oursPreloaded],
        [`data property, same object (validation timed: ${s_validations(r.oursData, r.count)})`, r.oursData],
      ]) {
        rows.push([
          `${r.name}, ${label}`,
          `${s.ratioMedian}x [${s.ratioMin}–${s.ratioMax}]  ours ${fmtMs(s.medianMs)} vs baseline ${fmtMs(r.baseline.medianMs)}`,
          `<= ${TARGET.renderRatio}x`,
          verdict(s.ratioMedian <= TARGET.renderRatio),
        ]);
      }
      rows.push([
        `  main-thread work only (script + style + layout, CDP metrics), median ratio`,
        `preloaded ${r.oursPreloaded.cpuRatioMedian}x (${r1(r.oursPreloaded.cpuMs)} ms), data ${r.oursData.cpuRatioMedian}x (${r1(r.oursData.cpuMs)} ms), baseline ${r1(r.baseline.cpuMs)} ms`,
        'info',
        '',
      ]);
      rows.push([
        `  of which style recalc + layout (CDP metrics)`,
        `preloaded ${r1(r.oursPreloaded.styleMs)} + ${r1(r.oursPreloaded.layoutMs)}, data ${r1(r.oursData.styleMs)} + ${r1(r.oursData.layoutMs)}, baseline ${r1(r.baseline.styleMs)} + ${r1(r.baseline.layoutMs)} ms`,
        '',
        '',
      ]);
      const m = r.markupCheck;
      rows.push([
        `  baseline builds the same shadow DOM`,
        m.preloaded.same && m.data.same ? `yes (${m.preloaded.elements} elements in the first root, same text)` : `NO: ${[...m.preloaded.problems, ...m.data.problems][0]}`,
        'same',
        m.preloaded.same && m.data.same ? 'ok' : 'CHECK',
      ]);
    }
  }
  if (mainThread) {
    const mt = mainThread;
    rows.push({ section: `MAIN THREAD (one <tool-compare src> of the claude fixture, CPU 4x slower, median of ${mt.pageLoad.runs.length})` });
    rows.push([
      'scripting, element alone (bundle already evaluated)',
      `${fmtMs(mt.element.scriptingMs)} (max ${fmtMs(mt.element.scriptingMaxMs)}; trace, script events on the main thread)`,
      `< ${TARGET.scriptingMs} ms`,
      verdict(mt.element.scriptingMs < TARGET.scriptingMs),
    ]);
    rows.push([
      'longest task, element alone',
      `${fmtMs(mt.element.longestTaskMs)} (max ${fmtMs(mt.element.longestTaskMaxMs)}; in it ~${r1(mt.element.longestTaskScriptMs)} script, ~${r1(mt.element.longestTaskStyleLayoutMs)} style+layout; ${mt.element.tasksOver50} tasks > 50 ms; longtask observer max ${fmtMs(mt.element.longtaskObserverMaxMs)})`,
      `<= ${TARGET.longTaskMs} ms`,
      verdict(mt.element.longestTaskMs <= TARGET.longTaskMs),
    ]);
    rows.push([
      'scripting, whole embed (bundle evaluated + element)',
      `${fmtMs(mt.pageLoad.scriptingMs)} (max ${fmtMs(mt.pageLoad.scriptingMaxMs)})`,
      `< ${TARGET.scriptingMs} ms`,
      verdict(mt.pageLoad.scriptingMs < TARGET.scriptingMs),
    ]);
    rows.push([
      'longest task, whole embed',
      `${fmtMs(mt.pageLoad.longestTaskMs)} (max ${fmtMs(mt.pageLoad.longestTaskMaxMs)}; ${mt.pageLoad.tasksOver50} tasks > 50 ms; longtask observer max ${fmtMs(mt.pageLoad.longtaskObserverMaxMs)})`,
      `<= ${TARGET.longTaskMs} ms`,
      verdict(mt.pageLoad.longestTaskMs <= TARGET.longTaskMs),
    ]);
    if (mt.baselineElement) {
      rows.push([
        'vanilla baseline, element alone: scripting / longest task',
        `${fmtMs(mt.baselineElement.scriptingMs)} / ${fmtMs(mt.baselineElement.longestTaskMs)} (same fetch and markup, built by hand: no library, no validation, no scorecard deferral)`,
        'info',
        '',
      ]);
      rows.push([
        'vanilla baseline, whole page: scripting / longest task',
        `${fmtMs(mt.baselinePageLoad.scriptingMs)} / ${fmtMs(mt.baselinePageLoad.longestTaskMs)} (its code inline in the page)`,
        'info',
        '',
      ]);
    }
  }
  if (layoutShift) {
    rows.push({
      section:
        `LAYOUT SHIFT (CLS, max of ${layoutShift.reps}; viewport ${layoutShift.viewport.width}x${layoutShift.viewport.height}; article text below the element)\n` +
        `  the first rows: the script in the head, so the elements are there at first paint; "document": it arrives ${layoutShift.delayMs} ms after the request, placeholder -> content\n` +
        `  "late module": the module arrives ${layoutShift.bundleDelayMs} ms after the HTML (after first paint); "upgrade": the element goes from an empty inline box to its placeholder`,
    });
    for (const c of layoutShift.cases) {
      rows.push([
        c.name,
        `${c.clsMax} = ${c.clsUpgradeMax} upgrade + ${c.clsDocumentMax} document; ${c.skeletonHeight}px skeleton -> ${c.renderedHeight}px ${c.outcome === 'load' ? 'content' : 'error box'}, text below moved ${c.paragraphMovedPx}px`,
        c.target === null ? 'info' : c.target === 0 ? '0' : `<= ${c.target}`,
        c.target === null ? '' : verdict(c.clsMax <= c.target),
      ]);
    }
  }
  if (requests) {
    rows.push({ section: 'REQUESTS (counted by the server)' });
    rows.push([
      '100 <tool-card>, one src',
      `${requests.shared.requests} request(s), ${requests.shared.rendered}/100 rendered`,
      '1',
      verdict(requests.shared.requests === 1 && requests.shared.rendered === 100),
    ]);
    rows.push([
      '100 mixed elements, two srcs',
      `${requests.twoDocuments.requests} request(s) (${requests.twoDocuments.perDocument.join(' + ')}), ${requests.twoDocuments.rendered}/100 rendered`,
      '2',
      verdict(requests.twoDocuments.perDocument.every((n) => n === 1) && requests.twoDocuments.rendered === 100),
    ]);
    rows.push([
      `lazy, ${Math.round(requests.lazy.offscreenBy)} px below the viewport`,
      `${requests.lazy.beforeScroll} request(s)`,
      '0',
      verdict(requests.lazy.beforeScroll === 0),
    ]);
    rows.push([
      'lazy, after scrolling within 256 px',
      `${requests.lazy.afterScroll} request(s), first card ${requests.lazy.rendered ? 'rendered' : 'NOT rendered'}`,
      '1',
      verdict(requests.lazy.afterScroll === 1 && requests.lazy.rendered > 0),
    ]);
  }
  if (memory) {
    rows.push({ section: 'MEMORY (JSHeapUsedSize after forced GC, 100 cards; median of 3)' });
    rows.push(['baseline: 100 shadow roots', `${fmtMiB(memory.baseline.heapAfterBytes)} (+${fmtKiB(memory.baseline.deltaBytes)} for the roots)`, 'info', '']);
    const times = (m) => `${r1(m.deltaBytes / memory.baseline.deltaBytes)}x the baseline's growth`;
    rows.push(['ours, preloaded src', `${fmtMiB(memory.oursPreloaded.heapAfterBytes)} (+${fmtKiB(memory.oursPreloaded.deltaBytes)} for the elements, ${times(memory.oursPreloaded)})`, 'info', '']);
    rows.push(['ours, data property', `${fmtMiB(memory.oursData.heapAfterBytes)} (+${fmtKiB(memory.oursData.deltaBytes)} for the elements, ${times(memory.oursData)})`, 'info', '']);
  }
  if (size) {
    rows.push({ section: 'SIZE' });
    for (const s of [size.esm, size.iife]) {
      rows.push([s.file, `${fmtKiB(s.rawBytes)} raw, ${fmtKiB(s.gzipBytes)} gzip -9, ${fmtKiB(s.brotliBytes)} brotli 11`, 'info', '']);
    }
  }
  return rows;
}

function s_validations(s, count) {
  return `${s.distinctDocuments} distinct validated document${s.distinctDocuments === 1 ? '' : 's'} for ${count} elements`;
}

function profileReport({ render, mainThread }) {
  const lines = [];
  const one = (title, p) => {
    lines.push(`\nCPU profile, ${title} (self time per run; ${fmtMs(p.perRunMs)} sampled)`);
    lines.push(`  by package: ${p.byPackage.map((x) => `${x.what} ${r1(x.ms)} ms`).join(', ')}`);
    for (const f of p.topFunctions.slice(0, 10)) lines.push(`    ${r1(f.ms).toFixed(1).padStart(6)} ms  ${String(f.share).padStart(5)}%  ${f.what}`);
  };
  if (render) {
    for (const kind of ['card', 'compare']) {
      for (const variant of ['ours-data', 'ours-preloaded']) one(`${render[kind].name}, ${variant}`, render[kind].profiles[variant]);
    }
  }
  if (mainThread) one('one <tool-compare src> at 4x CPU throttling, bundle already evaluated', mainThread.elementProfile);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------

async function main() {
  for (const file of [BUNDLE, BUNDLE_IIFE]) {
    if (!fs.existsSync(file)) throw new Error(`${path.relative(ROOT, file)} is missing: run npm run build (npm run bench does)`);
  }
  const smapFile = `${BUNDLE}.map`;
  const smap = fs.existsSync(smapFile) ? loadSourceMap(smapFile) : undefined;
  registerPages();
  server = await startServer();
  origin = `http://127.0.0.1:${server.address().port}`;
  const executablePath = chromiumPath;
  browser = await puppeteer.launch({
    executablePath,
    headless: true,
    args: CHROMIUM_ARGS,
    defaultViewport: VIEWPORT,
    protocolTimeout: 60_000,
  });
  const chromium = await browser.version();
  const loadBefore = os.loadavg()[0];
  log(`verdict-elements bench: ${chromium}, ${origin}, ${RUNS} render runs${RUNS < 15 ? ' (BENCH_RUNS < 15: a quick run, not a measurement)' : ''}`);

  for (const s of ONLY) if (!SECTIONS.includes(s)) throw new Error(`BENCH_ONLY: unknown section "${s}" (known: ${SECTIONS.join(', ')})`);
  if (TRACE_DIR) fs.mkdirSync(TRACE_DIR, { recursive: true });
  const css = await collectCss();
  const section = async (name, what, fn) => {
    if (!ONLY.has(name)) return undefined;
    log(`${what} ...`);
    return fn();
  };
  const render = await section('render', 'render', () => benchRender(css, smap));
  const mainThread = await section('main', 'main thread', () => benchMainThread(smap, css));
  const layoutShift = await section('cls', 'layout shift', () => benchLayoutShift());
  const requests = await section('requests', 'requests', () => benchRequests());
  const memory = await section('memory', 'memory', () => benchMemory(css));
  const size = await section('size', 'size', async () => benchSize());

  const results = {
    date: new Date().toISOString(),
    package: css.version,
    chromium,
    node: process.version,
    host: `${os.cpus()[0]?.model ?? '?'} x${os.cpus().length}`,
    loadAverage: { before: r2(loadBefore), after: r2(os.loadavg()[0]), cpus: os.cpus().length },
    viewport: VIEWPORT,
    sections: [...ONLY],
    targets: TARGET,
    notes: {
      render:
        'Time from "document available" (a parsed object in the page) to every element updateComplete with content in its shadow root, then a forced layout (document.body.offsetHeight). ' +
        '"preloaded": loadComparison(url) ran (and validated) before timing; the elements take the same src and render from the cache. ' +
        '"data": every element gets the same parsed object through the data property; validation runs inside the timed part, as many times as distinctDocuments says. ' +
        'Baseline: the same shadow DOM built by hand (createElement, textContent, attachShadow, one shared CSSStyleSheet with the same CSS text as our elements adopt).',
      mainThread:
        'Scripting = union of script events (EvaluateScript, v8.compile*, v8.evaluateModule, FunctionCall, TimerFire, EventDispatch, RunMicrotasks, GC...) on the renderer main thread, wall time at 4x; longest task = longest RunTask there. ' +
        'scriptDurationMs (CDP Performance.getMetrics ScriptDuration) is kept for reference only: it leaves out microtask checkpoints, where Lit renders, and reads far lower.',
    },
    render,
    mainThread,
    layoutShift,
    requests,
    memory,
    size,
    pageErrors: [...new Set(pageErrors)].slice(0, 20),
  };
  const rows = buildRows(results);
  results.table = rows.filter((r) => !r.section).map(([measure, measured, target, result]) => ({ measure, measured, target, result }));
  fs.writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);

  const { loadAverage: la } = results;
  console.log(`\nverdict-elements ${css.version} — ${chromium}, Node ${process.version}, ${results.host}, load average ${la.before} -> ${la.after}`);
  if (Math.max(la.before, la.after) > la.cpus * 0.75) {
    console.log(`NOTE: other processes kept the ${la.cpus} CPUs busy during the run (load ${Math.max(la.before, la.after)}): timings are noisier than usual; compare medians, rerun on an idle machine.`);
  }
  console.log('');
  console.log(table(rows));
  if (render || mainThread) console.log(profileReport({ render, mainThread }));
  if (results.pageErrors.length) console.log(`\nPage errors seen: ${results.pageErrors.join(' | ')}`);
  const fails = results.table.filter((r) => r.result === 'FAIL').length;
  console.log(`\n${fails ? `${fails} target(s) not met` : 'All targets met'}. Full figures: ${path.relative(process.cwd(), RESULTS) || RESULTS}`);
}

const watchdog = setTimeout(() => {
  log(`bench: still running after ${HARD_LIMIT_MS / 60000} min; giving up`);
  try {
    browser?.process()?.kill('SIGKILL');
  } catch {}
  process.exit(3);
}, HARD_LIMIT_MS);
watchdog.unref();

let exitCode = 0;
try {
  await main();
} catch (error) {
  exitCode = 1;
  console.error(`\nbench failed: ${error?.stack ?? error}`);
} finally {
  await within(10_000, 'closing the browser', browser?.close() ?? Promise.resolve()).catch(() => browser?.process()?.kill('SIGKILL'));
  if (server) {
    const closed = new Promise((resolve) => server.close(resolve));
    server.closeAllConnections?.();
    await within(5_000, 'closing the server', closed).catch(() => {});
  }
}
clearTimeout(watchdog);
process.exit(exitCode);

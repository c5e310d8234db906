// The vanilla baseline: the same shadow DOM (elements, attributes, text) as renderToolCard /
// renderPanel / ToolCompare.renderDocument, built by hand. Runs in the page (serialised by toString).

export function baselineLib() {
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

import '../support/cloneable-failures.js';
import { expect } from '@open-wc/testing';
import {
  NO_FIGURE,
  PRICING_WORDS,
  figuresFor,
  prepareComparison,
  pricingLabel,
  roundedPercent,
  type ComparisonDocument,
  type Figures,
  type PricingEntry,
  type Tool,
} from '../../src/data/index.js';

const CLAUDE = '/demo/fixtures/claude-files-api-vs-codestral-2.json';
const MIXED = '/demo/fixtures/three-tools-mixed.json';

async function loadFixture(path: string): Promise<ComparisonDocument> {
  const response = await fetch(path);
  return prepareComparison(await response.json(), new URL(path, location.href).href);
}

/** The share as the spec shows it: "75%" or "—". */
const shown = (percent: number | null) => (percent === null ? NO_FIGURE : `${percent}%`);

describe('data/derive: roundedPercent', () => {
  it('rounds half up on exact halves', () => {
    expect(roundedPercent(1, 8)).to.equal(13); // 12.5
    expect(roundedPercent(5, 8)).to.equal(63); // 62.5
    expect(roundedPercent(3, 8)).to.equal(38); // 37.5
    expect(roundedPercent(1, 200)).to.equal(1); // 0.5
    expect(roundedPercent(7, 200)).to.equal(4); // 3.5
  });

  it('rounds halves up where floating point would land just below (29/200 = 14.5)', () => {
    // 29 / 200 * 100 is 14.499999999999998 in floating point; the spec's half up gives 15.
    expect(roundedPercent(29, 200)).to.equal(15);
    expect(roundedPercent(57, 200)).to.equal(29); // 28.5
    expect(roundedPercent(113, 200)).to.equal(57); // 56.5
  });

  it('rounds thirds to the nearest whole percent', () => {
    expect(roundedPercent(1, 3)).to.equal(33);
    expect(roundedPercent(2, 3)).to.equal(67);
  });

  it('gives exact values for exact shares', () => {
    expect(roundedPercent(0, 2)).to.equal(0);
    expect(roundedPercent(3, 4)).to.equal(75);
    expect(roundedPercent(1, 4)).to.equal(25);
    expect(roundedPercent(4, 4)).to.equal(100);
    expect(roundedPercent(412, 500)).to.equal(82); // 82.4
    expect(roundedPercent(413, 500)).to.equal(83); // 82.6
    expect(roundedPercent(1, 1000)).to.equal(0); // 0.1
  });

  it('is null when there is nothing to count', () => {
    expect(roundedPercent(0, 0)).to.equal(null);
  });

  it('is exact for large vote counts', () => {
    expect(roundedPercent(1_000_001, 2_000_000)).to.equal(50); // 50.00005
    expect(roundedPercent(1_250_000, 10_000_000)).to.equal(13); // 12.5
  });
});

describe('data/derive: pricingLabel', () => {
  const tool = (pricing?: Tool['pricing']): Tool => ({ id: 't', name: 'T', pricing });
  const words: [PricingEntry, string][] = [
    ['free', 'Free'],
    ['freemium', 'Freemium'],
    ['paid', 'Paid'],
    ['open-source', 'Open source'],
    ['contact', 'Contact sales'],
  ];

  it('an empty label falls back to the word for entry', () => {
    expect(pricingLabel(tool({ entry: 'paid', label: '' }))).to.equal('Paid');
  });

  for (const [entry, word] of words) {
    it(`"${entry}" without a label shows "${word}"`, () => {
      expect(pricingLabel(tool({ entry }))).to.equal(word);
      expect(PRICING_WORDS[entry]).to.equal(word);
    });

    it(`"${entry}" with a label shows the label`, () => {
      expect(pricingLabel(tool({ entry, label: 'Custom label', detail: 'Some detail' }))).to.equal('Custom label');
    });
  }

  it('no pricing gives null', () => {
    expect(pricingLabel(tool())).to.equal(null);
  });

  it('takes other words (translations) for the entry', () => {
    const french: Record<PricingEntry, string> = {
      free: 'Gratuit',
      freemium: 'Freemium',
      paid: 'Payant',
      'open-source': 'Libre',
      contact: 'Nous contacter',
    };
    expect(pricingLabel(tool({ entry: 'paid' }), french)).to.equal('Payant');
    expect(pricingLabel(tool({ entry: 'paid', label: 'Dès 20 €' }), french)).to.equal('Dès 20 €');
  });
});

describe('data/derive: figuresFor on the fixtures', () => {
  let claude: ComparisonDocument;
  let mixed: ComparisonDocument;
  let claudeFigures: Figures;
  let mixedFigures: Figures;

  before(async () => {
    claude = await loadFixture(CLAUDE);
    mixed = await loadFixture(MIXED);
    claudeFigures = figuresFor(claude);
    mixedFigures = figuresFor(mixed);
  });

  it('NO_FIGURE is the em dash', () => {
    expect(NO_FIGURE).to.equal('—');
  });

  it('one ToolFigures per tool, in document order, also by id', () => {
    expect(claudeFigures.tools.map((f) => f.tool.id)).to.deep.equal(['claude-files-api', 'codestral-2']);
    expect(mixedFigures.tools.map((f) => f.tool.id)).to.deep.equal(['lantern-search', 'quill-docs', 'harbor-ci']);
    expect([...mixedFigures.byId.keys()]).to.deep.equal(['lantern-search', 'quill-docs', 'harbor-ci']);
    expect(mixedFigures.byId.get('quill-docs')).to.equal(mixedFigures.tools[1]);
    expect(mixedFigures.byId.get('nope')).to.equal(undefined);
    expect(mixedFigures.tools[0]!.tool).to.equal(mixed.tools[0]);
  });

  it('claude-files-api: 100% panel, community —, Paid', () => {
    const f = claudeFigures.byId.get('claude-files-api')!;
    expect(f.panel).to.deep.equal({ ship: 4, total: 4, percent: 100 });
    expect(f.community).to.deep.equal({ ship: 0, total: 0, percent: null });
    expect(shown(f.panel.percent)).to.equal('100%');
    expect(shown(f.community.percent)).to.equal('—');
    expect(f.pricing).to.equal('Paid');
  });

  it('codestral-2: 100% panel, community —, Free', () => {
    const f = claudeFigures.byId.get('codestral-2')!;
    expect(f.panel).to.deep.equal({ ship: 4, total: 4, percent: 100 });
    expect(f.community).to.deep.equal({ ship: 0, total: 0, percent: null });
    expect(shown(f.community.percent)).to.equal('—');
    expect(f.pricing).to.equal('Free');
  });

  it('lantern-search: 75% panel, community 82% of 500 votes', () => {
    const f = mixedFigures.byId.get('lantern-search')!;
    expect(f.panel).to.deep.equal({ ship: 3, total: 4, percent: 75 });
    expect(f.community).to.deep.equal({ ship: 412, total: 500, percent: 82 });
    expect(shown(f.community.percent)).to.equal('82%');
    expect(f.pricing).to.equal('Free tier');
  });

  it('quill-docs: 25% panel, community 33% of 3 votes', () => {
    const f = mixedFigures.byId.get('quill-docs')!;
    expect(f.panel).to.deep.equal({ ship: 1, total: 4, percent: 25 });
    expect(f.community).to.deep.equal({ ship: 1, total: 3, percent: 33 });
    expect(f.pricing).to.equal('Open source');
  });

  it('harbor-ci: 0% panel from 2 reviews (not —), community —', () => {
    const f = mixedFigures.byId.get('harbor-ci')!;
    expect(f.panel).to.deep.equal({ ship: 0, total: 2, percent: 0 });
    expect(shown(f.panel.percent)).to.equal('0%');
    expect(f.community).to.deep.equal({ ship: 0, total: 0, percent: null });
    expect(shown(f.community.percent)).to.equal('—');
    expect(f.pricing).to.equal('From $20/month');
  });

  it('reviewer split of the mixed fixture: one row per reviewer, one cell per tool, null for no review', () => {
    const split = mixedFigures.split;
    expect(split.map((row) => row.reviewer.id)).to.deep.equal(['builder', 'skeptic', 'buyer', 'futurist']);
    const verdicts = split.map((row) => row.cells.map((cell) => (cell === null ? null : cell.verdict)));
    expect(verdicts).to.deep.equal([
      ['ship', 'ship', null],
      ['skip', 'skip', 'skip'],
      ['ship', 'skip', 'skip'],
      ['ship', 'skip', null],
    ]);
    // Explicit nulls, not holes or undefined.
    expect(split[0]!.cells).to.have.length(3);
    expect(split[0]!.cells[2]).to.equal(null);
    expect(split[3]!.cells[2]).to.equal(null);
    expect(2 in split[0]!.cells).to.equal(true);
    // The cells are the document's reviews.
    expect(split[1]!.cells[2]).to.equal(mixed.reviews.find((r) => r.tool === 'harbor-ci' && r.reviewer === 'skeptic'));
    expect(split[1]!.cells[2]!.quote).to.contain('Per-minute billing');
  });

  it('reviewer split of the claude fixture: every cell filled with ship', () => {
    const split = claudeFigures.split;
    expect(split).to.have.length(4);
    for (const row of split) {
      expect(row.cells).to.have.length(2);
      expect(row.cells.map((c) => c?.verdict)).to.deep.equal(['ship', 'ship']);
      expect(row.cells[0]!.tool).to.equal('claude-files-api');
      expect(row.cells[1]!.tool).to.equal('codestral-2');
      expect(row.cells.every((c) => c!.reviewer === row.reviewer.id)).to.equal(true);
    }
  });

  it('is memoised: the same figures object for the same document', () => {
    expect(figuresFor(mixed)).to.equal(mixedFigures);
    expect(figuresFor(mixed)).to.equal(figuresFor(mixed));
    expect(figuresFor(claude)).to.equal(claudeFigures);
    expect(claudeFigures).to.not.equal(mixedFigures);
  });

  it('a different document object (even with the same content) gets its own figures', async () => {
    const again = await loadFixture(MIXED);
    expect(again).to.not.equal(mixed);
    const figures = figuresFor(again);
    expect(figures).to.not.equal(mixedFigures);
    expect(figures.tools.map((f) => f.panel.percent)).to.deep.equal([75, 25, 0]);
  });
});

describe('data/derive: figuresFor edge cases', () => {
  it('a tool with no reviews shows — for the panel; zero votes show — for the community', () => {
    const doc = prepareComparison(
      {
        version: 1,
        id: 'edge',
        title: 'Edge',
        tools: [
          { id: 'lonely', name: 'Lonely', community: { ship: 0, skip: 0 } },
          { id: 'loved', name: 'Loved', community: { ship: 1, skip: 7 } },
        ],
        reviewers: [{ id: 'r', name: 'R' }],
        reviews: [{ tool: 'loved', reviewer: 'r', verdict: 'ship', quote: 'q' }],
      },
      'https://example.com/',
    );
    const figures = figuresFor(doc);
    const lonely = figures.byId.get('lonely')!;
    expect(lonely.panel).to.deep.equal({ ship: 0, total: 0, percent: null });
    expect(lonely.community).to.deep.equal({ ship: 0, total: 0, percent: null });
    expect(lonely.pricing).to.equal(null);
    const loved = figures.byId.get('loved')!;
    expect(loved.panel).to.deep.equal({ ship: 1, total: 1, percent: 100 });
    expect(loved.community).to.deep.equal({ ship: 1, total: 8, percent: 13 });
    expect(figures.split).to.have.length(1);
    expect(figures.split[0]!.cells.map((c) => c?.verdict ?? null)).to.deep.equal([null, 'ship']);
  });

  it('no reviewers gives an empty split', () => {
    const doc = prepareComparison({ version: 1, id: 'x', title: 'X', tools: [{ id: 'a', name: 'A' }] }, 'https://example.com/');
    const figures = figuresFor(doc);
    expect(figures.split).to.deep.equal([]);
    expect(figures.tools[0]!.panel.percent).to.equal(null);
  });

  it('panel shares of 1/8, 5/8, 1/3 and 2/3 round half up', () => {
    const reviewers = Array.from({ length: 8 }, (_, i) => ({ id: `r${i}`, name: `R${i}` }));
    const reviews = (tool: string, ships: number, total: number) =>
      reviewers.slice(0, total).map((r, i) => ({ tool, reviewer: r.id, verdict: i < ships ? 'ship' : 'skip', quote: 'q' }));
    const doc = prepareComparison(
      {
        version: 1,
        id: 'rounding',
        title: 'Rounding',
        tools: ['one-eighth', 'five-eighths', 'one-third', 'two-thirds'].map((id) => ({ id, name: id })),
        reviewers,
        reviews: [
          ...reviews('one-eighth', 1, 8),
          ...reviews('five-eighths', 5, 8),
          ...reviews('one-third', 1, 3),
          ...reviews('two-thirds', 2, 3),
        ],
      },
      'https://example.com/',
    );
    expect(figuresFor(doc).tools.map((f) => [f.panel.ship, f.panel.total, f.panel.percent])).to.deep.equal([
      [1, 8, 13],
      [5, 8, 63],
      [1, 3, 33],
      [2, 3, 67],
    ]);
  });
});

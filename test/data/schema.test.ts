import '../support/cloneable-failures.js';
import { expect } from '@open-wc/testing';
import {
  VerdictError,
  formatPath,
  isRetryable,
  isSafeUrl,
  parseComparison,
  prepareComparison,
  validateComparison,
  type ComparisonDocument,
  type SchemaIssue,
} from '../../src/data/index.js';

const CLAUDE = '/demo/fixtures/claude-files-api-vs-codestral-2.json';
const MIXED = '/demo/fixtures/three-tools-mixed.json';

/** A plain JSON object we can break one rule at a time (any: the point is to write invalid data). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

/** A small valid document: two tools, two reviewers, one review. */
function baseDoc(): Raw {
  return {
    version: 1,
    id: 'base-doc',
    title: 'Alpha vs Beta',
    tools: [
      { id: 'alpha', name: 'Alpha' },
      { id: 'beta', name: 'Beta' },
    ],
    reviewers: [
      { id: 'builder', name: 'The Builder' },
      { id: 'skeptic', name: 'The Skeptic' },
    ],
    reviews: [{ tool: 'alpha', reviewer: 'builder', verdict: 'ship', quote: 'Good.' }],
  };
}

function with_(mutate: (doc: Raw) => void): Raw {
  const doc = baseDoc();
  mutate(doc);
  return doc;
}

function errorOf(input: unknown): VerdictError {
  const result = validateComparison(input);
  expect(result.ok, 'expected the document to be rejected').to.equal(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.error).to.be.instanceOf(VerdictError);
  expect(result.error.kind).to.equal('schema');
  return result.error;
}

/** The document breaks exactly one rule, at `path`, with a message containing every word. */
function expectOnlyIssue(input: unknown, path: string, ...words: string[]): SchemaIssue {
  const error = errorOf(input);
  expect(error.issues.map((i) => i.path), JSON.stringify(error.issues)).to.deep.equal([path]);
  const [issue] = error.issues;
  for (const word of words) expect(issue!.message).to.contain(word);
  expect(error.message).to.equal(`${path}: ${issue!.message}`);
  return issue!;
}

function expectValid(input: unknown): ComparisonDocument {
  const result = validateComparison(input);
  if (!result.ok) throw new Error(`expected a valid document, got: ${result.error.message}`);
  return result.document;
}

const repeat = (n: number, ch = 'x') => ch.repeat(n);

describe('data/schema: validateComparison', () => {
  let claude: Raw;
  let mixed: Raw;

  before(async () => {
    claude = await (await fetch(CLAUDE)).json();
    mixed = await (await fetch(MIXED)).json();
  });

  describe('fixtures', () => {
    it('accepts claude-files-api-vs-codestral-2.json with all its content', () => {
      const doc = expectValid(claude);
      expect(doc.id).to.equal('claude-files-api-vs-codestral-2');
      expect(doc.tools.map((t) => t.id)).to.deep.equal(['claude-files-api', 'codestral-2']);
      expect(doc.reviewers.map((r) => r.id)).to.deep.equal(['builder', 'skeptic', 'buyer', 'futurist']);
      expect(doc.reviews).to.have.length(8);
      expect(doc.published).to.equal('2026-11-23');
      expect(doc.tools[1]!.pricing).to.deep.equal({ entry: 'free', label: 'Free' });
    });

    it('accepts three-tools-mixed.json with all its content', () => {
      const doc = expectValid(mixed);
      expect(doc.id).to.equal('notes-search-ci-roundup');
      expect(doc.tools.map((t) => t.id)).to.deep.equal(['lantern-search', 'quill-docs', 'harbor-ci']);
      expect(doc.tools[0]!.community).to.deep.equal({ ship: 412, skip: 88 });
      expect(doc.reviews).to.have.length(10);
      expect(doc.url).to.equal('https://example.com/compare/notes-search-ci-roundup');
    });

    it('accepts the small base document used below (so each case breaks one rule only)', () => {
      const doc = expectValid(baseDoc());
      expect(doc.tools).to.have.length(2);
    });

    it('defaults reviewers and reviews to empty lists, not shared between documents', () => {
      const a = expectValid({ version: 1, id: 'a', title: 'A', tools: [{ id: 't', name: 'T' }] });
      const b = expectValid({ version: 1, id: 'b', title: 'B', tools: [{ id: 't', name: 'T' }] });
      expect(a.reviewers).to.deep.equal([]);
      expect(a.reviews).to.deep.equal([]);
      expect(a.reviewers).to.not.equal(b.reviewers);
      expect(a.reviews).to.not.equal(b.reviews);
    });
  });

  describe('version', () => {
    it('missing version is reported at `version`', () => {
      const issue = expectOnlyIssue(with_((d) => delete d.version), 'version', 'required');
      expect(issue.message).to.contain('"version": 1');
    });

    it('version 2 is an unsupported version', () => {
      expectOnlyIssue(with_((d) => (d.version = 2)), 'version', 'unsupported version 2');
    });

    it('version "1" (a string) is an unsupported version', () => {
      expectOnlyIssue(with_((d) => (d.version = '1')), 'version', 'unsupported version "1"');
    });

    it('a version 2 document reports the version alone, not its other problems', () => {
      const error = errorOf({ version: 2, id: 'Bad Id', title: '', tools: [] });
      expect(error.issues).to.have.length(1);
      expect(error.issues[0]!.path).to.equal('version');
    });
  });

  describe('id', () => {
    it('rejects uppercase letters', () => {
      expectOnlyIssue(with_((d) => (d.id = 'Alpha-vs-beta')), 'id', 'slug');
    });

    it('rejects a leading hyphen', () => {
      expectOnlyIssue(with_((d) => (d.id = '-alpha')), 'id', 'slug');
    });

    it('rejects spaces and underscores', () => {
      expectOnlyIssue(with_((d) => (d.id = 'alpha beta')), 'id', 'slug');
      expectOnlyIssue(with_((d) => (d.id = 'alpha_beta')), 'id', 'slug');
    });

    it('rejects an empty id', () => {
      expectOnlyIssue(with_((d) => (d.id = '')), 'id', 'slug');
    });

    it('accepts 80 characters and a leading digit, rejects 81 characters', () => {
      expect(expectValid(with_((d) => (d.id = repeat(80, 'a')))).id).to.have.length(80);
      expectValid(with_((d) => (d.id = '9-lives')));
      expectOnlyIssue(with_((d) => (d.id = repeat(81, 'a'))), 'id', 'too long', 'at most 80');
    });
  });

  describe('top-level text', () => {
    it('title: empty is rejected', () => {
      expectOnlyIssue(with_((d) => (d.title = '')), 'title', 'empty');
    });

    it('title: 200 is fine, 201 is too long', () => {
      expectValid(with_((d) => (d.title = repeat(200))));
      expectOnlyIssue(with_((d) => (d.title = repeat(201))), 'title', 'too long', '200', '201');
    });

    it('title: missing is required, a number is the wrong type', () => {
      expectOnlyIssue(with_((d) => delete d.title), 'title', 'required');
      expectOnlyIssue(with_((d) => (d.title = 42)), 'title', 'must be text');
    });

    it('question: 200 is fine, 201 is too long', () => {
      expectValid(with_((d) => (d.question = repeat(200))));
      expectOnlyIssue(with_((d) => (d.question = repeat(201))), 'question', 'too long', '200');
    });

    it('summary: 1000 is fine, 1001 is too long', () => {
      expectValid(with_((d) => (d.summary = repeat(1000))));
      expectOnlyIssue(with_((d) => (d.summary = repeat(1001))), 'summary', 'too long', '1000');
    });
  });

  describe('URLs', () => {
    const rejected = [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      ' javascript:alert(1)',
      'java\tscript:alert(1)',
      'ftp://example.com/x',
    ];
    for (const value of rejected) {
      it(`rejects ${JSON.stringify(value)} as the document url`, () => {
        expectOnlyIssue(with_((d) => (d.url = value)), 'url', 'http');
      });
    }

    it('names the path of a bad tool url, tool logo and reviewer avatar', () => {
      expectOnlyIssue(with_((d) => (d.tools[1].url = 'javascript:alert(1)')), 'tools[1].url', 'http');
      expectOnlyIssue(with_((d) => (d.tools[0].logo = 'data:image/png;base64,AAAA')), 'tools[0].logo', 'http');
      expectOnlyIssue(with_((d) => (d.reviewers[1].avatar = 'javascript:alert(1)')), 'reviewers[1].avatar', 'http');
    });

    it('accepts relative, http and https URLs', () => {
      const doc = expectValid(
        with_((d) => {
          d.url = 'compare.html';
          d.tools[0].url = 'https://example.com/alpha';
          d.tools[0].logo = '../img/alpha.svg';
          d.tools[1].url = 'http://example.com/beta';
          d.reviewers[0].avatar = '/avatars/builder.png';
        }),
      );
      // Validation alone keeps the text as written (resolution happens in prepareComparison).
      expect(doc.url).to.equal('compare.html');
      expect(doc.tools[0]!.logo).to.equal('../img/alpha.svg');
    });

    it('isSafeUrl agrees with the schema', () => {
      expect(isSafeUrl('https://example.com')).to.equal(true);
      expect(isSafeUrl('http://example.com')).to.equal(true);
      expect(isSafeUrl('relative/path.png')).to.equal(true);
      expect(isSafeUrl('javascript:alert(1)')).to.equal(false);
      expect(isSafeUrl(' JavaScript:alert(1)')).to.equal(false);
      expect(isSafeUrl('data:,x')).to.equal(false);
      expect(isSafeUrl('http://[')).to.equal(false);
    });
  });

  describe('published', () => {
    it('accepts YYYY-MM-DD and a real leap day', () => {
      expect(expectValid(with_((d) => (d.published = '2024-02-29'))).published).to.equal('2024-02-29');
    });

    it('rejects other formats', () => {
      for (const value of ['2026/01/02', '02-01-2026', '2026-1-2', '2026-01-02T00:00:00Z']) {
        const error = errorOf(with_((d) => (d.published = value)));
        expect(error.issues[0]!.path).to.equal('published');
        expect(error.issues[0]!.message).to.contain('YYYY-MM-DD');
        expect(error.issues.every((i) => i.path === 'published')).to.equal(true);
        expect(error.message.startsWith('published: ')).to.equal(true);
      }
    });

    it('rejects an impossible date: 2026-02-30 and 2025-02-29', () => {
      expectOnlyIssue(with_((d) => (d.published = '2026-02-30')), 'published', 'calendar date');
      expectOnlyIssue(with_((d) => (d.published = '2025-02-29')), 'published', 'calendar date');
      expectOnlyIssue(with_((d) => (d.published = '2026-13-01')), 'published', 'calendar date');
    });
  });

  describe('tools', () => {
    it('rejects an empty list', () => {
      const error = errorOf({ version: 1, id: 'x', title: 'X', tools: [] });
      expect(error.issues).to.deep.equal([{ path: 'tools', message: 'needs at least 1 item' }]);
    });

    it('a missing tools list is required', () => {
      expectOnlyIssue({ version: 1, id: 'x', title: 'X' }, 'tools', 'required');
    });

    it('accepts 12 tools, rejects 13', () => {
      const tools = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `tool-${i}`, name: `Tool ${i}` }));
      expectValid({ version: 1, id: 'x', title: 'X', tools: tools(12) });
      expectOnlyIssue({ version: 1, id: 'x', title: 'X', tools: tools(13) }, 'tools', 'too many', '12', '13');
    });

    it('rejects a duplicate tool id at the second occurrence', () => {
      expectOnlyIssue(with_((d) => (d.tools[1].id = 'alpha')), 'tools[1].id', 'duplicate', '"alpha"');
    });

    it('rejects a tool id that is not a slug', () => {
      const doc = with_((d) => {
        d.tools[1].id = 'Beta';
        d.reviews = [];
      });
      expectOnlyIssue(doc, 'tools[1].id', 'slug');
    });

    it('name: required, not empty, 120 fine, 121 too long', () => {
      expectOnlyIssue(with_((d) => delete d.tools[0].name), 'tools[0].name', 'required');
      expectOnlyIssue(with_((d) => (d.tools[0].name = '')), 'tools[0].name', 'empty');
      expectValid(with_((d) => (d.tools[0].name = repeat(120))));
      expectOnlyIssue(with_((d) => (d.tools[0].name = repeat(121))), 'tools[0].name', 'too long', '120', '121');
    });

    it('vendor: 120 fine, 121 too long', () => {
      expectValid(with_((d) => (d.tools[1].vendor = repeat(120))));
      expectOnlyIssue(with_((d) => (d.tools[1].vendor = repeat(121))), 'tools[1].vendor', 'too long', '120');
    });

    it('category: 60 fine, 61 too long', () => {
      expectValid(with_((d) => (d.tools[1].category = repeat(60))));
      expectOnlyIssue(with_((d) => (d.tools[1].category = repeat(61))), 'tools[1].category', 'too long', '60');
    });

    it('tagline: 200 fine, 201 too long', () => {
      expectValid(with_((d) => (d.tools[1].tagline = repeat(200))));
      expectOnlyIssue(with_((d) => (d.tools[1].tagline = repeat(201))), 'tools[1].tagline', 'too long', '200');
    });

    it('description: 2000 fine, 2001 too long', () => {
      expectValid(with_((d) => (d.tools[1].description = repeat(2000))));
      expectOnlyIssue(with_((d) => (d.tools[1].description = repeat(2001))), 'tools[1].description', 'too long', '2000');
    });

    it('tools must be a list of objects', () => {
      expectOnlyIssue(with_((d) => (d.tools = 'alpha')), 'tools', 'must be a list', 'text');
    });
  });

  describe('pricing', () => {
    for (const entry of ['free', 'freemium', 'paid', 'open-source', 'contact']) {
      it(`accepts entry "${entry}"`, () => {
        expect(expectValid(with_((d) => (d.tools[0].pricing = { entry }))).tools[0]!.pricing).to.deep.equal({ entry });
      });
    }

    it('rejects an unknown entry, listing the allowed words', () => {
      expectOnlyIssue(
        with_((d) => (d.tools[1].pricing = { entry: 'cheap' })),
        'tools[1].pricing.entry',
        'must be one of',
        '"free"',
        '"contact"',
        '"cheap"',
      );
    });

    it('rejects a pricing object without entry', () => {
      expectOnlyIssue(with_((d) => (d.tools[1].pricing = { label: 'Cheap' })), 'tools[1].pricing.entry', 'free');
    });

    it('label: 40 fine, 41 too long', () => {
      expectValid(with_((d) => (d.tools[1].pricing = { entry: 'paid', label: repeat(40) })));
      expectOnlyIssue(
        with_((d) => (d.tools[1].pricing = { entry: 'paid', label: repeat(41) })),
        'tools[1].pricing.label',
        'too long',
        '40',
        '41',
      );
    });

    it('detail: 500 fine, 501 too long', () => {
      expectValid(with_((d) => (d.tools[1].pricing = { entry: 'paid', detail: repeat(500) })));
      expectOnlyIssue(
        with_((d) => (d.tools[1].pricing = { entry: 'paid', detail: repeat(501) })),
        'tools[1].pricing.detail',
        'too long',
        '500',
      );
    });
  });

  describe('community', () => {
    it('accepts whole numbers >= 0, zero included', () => {
      expect(expectValid(with_((d) => (d.tools[0].community = { ship: 0, skip: 0 }))).tools[0]!.community).to.deep.equal({
        ship: 0,
        skip: 0,
      });
    });

    it('rejects a negative count', () => {
      expectOnlyIssue(with_((d) => (d.tools[1].community = { ship: -1, skip: 3 })), 'tools[1].community.ship', '0 or more');
    });

    it('rejects a fractional count', () => {
      expectOnlyIssue(
        with_((d) => (d.tools[1].community = { ship: 3, skip: 1.5 })),
        'tools[1].community.skip',
        'whole number',
        '1.5',
      );
    });

    it('rejects a count written as a string', () => {
      expectOnlyIssue(with_((d) => (d.tools[1].community = { ship: '5', skip: 0 })), 'tools[1].community.ship', 'number', 'text');
    });

    it('rejects a missing count', () => {
      expectOnlyIssue(with_((d) => (d.tools[1].community = { ship: 5 })), 'tools[1].community.skip', 'required');
    });
  });

  describe('reviewers', () => {
    const reviewers = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `r-${i}`, name: `R ${i}` }));

    it('accepts 20 reviewers, rejects 21', () => {
      expectValid(with_((d) => ((d.reviewers = reviewers(20)), (d.reviews = []))));
      expectOnlyIssue(
        with_((d) => ((d.reviewers = reviewers(21)), (d.reviews = []))),
        'reviewers',
        'too many',
        '20',
        '21',
      );
    });

    it('rejects a duplicate reviewer id at the second occurrence', () => {
      expectOnlyIssue(with_((d) => (d.reviewers[1].id = 'builder')), 'reviewers[1].id', 'duplicate', '"builder"');
    });

    it('name: required, not empty, 80 fine, 81 too long', () => {
      expectOnlyIssue(with_((d) => delete d.reviewers[1].name), 'reviewers[1].name', 'required');
      expectOnlyIssue(with_((d) => (d.reviewers[1].name = '')), 'reviewers[1].name', 'empty');
      expectValid(with_((d) => (d.reviewers[1].name = repeat(80))));
      expectOnlyIssue(with_((d) => (d.reviewers[1].name = repeat(81))), 'reviewers[1].name', 'too long', '80');
    });

    it('lens: 120 fine, 121 too long', () => {
      expectValid(with_((d) => (d.reviewers[0].lens = repeat(120))));
      expectOnlyIssue(with_((d) => (d.reviewers[0].lens = repeat(121))), 'reviewers[0].lens', 'too long', '120');
    });

    it('avatar: javascript: is rejected', () => {
      expectOnlyIssue(with_((d) => (d.reviewers[0].avatar = 'javascript:alert(1)')), 'reviewers[0].avatar', 'http');
    });
  });

  describe('reviews', () => {
    const review = { tool: 'alpha', reviewer: 'builder', verdict: 'ship', quote: 'Good.' };

    it('accepts 500 reviews, rejects 501', () => {
      // 500 reviews pass the list cap: the only problems left are the repeated (tool, reviewer) pairs
      // (2 tools x 2 reviewers allow 4 distinct reviews).
      const pairs = [['alpha', 'builder'], ['alpha', 'skeptic'], ['beta', 'builder'], ['beta', 'skeptic']];
      const reviews500 = Array.from({ length: 500 }, (_, i) => ({ ...review, tool: pairs[i % 4]![0], reviewer: pairs[i % 4]![1] }));
      const error500 = errorOf(with_((d) => (d.reviews = reviews500)));
      expect(error500.issues).to.have.length(496);
      expect(error500.issues.every((i) => /^reviews\[\d+\]\.reviewer$/.test(i.path))).to.equal(true);
      expect(error500.issues[0]!.path).to.equal('reviews[4].reviewer');

      const reviewers = Array.from({ length: 20 }, (_, i) => ({ id: `r-${i}`, name: `R ${i}` }));
      const tools = Array.from({ length: 12 }, (_, i) => ({ id: `t-${i}`, name: `T ${i}` }));
      const all = tools.flatMap((t) => reviewers.map((r) => ({ tool: t.id, reviewer: r.id, verdict: 'ship', quote: 'q' })));
      expect(all).to.have.length(240);
      expect(expectValid({ version: 1, id: 'x', title: 'X', tools, reviewers, reviews: all }).reviews).to.have.length(240);

      const reviews501 = Array.from({ length: 501 }, () => ({ ...review }));
      expectOnlyIssue(with_((d) => (d.reviews = reviews501)), 'reviews', 'too many', '500', '501');
    });

    it('rejects a review of an unknown tool', () => {
      expectOnlyIssue(
        with_((d) => d.reviews.push({ ...review, tool: 'codestral-3' })),
        'reviews[1].tool',
        'unknown tool',
        '"codestral-3"',
      );
    });

    it('formats deeper indexes like reviews[3].tool', () => {
      const doc = with_((d) => {
        d.reviews.push({ ...review, tool: 'beta' }, { ...review, reviewer: 'skeptic' }, { ...review, tool: 'codestral-3' });
      });
      expectOnlyIssue(doc, 'reviews[3].tool', 'unknown tool "codestral-3"');
    });

    it('rejects a review by an unknown reviewer', () => {
      expectOnlyIssue(
        with_((d) => d.reviews.push({ ...review, reviewer: 'critic' })),
        'reviews[1].reviewer',
        'unknown reviewer',
        '"critic"',
      );
    });

    it('rejects a second review of the same (tool, reviewer)', () => {
      expectOnlyIssue(
        with_((d) => d.reviews.push({ ...review, verdict: 'skip' })),
        'reviews[1].reviewer',
        '"alpha"',
        '"builder"',
      );
    });

    it('accepts the same reviewer on two tools and two reviewers on one tool', () => {
      expectValid(
        with_((d) => d.reviews.push({ ...review, tool: 'beta' }, { ...review, reviewer: 'skeptic', verdict: 'skip' })),
      );
    });

    it('rejects verdict "maybe"', () => {
      expectOnlyIssue(
        with_((d) => (d.reviews[0].verdict = 'maybe')),
        'reviews[0].verdict',
        'must be one of',
        '"ship"',
        '"skip"',
        '"maybe"',
      );
    });

    it('rejects a missing verdict / tool / reviewer', () => {
      expectOnlyIssue(with_((d) => delete d.reviews[0].verdict), 'reviews[0].verdict');
      expectOnlyIssue(with_((d) => delete d.reviews[0].tool), 'reviews[0].tool', 'required');
      expectOnlyIssue(with_((d) => delete d.reviews[0].reviewer), 'reviews[0].reviewer', 'required');
    });

    it('quote: empty rejected, missing required, 4000 fine, 4001 too long', () => {
      expectOnlyIssue(with_((d) => (d.reviews[0].quote = '')), 'reviews[0].quote', 'empty');
      expectOnlyIssue(with_((d) => delete d.reviews[0].quote), 'reviews[0].quote', 'required');
      expectValid(with_((d) => (d.reviews[0].quote = repeat(4000))));
      expectOnlyIssue(with_((d) => (d.reviews[0].quote = repeat(4001))), 'reviews[0].quote', 'too long', '4000', '4001');
    });

    it('headline: 160 fine, 161 too long', () => {
      expectValid(with_((d) => (d.reviews[0].headline = repeat(160))));
      expectOnlyIssue(with_((d) => (d.reviews[0].headline = repeat(161))), 'reviews[0].headline', 'too long', '160');
    });
  });

  describe('robustness', () => {
    it('ignores unknown fields at every level', () => {
      const doc = expectValid(
        with_((d) => {
          d.theme = 'dark';
          d.tools[0].color = 'red';
          d.tools[0].pricing = { entry: 'paid', currency: 'EUR' };
          d.reviewers[0].twitter = '@builder';
          d.reviews[0].score = 5;
        }),
      );
      expect(doc.tools[0]!.pricing!.entry).to.equal('paid');
      expect(doc.reviews[0]!.quote).to.equal('Good.');
      expect(doc.title).to.equal('Alpha vs Beta');
    });

    it('a "__proto__" key from JSON.parse does not pollute Object.prototype', () => {
      const text = JSON.stringify(baseDoc())
        .replace('{', '{"__proto__":{"polluted":"yes"},')
        .replace('"name":"Alpha"', '"name":"Alpha","__proto__":{"isAdmin":true}');
      const raw = JSON.parse(text);
      expect(Object.prototype.hasOwnProperty.call(raw, '__proto__')).to.equal(true);
      const doc = expectValid(raw);
      expect(({} as Raw).polluted).to.equal(undefined);
      expect(({} as Raw).isAdmin).to.equal(undefined);
      expect((Object.prototype as Raw).polluted).to.equal(undefined);
      expect(Object.getPrototypeOf(doc)).to.equal(Object.prototype);
      expect(Object.getPrototypeOf(doc.tools[0])).to.equal(Object.prototype);
      expect((doc as Raw).polluted).to.equal(undefined);
      expect((doc.tools[0] as Raw).isAdmin).to.equal(undefined);
      // And through the whole road from text.
      const parsed = parseComparison(text, 'https://example.com/c.json');
      expect((parsed as Raw).polluted).to.equal(undefined);
      expect(({} as Raw).polluted).to.equal(undefined);
    });

    const nonObjects: [unknown, string][] = [
      [null, 'null'],
      [[], 'a list'],
      [[baseDoc()], 'a list'],
      ['{"version":1}', 'text'],
      [42, 'number'],
      [true, 'boolean'],
      [undefined, 'undefined'],
    ];
    for (const [value, described] of nonObjects) {
      it(`a non-object input (${described}: ${JSON.stringify(value)?.slice(0, 20)}) is a schema error, not a throw`, () => {
        let result: ReturnType<typeof validateComparison> | undefined;
        expect(() => (result = validateComparison(value))).to.not.throw();
        expect(result!.ok).to.equal(false);
        const error = errorOf(value);
        expect(error.issues).to.have.length(1);
        expect(error.issues[0]!.path).to.equal('(document)');
        expect(error.issues[0]!.message).to.contain('JSON object');
        expect(error.issues[0]!.message).to.contain(described);
      });
    }

    it('a getter that throws is reported as a schema error, not thrown', () => {
      const doc = baseDoc();
      Object.defineProperty(doc, 'title', {
        enumerable: true,
        get() {
          throw new Error('boom');
        },
      });
      const error = errorOf(doc);
      expect(error.issues[0]!.path).to.equal('(document)');
      expect(error.message).to.contain('boom');
    });

    it('lists every problem in issues, and the message names the first path and the count', () => {
      const error = errorOf(
        with_((d) => {
          d.id = 'Not A Slug';
          d.title = '';
          d.tools[1].url = 'javascript:alert(1)';
          d.reviews[0].quote = repeat(4001);
        }),
      );
      expect(error.issues.map((i) => i.path)).to.deep.equal(['id', 'title', 'tools[1].url', 'reviews[0].quote']);
      expect(error.message.startsWith('id: must be a slug')).to.equal(true);
      expect(error.message).to.contain('and 3 more problems');
      expect(error.kind).to.equal('schema');
      expect(error.name).to.equal('VerdictError');
      expect(error).to.be.instanceOf(Error);
    });

    it('says "1 more problem" in the singular', () => {
      const error = errorOf(with_((d) => ((d.title = ''), (d.summary = repeat(1001)))));
      expect(error.issues.map((i) => i.path)).to.deep.equal(['title', 'summary']);
      expect(error.message).to.equal('title: must not be empty (and 1 more problem)');
    });

    it('reports field problems and cross-field problems together', () => {
      const error = errorOf(
        with_((d) => {
          d.title = '';
          d.reviews.push({ tool: 'codestral-3', reviewer: 'builder', verdict: 'ship', quote: 'q' });
        }),
      );
      expect(error.issues).to.deep.equal([
        { path: 'title', message: 'must not be empty' },
        { path: 'reviews[1].tool', message: 'unknown tool "codestral-3"' },
      ]);
    });

    it('reports several cross-field problems at once', () => {
      const error = errorOf(
        with_((d) => {
          d.tools[1].id = 'alpha';
          d.reviewers[1].id = 'builder';
          d.reviews.push({ tool: 'gamma', reviewer: 'critic', verdict: 'skip', quote: 'q' });
        }),
      );
      expect(error.issues.map((i) => i.path)).to.deep.equal([
        'tools[1].id',
        'reviewers[1].id',
        'reviews[1].tool',
        'reviews[1].reviewer',
      ]);
    });

    it('passes the source address to the error', () => {
      const result = validateComparison(null, 'https://example.com/c.json');
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.error.url).to.equal('https://example.com/c.json');
    });

    it('does not mutate its input', () => {
      const raw = baseDoc();
      delete raw.reviewers;
      delete raw.reviews;
      raw.url = 'relative.html';
      const before = JSON.stringify(raw);
      expectValid(raw);
      expect(JSON.stringify(raw)).to.equal(before);
      expect(raw.reviewers).to.equal(undefined);
      expect(raw.reviews).to.equal(undefined);
      expect(raw.url).to.equal('relative.html');
      prepareComparison(raw, 'https://example.com/dir/');
      expect(JSON.stringify(raw)).to.equal(before);
    });
  });
});

describe('data/validate: formatPath', () => {
  it('formats keys and indexes like reviews[3].tool', () => {
    expect(formatPath(['reviews', 3, 'tool'])).to.equal('reviews[3].tool');
    expect(formatPath(['tools', 0, 'pricing', 'entry'])).to.equal('tools[0].pricing.entry');
    expect(formatPath(['title'])).to.equal('title');
    expect(formatPath([])).to.equal('(document)');
  });
});

describe('data/errors: VerdictError and isRetryable', () => {
  it('carries kind, issues, status and url', () => {
    const error = new VerdictError('http', 'x answered HTTP 404', { status: 404, url: 'https://e.com/x' });
    expect(error.kind).to.equal('http');
    expect(error.status).to.equal(404);
    expect(error.url).to.equal('https://e.com/x');
    expect(error.issues).to.deep.equal([]);
    expect(error.message).to.equal('x answered HTTP 404');
    expect(error.name).to.equal('VerdictError');
  });

  it('only network, timeout and http failures are retryable', () => {
    const retryable = (kind: ConstructorParameters<typeof VerdictError>[0]) => isRetryable(new VerdictError(kind, 'm'));
    expect(retryable('network')).to.equal(true);
    expect(retryable('timeout')).to.equal(true);
    expect(retryable('http')).to.equal(true);
    expect(retryable('parse')).to.equal(false);
    expect(retryable('schema')).to.equal(false);
    expect(retryable('too-large')).to.equal(false);
    expect(retryable('not-found')).to.equal(false);
  });
});

describe('data/parse: parseComparison and prepareComparison', () => {
  const BASE = 'https://cdn.example.com/data/compare.json';

  function parseError(text: string, base = BASE, source?: string): VerdictError {
    try {
      parseComparison(text, base, source);
    } catch (error) {
      expect(error).to.be.instanceOf(VerdictError);
      return error as VerdictError;
    }
    throw new Error('expected parseComparison to throw');
  }

  it('parses and validates valid JSON text', () => {
    const doc = parseComparison(JSON.stringify(baseDoc()), BASE);
    expect(doc.id).to.equal('base-doc');
    expect(doc.reviews[0]!.verdict).to.equal('ship');
  });

  it('invalid JSON is kind parse, with the source named', () => {
    const error = parseError('{"version": 1, "id": "broken", "title": "Missing a closing brace"', BASE, BASE);
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain(`${BASE} is not valid JSON`);
    expect(error.url).to.equal(BASE);
    expect(error.issues).to.deep.equal([]);
  });

  it('invalid JSON without a source says "The comparison data"', () => {
    const error = parseError("{ version: 1, 'id': 'single-quotes' }");
    expect(error.kind).to.equal('parse');
    expect(error.message.startsWith('The comparison data is not valid JSON')).to.equal(true);
    expect(error.url).to.equal(undefined);
  });

  it('HTML text is kind parse with a hint about HTML', () => {
    const error = parseError('\n  <!doctype html><title>Not found</title><h1>Page not found</h1>', BASE, BASE);
    expect(error.kind).to.equal('parse');
    expect(error.message).to.contain('HTML');
    expect(error.message).to.contain('.json');
  });

  it('empty and blank text are kind parse, saying it is empty', () => {
    for (const text of ['', '   \n\t']) {
      const error = parseError(text);
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('empty');
    }
  });

  it('valid JSON that is not a document is kind schema, not parse', () => {
    expect(parseError('null').kind).to.equal('schema');
    expect(parseError('[1, 2]').kind).to.equal('schema');
    const error = parseError(JSON.stringify(with_((d) => (d.reviews[0].verdict = 'maybe'))), BASE, BASE);
    expect(error.kind).to.equal('schema');
    expect(error.issues[0]!.path).to.equal('reviews[0].verdict');
    expect(error.url).to.equal(BASE);
  });

  it('resolves relative url, logo and avatar against the base URL given', () => {
    const text = JSON.stringify(
      with_((d) => {
        d.url = 'full-comparison.html';
        d.tools[0].url = '/tools/alpha';
        d.tools[0].logo = 'img/alpha.svg';
        d.tools[1].logo = '../logos/beta.png';
        d.reviewers[0].avatar = 'avatars/builder.png';
        d.reviewers[1].avatar = 'https://other.example/skeptic.png';
      }),
    );
    const doc = parseComparison(text, BASE);
    expect(doc.url).to.equal('https://cdn.example.com/data/full-comparison.html');
    expect(doc.tools[0]!.url).to.equal('https://cdn.example.com/tools/alpha');
    expect(doc.tools[0]!.logo).to.equal('https://cdn.example.com/data/img/alpha.svg');
    expect(doc.tools[1]!.logo).to.equal('https://cdn.example.com/logos/beta.png');
    expect(doc.tools[1]!.url).to.equal(undefined);
    expect(doc.reviewers[0]!.avatar).to.equal('https://cdn.example.com/data/avatars/builder.png');
    expect(doc.reviewers[1]!.avatar).to.equal('https://other.example/skeptic.png');
  });

  it('resolves against the page when no base is given', () => {
    const doc = prepareComparison(with_((d) => (d.tools[0].logo = 'img/alpha.svg')));
    expect(doc.tools[0]!.logo).to.equal(new URL('img/alpha.svg', document.baseURI).href);
  });

  it('prepareComparison throws the schema VerdictError for an invalid value', () => {
    let caught: unknown;
    try {
      prepareComparison(with_((d) => (d.id = 'Bad')), BASE, BASE);
    } catch (error) {
      caught = error;
    }
    expect(caught).to.be.instanceOf(VerdictError);
    expect((caught as VerdictError).kind).to.equal('schema');
    expect((caught as VerdictError).issues[0]!.path).to.equal('id');
    expect((caught as VerdictError).url).to.equal(BASE);
  });

  it('strings are kept as text, never parsed as HTML', () => {
    const doc = parseComparison(
      JSON.stringify(with_((d) => (d.reviews[0].quote = '<img src=x onerror=alert(1)> & <b>bold</b>'))),
      BASE,
    );
    expect(doc.reviews[0]!.quote).to.equal('<img src=x onerror=alert(1)> & <b>bold</b>');
  });
});

describe('data/schema: every problem at once', () => {
  it('cross-field rules still run when other fields are broken (the invalid-schema demo document)', async () => {
    const doc = await (await fetch('/demo/fixtures/invalid-schema.json')).json();
    const result = validateComparison(doc);
    if (result.ok) throw new Error('expected the document to be invalid');
    const lines = result.error.issues.map((i) => `${i.path}: ${i.message}`);
    expect(lines).to.include('tools[1].id: duplicate tool id "alpha"');
    expect(lines).to.include('reviews[1].tool: unknown tool "codestral-3"');
    expect(result.error.issues.map((i) => i.path)).to.include.members(['id', 'tools[0].url', 'reviews[1].verdict', 'reviews[1].quote']);
    expect(result.error.issues).to.have.length(6);
  });

  it('a missing value with fixed choices says it is required', () => {
    const doc = with_((d) => (d.tools[0].pricing = { label: 'Cheap' }));
    const result = validateComparison(doc);
    if (result.ok) throw new Error('expected the document to be invalid');
    expect(result.error.issues[0]!.message).to.match(/^is required/);
  });

  it('an impossible-format date is one problem, not two', () => {
    const result = validateComparison(with_((d) => (d.published = '2026-1-2')));
    if (result.ok) throw new Error('expected the document to be invalid');
    expect(result.error.issues).to.have.length(1);
  });

  it('relative links without a usable base stay relative instead of throwing', () => {
    const doc = prepareComparison(with_((d) => (d.tools[0].logo = 'logo.png')), 'about:blank');
    expect(doc.tools[0]!.logo).to.equal('logo.png');
  });
});

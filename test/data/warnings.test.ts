import { expect } from '@open-wc/testing';
import { validateComparison, warningsFor, looksLikeDomain, type DocumentWarning } from '../../src/schema.js';
import { CLAUDE, MIXED, fixtureJson } from '../support/helpers.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Raw = any;

const NOW = new Date('2026-11-30T12:00:00Z');

function baseDoc(): Raw {
  return {
    version: 1,
    id: 'base-doc',
    title: 'Alpha vs Beta',
    tools: [
      { id: 'alpha', name: 'Alpha' },
      { id: 'beta', name: 'Beta' },
    ],
    reviewers: [{ id: 'builder', name: 'The Builder' }],
    reviews: [
      { tool: 'alpha', reviewer: 'builder', verdict: 'ship', quote: 'Good.' },
      { tool: 'beta', reviewer: 'builder', verdict: 'skip', quote: 'Not yet.' },
    ],
  };
}

function warnings(mutate: (doc: Raw) => void = () => {}): DocumentWarning[] {
  const doc = baseDoc();
  mutate(doc);
  const result = validateComparison(doc);
  if (!result.ok) throw new Error(`fixture invalid: ${result.error.message}`);
  return warningsFor(result.document, { now: NOW });
}

const summary = (list: DocumentWarning[]) => list.map((w) => `${w.code} ${w.path}`);

describe('warningsFor', () => {
  it('finds nothing in a clean document or in either fixture', async () => {
    expect(warnings()).to.deep.equal([]);
    for (const path of [CLAUDE, MIXED]) {
      const result = validateComparison(await fixtureJson(path));
      expect(result.ok).to.equal(true);
      if (result.ok) expect(summary(warningsFor(result.document, { now: NOW })), path).to.deep.equal([]);
    }
  });

  it('flags relative URLs that look like a domain, and only those', () => {
    const list = warnings((doc) => {
      doc.url = 'www.example.com';
      doc.tools[0].url = 'example.com/alpha';
      doc.tools[0].logo = 'logo.png';
      doc.tools[1].url = '/tools/beta';
      doc.tools[1].logo = 'https://cdn.example.com/beta.svg';
      doc.reviewers[0].avatar = 'avatars.example.org/builder.png';
    });
    expect(summary(list)).to.deep.equal([
      'url-looks-like-domain url',
      'url-looks-like-domain tools[0].url',
      'url-looks-like-domain reviewers[0].avatar',
    ]);
    expect(list[0]!.message).to.contain('"https://www.example.com"');
    for (const [value, expected] of [
      ['www.example.com', true],
      ['example.co.uk', true],
      ['Example.COM/path?x#y', true],
      ['localhost:8080/x', false],
      ['images/logo.png', false],
      ['logo.svg', false],
      ['./example.com', false],
      ['//example.com', false],
      ['mailto:x@example.com', false],
      ['', false],
    ] as const) {
      expect(looksLikeDomain(value), value).to.equal(expected);
    }
  });

  it('flags a tool no reviewer reviewed and a reviewer with no reviews', () => {
    const list = warnings((doc) => {
      doc.reviewers.push({ id: 'skeptic', name: 'The Skeptic' });
      doc.reviews.pop();
    });
    expect(summary(list)).to.deep.equal(['tool-not-reviewed tools[1]', 'reviewer-without-reviews reviewers[1]']);
    expect(list[0]!.message).to.contain('"beta"');
  });

  it('says nothing about unreviewed tools when the document has no panel at all', () => {
    expect(warnings((doc) => ((doc.reviewers = []), (doc.reviews = [])))).to.deep.equal([]);
  });

  it('flags quotes over 300 words, counting words not characters', () => {
    const list = warnings((doc) => {
      doc.reviews[0].quote = Array(301).fill('word').join(' \n ');
      doc.reviews[1].quote = Array(300).fill('word').join(' ');
    });
    expect(summary(list)).to.deep.equal(['long-quote reviews[0].quote']);
    expect(list[0]!.message).to.contain('301 words');
  });

  it('flags a published date after today everywhere on Earth, not today in the furthest time zone', () => {
    expect(summary(warnings((doc) => (doc.published = '2026-12-02')))).to.deep.equal(['published-in-future published']);
    // 12:00 UTC on the 30th is already the 1st in UTC+14.
    expect(warnings((doc) => (doc.published = '2026-12-01'))).to.deep.equal([]);
    expect(warnings((doc) => (doc.published = '2026-11-30'))).to.deep.equal([]);
  });

  it('flags duplicate tool and reviewer names, ignoring case and spacing', () => {
    const list = warnings((doc) => {
      doc.tools[1].name = '  alpha ';
      doc.reviewers.push({ id: 'builder-2', name: 'The  builder' });
      doc.reviews.push({ tool: 'alpha', reviewer: 'builder-2', verdict: 'ship', quote: 'Yes.' });
    });
    expect(summary(list)).to.deep.equal(['duplicate-name tools[1].name', 'duplicate-name reviewers[1].name']);
    expect(list[0]!.message).to.contain('tools[0]');
  });
});

import '../support/cloneable-failures.js';
import { expect } from '@open-wc/testing';
import {
  DEFAULT_TIMEOUT_MS,
  MAX_DOCUMENT_BYTES,
  VerdictError,
  cachedComparison,
  isAbort,
  loadComparison,
  loaderStats,
} from '../../src/data/index.js';

// A key per test and per run: the loader keeps successful documents for the life of the page,
// and the fault server counts requests per key for the life of the server.
const run = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 7)}`;
let serial = 0;
const key = (name: string) => `${run}-${name}-${serial++}`;
const abs = (path: string) => new URL(path, location.href).href;

async function requestCount(k: string): Promise<number> {
  const response = await fetch(`/faults/count/${k}`);
  return ((await response.json()) as { count: number }).count;
}

/** Lets the fault server answer the requests it holds for `k` (URLs with `hold=1`). */
async function release(k: string): Promise<void> {
  await fetch(`/faults/release/${k}`);
}

/** Waits, generously bounded, until the server has seen `n` requests for `k`. */
async function reached(k: string, n = 1): Promise<void> {
  const deadline = performance.now() + 30_000;
  while ((await requestCount(k)) < n) {
    if (performance.now() > deadline) throw new Error(`the server never saw request ${n} for ${k}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

/** The rejection of `promise`, failing the test if it resolves. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

async function verdictError(promise: Promise<unknown>): Promise<VerdictError> {
  const error = await rejection(promise);
  expect(error, String(error)).to.be.instanceOf(VerdictError);
  return error as VerdictError;
}

const base64url = (text: string) =>
  btoa(String.fromCharCode(...new TextEncoder().encode(text)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

describe('data/loader: loadComparison', () => {
  it('exports the spec limits', () => {
    expect(MAX_DOCUMENT_BYTES).to.equal(2 * 1024 * 1024);
    expect(DEFAULT_TIMEOUT_MS).to.equal(10_000);
  });

  describe('success', () => {
    it('loads and validates the claude fixture', async () => {
      const k = key('ok');
      const url = abs(`/faults/ok/${k}`);
      expect(cachedComparison(url)).to.equal(undefined);
      const doc = await loadComparison(url);
      expect(doc.id).to.equal('claude-files-api-vs-codestral-2');
      expect(doc.tools.map((t) => t.id)).to.deep.equal(['claude-files-api', 'codestral-2']);
      expect(doc.reviews).to.have.length(8);
      expect(await requestCount(k)).to.equal(1);
      expect(cachedComparison(url)).to.equal(doc);
    });

    it('loads the mixed fixture from a page-relative src', async () => {
      const k = key('ok-mixed');
      const doc = await loadComparison(`/faults/ok/${k}?fixture=mixed`);
      expect(doc.id).to.equal('notes-search-ci-roundup');
      expect(doc.tools[0]!.community).to.deep.equal({ ship: 412, skip: 88 });
      // The cache is keyed by the absolute address, whichever way it was written.
      expect(cachedComparison(abs(`/faults/ok/${k}?fixture=mixed`))).to.equal(doc);
      expect(await loadComparison(abs(`/faults/ok/${k}?fixture=mixed`))).to.equal(doc);
      expect(await requestCount(k)).to.equal(1);
    });

    it('loads the fixture files themselves', async () => {
      const doc = await loadComparison('/demo/fixtures/three-tools-mixed.json');
      expect(doc.title).to.equal('Lantern Search vs Quill Docs vs Harbor CI');
    });

    it('resolves relative URLs inside the document against the document URL, not the page', async () => {
      const k = key('relative');
      const body = {
        version: 1,
        id: 'relative-links',
        title: 'Relative links',
        url: 'compare.html',
        tools: [{ id: 'a', name: 'A', url: '/tools/a', logo: 'img/a.svg' }],
        reviewers: [{ id: 'r', name: 'R', avatar: '../avatars/r.png' }],
        reviews: [],
      };
      const src = `/faults/json/${k}?body=${base64url(JSON.stringify(body))}`;
      const doc = await loadComparison(src);
      expect(doc.url).to.equal(abs('/faults/json/compare.html'));
      expect(doc.url).to.not.equal(new URL('compare.html', document.baseURI).href);
      expect(doc.tools[0]!.logo).to.equal(abs('/faults/json/img/a.svg'));
      expect(doc.tools[0]!.url).to.equal(abs('/tools/a'));
      expect(doc.reviewers[0]!.avatar).to.equal(abs('/faults/avatars/r.png'));
    });
  });

  describe('failures', () => {
    it('404 is kind http with status 404 and the address', async () => {
      const k = key('404');
      const url = abs(`/faults/status/${k}?code=404`);
      const error = await verdictError(loadComparison(url));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(404);
      expect(error.url).to.equal(url);
      expect(error.message).to.contain('HTTP 404');
      expect(error.message).to.contain(url);
      expect(error.message).to.contain('src');
    });

    it('500 is kind http with status 500', async () => {
      const error = await verdictError(loadComparison(`/faults/status/${key('500')}?code=500`));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(500);
      expect(error.message).to.contain('HTTP 500');
    });

    it('403 is kind http with status 403 and a hint that the file must be public', async () => {
      const error = await verdictError(loadComparison(`/faults/status/${key('403')}?code=403`));
      expect(error.kind).to.equal('http');
      expect(error.status).to.equal(403);
      expect(error.message).to.contain('public');
    });

    it('an HTML page is kind parse, with a hint about HTML', async () => {
      const url = abs(`/faults/html/${key('html')}`);
      const error = await verdictError(loadComparison(url));
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('HTML');
      expect(error.message).to.contain(url);
      expect(error.url).to.equal(url);
    });

    it('truncated JSON is kind parse', async () => {
      const error = await verdictError(loadComparison(`/faults/invalid-json/${key('truncated')}`));
      expect(error.kind).to.equal('parse');
      expect(error.message).to.contain('not valid JSON');
      expect(error.message).to.not.contain('HTML');
    });

    it('a document that breaks the rules is kind schema, with every issue', async () => {
      const body = {
        version: 1,
        id: 'Invalid ID',
        title: 'A document that breaks the rules',
        tools: [{ id: 'alpha', name: 'Alpha', url: 'javascript:alert(1)' }],
        reviewers: [{ id: 'builder', name: 'The Builder' }],
        reviews: [{ tool: 'alpha', reviewer: 'builder', verdict: 'ship', quote: '' }],
      };
      const url = abs(`/faults/json/${key('schema')}?body=${base64url(JSON.stringify(body))}`);
      const error = await verdictError(loadComparison(url));
      expect(error.kind).to.equal('schema');
      expect(error.url).to.equal(url);
      expect(error.issues.map((i) => i.path)).to.deep.equal(['id', 'tools[0].url', 'reviews[0].quote']);
      expect(error.message.startsWith('id: ')).to.equal(true);
      expect(error.message).to.contain('and 2 more problems');
    });

    it('a version 2 document is kind schema naming the version', async () => {
      const body = { version: 2, id: 'from-the-future', title: 'Newer', tools: [] };
      const error = await verdictError(loadComparison(`/faults/json/${key('v2')}?body=${base64url(JSON.stringify(body))}`));
      expect(error.kind).to.equal('schema');
      expect(error.issues).to.deep.equal([{ path: 'version', message: 'unsupported version 2 (this reader supports version 1)' }]);
    });

    it('5 MB with a Content-Length is kind too-large, refused before reading', async () => {
      const url = abs(`/faults/huge/${key('huge')}`);
      const error = await verdictError(loadComparison(url));
      expect(error.kind).to.equal('too-large');
      expect(error.url).to.equal(url);
      expect(error.message).to.contain('2 MiB');
      // The declared length is named: the body was never read.
      expect(error.message).to.contain('is 5.0 MiB');
    });

    it('5 MB without a Content-Length (chunked) is kind too-large, counted while reading', async () => {
      const url = abs(`/faults/huge/${key('chunked')}?chunked=1`);
      const probe = await fetch(url);
      expect(probe.headers.get('content-length')).to.equal(null);
      await probe.body?.cancel();
      const error = await verdictError(loadComparison(url));
      expect(error.kind).to.equal('too-large');
      expect(error.message).to.contain('more than 2.0 MiB');
    });

    it('a stalled server with timeout: 300 is kind timeout, not an answer', async () => {
      const k = key('stall');
      const started = performance.now();
      // The server holds its answer until released: only the timeout can end this load.
      const error = await verdictError(loadComparison(`/faults/ok/${k}?hold=1`, { timeout: 300 }));
      const elapsed = performance.now() - started;
      await release(k);
      expect(error.kind).to.equal('timeout');
      expect(error.message).to.contain('0.3 s');
      expect(elapsed).to.be.at.least(250);
      expect(isAbort(error)).to.equal(false);
    });

    it('an unreachable server is kind network', async () => {
      const error = await verdictError(loadComparison('http://127.0.0.1:9/x.json'));
      expect(error.kind).to.equal('network');
      expect(error.url).to.equal('http://127.0.0.1:9/x.json');
      expect(error.message).to.contain('http://127.0.0.1:9/x.json');
    });

    it('an address that is not a URL is kind network, without a request', async () => {
      const before = loaderStats.fetches;
      const error = await verdictError(loadComparison('http://['));
      expect(error.kind).to.equal('network');
      expect(error.message).to.contain('not a valid address');
      expect(loaderStats.fetches).to.equal(before);
    });
  });

  describe('sharing and caching', () => {
    it('20 concurrent calls for one URL make 1 request and share one document object', async () => {
      const k = key('concurrent');
      const url = abs(`/faults/ok/${k}?delay=200`);
      const before = loaderStats.fetches;
      const docs = await Promise.all(Array.from({ length: 20 }, () => loadComparison(url)));
      expect(await requestCount(k)).to.equal(1);
      expect(loaderStats.fetches - before).to.equal(1);
      expect(new Set(docs).size).to.equal(1);
      expect(docs[0]!.id).to.equal('claude-files-api-vs-codestral-2');
    });

    it('concurrent callers with signals share the request too', async () => {
      const k = key('concurrent-signals');
      const url = abs(`/faults/ok/${k}?delay=200`);
      const controllers = Array.from({ length: 5 }, () => new AbortController());
      const docs = await Promise.all(controllers.map((c) => loadComparison(url, { signal: c.signal })));
      expect(await requestCount(k)).to.equal(1);
      expect(new Set(docs).size).to.equal(1);
    });

    it('a success is cached: a later call makes no second request and gets the same object', async () => {
      const k = key('cached');
      const url = abs(`/faults/ok/${k}`);
      const first = await loadComparison(url);
      const second = await loadComparison(url);
      expect(second).to.equal(first);
      expect(await requestCount(k)).to.equal(1);
    });

    it('a failure is not cached: a second call makes a second request', async () => {
      const k = key('uncached');
      const url = abs(`/faults/status/${k}?code=503`);
      const first = await verdictError(loadComparison(url));
      expect(first.status).to.equal(503);
      expect(cachedComparison(url)).to.equal(undefined);
      const second = await verdictError(loadComparison(url));
      expect(second.status).to.equal(503);
      expect(second).to.not.equal(first);
      expect(await requestCount(k)).to.equal(2);
    });

    it('a parse failure is not cached either', async () => {
      const k = key('uncached-parse');
      const url = abs(`/faults/html/${k}`);
      expect((await verdictError(loadComparison(url))).kind).to.equal('parse');
      expect((await verdictError(loadComparison(url))).kind).to.equal('parse');
      expect(await requestCount(k)).to.equal(2);
    });

    it('reload: true fetches again and replaces the cached document', async () => {
      const k = key('reload');
      const url = abs(`/faults/ok/${k}`);
      const first = await loadComparison(url);
      const second = await loadComparison(url, { reload: true });
      expect(await requestCount(k)).to.equal(2);
      expect(second).to.not.equal(first);
      expect(second.id).to.equal(first.id);
      expect(cachedComparison(url)).to.equal(second);
      expect(await loadComparison(url)).to.equal(second);
      expect(await requestCount(k)).to.equal(2);
    });

    it('reload: true while a request is in flight joins it instead of starting another', async () => {
      const k = key('reload-inflight');
      const url = abs(`/faults/ok/${k}?delay=200`);
      const [a, b] = await Promise.all([loadComparison(url), loadComparison(url, { reload: true })]);
      expect(a).to.equal(b);
      expect(await requestCount(k)).to.equal(1);
    });
  });

  describe('aborting', () => {
    it('a signal that is already aborted rejects with an AbortError and makes no request', async () => {
      const k = key('pre-aborted');
      const before = loaderStats.fetches;
      const error = await rejection(loadComparison(`/faults/ok/${k}`, { signal: AbortSignal.abort() }));
      expect(isAbort(error)).to.equal(true);
      expect(error).to.not.be.instanceOf(VerdictError);
      expect(loaderStats.fetches).to.equal(before);
      expect(await requestCount(k)).to.equal(0);
    });

    it('aborting one of two waiters keeps the request alive for the other', async () => {
      const k = key('abort-one');
      const url = abs(`/faults/ok/${k}?hold=1`);
      const abortsBefore = loaderStats.aborts;
      const a = new AbortController();
      const b = new AbortController();
      const pa = loadComparison(url, { signal: a.signal });
      const pb = loadComparison(url, { signal: b.signal });
      await reached(k);
      a.abort();
      expect(isAbort(await rejection(pa))).to.equal(true);
      await release(k);
      const doc = await pb;
      expect(doc.id).to.equal('claude-files-api-vs-codestral-2');
      expect(loaderStats.aborts).to.equal(abortsBefore);
      expect(await requestCount(k)).to.equal(1);
      expect(cachedComparison(url)).to.equal(doc);
    });

    it('aborting every waiter aborts the request', async () => {
      const k = key('abort-all');
      const url = abs(`/faults/ok/${k}?hold=1`);
      const abortsBefore = loaderStats.aborts;
      const a = new AbortController();
      const b = new AbortController();
      const pa = loadComparison(url, { signal: a.signal });
      const pb = loadComparison(url, { signal: b.signal });
      await reached(k);
      a.abort();
      expect(loaderStats.aborts).to.equal(abortsBefore);
      b.abort();
      expect(loaderStats.aborts).to.equal(abortsBefore + 1);
      const [ea, eb] = await Promise.all([rejection(pa), rejection(pb)]);
      expect(isAbort(ea)).to.equal(true);
      expect(isAbort(eb)).to.equal(true);
      expect((eb as DOMException).name).to.equal('AbortError');
      expect(cachedComparison(url)).to.equal(undefined);
      // Nothing is kept from the aborted request: the next caller starts a fresh one and succeeds.
      await release(k);
      const next = loadComparison(url);
      await reached(k, 2);
      await release(k);
      const doc = await next;
      expect(doc.id).to.equal('claude-files-api-vs-codestral-2');
      expect(await requestCount(k)).to.equal(2);
    });

    it('a caller without a signal keeps the request alive when the others abort', async () => {
      const k = key('abort-unsignalled');
      const url = abs(`/faults/ok/${k}?hold=1`);
      const abortsBefore = loaderStats.aborts;
      const a = new AbortController();
      const pa = loadComparison(url, { signal: a.signal });
      const plain = loadComparison(url);
      await reached(k);
      a.abort();
      expect(isAbort(await rejection(pa))).to.equal(true);
      await release(k);
      expect((await plain).id).to.equal('claude-files-api-vs-codestral-2');
      expect(loaderStats.aborts).to.equal(abortsBefore);
      expect(await requestCount(k)).to.equal(1);
    });

    it('aborting after the document arrived changes nothing', async () => {
      const k = key('abort-late');
      const url = abs(`/faults/ok/${k}`);
      const abortsBefore = loaderStats.aborts;
      const controller = new AbortController();
      const doc = await loadComparison(url, { signal: controller.signal });
      controller.abort();
      expect(loaderStats.aborts).to.equal(abortsBefore);
      expect(cachedComparison(url)).to.equal(doc);
      expect(await loadComparison(url, { signal: new AbortController().signal })).to.equal(doc);
      expect(await requestCount(k)).to.equal(1);
    });

    it('isAbort tells an AbortError from everything else', () => {
      expect(isAbort(new DOMException('x', 'AbortError'))).to.equal(true);
      expect(isAbort(new DOMException('x', 'TimeoutError'))).to.equal(false);
      expect(isAbort(new VerdictError('timeout', 'x'))).to.equal(false);
      expect(isAbort(new Error('AbortError'))).to.equal(false);
      expect(isAbort(undefined)).to.equal(false);
    });
  });
});


describe('data/loader: timeouts per caller', () => {
  it('a shared request keeps waiting for a patient caller after an impatient one gave up', async () => {
    const k = `timeout-share-${Date.now()}`;
    const url = `/faults/ok/${k}?hold=1`;
    const impatient = loadComparison(url, { timeout: 200, signal: new AbortController().signal });
    const patient = loadComparison(url, { timeout: 60_000, signal: new AbortController().signal });
    const first = await impatient.then(() => 'loaded', (e: VerdictError) => e.kind);
    expect(first).to.equal('timeout');
    await release(k);
    const doc = await patient;
    expect(doc.id).to.equal('claude-files-api-vs-codestral-2');
  });

  it('a timeout that is not a positive number falls back to the default', async () => {
    const doc = await loadComparison(`/faults/ok/timeout-nan-${Date.now()}?delay=100`, { timeout: Number.NaN });
    expect(doc.id).to.equal('claude-files-api-vs-codestral-2');
  });
});

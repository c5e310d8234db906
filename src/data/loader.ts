import { VerdictError } from './errors.js';
import { pageUrl, parseComparison } from './parse.js';
import type { ComparisonDocument } from './schema.js';

/** Documents larger than this are refused before parsing (the spec's 2 MiB). */
export const MAX_DOCUMENT_BYTES = 2 * 1024 * 1024;
export const DEFAULT_TIMEOUT_MS = 10_000;

export interface LoadOptions {
  /** Abort this caller's interest; the request itself stops once no caller waits on it. */
  signal?: AbortSignal;
  /**
   * Milliseconds this caller waits before failing with kind `timeout` (each caller has its own;
   * the shared request stops when every caller has left).
   */
  timeout?: number;
  /** Forget a cached document and fetch again (the error box's Retry). */
  reload?: boolean;
}

interface SharedRequest {
  promise: Promise<ComparisonDocument>;
  /** Set once loaded, so that elements can render a cached document without waiting a tick. */
  document?: ComparisonDocument;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

/** One entry per absolute URL: in flight, or loaded and kept for the life of the page. */
const requests = new Map<string, SharedRequest>();

/** Counters the tests and the benchmark read to prove requests are shared and aborted. */
export const loaderStats = { fetches: 0, aborts: 0 };

const mib = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MiB`;

async function readCapped(response: Response, url: string): Promise<string> {
  const declared = Number(response.headers.get('content-length'));
  const tooLarge = (size: string) =>
    new VerdictError('too-large', `${url} is ${size}, over the 2 MiB limit for a comparison document.`, { url });
  if (declared > MAX_DOCUMENT_BYTES) {
    void response.body?.cancel();
    throw tooLarge(mib(declared));
  }
  if (!response.body) return response.text();
  // Count while reading so a server that sends no length cannot make us buffer 50 MB.
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DOCUMENT_BYTES) {
      void reader.cancel();
      throw tooLarge(`more than ${mib(MAX_DOCUMENT_BYTES)}`);
    }
    chunks.push(value);
  }
  return new Blob(chunks as BlobPart[]).text(); // UTF-8, like response.text()
}

function httpMessage(url: string, status: number): string {
  const hint =
    status === 404 || status === 410
      ? 'check the src address'
      : status === 401 || status === 403
        ? 'the file must be public: requests are sent without cookies'
        : status >= 500
          ? 'the server failed; try again later'
          : 'check the src address and the server';
  return `${url} answered HTTP ${status}: ${hint}.`;
}

async function fetchDocument(url: string, controller: AbortController): Promise<ComparisonDocument> {
  loaderStats.fetches++;
  let response: Response;
  try {
    response = await fetch(url, {
      credentials: 'omit',
      signal: controller.signal,
      headers: { accept: 'application/json' },
    });
  } catch (cause) {
    if (controller.signal.aborted) throw cause;
    throw new VerdictError(
      'network',
      `Could not load ${url}: the server did not answer, or it does not allow this page to read the file (CORS: it must send Access-Control-Allow-Origin).`,
      { url },
    );
  }
  try {
    if (!response.ok) throw new VerdictError('http', httpMessage(url, response.status), { url, status: response.status });
    return parseComparison(await readCapped(response, url), response.url || url, url);
  } catch (cause) {
    if (cause instanceof VerdictError || controller.signal.aborted) throw cause;
    // A connection dropped in the middle of the body.
    throw new VerdictError('network', `The connection to ${url} broke off while loading: ${String(cause)}.`, { url });
  }
}

const abortError = () => new DOMException('The request was cancelled.', 'AbortError');

/** Whether a rejection only means the caller stopped waiting (not something to show). */
export const isAbort = (error: unknown): boolean => error instanceof DOMException && error.name === 'AbortError';

/**
 * Loads, validates and caches the comparison document at `src`.
 * Every caller naming the same URL shares one request and one parsed document;
 * the request is aborted when the last caller's signal aborts before it finishes.
 * Rejects with a `VerdictError`, or with an `AbortError` when `signal` aborts.
 */
export function loadComparison(src: string, options: LoadOptions = {}): Promise<ComparisonDocument> {
  const { signal } = options;
  const timeout = options.timeout && options.timeout > 0 ? options.timeout : DEFAULT_TIMEOUT_MS;
  if (signal?.aborted) return Promise.reject(abortError());
  let url: string;
  try {
    url = new URL(src, pageUrl()).href;
  } catch {
    return Promise.reject(new VerdictError('network', `"${src}" is not a valid address for src.`, { url: src }));
  }
  let request = requests.get(url);
  if (request && options.reload && request.settled) {
    requests.delete(url);
    request = undefined;
  }
  if (!request) {
    const controller = new AbortController();
    const created: SharedRequest = { controller, waiters: 0, settled: false, promise: undefined! };
    created.promise = fetchDocument(url, controller).then(
      (doc) => {
        created.settled = true;
        created.document = doc;
        return doc;
      },
      (error: unknown) => {
        created.settled = true;
        // Failures are not cached: the next caller (a retry, a new element) asks again.
        if (requests.get(url) === created) requests.delete(url);
        throw error;
      },
    );
    // Keep a rejection nobody listens to (every waiter left) from reaching the page as unhandled.
    created.promise.catch(() => {});
    requests.set(url, (request = created));
  }
  if (request.settled) return request.promise;
  const shared = request;
  shared.waiters++;

  // Each caller waits as long as its own timeout (or until its signal aborts); the request itself
  // is aborted when the last caller has left, so one impatient element cannot fail the others.
  return new Promise((resolve, reject) => {
    let waiting = true;
    /** Stops this caller's waiting; false if it had already stopped. */
    const stop = () => {
      if (!waiting) return false;
      waiting = false;
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      shared.waiters--;
      return true;
    };
    const leave = (reason: unknown) => {
      if (!stop()) return;
      if (shared.waiters === 0 && !shared.settled) {
        loaderStats.aborts++;
        shared.controller.abort();
        if (requests.get(url) === shared) requests.delete(url);
      }
      reject(reason);
    };
    const onAbort = () => leave(abortError());
    const timer = setTimeout(
      () => leave(new VerdictError('timeout', `${url} did not answer within ${timeout / 1000} s; the server may be slow or down.`, { url })),
      timeout,
    );
    signal?.addEventListener('abort', onAbort, { once: true });
    shared.promise.then(
      (doc) => stop() && resolve(doc),
      (error: unknown) => stop() && reject(error),
    );
  });
}

/** The already-loaded document for `src`, if any: lets an element skip the loading state. */
export function cachedComparison(src: string): ComparisonDocument | undefined {
  try {
    return requests.get(new URL(src, pageUrl()).href)?.document;
  } catch {
    return undefined;
  }
}

/** Forget every cached document (tests; pages that know their documents changed). */
export function clearComparisonCache(): void {
  requests.clear();
}

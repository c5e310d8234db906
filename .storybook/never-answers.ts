/**
 * A URL that never answers, for the loading and timeout stories.
 *
 * A static host (storybook-static behind any file server) cannot hold a request open, so the
 * preview's `fetch` keeps any request whose path contains `/never-answers/` pending until its
 * signal aborts, exactly as a server that accepted the connection and never replied: the elements'
 * loader sees the same pending promise, aborts it on its timeout (kind `timeout`) or when the
 * element leaves, and every other URL goes to the real `fetch` untouched.
 *
 * A function that preview.ts calls, not an import for its side effect: package.json's
 * "sideEffects" lets the build drop modules imported only for their side effects.
 */
const NEVER_ANSWERS = '/never-answers/';

function neverAnswer(signal: AbortSignal | null | undefined): Promise<Response> {
  return new Promise((_resolve, reject) => {
    const abort = () => reject(signal?.reason ?? new DOMException('The operation was aborted.', 'AbortError'));
    if (signal?.aborted) abort();
    else signal?.addEventListener('abort', abort, { once: true });
  });
}

let installed = false;

export function installNeverAnswers(): void {
  if (installed) return;
  installed = true;
  const realFetch = globalThis.fetch.bind(globalThis);
  globalThis.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (!url.pathname.includes(NEVER_ANSWERS)) return realFetch(input, init);
    return neverAnswer(init?.signal ?? (input instanceof Request ? input.signal : undefined));
  };
}

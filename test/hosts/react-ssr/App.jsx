import { useCallback, useEffect, useState } from 'react';

/** JSON for an inline `<script type="application/json">`: a `<` cannot close the script. */
const inlineJson = (doc) => ({ __html: JSON.stringify(doc).replace(/</g, '\\u003c') });

/**
 * Until React hydrates custom-element props and listeners (facebook/react#35446), set `data` and
 * listen through a ref: it runs on hydration as on a client render.
 */
function useVerdict(doc, onLoad) {
  return useCallback(
    (element) => {
      if (!element) return;
      element.addEventListener('verdict-load', onLoad);
      element.data = doc;
      return () => element.removeEventListener('verdict-load', onLoad);
    },
    [doc, onLoad],
  );
}

/**
 * One way of giving a server-rendered `<tool-compare>` its document per page (`variant`), so that
 * each page's layout shift is that way's own:
 * - `ref`: `data` and the listener set by a ref on hydration;
 * - `src`: an attribute, in the server's HTML;
 * - `inline`: the inline JSON child, in the server's HTML;
 * - `rendered`: `renderElement` output (declarative shadow DOM), hydrated by the hydrating bundle;
 * - `prop`: `data={doc}` as a prop, which React 19 drops on hydration (the bug itself).
 */
export function App({ doc, variant, rendered }) {
  const [events, setEvents] = useState([]);
  const onLoad = useCallback((event) => setEvents((list) => [...list, `load:${event.target.localName}`]), []);
  const ref = useVerdict(doc, onLoad);
  // Marks the end of hydration for the test (effects run after the hydration commit).
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return (
    <main data-hydrated={hydrated ? 'yes' : 'no'}>
      <h1>Server-rendered React: {variant}</h1>
      {variant === 'ref' && <tool-compare id="by-ref" ref={ref} tools="lantern-search,quill-docs"></tool-compare>}
      {variant === 'src' && <tool-compare id="by-src" src="/roundup.json" tools="lantern-search,quill-docs"></tool-compare>}
      {variant === 'inline' && (
        <tool-compare id="by-inline" tools="lantern-search,quill-docs">
          <script type="application/json" dangerouslySetInnerHTML={inlineJson(doc)} />
        </tool-compare>
      )}
      {/* The server's HTML string, left as it is by hydration (React does not diff dangerouslySetInnerHTML). */}
      {variant === 'rendered' && <div id="by-render" dangerouslySetInnerHTML={{ __html: rendered }} />}
      {variant === 'prop' && <tool-card id="by-prop" data={doc} tool="lantern-search" onverdict-load={onLoad}></tool-card>}
      {/* The rest of the article: it moves if the comparison grows after the first paint. */}
      {Array.from({ length: 12 }, (_, i) => (
        <p key={i} className="below">
          Paragraph {i + 1} of the article below the comparison. A reader is already reading it when the
          script arrives, so any height the comparison gains after the first paint pushes this text away.
        </p>
      ))}
      <output id="events">{events.join(' ')}</output>
    </main>
  );
}

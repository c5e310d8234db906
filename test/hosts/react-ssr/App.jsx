import { useCallback, useState } from 'react';

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

export function App({ doc }) {
  const [events, setEvents] = useState([]);
  const onLoad = useCallback((event) => setEvents((list) => [...list, `load:${event.target.localName}`]), []);
  const compareRef = useVerdict(doc, onLoad);
  return (
    <main>
      {/* 1. A ref: `data` and the listener, set on hydration. */}
      <tool-compare id="by-ref" ref={compareRef} tools="lantern-search,quill-docs"></tool-compare>
      {/* 2. `src`: an attribute, so it is in the server's HTML. */}
      <tool-card id="by-src" src="/roundup.json" tool="quill-docs"></tool-card>
      {/* 3. The inline JSON child: in the server's HTML, read before React hydrates. */}
      <verdict-badge id="by-inline" tool="harbor-ci">
        <script type="application/json" dangerouslySetInnerHTML={inlineJson(doc)} />
      </verdict-badge>
      {/* What does not work on a server-rendered page yet: React drops this `data` on hydration. */}
      <tool-card id="by-prop" data={doc} tool="lantern-search" onverdict-load={onLoad}></tool-card>
      <output id="events">{events.join(' ')}</output>
    </main>
  );
}

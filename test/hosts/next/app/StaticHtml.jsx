'use client';
import { useCallback, useEffect } from 'react';

/**
 * `renderElement` output in a page: React leaves the server's HTML as it is on hydration, and the
 * hydrating bundle (browser only: it needs a DOM) adopts it.
 */
export function StaticHtml({ html }) {
  useEffect(() => {
    import('verdict-elements/cdn/hydrate');
  }, []);
  // After a client-side navigation React writes the HTML through innerHTML, which leaves declarative
  // shadow roots as inert <template>s: parse it again, as the browser did on a direct load.
  const ref = useCallback(
    (div) => {
      if (div?.querySelector('template[shadowrootmode]')) div.setHTMLUnsafe(html);
    },
    [html],
  );
  return <div ref={ref} dangerouslySetInnerHTML={{ __html: html }} />;
}

'use client';
import { useCallback, useEffect } from 'react';

/**
 * `renderElement` output in a page. The server writes the HTML, which the browser parses with its
 * declarative shadow roots; React keeps it as it is on hydration and the hydrating bundle (browser
 * only: it needs a DOM) adopts it. In the browser React writes no HTML itself: innerHTML would leave
 * the shadow roots as inert <template>s (after a client-side navigation), so the ref parses the HTML
 * as a page load does (setHTMLUnsafe: Chrome 124, Firefox 128, Safari 26; innerHTML before them).
 */
export function StaticHtml({ html }) {
  useEffect(() => {
    import('verdict-elements/cdn/hydrate');
  }, []);
  const ref = useCallback(
    (div) => {
      if (div && !div.firstChild) div.setHTMLUnsafe ? div.setHTMLUnsafe(html) : (div.innerHTML = html);
    },
    [html],
  );
  return <div ref={ref} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: typeof window === 'undefined' ? html : '' }} />;
}

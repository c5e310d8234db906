import { useCallback } from 'react';

/** The inline JSON child: JSON in a `<script>`, with `<` escaped so no text can close it. */
export function InlineJson({ doc }) {
  return <script type="application/json" dangerouslySetInnerHTML={{ __html: JSON.stringify(doc).replace(/</g, '\\u003c') }} />;
}

/** `data` through a ref: React 19 runs refs on hydration, where it drops the `data` prop (facebook/react#35446). */
export function ComparisonByRef({ doc, tools }) {
  const ref = useCallback((element) => {
    if (element) element.data = doc;
  }, [doc]);
  return <tool-compare ref={ref} tools={tools}></tool-compare>;
}

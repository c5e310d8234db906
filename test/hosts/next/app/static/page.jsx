// A Server Component: the comparison as HTML at build time (declarative shadow DOM, inline JSON,
// light-DOM text), laid out before any script runs; <StaticHtml> has the hydrating bundle adopt it.
import { renderElement } from 'verdict-elements/ssr';
import roundup from '../../roundup.json';
import { StaticHtml } from '../StaticHtml.jsx';

export default async function Static() {
  const html = await renderElement(roundup, { element: 'tool-compare', headingLevel: 2 });
  return (
    <main>
      <h1>The comparison as static HTML</h1>
      <StaticHtml html={html} />
    </main>
  );
}

// A Server Component: the comparison as HTML at build time (declarative shadow DOM, inline JSON,
// light-DOM text); the hydrating bundle, loaded by <Hydrate />, adopts it without a shift.
import { renderElement } from 'verdict-elements/ssr';
import roundup from '../../roundup.json';
import { Hydrate } from '../Hydrate.jsx';

export default async function Static() {
  const html = await renderElement(roundup, { element: 'tool-compare', headingLevel: 2 });
  return (
    <main>
      <h1>The comparison as static HTML</h1>
      <div dangerouslySetInnerHTML={{ __html: html }} />
      <Hydrate />
    </main>
  );
}

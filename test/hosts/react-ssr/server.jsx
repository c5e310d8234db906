import { renderToString } from 'react-dom/server';
import { renderElement } from 'verdict-elements/ssr';
import { App } from './App.jsx';

/** The page's app HTML and the props the client hydrates with (as a framework serializes them). */
export async function render(doc, variant) {
  const rendered = variant === 'rendered' ? await renderElement(doc, { element: 'tool-compare', tools: ['lantern-search', 'quill-docs'] }) : '';
  const props = { variant, rendered };
  return {
    html: renderToString(<App doc={doc} {...props} />),
    props: JSON.stringify(props).replace(/</g, '\\u003c'),
  };
}

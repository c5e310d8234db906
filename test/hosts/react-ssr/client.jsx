import { hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';
import roundup from './roundup.json';

const props = JSON.parse(document.getElementById('props').textContent);
// Static HTML from `renderElement` needs the hydrating bundle; the other ways the plain define entry.
// Either one defines the elements before React hydrates (so `data` would be set as a property).
if (props.variant === 'rendered') await import('verdict-elements/cdn/hydrate');
else await import('verdict-elements/define');

hydrateRoot(document.getElementById('root'), <App doc={roundup} {...props} />, {
  onRecoverableError: (error) => console.error('recoverable:', error.message),
});

import 'verdict-elements/define';
import { hydrateRoot } from 'react-dom/client';
import { App } from './App.jsx';
import roundup from './roundup.json';

hydrateRoot(document.getElementById('root'), <App doc={roundup} />, {
  onRecoverableError: (error) => console.error('recoverable:', error.message),
});

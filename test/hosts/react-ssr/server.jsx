import { renderToString } from 'react-dom/server';
import { App } from './App.jsx';

export const render = (doc) => renderToString(<App doc={doc} />);

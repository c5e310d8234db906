import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import customElements from '../custom-elements.json';
import { installNeverAnswers } from './never-answers.js';
import './preview.css';

// Controls and the docs pages (attributes, properties, events, slots, CSS parts and custom
// properties) come from the manifest that `npm run analyze` writes from the elements' JSDoc.
setCustomElementsManifest(customElements);

// The loading and timeout stories' `src` never answers: see never-answers.ts.
installNeverAnswers();

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    backgrounds: {
      options: {
        light: { name: 'Light', value: '#ffffff' },
        dark: { name: 'Dark', value: '#0f1115' },
      },
    },
  },
  // The manifest gives these as TypeScript unions; say how to edit them.
  argTypes: {
    theme: { control: 'inline-radio', options: ['auto', 'light', 'dark'] },
    loading: { control: 'inline-radio', options: ['eager', 'lazy'] },
    timeout: { control: 'number' },
    locale: { control: 'text' },
    src: { control: 'text' },
    tool: { control: 'text' },
    data: { control: 'object' },
    strings: { control: 'object' },
    document: { control: false },
  },
};

export default preview;

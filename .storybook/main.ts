import type { StorybookConfig } from '@storybook/web-components-vite';

/**
 * Storybook for the four elements (`npm run storybook`, `npm run build-storybook`).
 * Controls and the docs pages come from custom-elements.json (see preview.ts): run
 * `npm run analyze` after changing an element's API.
 */
const config: StorybookConfig = {
  stories: ['../stories/*.stories.ts'],
  addons: ['@storybook/addon-docs'],
  framework: {
    name: '@storybook/web-components-vite',
    // Storybook's own small Vite config, not the project's (which builds the CDN bundle and
    // serves the demo): see .storybook/vite.config.ts.
    options: { builder: { viteConfigPath: '.storybook/vite.config.ts' } },
  },
  // The demo's fixtures, the same files (demo/fixtures is their only copy), at /fixtures/.
  staticDirs: [{ from: '../demo/fixtures', to: '/fixtures' }],
  core: { disableTelemetry: true },
};

export default config;

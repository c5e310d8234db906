import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { demoFaults } from './demo/dev-faults.js';
import { minifyCssPlugin } from './scripts/minify-css.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `vite` (npm start) serves the demo pages; `vite build` writes the CDN bundles:
// dist/verdict-elements.js, one minified ES module with Lit, @lit/context and zod inside that
// defines all four elements (that path is a public contract: keep it), and the same as a classic
// script, dist/verdict-elements.iife.js. The npm entries are compiled by tsc (tsconfig.build.json).
export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: here('demo'),
        plugins: [demoFaults()],
        server: { port: 5173, fs: { allow: [here('.')] } },
        preview: { port: 4173 },
      }
    : {
        plugins: [minifyCssPlugin()],
        build: {
          outDir: here('dist'),
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          // Vite keeps whitespace in library ES output for bundlers' sake; this file is for browsers.
          rolldownOptions: { output: { minify: true } },
          lib: {
            entry: here('src/define.ts'),
            // The same bundle as a classic script, for hosts that cannot add type="module".
            formats: ['es', 'iife'],
            name: 'VerdictElements',
            fileName: (format) => (format === 'es' ? 'verdict-elements.js' : 'verdict-elements.iife.js'),
          },
        },
      },
);

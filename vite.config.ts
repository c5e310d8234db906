import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { demoFaults } from './demo/dev-faults.js';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// `vite` (npm start) serves the demo pages; `vite build` writes the CDN bundle,
// dist/verdict-elements.js: one minified ES module with Lit, @lit/context and zod inside,
// that defines all four elements. That path is a public contract: keep it.
export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: here('demo'),
        plugins: [demoFaults()],
        server: { port: 5173, fs: { allow: [here('.')] } },
        preview: { port: 4173 },
      }
    : {
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
            formats: ['es'],
            fileName: () => 'verdict-elements.js',
          },
        },
      },
);

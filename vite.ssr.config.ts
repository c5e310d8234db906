import { defineConfig, loadConfigFromFile, type PluginOption, type UserConfig } from 'vite';
import { fileURLToPath } from 'node:url';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Static rendering must produce exactly the templates the browser bundles hold (hydration compares
 * them), so both builds here go through the main build's own plugins (vite.config.ts: whatever it
 * does to template literals, these do too):
 *
 * - `vite build -c vite.ssr.config.ts` (default mode): `verdict-elements/ssr` for Node,
 *   dist/ssr/*.js, with lit, @lit-labs/ssr and zod left as imports (one Lit for the whole server);
 * - `vite build -c vite.ssr.config.ts --mode hydrate`: dist/verdict-elements.hydrate.js, the
 *   elements with Lit's hydration support, minified like dist/verdict-elements.js.
 */
export default defineConfig(async ({ mode }): Promise<UserConfig> => {
  const main = await loadConfigFromFile({ command: 'build', mode: 'production' }, here('vite.config.ts'), here('.'), 'silent');
  const plugins = (main?.config.plugins ?? []) as PluginOption[];
  const target = main?.config.build?.target ?? 'es2022';
  if (mode === 'hydrate') {
    return {
      configFile: false,
      plugins,
      build: {
        outDir: here('dist'),
        emptyOutDir: false,
        target,
        minify: true,
        sourcemap: true,
        rolldownOptions: { output: { minify: true } },
        lib: {
          entry: here('src/hydrate.ts'),
          formats: ['es'],
          fileName: () => 'verdict-elements.hydrate.js',
        },
      },
    };
  }
  return {
    configFile: false,
    plugins,
    build: {
      outDir: here('dist/ssr'),
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      ssr: true,
      rolldownOptions: {
        input: { index: here('src/ssr/index.ts'), eleventy: here('src/ssr/eleventy.ts') },
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
      },
    },
  };
});

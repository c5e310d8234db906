import { defineConfig, type Plugin } from 'vite';

/** The size of the too-large story's document: over the elements' 2 MiB limit. */
const TOO_LARGE_BYTES = 3 * 1024 * 1024;
const tooLargeDocument = () => `{"version":1,"id":"too-large","title":"Too large","pad":"${'x'.repeat(TOO_LARGE_BYTES)}"}`;

/**
 * A real oversized document at `faults/too-large.json`, next to iframe.html: served by the dev
 * server, and written into storybook-static by the build, so that the too-large stories fetch an
 * actual 3 MiB response in both (it is generated, not kept in the repository).
 */
function tooLargeFixture(): Plugin {
  return {
    name: 'verdict-stories-too-large',
    configureServer(server) {
      server.middlewares.use('/faults/too-large.json', (_req, res) => {
        res.setHeader('content-type', 'application/json');
        res.end(tooLargeDocument());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'faults/too-large.json', source: tooLargeDocument() });
    },
  };
}

/**
 * The stories import src/define.ts only for its side effect (registering the elements). A
 * production build drops such an import when package.json's "sideEffects" does not list the
 * module, and the stories then show undefined elements while the build still succeeds (it
 * happened once). package.json lists the src define modules today; this keeps the Storybook build
 * from depending on that list.
 */
function keepDefineModules(): Plugin {
  const defineModule = /\/src\/(?:components\/[^/]+\/)?define\.ts$/;
  return {
    name: 'verdict-stories-keep-define-modules',
    transform(code, id) {
      if (defineModule.test(id.split('?')[0]!)) return { code, map: null, moduleSideEffects: true };
      return undefined;
    },
  };
}

export default defineConfig({
  plugins: [keepDefineModules(), tooLargeFixture()],
  // Storybook's renderer imports lit/directive-helpers.js, which the dev server would otherwise
  // serve unbundled next to the pre-bundled lit: two copies of lit-html on the page.
  optimizeDeps: { include: ['lit', 'lit/directive-helpers.js', 'lit/directives/if-defined.js', '@lit/context'] },
});

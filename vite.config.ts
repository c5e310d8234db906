import { defineConfig, type Plugin } from 'vite';
import { fileURLToPath } from 'node:url';
import { demoFaults } from './demo/dev-faults.js';
import { demoVotesOffline, demoVotesProxy } from './demo/dev-votes.js';
import { minifyLiteralsPlugin } from './scripts/minify-literals.mjs';
import { workbench } from './scripts/vite-workbench.mjs';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

/**
 * Chrome (136+) compiles a file that starts with this comment eagerly, on a background thread while
 * it downloads, instead of function by function on the main thread when each is first called.
 * Nearly every function in the bundle runs when a widget renders, so that is less main-thread work
 * (bench: element scripting at 4x from ~78 to ~64 ms, whole embed from ~120 to ~78 ms).
 */
function compileHints(): Plugin {
  const HINT = '//# allFunctionsCalledOnLoad\n';
  return {
    name: 'verdict-compile-hints',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk') continue;
        file.code = HINT + file.code;
        // One more generated line at the top: the source map starts one line later.
        const asset = bundle[`${file.fileName}.map`];
        if (asset?.type === 'asset') {
          const map = JSON.parse(String(asset.source)) as { mappings: string };
          map.mappings = `;${map.mappings}`;
          asset.source = JSON.stringify(map);
        } else if (file.map) {
          file.map.mappings = `;${file.map.mappings}`;
        }
      }
    },
  };
}

/**
 * Private members of our own classes and internal records, renamed by the minifier in the CDN
 * bundles (about 90 bytes brotli). Only names that nothing outside this package reads, that no
 * library in the bundle uses, and that never reach a host API or an event detail; a name added here
 * is renamed everywhere in the bundle, so check it occurs nowhere else first (`grep -rw NAME src
 * node_modules/{lit-html,@lit,zod}`). Not the public or protected API: subclasses of
 * VerdictElement may override `renderDocument`, `narrow` and friends.
 */
const PRIVATE_MEMBERS = new RegExp(
  `^(${[
    // VerdictElement
    'viewBase sourceKey controller stopWatching announced stopTheme holding stopHolding childWatcher',
    'release syncSource attempt fetchSource announce mergedFor',
    // Formatter
    'english numbers percents dates make',
    // Voting, Tally
    'notice shows press listeners seq',
    // ToolCompare
    'scorecardShown scorecardTask checkComposed renderCommunity renderHead renderScorecard',
  ]
    .join(' ')
    .split(' ')
    .join('|')})$`,
);

// `vite` (npm start) serves the demo pages; `vite build` writes the CDN bundles:
// dist/verdict-elements.js, one minified ES module with Lit, @lit/context and zod inside that
// defines all four elements (that path is a public contract: keep it), and the same as a classic
// script, dist/verdict-elements.iife.js. The npm entries are compiled by tsc (tsconfig.build.json).
export default defineConfig(({ command }) =>
  command === 'serve'
    ? {
        root: here('demo'),
        plugins: [demoFaults(), demoVotesOffline(), workbench()],
        server: { port: 5173, fs: { allow: [here('.')] }, proxy: demoVotesProxy() },
        preview: { port: 4173 },
      }
    : {
        plugins: [minifyLiteralsPlugin(), compileHints()],
        build: {
          outDir: here('dist'),
          emptyOutDir: false,
          target: 'es2022',
          minify: true,
          sourcemap: true,
          // Vite keeps whitespace in library ES output for bundlers' sake; this file is for browsers.
          // No /* @__PURE__ */ notes in a file nothing bundles again (about 100 bytes brotli).
          rolldownOptions: { output: { minify: { compress: true, mangle: true, codegen: true, mangleProps: { include: PRIVATE_MEMBERS } }, comments: { annotation: false } } },
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

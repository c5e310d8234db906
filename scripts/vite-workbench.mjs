// Vite plugins for the workbench page (demo/workbench.html), in `npm start` and `npm run build:site`:
// - `virtual:verdict-cdn`: pinned CDN URLs and SRI hashes of the build (vite-cdn-info.mjs);
// - codemirror-json-schema without what the page does not use: its Markdown renderer (Shiki,
//   ~1 MB) and its YAML and JSON5 parsers are replaced by small local modules. The same
//   redirection runs in the dev server's dependency optimizer, which bundles node_modules apart.
import { fileURLToPath } from 'node:url';
import { cdnInfo } from './vite-cdn-info.mjs';

const local = (path) => fileURLToPath(new URL(`../demo/workbench/${path}`, import.meta.url));
const REDIRECTS = [
  [/\/utils\/markdown(\.js)?$/, local('schema-markdown.ts')],
  [/\/(yaml|json5)-parser(\.js)?$/, local('schema-parsers.ts')],
];

function lightSchemaEditor() {
  return {
    name: 'verdict-light-schema-editor',
    enforce: 'pre',
    resolveId(source, importer) {
      if (!importer || !/[\\/]codemirror-json-schema[\\/]/.test(importer)) return undefined;
      for (const [pattern, target] of REDIRECTS) if (pattern.test(source)) return target;
      return undefined;
    },
  };
}

export function workbench() {
  const redirect = lightSchemaEditor();
  return [
    cdnInfo(),
    redirect,
    {
      name: 'verdict-light-schema-editor-deps',
      config: () => ({ optimizeDeps: { rolldownOptions: { plugins: [redirect] } } }),
    },
  ];
}

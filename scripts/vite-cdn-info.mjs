// Vite plugin: `import cdn from 'virtual:verdict-cdn'` gives the workbench the pinned CDN URLs and
// SRI hashes of the bundles in dist/ (scripts/cdn-files.mjs), read when the page is built or
// served, so the embed code it offers is always that of the build beside it. Without a build,
// `files` is null and `missing` says why (the workbench then offers the snippet without hashes).
import { fileURLToPath } from 'node:url';
import { BUNDLES, cdnFiles, packageInfo } from './cdn-files.mjs';

const ID = 'virtual:verdict-cdn';

export function cdnInfo() {
  return {
    name: 'verdict-cdn-info',
    resolveId: (id) => (id === ID ? `\0${ID}` : undefined),
    load(id) {
      if (id !== `\0${ID}`) return undefined;
      for (const { file } of BUNDLES) this.addWatchFile(fileURLToPath(new URL(`../${file}`, import.meta.url)));
      let files = null;
      let missing = null;
      try {
        files = cdnFiles().map(({ file, integrity, url }) => ({ file, integrity, url }));
      } catch (error) {
        missing = error.message;
      }
      return `export default ${JSON.stringify({ ...packageInfo(), files, missing })};`;
    },
  };
}

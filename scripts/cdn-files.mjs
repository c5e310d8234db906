// The CDN bundles as published: their jsDelivr URLs pinned to package.json's version and their
// Subresource Integrity hashes (sha384) of dist/ as built now. Used by scripts/sri.mjs and by the
// workbench's embed code (scripts/vite-cdn-info.mjs).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);

export const BUNDLES = [
  { file: 'dist/verdict-elements.js', tag: (src, integrity) => `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>` },
  { file: 'dist/verdict-elements.iife.js', tag: (src, integrity) => `<script src="${src}" integrity="${integrity}" crossorigin="anonymous" defer></script>` },
];

export function packageInfo() {
  const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
  return { name, version };
}

/** The published URL of a file of the package, at the pinned version. */
export const cdnUrl = (name, version, file) => `https://cdn.jsdelivr.net/npm/${name}@${version}/${file}`;

/** One row per bundle; throws with a message naming the missing file when dist/ is not built. */
export function cdnFiles() {
  const { name, version } = packageInfo();
  return BUNDLES.map(({ file, tag }) => {
    let bytes;
    try {
      bytes = readFileSync(new URL(file, root));
    } catch {
      throw new Error(`${file} is missing: run \`npm run build\` first.`);
    }
    const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
    const url = cdnUrl(name, version, file);
    return { file, bytes: bytes.length, integrity, url, tag: tag(url, integrity) };
  });
}

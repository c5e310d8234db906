// Prints the Subresource Integrity hashes (sha384) of the CDN bundles, and the script tags to
// paste, pinned to package.json's version. The hashes are of dist/ as built now: run it after
// `npm run build` of the release being published, and update README.md ("Use it from an app").
// Usage: node scripts/sri.mjs [--json]
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

const root = new URL('../', import.meta.url);
const { name, version } = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const FILES = [
  { file: 'dist/verdict-elements.js', tag: (src, integrity) => `<script type="module" src="${src}" integrity="${integrity}" crossorigin="anonymous"></script>` },
  { file: 'dist/verdict-elements.iife.js', tag: (src, integrity) => `<script src="${src}" integrity="${integrity}" crossorigin="anonymous" defer></script>` },
];

const rows = FILES.map(({ file, tag }) => {
  let bytes;
  try {
    bytes = readFileSync(new URL(file, root));
  } catch {
    console.error(`${file} is missing: run \`npm run build\` first.`);
    process.exit(1);
  }
  const integrity = `sha384-${createHash('sha384').update(bytes).digest('base64')}`;
  const url = `https://cdn.jsdelivr.net/npm/${name}@${version}/${file}`;
  return { file, bytes: bytes.length, integrity, url, tag: tag(url, integrity) };
});

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ name, version, files: rows }, null, 2));
} else {
  for (const row of rows) console.log(`${row.file} (${row.bytes} bytes)\n  ${row.integrity}\n  ${row.tag}\n`);
}

// Prints the Subresource Integrity hashes (sha384) of the CDN bundles, and the script tags to
// paste, pinned to package.json's version. The hashes are of dist/ as built now: run it after
// `npm run build` of the release being published, and update README.md ("Use it from an app").
// Usage: node scripts/sri.mjs [--json]
import { cdnFiles, packageInfo } from './cdn-files.mjs';

let rows;
try {
  rows = cdnFiles();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ...packageInfo(), files: rows }, null, 2));
} else {
  for (const row of rows) console.log(`${row.file} (${row.bytes} bytes)\n  ${row.integrity}\n  ${row.tag}\n`);
}

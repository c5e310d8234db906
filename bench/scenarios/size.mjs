// Scenario: sizes of the CDN bundles (raw, gzip, brotli quality 11).
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { BUNDLE, BUNDLE_IIFE } from '../lib/config.mjs';

export function benchSize() {
  const one = (file) => {
    const body = fs.readFileSync(file);
    return {
      file: `dist/${path.basename(file)}`,
      rawBytes: body.length,
      gzipBytes: zlib.gzipSync(body, { level: 9 }).length,
      brotliBytes: zlib.brotliCompressSync(body, {
        params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length,
    };
  };
  return { esm: one(BUNDLE), iife: one(BUNDLE_IIFE) };
}

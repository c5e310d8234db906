// @web/test-runner in Debian's Chromium (nothing here can download a browser of its own).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { faultServer } from './test/support/fault-server.js';
import { countReporter } from './test/support/count-reporter.js';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.mjs';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Chromium 128+ times out at random with more than one page at a time.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [
    faultServer,
    (await import('./test/hostile/support/csp-server.js')).cspServer,
    (await import('./test/ssr/support/ssr-server.js')).ssrServer,
  ],
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 15_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        headless: true,
        args: [...CHROMIUM_ARGS, '--js-flags=--expose-gc'],
      },
    }),
  ],
};

// @web/test-runner in Debian's Chromium (nothing here can download a browser of its own).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { faultServer } from './test/support/fault-server.js';
import { countReporter } from './test/support/count-reporter.js';

const executablePath = process.env.CHROME_PATH || '/usr/bin/chromium';

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: true,
  // Chromium 128+ times out at random with more than one page at a time.
  concurrency: 1,
  testsFinishTimeout: 300_000,
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  middleware: [faultServer, (await import('./test/hostile/support/csp-server.js')).cspServer],
  reporters: [defaultReporter(), countReporter()],
  testFramework: { config: { timeout: 15_000 } },
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--headless=new',
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--js-flags=--expose-gc',
          // The tests render documents whose logos and avatars name made-up hosts (fuzzing). With no
          // DNS on CI those lookups hang, hundreds pile up across test files, and once Chromium's
          // 256-socket pool is full even requests to the test server stall. Fail them at once.
          '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
        ],
      },
    }),
  ],
};

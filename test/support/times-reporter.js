// Prints one line per test file as it finishes ("firefox 41.2 s test/hostile/xss.test.ts: passed"),
// then the slowest files and tests, so that a slow or hung file in any engine is named in the CI log.
import { relative } from 'node:path';

function* testsOf(suite, path = []) {
  for (const test of suite?.tests ?? []) yield { name: [...path, test.name].join(' > '), duration: test.duration ?? 0 };
  for (const child of suite?.suites ?? []) yield* testsOf(child, [...path, child.name]);
}

export function timesReporter({ slowest = 8 } = {}) {
  const started = new Map();
  const files = [];
  const tests = [];
  let runStarted = Date.now();
  const name = (session) => `${session.browser.name.toLowerCase()} ${relative(process.cwd(), session.testFile)}`;
  const table = (rows) => rows.sort((a, b) => b.seconds - a.seconds).slice(0, slowest).map((r) => `${r.seconds.toFixed(1).padStart(7)} s  ${r.label}`).join('\n');
  return {
    start({ sessions, startTime }) {
      runStarted = startTime ?? runStarted;
      sessions.on('session-status-updated', (session) => {
        if (session.status === 'FINISHED') {
          // The first sessions start before reporters do: they count from the run's start.
          const seconds = (Date.now() - (started.get(session.id) ?? runStarted)) / 1000;
          started.delete(session.id);
          files.push({ seconds, label: name(session) });
          for (const test of testsOf(session.testResults)) tests.push({ seconds: test.duration / 1000, label: `${name(session)}: ${test.name}` });
          process.stderr.write(`[times] ${seconds.toFixed(1).padStart(6)} s ${name(session)}: ${session.passed ? 'passed' : 'FAILED'}\n`);
          if (session.errors?.some((error) => /did not finish within/.test(error.message ?? ''))) {
            process.stderr.write(`[times] ${name(session)} sent no results in time: the page hung or stopped answering (the bound per file is in web-test-runner.config.js, WTR_FILE_MINUTES to change it)\n`);
          }
        } else if (session.status !== 'SCHEDULED' && !started.has(session.id)) {
          started.set(session.id, Date.now());
          process.stderr.write(`[times] start ${name(session)}\n`);
        }
      });
    },
    stop() {
      process.stdout.write(`\nslowest files:\n${table(files)}\nslowest tests:\n${table(tests)}\n`);
    },
  };
}

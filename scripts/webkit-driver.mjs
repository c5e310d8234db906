// Starts WebKitGTK's WebDriver (under xvfb-run when there is no display) on a free local port, for
// @web/test-runner-webdriver, and stops it with the process that started it.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Waits until the driver answers /status (it takes a moment to start, longer on a busy machine). */
async function ready(port, child, boundMs = 60_000) {
  const deadline = Date.now() + boundMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`WebKitWebDriver exited with code ${child.exitCode} before it was ready`);
    try {
      const response = await fetch(`http://127.0.0.1:${port}/status`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`WebKitWebDriver did not answer on 127.0.0.1:${port} within ${boundMs / 1000} s`);
}

/** `{ driver, xvfbRun }` from scripts/browsers.mjs -> the port the driver listens on. */
export async function startWebKitDriver({ driver, xvfbRun }) {
  const port = await freePort();
  const command = xvfbRun ? [xvfbRun, '--auto-servernum', '--server-args=-screen 0 1280x1024x24', driver] : [driver];
  // Its own process group, so that stopping it also stops Xvfb and the browsers it started.
  const child = spawn(command[0], [...command.slice(1), `--port=${port}`, '--host=127.0.0.1'], { stdio: 'ignore', detached: true });
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  };
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) process.once(signal, () => { stop(); process.exit(130); });
  await ready(port, child);
  return port;
}

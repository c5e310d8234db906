// A scratch project with the package installed as npm would install it: `npm pack`, unpacked into
// node_modules/verdict-elements; its dependencies and the app's own are symlinked from this repo's
// node_modules (no network). Used by the host tests (test/node/hosts.test.mjs).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const run = promisify(execFile);

/** Packs the package once into a new temporary folder; `project(name, packages)` makes an app there. */
export async function packPackage() {
  assert.ok(existsSync(join(ROOT, 'dist/lib/index.js')), 'run `npm run build` first');
  const temp = await mkdtemp(join(tmpdir(), 'verdict-hosts-'));
  const env = { ...process.env, npm_config_offline: 'true', npm_config_update_notifier: 'false', npm_config_fund: 'false' };
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', temp], { cwd: ROOT, env });
  const [packed] = JSON.parse(stdout);
  const unpacked = join(temp, 'package');
  await mkdir(unpacked);
  await run('tar', ['-xzf', join(temp, packed.filename), '-C', unpacked, '--strip-components=1']);
  const dependencies = Object.keys(JSON.parse(await readFile(join(unpacked, 'package.json'), 'utf8')).dependencies ?? {});

  return {
    temp,
    /** A project in `temp/name`: `from` (a folder of test/hosts) copied in, the package and `packages` installed. */
    async project(name, { from, packages = [] } = {}) {
      const app = join(temp, name);
      if (from) await cp(join(ROOT, from), app, { recursive: true });
      await mkdir(join(app, 'node_modules'), { recursive: true });
      await cp(unpacked, join(app, 'node_modules/verdict-elements'), { recursive: true });
      for (const pkg of new Set([...dependencies, ...packages])) {
        const target = join(ROOT, 'node_modules', pkg);
        assert.ok(existsSync(target), `${pkg} is not installed in this repo (npm install)`);
        await mkdir(dirname(join(app, 'node_modules', pkg)), { recursive: true });
        await symlink(target, join(app, 'node_modules', pkg), 'dir');
      }
      if (!existsSync(join(app, 'package.json'))) {
        await writeFile(join(app, 'package.json'), JSON.stringify({ name: `host-${name}`, private: true, type: 'module' }));
      }
      return app;
    },
    async cleanup() {
      // KEEP_HOSTS=1 keeps the projects for a look (their path is printed).
      if (process.env.KEEP_HOSTS) console.log(`host projects kept in ${temp}`);
      else await rm(temp, { recursive: true, force: true });
    },
  };
}

/** Runs a command, resolving with { code, stdout, stderr } whatever its exit status; bounded by `timeout` ms. */
export async function sh(file, args, options = {}) {
  try {
    const { stdout, stderr } = await run(file, args, { maxBuffer: 64 << 20, timeout: 120_000, ...options });
    return { code: 0, stdout, stderr };
  } catch (error) {
    if (typeof error.code !== 'number' && !error.killed) throw error;
    return { code: error.code ?? 'timeout', stdout: error.stdout ?? '', stderr: error.stderr ?? '' };
  }
}

/**
 * Serves `dir` on 127.0.0.1 (a free port). `/x` also finds `/x.html` (clean URLs, as the hosts'
 * own servers do); `pages` maps a path to HTML made on the fly. Unknown paths are 404.
 */
export function serve(dir, pages = {}) {
  const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.woff2': 'font/woff2' };
  const http = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (pages[pathname]) return response.writeHead(200, { 'content-type': 'text/html' }).end(pages[pathname]);
    for (const candidate of [pathname, `${pathname}.html`, join(pathname, 'index.html')]) {
      const path = normalize(join(dir, candidate));
      if (!path.startsWith(dir + sep)) break;
      if ((await stat(path).catch(() => null))?.isFile()) {
        response.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
        return response.end(await readFile(path));
      }
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  });
  return new Promise((resolve) => http.listen(0, '127.0.0.1', () => resolve(http)));
}

export async function stop(server) {
  server?.closeAllConnections();
  await new Promise((resolve) => (server ? server.close(resolve) : resolve()));
}

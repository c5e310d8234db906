// The static server: project root, generated pages, a delay route, and a request count per path.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import { DIST, ROOT } from './config.mjs';

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** Requests seen, keyed by path + query (before the delay prefix is stripped). */
export const requestCounts = new Map();
/** Pages the benchmark generates, served at /__bench/<name>.html. */
export const benchPages = new Map();

export function countRequests(pathAndQuery) {
  return requestCounts.get(pathAndQuery) ?? 0;
}
export function countRequestsMatching(predicate) {
  let n = 0;
  for (const [key, count] of requestCounts) if (predicate(key)) n += count;
  return n;
}

export function startServer() {
  const server = http.createServer((req, res) => {
    let url;
    try {
      url = new URL(req.url, 'http://127.0.0.1');
    } catch {
      res.writeHead(400).end();
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    const headers = { 'cache-control': 'no-store' };
    // /__delay/<ms>/<path>: the file at <path>, answered <ms> later. Counted under <path>+query too.
    let delay = 0;
    const delayed = /^\/__delay\/(\d{1,5})(\/.*)$/.exec(pathname);
    if (delayed) {
      delay = Number(delayed[1]);
      pathname = delayed[2];
    }
    requestCounts.set(pathname + url.search, (requestCounts.get(pathname + url.search) ?? 0) + 1);

    const send = (status, type, body) => {
      if (res.destroyed) return;
      res.writeHead(status, { ...headers, 'content-type': type, 'content-length': Buffer.byteLength(body) });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const answer = () => {
      if (pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
      if (pathname.startsWith('/__bench/')) {
        const page = benchPages.get(pathname.slice('/__bench/'.length).replace(/\.html$/, ''));
        if (page === undefined) return send(404, 'text/plain', 'no such bench page');
        return send(200, MIME['.html'], page);
      }
      const base = pathname.startsWith('/dist/') ? DIST : ROOT;
      const file = path.normalize(path.join(base, pathname.startsWith('/dist/') ? pathname.slice('/dist'.length) : pathname));
      if (!file.startsWith(base)) return send(403, 'text/plain', 'forbidden');
      fs.readFile(file, (error, body) => {
        if (error) return send(404, 'text/plain', 'not found');
        send(200, MIME[path.extname(file)] ?? 'application/octet-stream', body);
      });
    };
    if (delay) setTimeout(answer, delay);
    else answer();
  });
  server.keepAliveTimeout = 1000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

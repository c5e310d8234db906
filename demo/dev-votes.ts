import type { Plugin, ProxyOptions } from 'vite';

/** The origin the demo's vote server allows; the proxy presents every vote as coming from it. */
export const DEMO_ORIGIN = 'http://localhost:5173';

/**
 * The demo documents (demo/comparisons/) vote at `/votes/v1`, on the demo's own origin. With the
 * reference vote server running (`npm start` starts it and sets VERDICT_VOTES_URL), Vite passes
 * those requests on to it. Without it, they get the protocol's 503 `unavailable`: the elements then
 * show the documents' own counts, and a vote says the server is busy.
 */
export function demoVotesProxy(target = process.env.VERDICT_VOTES_URL): Record<string, ProxyOptions> | undefined {
  if (!target) return undefined;
  return {
    '/votes/': {
      target,
      rewrite: (path) => path.replace(/^\/votes/, ''),
      // The page may be opened as 127.0.0.1 or another name: the server's allow-list has one origin.
      configure: (proxy) => proxy.on('proxyReq', (request) => request.getHeader('origin') && request.setHeader('origin', DEMO_ORIGIN)),
    },
  };
}

export function demoVotesOffline(): Plugin {
  return {
    name: 'verdict-demo-votes-offline',
    configureServer(server) {
      if (process.env.VERDICT_VOTES_URL) return;
      server.middlewares.use('/votes/', (_req, res) => {
        res.statusCode = 503;
        res.setHeader('content-type', 'application/json');
        res.setHeader('access-control-allow-origin', '*');
        res.end(JSON.stringify({ error: { kind: 'unavailable', message: 'The demo vote server is not running (start the demo with npm start).' } }));
      });
    },
  };
}

import type { Plugin } from 'vite';

/**
 * Dev-server routes for the errors page: a server error, a slow server and an oversized body,
 * which a static file server cannot produce.
 */
export function demoFaults(): Plugin {
  return {
    name: 'verdict-demo-faults',
    configureServer(server) {
      server.middlewares.use('/faults/', (req, res) => {
        const kind = (req.url ?? '').replace(/^\//, '').split('?')[0];
        if (kind === 'server-error.json') {
          res.statusCode = 500;
          res.end('Internal Server Error');
        } else if (kind === 'slow.json') {
          setTimeout(() => res.end('{}'), 4000);
        } else if (kind === 'huge.json') {
          res.setHeader('content-type', 'application/json');
          res.end(`{"version":1,"pad":"${'x'.repeat(3 * 1024 * 1024)}"}`);
        } else {
          res.statusCode = 404;
          res.end('Not found');
        }
      });
    },
  };
}

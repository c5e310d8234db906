/** The Node adapter's one job here: the client address, behind `--trust-proxy HOPS` proxies. */
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

/**
 * With `hops` = 0 (the default) the socket's address, whatever `X-Forwarded-For` says: a forged
 * header must not reset the limits. With N trusted proxies in front, the address the Nth proxy
 * from us saw (the Nth entry from the right of `X-Forwarded-For`).
 */
export function nodeClientAddress(hops = 0): (c: Context) => string | undefined {
  return (c) => {
    const socket = getConnInfo(c).remote.address;
    if (hops <= 0) return socket;
    const chain = (c.req.header('X-Forwarded-For') ?? '')
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
    if (chain.length === 0) return socket;
    return chain[Math.max(0, chain.length - hops)];
  };
}

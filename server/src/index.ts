/**
 * verdict-votes-server: the reference vote server of verdict-elements as a library. Mount
 * `createApp(...)` in your own Hono app, or run `bin.js` (`npm run serve`).
 */
export { createApp, normalizeOrigin, MAX_BODY_BYTES, type AppOptions } from './app.js';
export { loadDocuments, catalogOf, type Catalog, type ServedDocument } from './documents.js';
export { createLimiters, DEFAULT_LIMITS, RateLimited, type Limits, type Limiters } from './limits.js';
export { Hasher, secretBeside, MIN_SECRET_LENGTH } from './secret.js';
export { nodeClientAddress } from './node.js';
export { SqliteStore, type SqliteOptions } from './store/sqlite.js';
export { PostgresStore, type PostgresOptions } from './store/postgres.js';
export { StoreUnavailable, type Store, type Counts, type Verdict, type VoteResult } from './store/types.js';

/**
 * Keyed hashes: the server keeps HMAC(secret, token) instead of a voter's token, and rate-limits
 * on HMAC(daily key, IP) instead of an address. Without the secret neither can be reversed by
 * trying every token or every IPv4 address.
 */
import { createHmac, randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/** At least 128 bits of key. */
export const MIN_SECRET_LENGTH = 16;

export class Hasher {
  readonly #secret: string;
  #day = '';
  #dayKey: Buffer = Buffer.alloc(0);

  constructor(secret: string) {
    this.#secret = secret;
  }

  /** The stored form of a voter token (base64url, 43 characters). */
  voter(token: string): string {
    return createHmac('sha256', this.#secret).update(`voter\0${token}`).digest('base64url');
  }

  /** The rate-limit key of an address; its key changes every UTC day, so yesterday's hashes link to nothing. */
  ip(address: string, now = new Date()): string {
    const day = now.toISOString().slice(0, 10);
    if (day !== this.#day) {
      this.#day = day;
      this.#dayKey = createHmac('sha256', this.#secret).update(`ip-salt\0${day}`).digest();
    }
    return createHmac('sha256', this.#dayKey).update(address).digest('base64url');
  }
}

/**
 * The secret of a SQLite deployment without `VERDICT_SECRET`: generated once, kept beside the
 * database file (mode 0600), so votes survive restarts.
 */
export function secretBeside(databaseFile: string): { secret: string; created: boolean; file: string } {
  const file = `${databaseFile}.secret`;
  try {
    const secret = readFileSync(file, 'utf8').trim();
    if (secret.length >= MIN_SECRET_LENGTH) return { secret, created: false, file };
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code !== 'ENOENT') throw cause;
  }
  const secret = randomBytes(32).toString('base64url');
  // `wx`: two processes starting at once cannot each write their own secret.
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
  } catch (cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EEXIST') return { secret: readFileSync(file, 'utf8').trim(), created: false, file };
    throw cause;
  }
  return { secret, created: true, file };
}

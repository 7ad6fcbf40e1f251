/**
 * Sharing one refresh between Zap runs. GoHighLevel refresh tokens are single-use: when an access token
 * expires, every run that is going on at that moment refreshes with the same refresh token, and all but
 * the first get `invalid_grant`. Taken at its word, that refusal would expire the connection (and email
 * the user) although the connection is fine: another run rotated the token a moment ago. So the outcome of
 * a refresh is shared:
 *
 * - runs in the same worker: one refresh per spent refresh token is in flight; the others await it;
 * - runs in other workers: the rotated token set is kept in `z.cache` for a few minutes, under a hash of
 *   the spent refresh token and encrypted with a key derived from it (only a holder of that refresh token
 *   can read it; no token appears in clear in a cache key or value);
 * - a refresh refused as a dead grant first waits briefly for another run's outcome; only a refresh token
 *   that nobody rotated is a dead grant.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'crypto';
import { store } from './cache';
import type { ZObject } from './types';

export type TokenSet = Record<string, string>;

/** How long a rotated token set stays readable for runs that still hold the spent refresh token. */
export const SHARE_TTL_S = 300;
/** How long a refused refresh waits for another run's outcome (`GHL_REFRESH_SHARE_WAIT_MS` overrides). */
const waitMs = (): number => Number(process.env.GHL_REFRESH_SHARE_WAIT_MS) || 3000;
const POLL_MS = 150;

const digest = (purpose: string, secret: string): Buffer => createHash('sha256').update(`${purpose}\0${secret}`).digest();

/** The cache key for a spent refresh token: a hash, never the token. */
export const shareKeyFor = (spent: string): string => `ghl-refresh:${digest('key', spent).toString('hex').slice(0, 40)}`;

const seal = (spent: string, tokens: TokenSet): string => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', digest('seal', spent), iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(tokens), 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64');
};

const open = (spent: string, sealed: unknown): TokenSet | undefined => {
  if (typeof sealed !== 'string') return undefined;
  try {
    const raw = Buffer.from(sealed, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', digest('seal', spent), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    const text = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
    const tokens = JSON.parse(text);
    return tokens && typeof tokens.access_token === 'string' ? tokens : undefined;
  } catch {
    return undefined;
  }
};

/** Rotations, sealed, for the runs that still hold the spent refresh token (this worker's and others'). */
const rotations = store<string>(SHARE_TTL_S);
const inFlight = new Map<string, Promise<TokenSet>>();

/** For tests: forget what this worker shares (as a fresh worker would). */
export const forgetSharedRotations = (): void => {
  rotations.clear();
  inFlight.clear();
};

const read = async (z: ZObject, key: string, spent: string): Promise<TokenSet | undefined> => open(spent, await rotations.get(z, key));
const write = (z: ZObject, key: string, spent: string, tokens: TokenSet): Promise<void> => rotations.set(z, key, seal(spent, tokens));

const waitFor = async (z: ZObject, key: string, spent: string): Promise<TokenSet | undefined> => {
  const until = Date.now() + waitMs();
  for (;;) {
    const found = await read(z, key, spent);
    if (found || Date.now() >= until) return found;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
};

/**
 * Runs `rotate` at most once per spent refresh token and worker, and shares its outcome with every run
 * that holds the same refresh token. `isRefused(err)` tells a refused grant (which may have been rotated by
 * another run) from other failures (which are thrown as they are).
 */
export const shareRotation = (
  z: ZObject,
  spent: string,
  rotate: () => Promise<TokenSet>,
  isRefused: (err: unknown) => boolean,
): Promise<TokenSet> => {
  const key = shareKeyFor(spent);
  const running = inFlight.get(key);
  if (running) return running;
  const outcome = (async () => {
    const already = await read(z, key, spent);
    if (already) return already;
    try {
      const fresh = await rotate();
      await write(z, key, spent, fresh);
      return fresh;
    } catch (err) {
      if (!isRefused(err)) throw err;
      const rotatedElsewhere = await waitFor(z, key, spent);
      if (rotatedElsewhere) return rotatedElsewhere;
      throw err;
    }
  })();
  inFlight.set(key, outcome);
  const done = () => inFlight.delete(key);
  outcome.then(done, done);
  return outcome;
};

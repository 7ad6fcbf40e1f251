/**
 * What the app keeps between invocations: in this worker's memory and in Zapier's z.cache (shared by the
 * workers, reachable only inside Zapier; local runs and the CLI keep to memory). Each store has its own
 * expiry and, optionally, z.cache's per-connection scope. Keys never hold a token (callers hash them).
 */
import type { ZObject } from './types';

type CacheApi = {
  get: (key: string, scope?: string[] | null) => Promise<unknown>;
  set: (key: string, value: unknown, ttl?: number, scope?: string[] | null) => Promise<unknown>;
  delete: (key: string, scope?: string[] | null) => Promise<unknown>;
};

export interface Store<T> {
  get: (z: ZObject, key: string) => Promise<T | undefined>;
  set: (z: ZObject, key: string, value: T, ttlS?: number) => Promise<void>;
  delete: (z: ZObject, key: string) => Promise<void>;
  /** For tests: forget what this worker keeps (as a fresh worker would). */
  clear: () => void;
}

/**
 * A store whose entries live `ttlS` seconds (or what `set` says). `scope: 'auth'` keeps z.cache entries
 * per connection (core's `['auth']` scope).
 */
const memories: Array<Map<string, unknown>> = [];
/** For tests and a fresh sandbox: forget what every store keeps in this worker (as a fresh worker would). */
export const forgetKept = (): void => memories.forEach((m) => m.clear());

export const store = <T>(ttlS: number, opts: { scope?: 'auth' } = {}): Store<T> => {
  const memory = new Map<string, { value: T; expiresAt: number }>();
  memories.push(memory);
  const scope = opts.scope ? [opts.scope] : null;
  const cache = (z: ZObject) => z.cache as unknown as CacheApi;
  return {
    get: async (z, key) => {
      const mem = memory.get(key);
      if (mem && mem.expiresAt > Date.now()) return mem.value;
      try {
        const hit = await cache(z).get(key, scope);
        return hit === null || hit === undefined ? undefined : (hit as T);
      } catch {
        return undefined; // z.cache is only reachable inside Zapier
      }
    },
    set: async (z, key, value, seconds = ttlS) => {
      memory.set(key, { value, expiresAt: Date.now() + seconds * 1000 });
      try {
        await cache(z).set(key, value, Math.max(1, Math.floor(seconds)), scope);
      } catch {
        // see get
      }
    },
    delete: async (z, key) => {
      memory.delete(key);
      try {
        await cache(z).delete(key, scope);
      } catch {
        // see get
      }
    },
    clear: () => memory.clear(),
  };
};

/**
 * zapier-platform-core 19.1.0 compiles and deep-freezes the whole app definition twice on every invocation
 * (`schemaTools.prepareApp`, called by `createApp` and by the lambda handler). Its cost grows with the
 * definition: with 150+ operations it is most of the per-call overhead (see BENCHMARKS.md). The compiled
 * app depends only on the definition, which never changes after load, so compiling it once per worker is
 * the same result, faster.
 *
 * The cache is keyed by the definition object and re-compiles when core's app tester swaps in an ad-hoc
 * function (`_testRequest`). It patches a core internal, so it is installed only on the core version it
 * was written for, and says so loudly otherwise: `preparedAppCacheStatus()` tells whether it is in place
 * and why not, a test fails when it is not, and the bench reports it (bench/workers/cold-start.js reads
 * the marker on core's own module).
 */
import type { version as coreVersionType } from 'zapier-platform-core';

/** The marker on core's patched `prepareApp` (global, so a process can tell which core instance is patched). */
export const PATCHED = Symbol.for('ghl.preparedAppCache');
/** The core version this patch was written for and checked against. */
export const PATCHED_CORE = '19.1.0';

type Prepare = (appRaw: object) => unknown;

export interface PatchStatus {
  installed: boolean;
  /** Why not (an unknown core version, or a core whose module has another shape). */
  reason?: string;
}

let status: PatchStatus = { installed: false, reason: 'not installed yet (index.ts installs it)' };
export const preparedAppCacheStatus = (): PatchStatus => status;

export const installPreparedAppCache = (coreVersion: typeof coreVersionType): PatchStatus => {
  if (coreVersion !== PATCHED_CORE) {
    return (status = { installed: false, reason: `zapier-platform-core is ${coreVersion}; the patch is for ${PATCHED_CORE}` });
  }
  let schemaTools: { prepareApp?: Prepare & { [PATCHED]?: true } };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    schemaTools = require('zapier-platform-core/src/tools/schema');
  } catch (err) {
    return (status = { installed: false, reason: `core's src/tools/schema did not load (${(err as Error).message})` });
  }
  const original = schemaTools.prepareApp;
  if (typeof original !== 'function') return (status = { installed: false, reason: "core's schema module has no prepareApp" });
  if (original[PATCHED]) return (status = { installed: true });
  const cache = new WeakMap<object, { testRequest: unknown; compiled: unknown }>();
  const cached: Prepare & { [PATCHED]?: true } = (appRaw: object) => {
    const testRequest = (appRaw as Record<string, unknown>)._testRequest;
    const hit = cache.get(appRaw);
    if (hit && hit.testRequest === testRequest) return hit.compiled;
    const compiled = original(appRaw);
    cache.set(appRaw, { testRequest, compiled });
    return compiled;
  };
  cached[PATCHED] = true;
  schemaTools.prepareApp = cached;
  return (status = { installed: true });
};

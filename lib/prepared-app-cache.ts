/**
 * zapier-platform-core 19.1.0 compiles and deep-freezes the whole app definition twice on every invocation
 * (`schemaTools.prepareApp`, called by `createApp` and by the lambda handler). Its cost grows with the
 * definition: with 150+ operations it is most of the per-call overhead (see BENCHMARKS.md). The compiled
 * app depends only on the definition, which never changes after load, so compiling it once per worker is
 * the same result, faster.
 *
 * The cache is keyed by the definition object and re-compiles when core's app tester swaps in an ad-hoc
 * function (`_testRequest`). It is installed only on the core version it was written for; on any other
 * version, or if core's module has another shape, nothing is patched.
 */
import type { version as coreVersionType } from 'zapier-platform-core';

const PATCHED = Symbol.for('ghl.preparedAppCache');

type Prepare = (appRaw: object) => unknown;

export const installPreparedAppCache = (coreVersion: typeof coreVersionType): boolean => {
  if (coreVersion !== '19.1.0') return false;
  let schemaTools: { prepareApp?: Prepare & { [PATCHED]?: true } };
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    schemaTools = require('zapier-platform-core/src/tools/schema');
  } catch {
    return false;
  }
  const original = schemaTools.prepareApp;
  if (typeof original !== 'function') return false;
  if (original[PATCHED]) return true;
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
  return true;
};

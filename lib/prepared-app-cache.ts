/**
 * zapier-platform-core 19.1.0 compiles and deep-freezes the whole app definition twice on every invocation
 * (`schemaTools.prepareApp`, called by `createApp` and by the lambda handler). Its cost grows with the
 * definition: with 150+ operations it is most of the per-call overhead (see BENCHMARKS.md). The compiled
 * app depends only on the definition, which never changes after load, so compiling it once per worker is
 * the same result, faster.
 *
 * The one compilation a cold worker still pays (its first call) is core's `compileApp`: a lodash deep copy,
 * then a second copying walk over every value looking for `{source}`/`{require}` functions, then the
 * resources' triggers, searches and creates. For a definition without resources and without such objects
 * (this app's: every object plain, every action under its own key) that is exactly one plain copy of the
 * definition with `triggers`, `searches`, `creates` and `searchOrCreates` present, which prepareApp then
 * deep-freezes; `compileOnePass` makes that copy frozen in one walk and hands anything else to core's own
 * prepareApp. test/prepared-app-cache.test.ts
 * checks it is deep-equal to core's compileApp on this app, and falls back where it must.
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

/** Thrown inside the copy when the definition needs core's own compileApp. */
const NEEDS_CORE = Symbol('needs core compileApp');

const isPlainObject = (v: object): boolean => {
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
};

/** core's schema-tools replaces `{source: '...return...'}` and `{require: 'path'}` objects (one or two keys) by functions. */
const isFunctionSource = (o: Record<string, unknown>, keys: string[]): boolean =>
  (keys.length === 1 || keys.length === 2) &&
  ((typeof o.source === 'string' && o.source.includes('return')) || (typeof o.require === 'string' && o.require !== ''));

/**
 * A plain copy of a value, each copied object and array frozen as it is made, and each function frozen by
 * core's deepFreeze (as core's prepareApp freezes the functions of the compiled app, the definition's own):
 * what `deepFreeze(compileApp(app))` gives, in one walk instead of a copy and then a freezing walk.
 */
const copyFrozen = (v: unknown, freeze: (o: unknown) => unknown): unknown => {
  if (typeof v === 'function') return Object.isFrozen(v) ? v : freeze(v); // functions stay as they are (as in core)
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) {
    const out = new Array(v.length);
    for (let i = 0; i < v.length; i++) out[i] = copyFrozen(v[i], freeze);
    return Object.freeze(out);
  }
  if (!isPlainObject(v)) throw NEEDS_CORE; // a Date, a class instance...: core's deep copy knows those
  const o = v as Record<string, unknown>;
  const keys = Object.keys(o);
  if (isFunctionSource(o, keys)) throw NEEDS_CORE;
  const out: Record<string, unknown> = {};
  for (const k of keys) out[k] = copyFrozen(o[k], freeze);
  return Object.freeze(out);
};

const ACTIONS = ['triggers', 'searches', 'creates'] as const;

/**
 * `deepFreeze(compileApp(app))` (core's prepareApp) for a definition without resources or function sources,
 * in one walk; undefined when the definition has either (or an action under another key than its own), for
 * core's own prepareApp to do. `freezeFunction` is core's deepFreeze, for the definition's functions.
 */
export const compileOnePass = (appRaw: object, freezeFunction: (f: unknown) => unknown): Record<string, unknown> | undefined => {
  const raw = appRaw as Record<string, any>;
  if (raw.resources && typeof raw.resources === 'object' && Object.keys(raw.resources).length > 0) return undefined;
  if (!isPlainObject(raw)) return undefined;
  const app: Record<string, any> = {};
  /** An action map (`triggers`, …): a plain object of actions each under its own key. */
  const copyActions = (actions: unknown): Record<string, unknown> | undefined => {
    if (!actions || typeof actions !== 'object' || !isPlainObject(actions)) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, action] of Object.entries(actions)) {
      if (!action || (action as { key?: unknown }).key !== key) return undefined;
      out[key] = copyFrozen(action, freezeFunction);
    }
    return Object.freeze(out);
  };
  try {
    // In the definition's own key order, as core's copy; the action maps it lacks after them.
    for (const k of [...Object.keys(raw), ...ACTIONS.filter((kind) => !(kind in raw))]) {
      if ((ACTIONS as readonly string[]).includes(k)) {
        const actions = copyActions(raw[k] ?? {});
        if (!actions) return undefined;
        app[k] = actions;
      } else {
        app[k] = copyFrozen(raw[k], freezeFunction);
      }
    }
  } catch (err) {
    if (err === NEEDS_CORE) return undefined;
    throw err;
  }
  if (!app.searchAndCreates) app.searchOrCreates = Object.freeze({ ...(app.searchOrCreates || {}) });
  return Object.freeze(app);
};

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
  let deepFreeze: (o: unknown) => unknown;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    deepFreeze = require('zapier-platform-core/src/tools/data').deepFreeze;
  } catch (err) {
    return (status = { installed: false, reason: `core's src/tools/data did not load (${(err as Error).message})` });
  }
  if (typeof deepFreeze !== 'function') return (status = { installed: false, reason: "core's data module has no deepFreeze" });
  if (original[PATCHED]) return (status = { installed: true });
  const cache = new WeakMap<object, { testRequest: unknown; compiled: unknown }>();
  const cached: Prepare & { [PATCHED]?: true } = (appRaw: object) => {
    const testRequest = (appRaw as Record<string, unknown>)._testRequest;
    const hit = cache.get(appRaw);
    if (hit && hit.testRequest === testRequest) return hit.compiled;
    // prepareApp is compileApp then deepFreeze (core 19.1.0 src/tools/schema.js): both in one walk here.
    const compiled = compileOnePass(appRaw, deepFreeze) ?? original(appRaw);
    cache.set(appRaw, { testRequest, compiled });
    return compiled;
  };
  cached[PATCHED] = true;
  schemaTools.prepareApp = cached;
  return (status = { installed: true });
};

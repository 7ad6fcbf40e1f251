/** The prepared-app cache: one compilation per definition, refreshed for the app tester's ad-hoc functions. */
import { version } from 'zapier-platform-core';
import App from '../index';
import { compileOnePass, installPreparedAppCache, preparedAppCacheStatus } from '../lib/prepared-app-cache';
import { appTester, LOCATION_AUTH } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const schemaTools = require('zapier-platform-core/src/tools/schema');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { deepFreeze } = require('zapier-platform-core/src/tools/data') as { deepFreeze: (o: unknown) => any };

test('is installed on core 19.1.0 (by index.ts) and only there', () => {
  expect(version).toBe('19.1.0');
  // Loud: on another core the app still runs, but this test fails until the patch is checked against it.
  expect(preparedAppCacheStatus()).toEqual({ installed: true });
  expect(installPreparedAppCache(version)).toEqual({ installed: true });
  expect(installPreparedAppCache('19.2.0' as typeof version)).toEqual({
    installed: false,
    reason: 'zapier-platform-core is 19.2.0; the patch is for 19.1.0',
  });
  expect(installPreparedAppCache(version)).toEqual({ installed: true });
});

test('compiles a definition once and returns the same frozen compiled app', () => {
  const first = schemaTools.prepareApp(App);
  const second = schemaTools.prepareApp(App);
  expect(second).toBe(first);
  expect(Object.isFrozen(first)).toBe(true);
  expect(first.triggers.get_contact.display.label).toBe('Get Contact');
});

test('a different definition, or a new ad-hoc test function, compiles again', async () => {
  const other = { ...App };
  expect(schemaTools.prepareApp(other)).not.toBe(schemaTools.prepareApp(App));
  // two different ad-hoc functions through the app tester each run as themselves
  const a = await appTester(async () => 'first', { authData: LOCATION_AUTH } as any);
  const b = await appTester(async () => 'second', { authData: LOCATION_AUTH } as any);
  expect([a, b]).toEqual(['first', 'second']);
});

describe("the one-pass compile: core's compileApp for a definition without resources or function sources", () => {
  test("is deep-equal to core's compileApp on this app, and shares no object with the definition", () => {
    const onePass = compileOnePass(App, deepFreeze)!;
    expect(onePass).toBeDefined();
    expect(onePass).toEqual(schemaTools.compileApp(App));
    expect(onePass.triggers).not.toBe(App.triggers);
    expect((onePass.triggers as any).get_contact.operation.inputFields).not.toBe((App.triggers as any).get_contact.operation.inputFields);
    // functions are the definition's own (as in core)
    expect((onePass.triggers as any).get_contact.operation.perform).toBe((App.triggers as any).get_contact.operation.perform);
  });

  test('adds what compileApp adds to a bare definition (empty triggers, searches, creates, searchOrCreates)', () => {
    const bare = { version: '1.0.0', platformVersion: '19.1.0' };
    expect(compileOnePass(bare, deepFreeze)).toEqual(schemaTools.compileApp(bare));
    expect(compileOnePass(bare, deepFreeze)).toEqual({ ...bare, triggers: {}, searches: {}, creates: {}, searchOrCreates: {} });
  });

  test("hands core what only core compiles: resources, {source}/{require} functions, non-plain objects, an action under another key", () => {
    const perform = () => [];
    const trigger = { key: 't', noun: 'T', display: { label: 'T', description: 'Triggers when a t happens.' }, operation: { perform } };
    expect(compileOnePass({ resources: { r: { key: 'r', noun: 'R' } } }, deepFreeze)).toBeUndefined();
    expect(compileOnePass({ triggers: { t: { ...trigger, operation: { perform: { source: 'return [];' } } } } }, deepFreeze)).toBeUndefined();
    expect(compileOnePass({ triggers: { t: { ...trigger, operation: { perform: { require: './perform' } } } } }, deepFreeze)).toBeUndefined();
    expect(compileOnePass({ triggers: { t: trigger }, when: new Date(0) }, deepFreeze)).toBeUndefined();
    expect(compileOnePass({ triggers: { other: trigger } }, deepFreeze)).toBeUndefined();
    // ... and prepareApp then gives core's own result
    const withSource = { triggers: { t: { ...trigger, operation: { perform: { source: 'return [1];' } } } } };
    expect(typeof (schemaTools.prepareApp(withSource) as any).triggers.t.operation.perform).toBe('function');
    // an object that only looks alike (a `source` without "return", three keys) is copied as data
    const lookalike = { triggers: { t: { ...trigger, display: { ...trigger.display, source: 'the web' } } }, x: { source: 'return 1', a: 1, b: 2 } };
    expect(compileOnePass(lookalike, deepFreeze)).toEqual(schemaTools.compileApp(lookalike));
  });

  test("is frozen exactly where core's prepareApp freezes (deepFreeze of compileApp), in core's key order", () => {
    const ours = compileOnePass({ ...App }, deepFreeze);
    const cores = deepFreeze(schemaTools.compileApp({ ...App }));
    expect(JSON.stringify(ours)).toBe(JSON.stringify(cores));
    const mismatches: string[] = [];
    const walk = (a: any, b: any, at: string) => {
      if (a === null || (typeof a !== 'object' && typeof a !== 'function')) return;
      if (Object.isFrozen(a) !== Object.isFrozen(b)) mismatches.push(at);
      if (typeof a === 'object') for (const k of Object.keys(a)) walk(a[k], b[k], `${at}.${k}`);
    };
    walk(ours, cores, 'app');
    expect(mismatches).toEqual([]);
    expect(Object.isFrozen(ours)).toBe(true);
  });

  test('prepareApp returns it frozen', () => {
    const compiled = schemaTools.prepareApp({ ...App }) as any;
    expect(Object.isFrozen(compiled.triggers.get_contact.operation.inputFields)).toBe(true);
    expect(compiled).toEqual(schemaTools.compileApp(App));
  });
});

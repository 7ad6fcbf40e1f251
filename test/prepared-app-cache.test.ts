/** The prepared-app cache: one compilation per definition, refreshed for the app tester's ad-hoc functions. */
import { version } from 'zapier-platform-core';
import App from '../index';
import { installPreparedAppCache, preparedAppCacheStatus } from '../lib/prepared-app-cache';
import { appTester, LOCATION_AUTH } from './helpers';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const schemaTools = require('zapier-platform-core/src/tools/schema');

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

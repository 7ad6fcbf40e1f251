/**
 * The two builds of the app (compose.ts): the OAuth app (index.ts) and the private-token app
 * (index.private-token.ts) expose the same operations, middleware and hydrators, and differ only in their
 * authentication; each root shim loads its own bundle (scripts/flavours.js).
 */
import fs from 'fs';
import path from 'path';
import OAuthApp, { DECLARATIONS as OAUTH_DECLARATIONS } from '../index';
import PrivateTokenApp, { DECLARATIONS, PRIVATE_TOKEN_SCOPES } from '../index.private-token';

const REGISTRIES = ['triggers', 'creates', 'searches'] as const;
const { FLAVOURS } = require('../scripts/flavours');

test('both apps register the very same operations, under the same keys', () => {
  for (const registry of REGISTRIES) {
    const oauth = OAuthApp[registry] as Record<string, unknown>;
    const pit = PrivateTokenApp[registry] as Record<string, unknown>;
    expect(Object.keys(pit).sort()).toEqual(Object.keys(oauth).sort());
    expect(Object.keys(oauth).length).toBeGreaterThan(0);
    for (const key of Object.keys(oauth)) expect({ registry, key, same: pit[key] === oauth[key] }).toEqual({ registry, key, same: true });
  }
  expect(DECLARATIONS).toBe(OAUTH_DECLARATIONS);
});

test('everything but the authentication is shared: version, middleware, search-or-create pairs, hydrators', () => {
  const { authentication: oauthAuth, ...oauth } = OAuthApp;
  const { authentication: pitAuth, ...pit } = PrivateTokenApp;
  expect(Object.keys(pit).sort()).toEqual(Object.keys(oauth).sort());
  for (const key of Object.keys(oauth) as Array<keyof typeof oauth>) {
    if (key === 'searchOrCreates' || key === 'hydrators') expect(pit[key]).toEqual(oauth[key]);
    else if (Array.isArray(oauth[key])) expect((pit[key] as unknown[]).map((f, i) => f === (oauth[key] as unknown[])[i])).toEqual([true]);
    else expect({ key, value: pit[key] }).toEqual({ key, value: oauth[key] });
  }
  expect(Object.values(pit.hydrators).every((h, i) => h === Object.values(oauth.hydrators)[i])).toBe(true);
  expect([oauthAuth.type, pitAuth.type]).toEqual(['oauth2', 'custom']);
  expect(pitAuth.connectionLabel).toBe(oauthAuth.connectionLabel);
});

test('each root shim loads its own bundle, as Zapier loads index.js (no `.default` unwrapping)', () => {
  for (const f of Object.values<any>(FLAVOURS)) {
    const shim = fs.readFileSync(path.resolve(__dirname, '..', f.entry), 'utf8');
    expect({ entry: f.entry, loads: shim.match(/module\.exports = require\('\.\/(.+)'\)\.default;/)?.[1] }).toEqual({ entry: f.entry, loads: f.bundle });
  }
});

test('the scopes to tick on a private token: a sub-account token for every step it runs, an agency token for the agency steps, never an oauth scope', () => {
  const { subAccount, agency } = PRIVATE_TOKEN_SCOPES;
  expect(subAccount).toEqual(expect.arrayContaining(['locations.readonly', 'contacts.readonly', 'contacts.write', 'calendars/events.write', 'users.readonly']));
  expect(subAccount).not.toContain('snapshots.readonly'); // List Snapshots is an agency step
  expect(agency).toEqual(['companies.readonly', 'locations.readonly', 'locations.write', 'snapshots.readonly', 'users.readonly', 'users.write']);
  for (const s of [...subAccount, ...agency]) expect(s).not.toMatch(/^oauth\./);
});

test('the builds differ in one place: no operation or domain module reads the connection (authData), and only lib/credentials.ts knows where a private token is', () => {
  const root = path.resolve(__dirname, '..');
  const sources = (dir: string): string[] =>
    fs.readdirSync(path.join(root, dir)).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f));
  const reading = (files: string[], re: RegExp) => files.filter((f) => re.test(fs.readFileSync(path.join(root, f), 'utf8')));
  const operations = ['triggers', 'creates', 'searches', 'domains'].flatMap(sources);
  expect(operations.length).toBeGreaterThan(100);
  expect(reading(operations, /authData|access_token|['".]privateToken\b/)).toEqual([]);
  expect(reading(sources('lib'), /['".]privateToken\b/)).toEqual(['lib/credentials.ts']);
});

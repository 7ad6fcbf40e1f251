/**
 * End to end: the private-token app (index.private-token.ts) against the sandbox, which takes a Private
 * Integration token as GoHighLevel does: a static bearer token bound to its sub-account (or agency) and to
 * the scopes ticked for it. The connection test and label of both kinds of token; a revoked token expires
 * the connection (no refresh is tried); a scope the token lacks, another sub-account's id and an agency's
 * token on what it cannot run are refused as GoHighLevel refuses them, in the user's words. The cases of
 * test/e2e/cases/private-token.ts and every domain's cases run with these connections too.
 */
import { createAppTester } from 'zapier-platform-core';
import PrivateTokenApp from '../../index.private-token';
import { OAUTH_ONLY_PRIVATE_TOKEN_MESSAGE, SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE } from '../../lib/connection';
import { PRIVATE_TOKEN_CASES } from './cases/private-token';
import { describeCases, e2eFor, freshSandbox, operationOf, runFunction, SEED } from './harness';
import type { Sandbox } from '../../sandbox/server';

describeCases('private-token connections (app tester → sandbox)', PRIVATE_TOKEN_CASES);

const suite = e2eFor('private-token') ? describe : describe.skip;
const auth = PrivateTokenApp.authentication;
const tester = createAppTester(PrivateTokenApp);

/** Runs an app function with the private-token app and the given authData (a token the test made). */
const run = (fn: any, authData: Record<string, string>, inputData: Record<string, unknown> = {}) =>
  tester(fn, { authData, inputData, meta: { page: 0, limit: -1 } } as any, true);
const perform = (subject: string, authData: Record<string, string>, inputData: Record<string, unknown> = {}) =>
  run(operationOf(subject).operation.perform, authData, inputData);
const messageOf = (err: any): string => {
  try {
    return JSON.parse(err.message).message;
  } catch {
    return String(err.message);
  }
};

suite('the private-token app against the sandbox', () => {
  jest.setTimeout(30_000);
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await freshSandbox();
  });
  afterEach(() => sandbox.close());
  afterAll(() => {
    delete process.env.GHL_BASE_URL;
  });
  const requests = () => sandbox.state.requests.map((r) => `${r.status} ${r.method} ${r.path.split('?')[0]}`);
  const withToken = (privateToken: string, more: Record<string, string> = {}) => ({ privateToken, locationId: SEED.locationId, userType: 'Location', ...more });

  test.each([
    ['private-token', { name: 'Acme Dental', locationId: SEED.locationId, companyId: SEED.companyId, userType: 'Location' }, 'Acme Dental (sub-account)'],
    ['agency-private-token', { name: 'Acme Agency', companyId: SEED.companyId, userType: 'Company' }, 'Acme Agency (agency)'],
  ] as const)('%s: the connection test reads the location (and its agency), the label is its name and kind', async (connection, expected, label) => {
    const tested = await runFunction(auth.test, sandbox, connection);
    expect(tested).toEqual(expected);
    expect(await runFunction(auth.connectionLabel, sandbox, connection, tested)).toBe(label);
    expect(requests()).toEqual(
      connection === 'private-token' ? [`200 GET /locations/${SEED.locationId}`] : [`200 GET /locations/${SEED.locationId}`, `200 GET /companies/${SEED.companyId}`],
    );
  });

  test('a revoked (rotated or deleted) token expires the connection: paste a new token; nothing is refreshed, no part of the token is shown', async () => {
    const token = sandbox.state.options.privateToken;
    sandbox.state.expire(token);
    for (const attempt of [() => runFunction(auth.test, sandbox, 'private-token'), () => perform('triggers.get_contact', withToken(token), { contactId: SEED.contacts.rubika })]) {
      const err: any = await attempt().catch((e) => e);
      expect(err.name).toBe('ExpiredAuthError');
      expect(err.message).toMatch(/^GoHighLevel no longer accepts this connection's token \(401: Invalid JWT\): it was rotated, expired or deleted\. Reconnect GoHighLevel and paste the current Private Integration token/);
      for (let i = 0; i + 8 <= token.length; i++) expect(err.message).not.toContain(token.slice(i, i + 8));
    }
    expect(requests()).toEqual([`401 GET /locations/${SEED.locationId}`, `401 GET /contacts/${SEED.contacts.rubika}`]);
  });

  test('a step needing a scope the token lacks is refused by GoHighLevel (401), and the error names the scope to tick', async () => {
    const token = sandbox.state.addPrivateToken('Location', ['locations.readonly', 'contacts.readonly', 'locations/customFields.readonly']);
    const found = await perform('triggers.get_contact', withToken(token), { contactId: SEED.contacts.rubika });
    expect(found).toEqual([expect.objectContaining({ id: SEED.contacts.rubika })]);
    const err: any = await perform('creates.create_contact', withToken(token), { email: 'jane@example.com' }).catch((e) => e);
    expect(err.name).toBe('AppError');
    expect(messageOf(err)).toMatch(
      /^Create Contact: GoHighLevel refused the request \(401: The token is not authorized for this scope\): the connection's token lacks a scope this step needs\. In GoHighLevel, open Settings → Private Integrations, edit the integration, tick the scopes this step needs \("contacts\.write", "locations\/customFields\.readonly"\) and save\. \(traceId [\w-]+\)$/,
    );
    expect(sandbox.state.table('contacts').where((c) => c.email === 'jane@example.com')).toEqual([]);
    // The connection stays: a missing scope is not an expired token.
    expect(await run(auth.test, withToken(token))).toMatchObject({ name: 'Acme Dental' });
  });

  test('a connection test whose token lacks locations.readonly names that scope', async () => {
    const token = sandbox.state.addPrivateToken('Location', ['contacts.readonly']);
    const err: any = await run(auth.test, withToken(token)).catch((e) => e);
    expect(messageOf(err)).toMatch(/^Connecting GoHighLevel: GoHighLevel refused the request \(401: The token is not authorized for this scope\).*lacks a scope the connection needs\. .*tick the scope the connection needs \("locations\.readonly"\) and save\./);
  });

  test("another sub-account's Location ID: GoHighLevel answers 403, on the connection test and on a step", async () => {
    const token = sandbox.state.addPrivateToken('Location', ['locations.readonly', 'contacts.readonly'], SEED.secondLocationId);
    const errTest: any = await run(auth.test, withToken(token)).catch((e) => e);
    expect(messageOf(errTest)).toMatch(/^GoHighLevel refused access \(403\): The token does not have access to this location\./);
    const err: any = await perform('triggers.search_contacts', withToken(token)).catch((e) => e);
    expect(messageOf(err)).toMatch(/^GoHighLevel refused access \(403\): The token does not have access to this location\./);
    expect(requests()).toEqual([`403 GET /locations/${SEED.locationId}`, '403 POST /contacts/search']);
  });

  test("an agency's token: sub-account steps say why they cannot run instead of a Sub-Account picker; the installed-sub-accounts dropdown is refused before any request", async () => {
    const fields = operationOf('creates.create_contact').operation.inputFields.filter((f: unknown) => typeof f === 'function');
    const shown = (await Promise.all(fields.map((f: any) => runFunction(f, sandbox, 'agency-private-token')))).flat();
    expect(shown).toEqual([{ key: 'sub_account_only', label: 'Sub-Account', type: 'copy', helpText: SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE }]);
    const err: any = await perform('triggers.dropdown_sub_accounts', sandbox.state.authData('agency-private-token')).catch((e) => e);
    expect(messageOf(err)).toBe(OAUTH_ONLY_PRIVATE_TOKEN_MESSAGE);
    expect(requests()).toEqual([]);
  });

  test("an agency's token at GoHighLevel's OAuth endpoints is refused by the sandbox as GoHighLevel refuses it", async () => {
    const res = await fetch(`${sandbox.url}/oauth/locationToken`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sandbox.state.options.agencyPrivateToken}`, version: '2021-07-28', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ companyId: SEED.companyId, locationId: SEED.locationId }).toString(),
    });
    expect(res.status).toBe(401);
    expect(await res.json()).toMatchObject({ message: expect.stringMatching(/authClass type is not allowed/) });
  });
});

/**
 * The private-token app (index.private-token.ts, authentication.private-token.ts): its connection fields,
 * the connection test and label, the pasted token as the bearer of every request, a sub-account token's
 * company read from its sub-account (once), what each kind of token is refused before any request, and
 * GoHighLevel's 401s in the user's words: a missing scope (naming the step's scopes), a token of the wrong
 * kind, a revoked token (an expired connection, never refreshed). No token, whole or part, in an error or
 * a log line.
 */
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import PrivateTokenApp from '../index.private-token';
import {
  AGENCY_ONLY_PRIVATE_TOKEN_MESSAGE,
  OAUTH_ONLY_PRIVATE_TOKEN_MESSAGE,
  SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE,
} from '../lib/connection';
import { BASE, captureLogs, COMPANY_ID, LOCATION_ID, mockGhl, setupNock } from './helpers';

setupNock();

const TOKEN = 'pit-3f2c1e8a-7b6d-4c5e-9a0b-1c2d3e4f5a6b';
const AGENCY_TOKEN = 'pit-9e8d7c6b-5a4f-4e3d-8c2b-1a0f9e8d7c6b';
const PIT_AUTH = { privateToken: TOKEN, locationId: LOCATION_ID, userType: 'Location' };
const AGENCY_PIT_AUTH = { privateToken: AGENCY_TOKEN, locationId: LOCATION_ID, userType: 'Company' };
const V = '2021-07-28';

const tester = createAppTester(PrivateTokenApp);
afterEach(() => {
  (tester as unknown as { zcacheTestObj: object }).zcacheTestObj = {};
});
const auth = PrivateTokenApp.authentication;
const run = (fn: any, authData: Record<string, string>, inputData: Record<string, unknown> = {}) =>
  tester(fn, { authData, inputData, meta: { page: 0 } } as any);
const perform = (kind: 'triggers' | 'creates' | 'searches', key: string, inputData: Record<string, unknown> = {}, authData: Record<string, string> = PIT_AUTH) =>
  run((PrivateTokenApp as any)[kind][key].operation.perform, authData, inputData);
const messageOf = (err: any): string => JSON.parse(err.message).message;
const ownLocation = (token = TOKEN) =>
  mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}`, version: V, token, reply: { location: { id: LOCATION_ID, name: 'Acme Dental', companyId: COMPANY_ID } } });

describe('the connection fields', () => {
  const field = (key: string) => auth.fields.find((f) => f.key === key)!;

  test('a required password field for the token, saying where to create it and which scopes to tick', () => {
    expect(field('privateToken')).toMatchObject({ label: 'Private Integration Token', type: 'password', required: true });
    expect(field('privateToken').helpText).toMatch(/Settings → Private Integrations/);
    expect(field('privateToken').helpText).toMatch(/tick the scopes of the steps you will use/);
    expect(field('privateToken').helpText).toMatch(/`locations\.readonly`/);
  });

  test('a required Location ID, saying where to find it', () => {
    expect(field('locationId')).toMatchObject({ label: 'Location ID', required: true });
    expect(field('locationId').helpText).toMatch(/Settings → Business Profile/);
  });

  test('the Connection Type: a sub-account token by default, or an agency token', () => {
    expect(field('userType')).toMatchObject({ required: true, default: 'Location' });
    expect((field('userType') as any).choices.map((c: any) => c.value)).toEqual(['Location', 'Company']);
  });

  test('every help text fits Zapier (at most 1000 characters)', () => {
    for (const f of auth.fields) expect({ key: f.key, fits: f.helpText.length <= 1000 }).toEqual({ key: f.key, fits: true });
  });
});

describe('the connection test and label', () => {
  test("a sub-account token reads its location: the label is the location's name and kind, without an id", async () => {
    ownLocation();
    const tested = await run(auth.test, PIT_AUTH);
    expect(tested).toEqual({ name: 'Acme Dental', locationId: LOCATION_ID, companyId: COMPANY_ID, userType: 'Location' });
    expect(await run(auth.connectionLabel, PIT_AUTH, tested as any)).toBe('Acme Dental (sub-account)');
  });

  test("an agency token reads the location, then its agency: the label is the agency's name", async () => {
    ownLocation(AGENCY_TOKEN);
    mockGhl({ method: 'GET', path: `/companies/${COMPANY_ID}`, version: V, token: AGENCY_TOKEN, reply: { company: { id: COMPANY_ID, name: 'Acme Agency' } } });
    const tested = await run(auth.test, AGENCY_PIT_AUTH);
    expect(tested).toEqual({ name: 'Acme Agency', companyId: COMPANY_ID, userType: 'Company' });
    expect(await run(auth.connectionLabel, AGENCY_PIT_AUTH, tested as any)).toBe('Acme Agency (agency)');
  });

  test('the pasted token and Location ID lose the spaces and line breaks a paste brings', async () => {
    ownLocation();
    await run(auth.test, { ...PIT_AUTH, privateToken: `  ${TOKEN}\n`, locationId: ` ${LOCATION_ID} ` });
  });

  test('a revoked or rotated token (401) is an expired connection: paste the current token', async () => {
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}`, version: V, token: TOKEN, status: 401, reply: { statusCode: 401, message: 'Invalid JWT', traceId: 't-401' } });
    const err: any = await run(auth.test, PIT_AUTH).catch((e) => e);
    expect(err.name).toBe('ExpiredAuthError');
    expect(err.message).toMatch(/^GoHighLevel no longer accepts this connection's token \(401: Invalid JWT\): it was rotated, expired or deleted\. Reconnect GoHighLevel and paste the current Private Integration token \(Settings → Private Integrations\)\. \(traceId t-401\)/);
  });

  test('another sub-account\'s Location ID (403) says GoHighLevel\'s reason', async () => {
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}`, version: V, token: TOKEN, status: 403, reply: { statusCode: 403, message: 'The token does not have access to this location' } });
    const err: any = await run(auth.test, PIT_AUTH).catch((e) => e);
    expect(messageOf(err)).toMatch(/^GoHighLevel refused access \(403\): The token does not have access to this location\./);
  });

  test('an empty Location ID is an input error, sent nowhere', async () => {
    const err: any = await run(auth.test, { ...PIT_AUTH, locationId: '  ' }).catch((e) => e);
    expect(messageOf(err)).toMatch(/has no Location ID/);
  });
});

describe('steps with a sub-account token', () => {
  test('the token is the bearer of the step\'s request, with the connection\'s Location ID; nothing else is asked', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/search',
      version: V,
      token: TOKEN,
      body: { locationId: LOCATION_ID, page: 1, pageLimit: 100, sort: [{ field: 'dateAdded', direction: 'desc' }] },
      reply: { contacts: [{ id: 'c1', dateAdded: '2026-01-01T00:00:00Z' }], total: 1 },
    });
    expect(await perform('triggers', 'search_contacts')).toEqual([expect.objectContaining({ id: 'c1' })]);
  });

  test('a users step reads the company id from the sub-account once, then keeps it', async () => {
    ownLocation();
    const users = () =>
      mockGhl({
        method: 'GET',
        path: '/users/search',
        version: V,
        token: TOKEN,
        query: { companyId: COMPANY_ID, locationId: LOCATION_ID, sort: 'dateAdded', sortDirection: 'desc', limit: '100', skip: '0' },
        reply: { users: [{ id: 'u1', name: 'Jordan Smith' }], count: 1 },
      });
    users();
    expect(await perform('triggers', 'search_users')).toEqual([expect.objectContaining({ id: 'u1' })]);
    users(); // no second read of the location
    expect(await perform('triggers', 'search_users')).toEqual([expect.objectContaining({ id: 'u1' })]);
  });

  test('an agency-only step is refused before any request: it needs an agency token or the OAuth agency connection', async () => {
    const err: any = await perform('triggers', 'list_snapshots').catch((e) => e);
    expect(JSON.parse(err.message)).toMatchObject({ message: AGENCY_ONLY_PRIVATE_TOKEN_MESSAGE, code: 'INVALID_INPUT' });
    expect(AGENCY_ONLY_PRIVATE_TOKEN_MESSAGE).toMatch(/agency-level Private Integration token.*or use the GoHighLevel OAuth app's agency connection/);
  });

  test("a Location ID that is a dot segment is refused, never put in a path", async () => {
    const err: any = await perform('triggers', 'search_contacts', {}, { ...PIT_AUTH, locationId: '..' }).catch((e) => e);
    expect(messageOf(err)).toBe('The Location ID field is not a valid GoHighLevel id: "..".');
  });

  test("a scope the token lacks (GoHighLevel's 401) names the scopes the step needs, and does not expire the connection", async () => {
    mockGhl({ method: 'POST', path: '/contacts/', version: V, token: TOKEN, status: 401, reply: { statusCode: 401, message: 'The token is not authorized for this scope.' } });
    const err: any = await perform('creates', 'create_contact', { email: 'jane@example.com' }).catch((e) => e);
    expect(err.name).toBe('AppError');
    expect(JSON.parse(err.message)).toMatchObject({
      message:
        'Create Contact: GoHighLevel refused the request (401: The token is not authorized for this scope): the connection\'s token lacks a scope ' +
        'this step needs. In GoHighLevel, open Settings → Private Integrations, edit the integration, tick the scopes this step needs ' +
        '("contacts.write", "locations/customFields.readonly") and save.',
      code: 'GHL_SCOPE',
    });
  });

  test('a revoked token on a step expires the connection (no refresh is tried), with no part of the token in the error', async () => {
    mockGhl({ method: 'GET', path: '/contacts/c1', version: V, token: TOKEN, status: 401, reply: { statusCode: 401, message: 'Invalid JWT' } });
    const err: any = await perform('triggers', 'get_contact', { contactId: 'c1' }).catch((e) => e);
    expect(err.name).toBe('ExpiredAuthError');
    expect(err.message).toMatch(/paste the current Private Integration token/);
    for (let i = 0; i + 8 <= TOKEN.length; i++) expect(err.message).not.toContain(TOKEN.slice(i, i + 8));
  });
});

describe("steps with an agency's token", () => {
  test('agency steps run with the agency token and the company of the connection\'s sub-account', async () => {
    ownLocation(AGENCY_TOKEN);
    mockGhl({ method: 'GET', path: '/snapshots/', version: V, token: AGENCY_TOKEN, query: { companyId: COMPANY_ID }, reply: { snapshots: [{ id: 's1', name: 'Starter' }] } });
    expect(await perform('triggers', 'list_snapshots', {}, AGENCY_PIT_AUTH)).toEqual([expect.objectContaining({ id: 's1' })]);
  });

  test('sub-account steps are refused before any request, and show why instead of a Sub-Account picker', async () => {
    const err: any = await perform('triggers', 'get_contact', { contactId: 'c1', locationId: LOCATION_ID }, AGENCY_PIT_AUTH).catch((e) => e);
    expect(JSON.parse(err.message)).toMatchObject({ message: SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE, code: 'INVALID_INPUT' });
    const picker = (PrivateTokenApp.triggers as any).get_contact.operation.inputFields.find((f: unknown) => typeof f === 'function');
    expect(await run(picker, AGENCY_PIT_AUTH)).toEqual([{ key: 'sub_account_only', label: 'Sub-Account', type: 'copy', helpText: SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE }]);
  });

  test("the OAuth app's installed sub-accounts are refused before any request", async () => {
    const err: any = await perform('triggers', 'dropdown_sub_accounts', {}, AGENCY_PIT_AUTH).catch((e) => e);
    expect(messageOf(err)).toBe(OAUTH_ONLY_PRIVATE_TOKEN_MESSAGE);
  });

  test("a sub-account token chosen as an agency's: GoHighLevel's 401 says to check the Connection Type", async () => {
    ownLocation();
    mockGhl({
      method: 'GET',
      path: `/companies/${COMPANY_ID}`,
      version: V,
      token: TOKEN,
      status: 401,
      reply: { statusCode: 401, message: 'This authClass type is not allowed to access this scope. Please reach out to the Platform team to get it added.' },
    });
    const err: any = await run(auth.test, { ...PIT_AUTH, userType: 'Company' }).catch((e) => e);
    expect(err.name).toBe('AppError');
    expect(messageOf(err)).toMatch(/^GoHighLevel does not take this connection's kind of token here \(401: This authClass type is not allowed.*check the connection's Connection Type\.$/);
  });
});

describe('logs', () => {
  const logs = captureLogs();

  test('the connection test, a step and a refused token log no part of the token, even one pasted with spaces', async () => {
    const padded = { ...PIT_AUTH, privateToken: ` ${TOKEN}\n` };
    ownLocation();
    await run(auth.test, padded);
    mockGhl({ method: 'GET', path: '/contacts/c1', version: V, token: TOKEN, reply: { contact: { id: 'c1' } } });
    await perform('triggers', 'get_contact', { contactId: 'c1' }, padded);
    nock(BASE).get('/contacts/c2').reply(401, { statusCode: 401, message: 'Invalid JWT' });
    await perform('triggers', 'get_contact', { contactId: 'c2' }, padded).catch(() => undefined);
    const text = logs.lines().join('\n');
    expect(text).toContain('/contacts/c1'); // the logs were captured
    for (let i = 0; i + 8 <= TOKEN.length; i++) expect({ part: TOKEN.slice(i, i + 8), found: text.includes(TOKEN.slice(i, i + 8)) }).toEqual({ part: TOKEN.slice(i, i + 8), found: false });
  });
});

/**
 * Agency connections: the Sub-Account picker, sub-account token minting and re-use, agency-only steps on a
 * sub-account connection, and a failed mint.
 */
import nock from 'nock';
import { clearMintedTokens } from '../lib/connection';
import { AGENCY_AUTH, BASE, COMPANY_ID, inputFields, LOCATION_AUTH, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';

setupNock();

const env = { ...process.env };
beforeEach(() => {
  process.env.CLIENT_ID = '6650f1c2a1b2c3d4e5f6a7b8-lx2k9q1z';
});
afterAll(() => {
  process.env = env;
});

/** Expects one POST /oauth/locationToken with the agency token, answering a minted token. */
const mockMint = (minted = 'minted-location-token', status = 200, reply?: unknown) => {
  let form: Record<string, string> = {};
  const scope = nock(BASE, { reqheaders: { authorization: 'Bearer agency-access-token', version: '2021-07-28' } })
    .post('/oauth/locationToken', (body) => {
      form = typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : body;
      return true;
    })
    .matchHeader('content-type', /application\/x-www-form-urlencoded/)
    .reply(status, (reply ?? { access_token: minted, token_type: 'Bearer', expires_in: 86399, locationId: LOCATION_ID, companyId: COMPANY_ID, userType: 'Location' }) as nock.Body);
  return { scope, form: () => form };
};

describe('Sub-Account picker', () => {
  test('agency connections see a required Sub-Account dropdown first; sub-account connections never do', async () => {
    const agencyFields = await inputFields('creates', 'create_contact', {}, AGENCY_AUTH);
    expect(agencyFields[0]).toMatchObject({
      key: 'locationId',
      label: 'Sub-Account',
      required: true,
      dynamic: 'dropdown_sub_accounts.id.name',
      altersDynamicFields: true,
    });
    // no custom-field request until a sub-account is chosen
    expect(agencyFields.some((f) => f.key?.startsWith('cf__'))).toBe(false);
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}/customFields`, query: { model: 'contact' }, version: '2021-07-28', reply: { customFields: [] } });
    const subFields = await inputFields('creates', 'create_contact', {}, LOCATION_AUTH);
    expect(subFields.find((f) => f.key === 'locationId')).toBeUndefined();
  });

  test('the picker lists sub-accounts where the app is installed', async () => {
    mockGhl({
      method: 'GET',
      path: '/oauth/installedLocations',
      query: { companyId: COMPANY_ID, appId: '6650f1c2a1b2c3d4e5f6a7b8', isInstalled: 'true', limit: '100', skip: '0' },
      version: '2021-07-28',
      token: 'agency-access-token',
      reply: { locations: [{ _id: LOCATION_ID, name: 'Acme Dental', address: '1 Main St', isInstalled: true }], count: 1 },
    });
    expect(await perform('triggers', 'dropdown_sub_accounts', {}, { authData: AGENCY_AUTH })).toEqual([
      { _id: LOCATION_ID, id: LOCATION_ID, name: 'Acme Dental (1 Main St)', address: '1 Main St', isInstalled: true },
    ]);
  });
});

describe('sub-account tokens for agency connections', () => {
  test('mints a token for the chosen sub-account and uses it, with that locationId', async () => {
    const mint = mockMint();
    mockGhl({
      method: 'POST',
      path: '/contacts/',
      version: '2021-07-28',
      token: 'minted-location-token',
      body: { locationId: LOCATION_ID, email: 'jane@example.com' },
      reply: { contact: { id: 'c1', email: 'jane@example.com', customFields: [] } },
    });
    const result = await perform('creates', 'create_contact', { locationId: LOCATION_ID, email: 'jane@example.com' }, { authData: AGENCY_AUTH });
    expect(result).toMatchObject({ id: 'c1' });
    expect(mint.form()).toEqual({ companyId: COMPANY_ID, locationId: LOCATION_ID });
  });

  test('re-uses a minted token until it expires (one mint for two steps)', async () => {
    mockMint();
    mockGhl({ method: 'GET', path: '/contacts/c1', version: '2021-07-28', token: 'minted-location-token', reply: { contact: { id: 'c1' } } });
    mockGhl({ method: 'GET', path: '/contacts/c1/notes', version: '2021-07-28', token: 'minted-location-token', reply: { notes: [] } });
    await perform('triggers', 'get_contact', { locationId: LOCATION_ID, contactId: 'c1' }, { authData: AGENCY_AUTH });
    clearMintedTokens(); // a new worker: only z.cache remembers the token
    await perform('triggers', 'get_contact_notes', { locationId: LOCATION_ID, contactId: 'c1' }, { authData: AGENCY_AUTH, keepCache: true });
    // a second mint would be an unmatched request and fail the test
  });

  test('a different sub-account gets its own token', async () => {
    mockMint('token-a');
    mockMint('token-b');
    mockGhl({ method: 'GET', path: '/contacts/c1', version: '2021-07-28', token: 'token-a', reply: { contact: { id: 'c1' } } });
    mockGhl({ method: 'GET', path: '/contacts/c2', version: '2021-07-28', token: 'token-b', reply: { contact: { id: 'c2' } } });
    await perform('triggers', 'get_contact', { locationId: 'locA', contactId: 'c1' }, { authData: AGENCY_AUTH });
    await perform('triggers', 'get_contact', { locationId: 'locB', contactId: 'c2' }, { authData: AGENCY_AUTH });
  });

  test('a failed mint (app not installed there) is a readable error naming the sub-account', async () => {
    mockMint('x', 400, { statusCode: 400, message: 'This app is not installed for the location', traceId: 'tr-9' });
    const err: any = await perform('triggers', 'get_contact', { locationId: 'locZ', contactId: 'c1' }, { authData: AGENCY_AUTH }).catch((e) => e);
    const { message } = JSON.parse(err.message);
    expect(message).toMatch(/Could not open sub-account locZ with the agency connection\. Is the app installed in that sub-account\?/);
    expect(message).toMatch(/This app is not installed for the location/);
    expect(message).toMatch(/traceId tr-9/);
  });

  test('no sub-account chosen: the field is named, nothing is sent', async () => {
    await expect(perform('triggers', 'get_contact', { contactId: 'c1' }, { authData: AGENCY_AUTH })).rejects.toThrow(
      /Sub-Account field is required with an agency connection/,
    );
  });

  test('the step result does not carry the minted token', async () => {
    mockMint('secret-minted-token');
    mockGhl({ method: 'GET', path: '/contacts/c1', version: '2021-07-28', token: 'secret-minted-token', reply: { contact: { id: 'c1' } } });
    const result = await perform('triggers', 'get_contact', { locationId: LOCATION_ID, contactId: 'c1' }, { authData: AGENCY_AUTH });
    expect(JSON.stringify(result)).not.toContain('secret-minted-token');
  });
});

describe('agency-only steps', () => {
  test('a sub-account connection is told plainly, before any request', async () => {
    await expect(perform('triggers', 'dropdown_sub_accounts', {}, { authData: LOCATION_AUTH })).rejects.toThrow(
      /This step needs an agency connection/,
    );
  });
});

describe('one agency connection serves every category', () => {
  const AGENCY_LOC = 'agencyPickedLoc1';
  // [category, kind, key, inputs, expected request (with the minted token unless `agency`), reply]
  const CASES: Array<[string, 'triggers' | 'creates' | 'searches', string, Record<string, unknown>, { method: 'GET' | 'POST'; path: string; query?: Record<string, string>; version: string; agency?: boolean }, unknown]> = [
    ['Contacts', 'triggers', 'get_contact', { contactId: 'c1' }, { method: 'GET', path: '/contacts/c1', version: '2021-07-28' }, { contact: { id: 'c1' } }],
    ['Calendars', 'triggers', 'get_calendar_by_id', { calendarId: 'cal1' }, { method: 'GET', path: '/calendars/cal1', version: '2021-04-15' }, { calendar: { id: 'cal1', name: 'Demo' } }],
    ['Calendar resources', 'triggers', 'get_calendar_resource', { resourceType: 'equipments', id: 'eq1' }, { method: 'GET', path: '/calendars/resources/equipments/eq1', version: '2021-04-15' }, { id: 'eq1', name: 'Projector' }],
    ['Opportunities', 'triggers', 'get_opportunity', { opportunityId: 'o1' }, { method: 'GET', path: '/opportunities/o1', version: '2021-07-28' }, { opportunity: { id: 'o1', name: 'Deal', customFields: [] } }],
    ['Users (agency token itself)', 'triggers', 'get_user', { userId: 'u1' }, { method: 'GET', path: '/users/u1', version: '2021-07-28', agency: true }, { id: 'u1', name: 'Ann' }],
    ['Conversations', 'triggers', 'get_conversation', { conversationId: 'cv1' }, { method: 'GET', path: '/conversations/cv1', version: '2021-04-15' }, { id: 'cv1', contactId: 'c1' }],
    ['Businesses', 'triggers', 'get_business', { businessId: 'b1' }, { method: 'GET', path: '/businesses/b1', version: '2021-07-28' }, { business: { id: 'b1', name: 'Acme' } }],
    ['Workflows', 'triggers', 'list_workflows', {}, { method: 'GET', path: '/workflows/', query: { locationId: AGENCY_LOC }, version: '2021-07-28' }, { workflows: [{ id: 'w1', name: 'Onboarding' }] }],
    ['Other', 'triggers', 'list_custom_fields', {}, { method: 'GET', path: `/locations/${AGENCY_LOC}/customFields`, version: '2021-07-28' }, { customFields: [{ id: 'f1', name: 'Pincode' }] }],
    ['Social Planner', 'triggers', 'get_social_planner_tags', {}, { method: 'GET', path: `/social-media-posting/${AGENCY_LOC}/tags`, query: { limit: '100', skip: '0' }, version: '2021-07-28' }, { success: true, results: { tags: [{ _id: 't1', tag: 'launch' }] } }],
  ];

  test.each(CASES)('%s: %s %s runs in the chosen sub-account', async (_category, kind, key, inputs, req, reply) => {
    let mint: ReturnType<typeof mockMint> | undefined;
    if (!req.agency) mint = mockMint(`minted-for-${key}`);
    mockGhl({ ...req, token: req.agency ? 'agency-access-token' : `minted-for-${key}`, reply });
    const result = await perform(kind, key, { locationId: AGENCY_LOC, ...inputs }, { authData: AGENCY_AUTH });
    expect(Array.isArray(result) ? result.length : 1).toBeGreaterThan(0);
    if (mint) expect(mint.form()).toEqual({ companyId: COMPANY_ID, locationId: AGENCY_LOC });
  });
});

/**
 * Users: every operation's exact request (method, path, query, Version, body) and result shape, with
 * sub-account and agency connections, and the agency-only cases.
 */
import { AGENCY_AUTH, App, COMPANY_ID, inputFields, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { emailList, userType } from '../domains/users';

setupNock();

const V = '2021-07-28';
const AGENCY_TOKEN = AGENCY_AUTH.access_token;
const USER = {
  id: '0IHuJvc2ofPAAA8GzTRi',
  name: 'John Deo',
  firstName: 'John',
  lastName: 'Deo',
  email: 'john@deo.com',
  phone: '+18088688888',
  roles: { type: 'account', role: 'user', locationIds: [LOCATION_ID] },
  deleted: false,
};

describe('Search Users', () => {
  test("sub-account connection: companyId from the connection, its own locationId, newest first", async () => {
    mockGhl({
      method: 'GET',
      path: '/users/search',
      query: {
        companyId: COMPANY_ID,
        locationId: LOCATION_ID,
        query: 'john',
        role: 'admin',
        sort: 'dateAdded',
        sortDirection: 'desc',
        limit: '100',
        skip: '0',
      },
      version: V,
      reply: { users: [USER], count: 1 },
    });
    const result = await perform('triggers', 'search_users', { query: 'john', role: 'admin' });
    expect(result).toEqual([USER]);
  });

  test('agency connection: the agency token, no token minting, company-wide unless a sub-account is chosen', async () => {
    mockGhl({
      method: 'GET',
      path: '/users/search',
      query: { companyId: COMPANY_ID, type: 'agency', sort: 'dateAdded', sortDirection: 'desc', limit: '100', skip: '100' },
      version: V,
      token: AGENCY_TOKEN,
      reply: { users: [USER], count: 1 },
    });
    const result = await perform('triggers', 'search_users', { type: 'agency' }, { authData: AGENCY_AUTH, meta: { page: 1 } });
    expect(result.map((u: any) => u.id)).toEqual([USER.id]);
  });

  test('agency connection with a chosen sub-account filters by it', async () => {
    mockGhl({
      method: 'GET',
      path: '/users/search',
      query: { companyId: COMPANY_ID, locationId: 'sub1', sort: 'dateAdded', sortDirection: 'desc', limit: '100', skip: '0' },
      version: V,
      token: AGENCY_TOKEN,
      reply: { users: [] },
    });
    expect(await perform('triggers', 'search_users', { locationId: 'sub1' }, { authData: AGENCY_AUTH })).toEqual([]);
  });

  test('only agency connections see the optional Sub-Account filter', async () => {
    const sub = await inputFields('triggers', 'search_users');
    expect(sub.map((f) => f.key)).toEqual(['query', 'role', 'type']);
    const agency = await inputFields('triggers', 'search_users', {}, AGENCY_AUTH);
    expect(agency[0]).toMatchObject({ key: 'locationId', required: false, dynamic: 'dropdown_sub_accounts.id.name' });
  });

  test('a connection without a company id is told to reconnect, before any request', async () => {
    const { companyId: _omit, ...noCompany } = { ...AGENCY_AUTH, userType: 'Location', locationId: LOCATION_ID };
    await expect(perform('triggers', 'search_users', {}, { authData: noCompany })).rejects.toThrow(/no company \(agency\) ID/);
  });
});

describe('Filter Users by Email', () => {
  test('agency connection: POST with companyId, comma-separated emails and body paging', async () => {
    mockGhl({
      method: 'POST',
      path: '/users/search/filter-by-email',
      version: V,
      token: AGENCY_TOKEN,
      body: {
        companyId: COMPANY_ID,
        emails: 'john@deo.com,jane@deo.com',
        skip: '0',
        limit: '100',
        projection: 'all',
      },
      reply: { users: [USER], count: 1 },
    });
    const result = await perform('triggers', 'filter_users_by_email', { emails: ['john@deo.com, jane@deo.com'] }, { authData: AGENCY_AUTH });
    expect(result).toEqual([USER]);
  });

  test('deleted users on page 2', async () => {
    mockGhl({
      method: 'POST',
      path: '/users/search/filter-by-email',
      version: V,
      token: AGENCY_TOKEN,
      body: { companyId: COMPANY_ID, emails: 'john@deo.com', deleted: true, skip: '100', limit: '100', projection: 'all' },
      reply: { users: [] },
    });
    expect(
      await perform('triggers', 'filter_users_by_email', { emails: 'john@deo.com', deleted: true }, { authData: AGENCY_AUTH, meta: { page: 1 } }),
    ).toEqual([]);
  });

  test('a sub-account connection is told plainly it needs an agency connection (no request)', async () => {
    await expect(perform('triggers', 'filter_users_by_email', { emails: 'john@deo.com' })).rejects.toThrow(/needs an agency connection/);
  });

  test('a malformed email is an input error naming the field', async () => {
    await expect(
      perform('triggers', 'filter_users_by_email', { emails: 'john@deo.com, nope' }, { authData: AGENCY_AUTH }),
    ).rejects.toThrow(/Emails \(#2\) field is not a valid email address/);
  });
});

describe('Get User', () => {
  test('GET /users/{userId}; fires once per version of the user', async () => {
    mockGhl({ method: 'GET', path: `/users/${USER.id}`, version: V, reply: USER });
    const result = await perform('triggers', 'get_user', { userId: USER.id });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject(USER);
    expect(typeof result[0].record_version).toBe('string');
  });

  test('works with an agency connection (agency token, no minting)', async () => {
    mockGhl({ method: 'GET', path: `/users/${USER.id}`, version: V, token: AGENCY_TOKEN, reply: USER });
    const result = await perform('triggers', 'get_user', { userId: USER.id }, { authData: AGENCY_AUTH });
    expect(result[0].id).toBe(USER.id);
  });

  test('the user is a dropdown and required', async () => {
    const [field] = await inputFields('triggers', 'get_user');
    expect(field).toMatchObject({ key: 'userId', required: true, dynamic: 'dropdown_users.id.name' });
    await expect(perform('triggers', 'get_user', {})).rejects.toThrow(/User field is required/);
  });
});

describe('List Users by Location', () => {
  test('GET /users/ with locationId (deprecated; points to Search Users)', async () => {
    mockGhl({ method: 'GET', path: '/users/', query: { locationId: LOCATION_ID }, version: V, reply: { users: [USER] } });
    expect(await perform('triggers', 'list_users_by_location')).toEqual([USER]);
    expect(App.triggers.list_users_by_location.display.description).toMatch(/deprecated.*Search Users/i);
  });
});

describe('Create User', () => {
  test('sub-account connection: companyId from the connection, the user added to the sub-account', async () => {
    mockGhl({
      method: 'POST',
      path: '/users/',
      version: V,
      body: {
        companyId: COMPANY_ID,
        firstName: 'John',
        lastName: 'Deo',
        email: 'john@deo.com',
        password: 's3cret!',
        phone: '+18832327657',
        type: 'account',
        role: 'user',
        locationIds: [LOCATION_ID],
      },
      reply: USER,
    });
    const result = await perform('creates', 'create_user', {
      firstName: 'John',
      lastName: 'Deo',
      email: ' john@deo.com ',
      password: 's3cret!',
      phone: '+1 883-232-7657',
      type: 'account',
      role: 'user',
    });
    expect(result).toEqual(USER);
  });

  test('agency connection: the chosen sub-accounts, the agency token', async () => {
    mockGhl({
      method: 'POST',
      path: '/users/',
      version: V,
      token: AGENCY_TOKEN,
      body: {
        companyId: COMPANY_ID,
        firstName: 'Ann',
        lastName: 'Lee',
        email: 'ann@lee.io',
        password: 'pw',
        type: 'account',
        role: 'admin',
        locationIds: ['sub1', 'sub2'],
        platformLanguage: 'en_US',
      },
      reply: { ...USER, id: 'u2' },
    });
    const result = await perform(
      'creates',
      'create_user',
      { firstName: 'Ann', lastName: 'Lee', email: 'ann@lee.io', password: 'pw', type: 'account', role: 'admin', locationIds: ['sub1', 'sub2'], platformLanguage: 'en_US' },
      { authData: AGENCY_AUTH },
    );
    expect(result.id).toBe('u2');
  });

  test('an agency user with a sub-account connection: a plain "needs an agency connection" error, no request', async () => {
    await expect(
      perform('creates', 'create_user', { firstName: 'A', lastName: 'B', email: 'a@b.io', password: 'pw', type: 'agency', role: 'admin' }),
    ).rejects.toThrow(/Agency users can only be managed with an agency connection/);
  });

  test('agency connection: a sub-account user needs at least one sub-account', async () => {
    await expect(
      perform('creates', 'create_user', { firstName: 'A', lastName: 'B', email: 'a@b.io', password: 'pw', type: 'account', role: 'user' }, { authData: AGENCY_AUTH }),
    ).rejects.toThrow(/Choose at least one Sub-Account/);
  });

  test('a malformed email is an input error', async () => {
    await expect(
      perform('creates', 'create_user', { firstName: 'A', lastName: 'B', email: 'nope', password: 'pw', type: 'account', role: 'user' }),
    ).rejects.toThrow(/Email field is not a valid email address/);
  });

  test('the Sub-Accounts input appears only for agency connections', async () => {
    expect((await inputFields('creates', 'create_user')).some((f) => f.key === 'locationIds')).toBe(false);
    const agency = await inputFields('creates', 'create_user', {}, AGENCY_AUTH);
    expect(agency.find((f) => f.key === 'locationIds')).toMatchObject({ list: true, dynamic: 'dropdown_sub_accounts.id.name' });
  });
});

describe('Update User', () => {
  test('sub-account connection: PUT with only the changed fields', async () => {
    mockGhl({
      method: 'PUT',
      path: `/users/${USER.id}`,
      version: V,
      body: { firstName: 'Johnny', role: 'admin' },
      reply: { ...USER, firstName: 'Johnny' },
    });
    const result = await perform('creates', 'update_user', { userId: USER.id, firstName: 'Johnny', role: 'admin', lastName: '' });
    expect(result).toMatchObject({ id: USER.id, firstName: 'Johnny' });
  });

  test("agency connection: the connection's companyId and the new sub-accounts", async () => {
    mockGhl({
      method: 'PUT',
      path: `/users/${USER.id}`,
      version: V,
      token: AGENCY_TOKEN,
      body: { type: 'agency', locationIds: ['sub1'], companyId: COMPANY_ID },
      reply: USER,
    });
    const result = await perform('creates', 'update_user', { userId: USER.id, type: 'agency', locationIds: 'sub1' }, { authData: AGENCY_AUTH });
    expect(result.id).toBe(USER.id);
  });

  test('making an agency user with a sub-account connection needs an agency connection', async () => {
    await expect(perform('creates', 'update_user', { userId: USER.id, type: 'agency' })).rejects.toThrow(/agency connection/);
  });

  test('nothing to change is an input error', async () => {
    await expect(perform('creates', 'update_user', { userId: USER.id })).rejects.toThrow(/Nothing to update/);
  });
});

describe('Delete User', () => {
  test('DELETE /users/{userId} and reports the id', async () => {
    const reply = { succeded: true, message: 'Queued deleting user with e-mail john@deo.com and name John Deo. Will take effect in a few minutes.' };
    mockGhl({ method: 'DELETE', path: `/users/${USER.id}`, version: V, reply });
    expect(await perform('creates', 'delete_user', { userId: USER.id })).toEqual({ ...reply, id: USER.id, deleted: true });
  });
});

describe('user conversions', () => {
  const at = (key: string, label: string) => ({ key, label });

  test('userType: account or agency (trimmed, any case); agency users need an agency connection', () => {
    const TYPE = at('type', 'User Type');
    expect(userType(' Account ', TYPE, {}, { userType: 'Location' } as any)).toBe('account');
    expect(userType('AGENCY', TYPE, {}, { userType: 'Company' } as any)).toBe('agency');
    expect(() => userType('agency', TYPE, {}, { userType: 'Location' } as any)).toThrow(/Agency users can only be managed with an agency connection/);
    expect(() => userType('owner', TYPE, {}, { userType: 'Company' } as any)).toThrow('The User Type field must be "account" or "agency", got "owner".');
  });

  test('emailList: each address checked and numbered in the error, sent as comma-separated text', () => {
    const EMAILS = at('emails', 'Emails');
    expect(emailList(['john@deo.com, jane@deo.com'], EMAILS, {}, {} as any)).toBe('john@deo.com,jane@deo.com');
    expect(() => emailList('john@deo.com, nope', EMAILS, {}, {} as any)).toThrow(/Emails \(#2\) field is not a valid email address: "nope"/);
    expect(() => emailList(',', EMAILS, {}, {} as any)).toThrow('The Emails field is required but was empty.');
  });
});

/**
 * Businesses: every operation's exact request (method, path, query, Version, body) and result shape.
 */
import { LOCATION_ID, mockGhl, perform, setupNock } from './helpers';

setupNock();

const V = '2021-07-28';
const BUSINESS = {
  id: '63771dcac1116f0e21de8e12',
  name: 'Microsoft',
  phone: '+18832327657',
  email: 'abc@microsoft.com',
  website: 'microsoft.com',
  locationId: LOCATION_ID,
  createdAt: '2026-07-02T05:18:26.704Z',
  updatedAt: '2026-07-03T09:12:44.112Z',
};

describe('Get Business', () => {
  test('fires once per version of the business (id + updatedAt)', async () => {
    mockGhl({ method: 'GET', path: `/businesses/${BUSINESS.id}`, version: V, reply: { business: BUSINESS } });
    expect(await perform('triggers', 'get_business', { businessId: BUSINESS.id })).toEqual([
      { ...BUSINESS, record_version: BUSINESS.updatedAt },
    ]);
  });
});

describe('List Businesses by Location', () => {
  const OLDER = { ...BUSINESS, id: 'b0', name: 'Contoso', createdAt: '2026-06-01T00:00:00.000Z' };

  test('lists the sub-account\'s businesses newest first, 100 a page', async () => {
    mockGhl({
      method: 'GET',
      path: '/businesses/',
      query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
      version: V,
      reply: { businesses: [OLDER, BUSINESS] },
    });
    expect(await perform('triggers', 'list_businesses_by_location')).toEqual([BUSINESS, OLDER]);
  });

  test('later pages skip the earlier ones', async () => {
    mockGhl({
      method: 'GET',
      path: '/businesses/',
      query: { locationId: LOCATION_ID, limit: '100', skip: '100' },
      version: V,
      reply: { businesses: [] },
    });
    expect(await perform('triggers', 'list_businesses_by_location', {}, { meta: { page: 1 } })).toEqual([]);
  });
});

describe('Create Business', () => {
  test('sends the business with locationId, a checked email and a normalised phone', async () => {
    mockGhl({
      method: 'POST',
      path: '/businesses/',
      version: V,
      body: {
        locationId: LOCATION_ID,
        name: 'Microsoft',
        phone: '+18832327657',
        email: 'abc@microsoft.com',
        city: 'Redmond',
        description: 'Software',
      },
      // The spec spells the answer's key "buiseness".
      reply: { success: true, buiseness: BUSINESS },
    });
    const result = await perform('creates', 'create_business', {
      name: 'Microsoft',
      phone: '+1 (883) 232-7657',
      email: ' abc@microsoft.com ',
      city: 'Redmond',
      description: 'Software',
      website: '',
    });
    expect(result).toEqual(BUSINESS);
  });

  test('a malformed email fails before any request', async () => {
    await expect(perform('creates', 'create_business', { name: 'X', email: 'nope' })).rejects.toThrow(
      /Email field is not a valid email address/,
    );
  });

  test('the name is required', async () => {
    await expect(perform('creates', 'create_business', { city: 'Redmond' })).rejects.toThrow(/Business Name field is required/);
  });
});

describe('Update Business', () => {
  test('sends only the fields filled in', async () => {
    mockGhl({
      method: 'PUT',
      path: `/businesses/${BUSINESS.id}`,
      version: V,
      body: { website: 'www.microsoft.com', country: 'us' },
      reply: { success: true, business: { ...BUSINESS, website: 'www.microsoft.com' } },
    });
    const result = await perform('creates', 'update_business', { businessId: BUSINESS.id, website: 'www.microsoft.com', country: 'us', name: '' });
    expect(result).toEqual({ ...BUSINESS, website: 'www.microsoft.com' });
  });

  test('nothing to change is an input error', async () => {
    await expect(perform('creates', 'update_business', { businessId: BUSINESS.id })).rejects.toThrow(
      /at least one business field/,
    );
  });
});

describe('Delete Business', () => {
  test('deletes and reports the deleted id', async () => {
    mockGhl({ method: 'DELETE', path: `/businesses/${BUSINESS.id}`, version: V, reply: { success: true } });
    expect(await perform('creates', 'delete_business', { businessId: BUSINESS.id })).toEqual({
      id: BUSINESS.id,
      deleted: true,
      success: true,
    });
  });
});

describe('the Contacts list', () => {
  test('Bulk Business Update: a Contacts value that splits into nothing fails before any request', async () => {
    await expect(perform('creates', 'bulk_business_update', { action: 'add', ids: ' , ', businessId: 'b1' })).rejects.toThrow(
      /The Contacts field is required but was empty/,
    );
  });
});

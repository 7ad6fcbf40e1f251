/**
 * Workflows & Campaigns: every operation's exact request (method, path, query, Version, body) and result shape.
 */
import { AGENCY_AUTH, COMPANY_ID, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { isoAtUtc } from '../domains/workflows';

setupNock();

const V = '2021-07-28';

describe('List Workflows', () => {
  test('lists the sub-account\'s workflows newest first', async () => {
    const older = { id: 'wf0', name: 'Welcome', status: 'published', version: 3, createdAt: '2021-05-26T11:33:49.000Z', locationId: LOCATION_ID };
    const newer = { id: 'wf1', name: 'Nurture', status: 'draft', version: 1, createdAt: '2026-05-26T11:33:49.000Z', locationId: LOCATION_ID };
    mockGhl({ method: 'GET', path: '/workflows/', query: { locationId: LOCATION_ID }, version: V, reply: { workflows: [older, newer] } });
    expect(await perform('triggers', 'list_workflows')).toEqual([newer, older]);
  });
});

describe('List Campaigns', () => {
  test('lists campaigns, filtered by status', async () => {
    const campaign = { id: 'mIVALPYuTD7YjUHnFEx4', name: 'test', status: 'published', locationId: LOCATION_ID };
    mockGhl({
      method: 'GET',
      path: '/campaigns/',
      query: { locationId: LOCATION_ID, status: 'published' },
      version: V,
      reply: { campaigns: [campaign] },
    });
    expect(await perform('triggers', 'list_campaigns', { status: 'published' })).toEqual([campaign]);
  });
});

describe('List Snapshots', () => {
  test('lists the agency\'s snapshots with the agency token and companyId', async () => {
    const snapshot = { id: '1eM2UgkfaECOYyUdCo9Pa', name: 'Martial Arts Snapshot', type: 'own' };
    mockGhl({
      method: 'GET',
      path: '/snapshots/',
      query: { companyId: COMPANY_ID },
      version: V,
      token: AGENCY_AUTH.access_token,
      reply: { snapshots: [snapshot] },
    });
    expect(await perform('triggers', 'list_snapshots', {}, { authData: AGENCY_AUTH })).toEqual([snapshot]);
  });

  test('a sub-account connection is told it needs an agency connection', async () => {
    await expect(perform('triggers', 'list_snapshots')).rejects.toThrow(/needs an agency connection/);
  });
});

describe('Add Contact to Workflow', () => {
  test('enrolls the contact with the event start time as ISO-8601', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/c1/workflow/wf1',
      version: V,
      body: { eventStartTime: '2021-06-23T02:30:00+00:00' },
      reply: { succeded: true },
    });
    const result = await perform('creates', 'add_contact_to_workflow', {
      contactId: 'c1',
      workflowId: 'wf1',
      eventStartTime: '2021-06-23T03:30:00+01:00',
    });
    expect(result).toEqual({ contactId: 'c1', workflowId: 'wf1', succeded: true });
  });

  test('without a start time sends an empty body', async () => {
    mockGhl({ method: 'POST', path: '/contacts/c1/workflow/wf1', version: V, body: {}, reply: { succeded: true } });
    expect(await perform('creates', 'add_contact_to_workflow', { contactId: 'c1', workflowId: 'wf1' })).toMatchObject({ succeded: true });
  });

  test('an unparsable start time is an input error', async () => {
    await expect(
      perform('creates', 'add_contact_to_workflow', { contactId: 'c1', workflowId: 'wf1', eventStartTime: 'next tuesday-ish' }),
    ).rejects.toThrow(/Event Start Time field is not a date/);
  });

  test('the workflow is required', async () => {
    await expect(perform('creates', 'add_contact_to_workflow', { contactId: 'c1' })).rejects.toThrow(/Workflow field is required/);
  });
});

describe('Remove from Workflow', () => {
  test('removes the contact (DELETE with the empty body the spec requires)', async () => {
    mockGhl({ method: 'DELETE', path: '/contacts/c1/workflow/wf1', version: V, body: {}, reply: { succeded: true } });
    expect(await perform('creates', 'remove_from_workflow', { contactId: 'c1', workflowId: 'wf1' })).toEqual({
      contactId: 'c1',
      workflowId: 'wf1',
      succeded: true,
    });
  });
});

describe('Add Contact Followers', () => {
  test('sends the followers from picked ids, line items and comma lists', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/c1/followers',
      version: V,
      body: { followers: ['u1', 'u2', 'u3'] },
      reply: { followers: ['u0', 'u1', 'u2', 'u3'], followersAdded: ['u1', 'u2', 'u3'] },
    });
    const result = await perform('creates', 'add_contact_followers', { contactId: 'c1', followers: ['u1, u2', 'u3'] });
    expect(result).toEqual({ contactId: 'c1', followers: ['u0', 'u1', 'u2', 'u3'], followersAdded: ['u1', 'u2', 'u3'] });
  });

  test('a followers value with no ids is an input error', async () => {
    await expect(perform('creates', 'add_contact_followers', { contactId: 'c1', followers: ' , ' })).rejects.toThrow(
      /Followers field is required/,
    );
  });
});

describe('Remove Contact Followers', () => {
  test('sends DELETE with the followers in the body', async () => {
    mockGhl({
      method: 'DELETE',
      path: '/contacts/c1/followers',
      version: V,
      body: { followers: ['u1', 'u2'] },
      reply: { followers: ['u0'], followersRemoved: ['u1', 'u2'] },
    });
    const result = await perform('creates', 'remove_contact_followers', { contactId: 'c1', followers: 'u1,u2' });
    expect(result).toEqual({ contactId: 'c1', followers: ['u0'], followersRemoved: ['u1', 'u2'] });
  });
});

describe('Bulk Business Update', () => {
  test('adds the contacts to the business', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/bulk/business',
      version: V,
      body: { locationId: LOCATION_ID, ids: ['c1', 'c2', 'c3'], businessId: 'b1' },
      reply: { success: true, ids: ['c1', 'c2', 'c3'] },
    });
    const result = await perform('creates', 'bulk_business_update', { action: 'add', ids: ['c1', 'c2\nc3'], businessId: 'b1' });
    expect(result).toEqual({ success: true, ids: ['c1', 'c2', 'c3'] });
  });

  test('removes the contacts from their business with a null businessId', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/bulk/business',
      version: V,
      body: { locationId: LOCATION_ID, ids: ['c1'], businessId: null },
      reply: { success: true, ids: ['c1'] },
    });
    expect(await perform('creates', 'bulk_business_update', { action: 'remove', ids: 'c1', businessId: 'b1' })).toEqual({
      success: true,
      ids: ['c1'],
    });
  });

  test('adding needs a business', async () => {
    await expect(perform('creates', 'bulk_business_update', { action: 'add', ids: 'c1' })).rejects.toThrow(
      /Choose the Business/,
    );
  });
});

describe('isoAtUtc', () => {
  const START = { key: 'eventStartTime', label: 'Event Start Time' };
  const bundle = { meta: { timezone: 'America/Chicago' } };

  test('the instant at UTC with an explicit offset, whatever the Zap timezone', () => {
    expect(isoAtUtc('2021-06-23T03:30:00+01:00', START, {}, { bundle } as any)).toBe('2021-06-23T02:30:00+00:00');
    expect(isoAtUtc('2021-06-23 09:00', START, { timezone: 'Asia/Kolkata' }, { bundle } as any)).toBe('2021-06-23T09:00:00+00:00');
  });

  test('a value that is not a date is an input error naming the field', () => {
    expect(() => isoAtUtc('soon', START, {}, { bundle } as any)).toThrow(/The Event Start Time field is not a date/);
  });
});

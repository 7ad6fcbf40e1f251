/**
 * Opportunities: every operation's exact request (method, path, query, Version, body) and result shape,
 * the pipeline/stage dropdowns, custom fields, and input errors.
 */
import { AGENCY_AUTH, App, COMPANY_ID, inputFields, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { opportunityStatus, statusFilter } from '../domains/opportunities';

setupNock();

const V = '2021-07-28';
const OPP = {
  id: 'yWQobCRIhRguQtD2llvk',
  name: 'Website redesign',
  monetaryValue: 500,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineStageId: 'stage-new',
  status: 'open',
  contactId: 'byMEV0NQinDhq8ZfiOi2',
  locationId: LOCATION_ID,
  createdAt: '2026-07-01T04:55:17.355Z',
  updatedAt: '2026-07-03T04:55:17.355Z',
  customFields: [] as Array<{ id: string; fieldValue: unknown }>,
};
const CUSTOM_FIELDS = {
  customFields: [
    { id: 'cfBudget', name: 'Budget', fieldKey: 'opportunity.budget', dataType: 'MONETORY', model: 'opportunity' },
    { id: 'cfChannels', name: 'Channels', fieldKey: 'opportunity.channels', dataType: 'CHECKBOX', picklistOptions: ['Email', 'SMS'], model: 'opportunity' },
    { id: 'cfClose', name: 'Expected Close', fieldKey: 'opportunity.close', dataType: 'DATE', model: 'opportunity' },
  ],
};
const mockCustomFields = (locationId = LOCATION_ID, token?: string) =>
  mockGhl({ method: 'GET', path: `/locations/${locationId}/customFields`, query: { model: 'opportunity' }, version: V, reply: CUSTOM_FIELDS, token });
const PIPELINES = {
  pipelines: [
    {
      id: 'p1',
      name: 'Sales',
      stages: [
        { id: 'stage-new', name: 'New lead', position: 0 },
        { id: 'stage-won', name: 'Closed', position: 1 },
      ],
    },
    { id: 'p2', name: 'Renewals', stages: [{ id: 'stage-due', name: 'Due', position: 0 }] },
  ],
};

/** Agency runs of sub-account endpoints mint a sub-account token first. */
const SUB = 'sub1';
const mockMint = () =>
  mockGhl({
    method: 'POST',
    path: '/oauth/locationToken',
    version: V,
    token: AGENCY_AUTH.access_token,
    body: { companyId: COMPANY_ID, locationId: SUB },
    reply: { access_token: 'minted-token', expires_in: 86399, locationId: SUB },
  });

describe('Search Opportunities', () => {
  test('GET /opportunities/search with location_id, filters in snake case, added_desc and page/limit; newest first', async () => {
    mockGhl({
      method: 'GET',
      path: '/opportunities/search',
      query: {
        location_id: LOCATION_ID,
        limit: '100',
        page: '1',
        q: 'acme',
        pipeline_id: 'p1',
        pipeline_stage_id: 'stage-new',
        status: 'won',
        assigned_to: 'u1',
        order: 'added_desc',
      },
      version: V,
      reply: {
        opportunities: [
          { ...OPP, id: 'older', createdAt: '2026-01-01T00:00:00Z', customFields: [{ id: 'cfBudget', fieldValue: '1000' }] },
          { ...OPP, id: 'newer', createdAt: '2026-02-01T00:00:00Z' },
        ],
        meta: { total: 2 },
      },
    });
    mockCustomFields();
    const result = await perform('triggers', 'search_opportunities', {
      q: 'acme',
      pipelineId: 'p1',
      pipelineStageId: 'stage-new',
      status: 'won',
      assignedTo: 'u1',
    });
    expect(result.map((o: any) => o.id)).toEqual(['newer', 'older']);
    expect(result[0]).toMatchObject({ name: OPP.name, customFieldsByName: {} });
    expect(result[1].customFieldsByName).toEqual({ Budget: '1000' });
  });

  test('status "all" is passed through; page 2 asks for page 3', async () => {
    mockGhl({
      method: 'GET',
      path: '/opportunities/search',
      query: { location_id: LOCATION_ID, limit: '100', page: '3', status: 'all', order: 'added_desc' },
      version: V,
      reply: { opportunities: [], meta: { total: 0 } },
    });
    expect(await perform('triggers', 'search_opportunities', { status: 'all' }, { meta: { page: 2 } })).toEqual([]);
  });

  test('with an agency connection: mints a sub-account token, then searches the chosen sub-account', async () => {
    mockMint();
    mockGhl({
      method: 'GET',
      path: '/opportunities/search',
      query: { location_id: SUB, limit: '100', page: '1', order: 'added_desc' },
      version: V,
      token: 'minted-token',
      reply: { opportunities: [{ ...OPP, locationId: SUB }] },
    });
    const result = await perform('triggers', 'search_opportunities', { locationId: SUB }, { authData: AGENCY_AUTH });
    expect(result).toEqual([{ ...OPP, locationId: SUB, customFieldsByName: {} }]);
  });
});

describe('Get Opportunity', () => {
  test('fires once per version (id + updatedAt), custom fields by name', async () => {
    const opp = { ...OPP, customFields: [{ id: 'cfChannels', fieldValue: ['Email'] }] };
    mockGhl({ method: 'GET', path: `/opportunities/${OPP.id}`, version: V, reply: { opportunity: opp } });
    mockCustomFields();
    const result = await perform('triggers', 'get_opportunity', { opportunityId: OPP.id });
    expect(result).toEqual([{ ...opp, customFieldsByName: { Channels: ['Email'] }, record_version: OPP.updatedAt }]);
  });

  test('an empty opportunity id is an input error, not a request', async () => {
    await expect(perform('triggers', 'get_opportunity', { opportunityId: ' ' })).rejects.toThrow(/The Opportunity field is required/);
  });
});

describe('List Pipelines', () => {
  test('GET /opportunities/pipelines with locationId; one item per pipeline', async () => {
    mockGhl({ method: 'GET', path: '/opportunities/pipelines', query: { locationId: LOCATION_ID }, version: V, reply: PIPELINES });
    const result = await perform('triggers', 'list_pipelines');
    expect(result.map((p: any) => [p.id, p.name])).toEqual([
      ['p1', 'Sales'],
      ['p2', 'Renewals'],
    ]);
    expect(result[0].stages).toHaveLength(2);
  });
});

describe('Pipeline and stage dropdowns', () => {
  test('dropdown_pipelines lists pipelines by name', async () => {
    mockGhl({ method: 'GET', path: '/opportunities/pipelines', query: { locationId: LOCATION_ID }, version: V, reply: PIPELINES });
    const result = await perform('triggers', 'dropdown_pipelines');
    expect(result.map((p: any) => ({ id: p.id, name: p.name }))).toEqual([
      { id: 'p1', name: 'Sales' },
      { id: 'p2', name: 'Renewals' },
    ]);
  });

  test("dropdown_pipeline_stages lists the chosen pipeline's stages", async () => {
    mockGhl({ method: 'GET', path: '/opportunities/pipelines', query: { locationId: LOCATION_ID }, version: V, reply: PIPELINES });
    const result = await perform('triggers', 'dropdown_pipeline_stages', { pipelineId: 'p1' });
    expect(result.map((s: any) => ({ id: s.id, name: s.name, pipelineId: s.pipelineId }))).toEqual([
      { id: 'stage-new', name: 'New lead', pipelineId: 'p1' },
      { id: 'stage-won', name: 'Closed', pipelineId: 'p1' },
    ]);
  });

  test('without a chosen pipeline, every stage labelled "Pipeline › Stage"', async () => {
    mockGhl({ method: 'GET', path: '/opportunities/pipelines', query: { locationId: LOCATION_ID }, version: V, reply: PIPELINES });
    const result = await perform('triggers', 'dropdown_pipeline_stages', {});
    expect(result.map((s: any) => s.name)).toEqual(['Sales › New lead', 'Sales › Closed', 'Renewals › Due']);
  });

  test('the pipeline input refreshes the stage dropdown; ids are dropdowns', async () => {
    mockCustomFields();
    const fields = await inputFields('creates', 'create_opportunity');
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    expect(byKey.pipelineId).toMatchObject({ dynamic: 'dropdown_pipelines.id.name', altersDynamicFields: true, required: true });
    expect(byKey.pipelineStageId).toMatchObject({ dynamic: 'dropdown_pipeline_stages.id.name' });
    expect(byKey.contactId).toMatchObject({ dynamic: 'dropdown_contacts.id.name', required: true });
    expect(byKey.assignedTo).toMatchObject({ dynamic: 'dropdown_users.id.name' });
    expect(byKey.status.choices).toEqual({ open: 'Open', won: 'Won', lost: 'Lost', abandoned: 'Abandoned' });
    expect(App.triggers.dropdown_pipelines.display.hidden).toBe(true);
    expect(App.triggers.dropdown_pipeline_stages.display.hidden).toBe(true);
  });
});

describe('Create Opportunity', () => {
  test('posts the opportunity with locationId, a numeric value and custom fields in the spec shape', async () => {
    mockGhl({
      method: 'POST',
      path: '/opportunities/',
      version: V,
      body: {
        locationId: LOCATION_ID,
        pipelineId: 'p1',
        name: 'Website redesign',
        pipelineStageId: 'stage-new',
        status: 'open',
        monetaryValue: 1499.99,
        assignedTo: 'u1',
        contactId: OPP.contactId,
        customFields: [
          { id: 'cfBudget', field_value: '2500' },
          { id: 'cfChannels', field_value: ['Email', 'SMS'] },
          { id: 'cfClose', field_value: '2026-09-30' },
          { key: 'opportunity.notes', field_value: 'Warm lead' },
        ],
      },
      reply: { opportunity: { ...OPP, customFields: [{ id: 'cfBudget', fieldValue: '2500' }] } },
    });
    mockCustomFields();
    const result = await perform('creates', 'create_opportunity', {
      pipelineId: 'p1',
      pipelineStageId: 'stage-new',
      name: 'Website redesign',
      status: 'open',
      contactId: OPP.contactId,
      monetaryValue: '1499.99',
      assignedTo: 'u1',
      cf__cfBudget: 2500,
      cf__cfChannels: ['Email, SMS'],
      cfd__cfClose: '2026-09-30T10:00:00Z',
      customFieldsByKey: { 'opportunity.notes': 'Warm lead' },
    });
    expect(result).toMatchObject({ id: OPP.id, customFieldsByName: { Budget: '2500' } });
  });

  test('a non-numeric value fails before any request, naming the field', async () => {
    await expect(
      perform('creates', 'create_opportunity', { pipelineId: 'p1', name: 'X', status: 'open', contactId: 'c1', monetaryValue: '12 dollars' }),
    ).rejects.toThrow(/Opportunity Value field must be a number/);
  });

  test('an unknown status fails before any request', async () => {
    await expect(
      perform('creates', 'create_opportunity', { pipelineId: 'p1', name: 'X', status: 'pending', contactId: 'c1' }),
    ).rejects.toThrow(/Status field must be one of open, won, lost or abandoned/);
  });

  test('shows the opportunity custom fields as typed inputs', async () => {
    mockCustomFields();
    const fields = await inputFields('creates', 'create_opportunity');
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    expect(byKey.cf__cfBudget).toMatchObject({ label: 'Budget', type: 'number' });
    expect(byKey.cf__cfChannels).toMatchObject({ label: 'Channels', list: true });
    expect(byKey.cfd__cfClose).toMatchObject({ label: 'Expected Close', type: 'datetime' });
    expect(byKey.customFieldsByKey).toMatchObject({ dict: true });
  });

  test('with an agency connection: minted token and the chosen sub-account in the body', async () => {
    mockMint();
    mockGhl({
      method: 'POST',
      path: '/opportunities/',
      version: V,
      token: 'minted-token',
      body: { locationId: SUB, pipelineId: 'p1', name: 'X', status: 'won', contactId: 'c1' },
      reply: { opportunity: { ...OPP, locationId: SUB } },
    });
    const result = await perform(
      'creates',
      'create_opportunity',
      { locationId: SUB, pipelineId: 'p1', name: 'X', status: 'won', contactId: 'c1' },
      { authData: AGENCY_AUTH },
    );
    expect(result).toMatchObject({ id: OPP.id, locationId: SUB });
  });
});

describe('Update Opportunity', () => {
  test('PUT /opportunities/{id} with only the filled-in fields (no locationId)', async () => {
    mockGhl({
      method: 'PUT',
      path: `/opportunities/${OPP.id}`,
      version: V,
      body: { pipelineStageId: 'stage-won', monetaryValue: 800, customFields: [{ id: 'cfBudget', field_value: '900' }] },
      reply: { opportunity: { ...OPP, pipelineStageId: 'stage-won', monetaryValue: 800 } },
    });
    mockCustomFields(); // the definitions, to check the custom field values before sending them
    const result = await perform('creates', 'update_opportunity', {
      opportunityId: OPP.id,
      pipelineStageId: 'stage-won',
      monetaryValue: 800,
      cf__cfBudget: '900',
      name: '',
    });
    expect(result).toMatchObject({ id: OPP.id, pipelineStageId: 'stage-won', customFieldsByName: {} });
  });

  test('nothing to change is an input error', async () => {
    await expect(perform('creates', 'update_opportunity', { opportunityId: OPP.id })).rejects.toThrow(/Nothing to update/);
  });

  test('a non-numeric value is an input error', async () => {
    await expect(perform('creates', 'update_opportunity', { opportunityId: OPP.id, monetaryValue: 'abc' })).rejects.toThrow(
      /Opportunity Value field must be a number, got .*abc/,
    );
  });

  test('a number custom field is checked strictly, by its name, before the update is sent', async () => {
    mockCustomFields();
    await expect(perform('creates', 'update_opportunity', { opportunityId: OPP.id, cf__cfBudget: '1,50' })).rejects.toThrow(
      /The Budget field must be a number, got .*1,50/,
    );
  });
});

describe('Delete Opportunity', () => {
  test('deletes and reports the id', async () => {
    mockGhl({ method: 'DELETE', path: `/opportunities/${OPP.id}`, version: V, reply: { succeded: true } });
    expect(await perform('creates', 'delete_opportunity', { opportunityId: OPP.id })).toEqual({ id: OPP.id, deleted: true, succeded: true });
  });
});

describe('Update Opportunity Status', () => {
  test('PUT /opportunities/{id}/status with status and lost reason', async () => {
    mockGhl({
      method: 'PUT',
      path: `/opportunities/${OPP.id}/status`,
      version: V,
      body: { status: 'lost', lostReasonId: 'lr1' },
      reply: { succeded: true },
    });
    expect(await perform('creates', 'update_opportunity_status', { opportunityId: OPP.id, status: 'lost', lostReasonId: 'lr1' })).toEqual({
      id: OPP.id,
      status: 'lost',
      succeded: true,
    });
  });

  test('offers open/won/lost/abandoned and requires a status', async () => {
    const fields = await inputFields('creates', 'update_opportunity_status');
    const status = fields.find((f) => f.key === 'status');
    expect(Object.keys(status.choices)).toEqual(['open', 'won', 'lost', 'abandoned']);
    await expect(perform('creates', 'update_opportunity_status', { opportunityId: OPP.id })).rejects.toThrow(/Status field is required/);
  });
});

describe('Upsert Opportunity', () => {
  test('posts the upsert with locationId, pipeline and contact; followers only when given', async () => {
    mockGhl({
      method: 'POST',
      path: '/opportunities/upsert',
      version: V,
      body: {
        locationId: LOCATION_ID,
        pipelineId: 'p1',
        name: 'Website redesign',
        status: 'open',
        monetaryValue: 220,
        contactId: OPP.contactId,
      },
      reply: { opportunity: OPP, new: true },
    });
    const result = await perform('creates', 'upsert_opportunity', {
      pipelineId: 'p1',
      contactId: OPP.contactId,
      name: 'Website redesign',
      status: 'open',
      monetaryValue: '220',
    });
    expect(result).toEqual({ ...OPP, customFieldsByName: {}, new: true });
  });

  test('with an id, followers and a lost reason', async () => {
    mockGhl({
      method: 'POST',
      path: '/opportunities/upsert',
      version: V,
      body: {
        locationId: LOCATION_ID,
        id: OPP.id,
        pipelineId: 'p1',
        status: 'lost',
        contactId: OPP.contactId,
        lostReasonId: 'lr1',
        followers: ['u1', 'u2'],
        followersActionType: 'remove',
        isRemoveAllFollowers: false,
      },
      reply: { opportunity: { ...OPP, status: 'lost' }, new: false },
    });
    const result = await perform('creates', 'upsert_opportunity', {
      opportunityId: OPP.id,
      pipelineId: 'p1',
      contactId: OPP.contactId,
      status: 'lost',
      lostReasonId: 'lr1',
      followers: 'u1, u2',
      followersActionType: 'remove',
      isRemoveAllFollowers: 'false',
    });
    expect(result).toMatchObject({ id: OPP.id, status: 'lost', new: false });
  });

  test('pipeline and contact are required; a non-numeric value is an input error', async () => {
    await expect(perform('creates', 'upsert_opportunity', { contactId: 'c1' })).rejects.toThrow(/Pipeline field is required/);
    await expect(perform('creates', 'upsert_opportunity', { pipelineId: 'p1' })).rejects.toThrow(/Contact field is required/);
    await expect(
      perform('creates', 'upsert_opportunity', { pipelineId: 'p1', contactId: 'c1', monetaryValue: 'n/a' }),
    ).rejects.toThrow(/Opportunity Value field must be a number/);
  });
});

describe('Add Followers / Remove Followers', () => {
  test('POST /opportunities/{id}/followers with the user ids', async () => {
    mockGhl({
      method: 'POST',
      path: `/opportunities/${OPP.id}/followers`,
      version: V,
      body: { followers: ['u1', 'u2'] },
      reply: { followers: ['u0', 'u1', 'u2'], followersAdded: ['u1', 'u2'] },
    });
    expect(await perform('creates', 'add_followers', { opportunityId: OPP.id, followers: ['u1, u2'] })).toEqual({
      id: OPP.id,
      followers: ['u0', 'u1', 'u2'],
      followersAdded: ['u1', 'u2'],
    });
  });

  test('add needs followers', async () => {
    await expect(perform('creates', 'add_followers', { opportunityId: OPP.id })).rejects.toThrow(/Followers field is required/);
  });

  test('DELETE /opportunities/{id}/followers with a JSON body', async () => {
    mockGhl({
      method: 'DELETE',
      path: `/opportunities/${OPP.id}/followers`,
      version: V,
      body: { followers: ['u1'] },
      reply: { followers: ['u0'], followersRemoved: ['u1'] },
    });
    expect(await perform('creates', 'remove_followers', { opportunityId: OPP.id, followers: ['u1'] })).toEqual({
      id: OPP.id,
      followers: ['u0'],
      followersRemoved: ['u1'],
    });
  });

  test('remove all: isRemoveAllFollowers in the query', async () => {
    mockGhl({
      method: 'DELETE',
      path: `/opportunities/${OPP.id}/followers`,
      query: { isRemoveAllFollowers: 'true' },
      version: V,
      body: { followers: [] },
      reply: { followers: [], followersRemoved: ['u0'] },
    });
    expect(await perform('creates', 'remove_followers', { opportunityId: OPP.id, isRemoveAllFollowers: true })).toMatchObject({
      followersRemoved: ['u0'],
    });
  });

  test('remove needs followers or remove-all', async () => {
    await expect(perform('creates', 'remove_followers', { opportunityId: OPP.id })).rejects.toThrow(/Choose the Followers to remove/);
  });
});

describe('Find Opportunity', () => {
  test('GET /opportunities/search by contact and pipeline, newest first', async () => {
    mockGhl({
      method: 'GET',
      path: '/opportunities/search',
      query: { location_id: LOCATION_ID, contact_id: OPP.contactId, pipeline_id: 'p1', status: 'open', order: 'added_desc', limit: '10' },
      version: V,
      reply: { opportunities: [OPP], meta: { total: 1 } },
    });
    const result = await perform('searches', 'find_opportunity', { contactId: OPP.contactId, pipelineId: 'p1', status: 'open' });
    expect(result).toEqual([{ ...OPP, customFieldsByName: {} }]);
  });

  test('by text; nothing found is an empty list', async () => {
    mockGhl({
      method: 'GET',
      path: '/opportunities/search',
      query: { location_id: LOCATION_ID, q: 'john@deo.com', order: 'added_desc', limit: '10' },
      version: V,
      reply: { opportunities: [], meta: { total: 0 } },
    });
    expect(await perform('searches', 'find_opportunity', { q: 'john@deo.com' })).toEqual([]);
  });

  test('needs a search text or a contact', async () => {
    await expect(perform('searches', 'find_opportunity', { pipelineId: 'p1' })).rejects.toThrow(/Give a Search Text or a Contact/);
  });

  test('is paired with Create Opportunity as a search-or-create (not the upsert: Zapier advises against it)', () => {
    expect((App as any).searchOrCreates.find_opportunity).toMatchObject({
      key: 'find_opportunity',
      search: 'find_opportunity',
      create: 'create_opportunity',
      display: { label: 'Find Opportunity' },
    });
  });
});

describe('opportunity and lost-reason dropdowns', () => {
  test('opportunities: newest first with location_id, paged', async () => {
    mockGhl({
      method: 'GET',
      path: '/opportunities/search',
      query: { location_id: LOCATION_ID, order: 'added_desc', limit: '100', page: '2' },
      version: '2021-07-28',
      reply: { opportunities: [{ id: 'o1', name: 'Website redesign', status: 'open' }], meta: { total: 1 } },
    });
    expect(await perform('triggers', 'dropdown_opportunities', {}, { meta: { page: 1 } })).toEqual([
      { id: 'o1', name: 'Website redesign (open)', status: 'open' },
    ]);
  });

  test('lost reasons with locationId', async () => {
    mockGhl({
      method: 'GET',
      path: '/opportunities/lost-reason',
      query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
      version: '2021-07-28',
      reply: { lostReasons: [{ id: 'lr1', name: 'Too expensive' }], total: 1 },
    });
    expect(await perform('triggers', 'dropdown_lost_reasons', {})).toEqual([{ id: 'lr1', name: 'Too expensive' }]);
  });
});

describe('status conversions', () => {
  const STATUS = { key: 'status', label: 'Status' };
  const run = (conv: typeof opportunityStatus, v: unknown) => conv(v, STATUS, {}, {} as any);

  test('a status to set: trimmed and lower-cased, one of open, won, lost or abandoned', () => {
    expect(run(opportunityStatus, ' Won ')).toBe('won');
    expect(run(opportunityStatus, 'abandoned')).toBe('abandoned');
    expect(() => run(opportunityStatus, 'all')).toThrow('The Status field must be one of open, won, lost or abandoned, got "all".');
    expect(() => run(opportunityStatus, 'pending')).toThrow(/got "pending"/);
  });

  test('a status to search for: a status, or "all" (any status)', () => {
    expect(run(statusFilter, 'ALL ')).toBe('all');
    expect(run(statusFilter, 'Lost')).toBe('lost');
    expect(() => run(statusFilter, 'closed')).toThrow(/Status field must be one of open, won, lost or abandoned, got "closed"/);
  });
});

describe('Add Followers: a followers value that splits into nothing', () => {
  test('is the required error, not an empty list sent', async () => {
    await expect(perform('creates', 'add_followers', { opportunityId: OPP.id, followers: ' , ' })).rejects.toThrow(
      /The Followers field is required but was empty/,
    );
  });
});

/**
 * Custom objects, custom values and API Request (Beta): every operation's exact request (method, path, query,
 * Version, body, bearer token) and result, the object's properties as typed inputs and back by name, the
 * schema kept between runs, the dropdowns, bad input refused before the step's request, and API Request's
 * refusals before anything is sent.
 */
import nock from 'nock';
import { AGENCY_AUTH, BASE, COMPANY_ID, inputFields, LOCATION_AUTH, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { followerList, ownerAsList, recordsOf } from '../domains/custom-objects';
import { apiPath, extraHeaders } from '../creates/api_request_beta';
import { propertyFields, propertyKeyOf, propertyValue, schemaOf, type PropertyDef } from '../lib/object-fields';
import { POPULATE_PAGES } from '../lib/operation';

setupNock();

const V = '2021-07-28';
const KEY = 'custom_objects.treatment_plan';
const OBJECT_ID = '661c06b4ffde146bdb469442';
const STAMP = '2026-01-12T15:04:00.000Z';
const USER = 'hxHGVRb1YJUscrCB8eXK';
const FRONT_DESK = '0IHuJvc2ofPAAA8GzTRi';

const field = (key: string, name: string, dataType: string, extra: Record<string, unknown> = {}) => ({
  id: `f_${key}`,
  locationId: LOCATION_ID,
  name,
  fieldKey: `${KEY}.${key}`,
  objectKey: KEY,
  dataType,
  parentId: 'treatment_plan_folder',
  showInForms: true,
  dateAdded: STAMP,
  dateUpdated: STAMP,
  ...extra,
});
const opts = (...pairs: Array<[string, string]>) => ({ options: pairs.map(([key, label]) => ({ key, label })) });

/** GHL's answer to GET /objects/{key}?fetchProperties=true for the "Treatment Plans" object. */
const SCHEMA = {
  object: {
    id: OBJECT_ID,
    standard: false,
    key: KEY,
    labels: { singular: 'Treatment Plan', plural: 'Treatment Plans' },
    locationId: LOCATION_ID,
    primaryDisplayProperty: `${KEY}.plan_name`,
    dateAdded: STAMP,
    dateUpdated: STAMP,
  },
  cache: true,
  fields: [
    field('plan_name', 'Plan Name', 'TEXT'),
    field('total_cost', 'Total Cost', 'MONETORY'),
    field('sessions', 'Sessions', 'NUMERICAL'),
    field('start_date', 'Start Date', 'DATE'),
    field('status', 'Status', 'SINGLE_OPTIONS', opts(['proposed', 'Proposed'], ['accepted', 'Accepted'], ['completed', 'Completed'])),
    field('procedures', 'Procedures', 'MULTIPLE_OPTIONS', opts(['cleaning', 'Cleaning'], ['crown', 'Crown'], ['implant', 'Implant'])),
    field('notes', 'Clinical Notes', 'LARGE_TEXT'),
    field('insurance', 'Insurance', 'TEXTBOX_LIST', opts(['carrier', 'Carrier'], ['member_id', 'Member ID'])),
    field('referral', 'Referral Source', 'RADIO', { ...opts(['dentist', 'Dentist'], ['website', 'Website']), allowCustomOption: true }),
    field('x_rays', 'X-rays', 'FILE_UPLOAD'),
  ],
};

const schemaRead = (token = LOCATION_AUTH.access_token, reply: unknown = SCHEMA) =>
  mockGhl({ method: 'GET', path: `/objects/${KEY}`, query: { locationId: LOCATION_ID, fetchProperties: 'true' }, version: V, token, reply });

const PROPERTIES = {
  plan_name: 'Full-mouth restoration',
  total_cost: { currency: 'default', value: 4850 },
  sessions: 6,
  start_date: '2026-08-03',
  status: 'accepted',
  procedures: ['crown', 'implant'],
  'insurance.carrier': 'Delta Dental',
};
const BY_NAME = {
  'Plan Name': 'Full-mouth restoration',
  'Total Cost': { currency: 'default', value: 4850 },
  Sessions: 6,
  'Start Date': '2026-08-03',
  Status: 'Accepted',
  Procedures: ['Crown', 'Implant'],
  'Insurance: Carrier': 'Delta Dental',
};
const RECORD = {
  id: '6790d1e2f3a4b5c6d7e8f001',
  owner: [USER],
  followers: [FRONT_DESK],
  properties: PROPERTIES,
  dateAdded: STAMP,
  dateUpdated: STAMP,
};
const searched = (id: string, createdAt: string, properties: Record<string, unknown> = { plan_name: `Plan ${id}` }) => ({
  id,
  owner: [USER],
  followers: [],
  properties,
  createdAt,
  updatedAt: createdAt,
  locationId: LOCATION_ID,
  objectId: OBJECT_ID,
  objectKey: KEY,
  searchAfter: [Date.parse(createdAt), id],
});
const searchBody = (extra: Record<string, unknown> = {}) => ({ locationId: LOCATION_ID, page: 1, pageLimit: 100, query: '', searchAfter: [], ...extra });

/** Requests nock had no interceptor for: a refusal "before sending" must leave this empty. */
let unmatched: string[] = [];
const onNoMatch = (req: { method?: string; path?: string }) => unmatched.push(`${req.method} ${req.path}`);
beforeEach(() => {
  unmatched = [];
  nock.emitter.on('no match', onNoMatch);
});
afterEach(() => {
  nock.emitter.removeListener('no match', onNoMatch);
});

/** The error a step failed with, as Zapier shows it (core wraps the message and code in JSON). */
const failure = async (p: Promise<unknown>): Promise<{ message: string; code?: string }> => {
  try {
    await p;
  } catch (err: any) {
    try {
      const parsed = JSON.parse(err.message);
      return { message: parsed.message, code: parsed.code };
    } catch {
      return { message: String(err?.message ?? err) };
    }
  }
  throw new Error('the step was expected to fail, and did not');
};

const mockMint = (minted = 'minted-location-token') =>
  nock(BASE, { reqheaders: { authorization: `Bearer ${AGENCY_AUTH.access_token}` } })
    .post('/oauth/locationToken', (body) => {
      const form = typeof body === 'string' ? Object.fromEntries(new URLSearchParams(body)) : body;
      return form.companyId === COMPANY_ID && form.locationId === LOCATION_ID;
    })
    .reply(200, { access_token: minted, token_type: 'Bearer', expires_in: 86399, locationId: LOCATION_ID, companyId: COMPANY_ID, userType: 'Location' });

// ---------------------------------------------------------------------------------------------------
describe('the object schema and its properties (lib/object-fields.ts)', () => {
  const schema = schemaOf(SCHEMA, KEY);
  const prop = (key: string): PropertyDef => schema.properties.find((p) => p.key === key)!;

  test('schemaOf keeps the object, its primary property and each property by its key in a record', () => {
    expect(propertyKeyOf(`${KEY}.plan_name`)).toBe('plan_name');
    expect(schema).toMatchObject({ key: KEY, singular: 'Treatment Plan', plural: 'Treatment Plans', primaryProperty: 'plan_name' });
    expect(prop('status')).toEqual({
      key: 'status',
      fieldKey: `${KEY}.status`,
      name: 'Status',
      dataType: 'SINGLE_OPTIONS',
      options: [
        { key: 'proposed', label: 'Proposed' },
        { key: 'accepted', label: 'Accepted' },
        { key: 'completed', label: 'Completed' },
      ],
    });
    expect(() => schemaOf({ cache: true }, KEY)).toThrow(/without the object/);
  });

  test('each type becomes its typed input; options are choices; a textbox list is one input per option; files none', () => {
    const fields = propertyFields(schema, 'create');
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    expect(Object.keys(byKey)).toEqual([
      'prop__plan_name',
      'prop__total_cost',
      'prop__sessions',
      'prop__start_date',
      'prop__status',
      'prop__procedures',
      'prop__notes',
      'prop__insurance__carrier',
      'prop__insurance__member_id',
      'prop__referral',
    ]);
    expect(byKey.prop__plan_name).toMatchObject({ label: 'Plan Name', type: 'string', required: true });
    expect(byKey.prop__total_cost).toMatchObject({ type: 'number', helpText: expect.stringContaining('An amount') });
    expect(byKey.prop__sessions).toMatchObject({ type: 'number' });
    expect(byKey.prop__start_date).toMatchObject({ type: 'datetime', helpText: expect.stringContaining('YYYY-MM-DD') });
    expect(byKey.prop__status.choices).toEqual([
      { value: 'proposed', label: 'Proposed', sample: 'proposed' },
      { value: 'accepted', label: 'Accepted', sample: 'accepted' },
      { value: 'completed', label: 'Completed', sample: 'completed' },
    ]);
    expect(byKey.prop__procedures).toMatchObject({ list: true, choices: expect.any(Array) });
    expect(byKey.prop__notes).toMatchObject({ type: 'text' });
    expect(byKey.prop__insurance__member_id).toMatchObject({ label: 'Insurance: Member ID', type: 'string' });
    expect(byKey.prop__referral.helpText).toMatch(/a value of your own/);
    // On update nothing is required: only what is filled in changes.
    expect(propertyFields(schema, 'update').filter((f) => f.required)).toEqual([]);
  });

  test('values are converted by type, strictly, naming the field', () => {
    expect(propertyValue(prop('sessions'), '6', 'prop__sessions')).toBe(6);
    expect(propertyValue(prop('total_cost'), '4850.50', 'prop__total_cost')).toEqual({ currency: 'default', value: 4850.5 });
    expect(propertyValue(prop('start_date'), '2026-08-03T09:00:00-05:00', 'prop__start_date')).toBe('2026-08-03');
    expect(propertyValue(prop('status'), 'Accepted', 'prop__status')).toBe('accepted'); // a label → its key
    expect(propertyValue(prop('status'), 'completed', 'prop__status')).toBe('completed');
    expect(propertyValue(prop('procedures'), 'Crown, implant', 'prop__procedures')).toEqual(['crown', 'implant']);
    expect(propertyValue(prop('referral'), 'Instagram', 'prop__referral')).toBe('Instagram'); // custom options allowed
    expect(propertyValue(prop('plan_name'), 'Hi {{contact.first_name}}', 'prop__plan_name')).toBe('Hi {{contact.first_name}}');
    expect(() => propertyValue(prop('sessions'), '1,5', 'prop__sessions')).toThrow(/Sessions field must be a number/);
    expect(() => propertyValue(prop('status'), 'Rejected', 'prop__status')).toThrow('The Status field must be one of "Proposed", "Accepted", "Completed"; got "Rejected".');
    expect(() => propertyValue(prop('start_date'), 'soon', 'prop__start_date')).toThrow(/Start Date/);
    expect(() => propertyValue(prop('x_rays'), 'https://x', 'propertiesByKey')).toThrow(/file upload/);
  });

  test('owner and followers conversions (GHL: one owner, as a list; at most ten followers)', () => {
    const f = { key: 'owner', label: 'Owner' };
    expect(ownerAsList(USER, f, {}, {} as any)).toEqual([USER]);
    expect(ownerAsList(' ', f, {}, {} as any)).toBeUndefined();
    expect(() => ownerAsList(`${USER},${FRONT_DESK}`, f, {}, {} as any)).toThrow('The Owner field takes one user (a record has a single owner), got 2.');
    const g = { key: 'followers', label: 'Followers' };
    expect(followerList([USER, FRONT_DESK], g, {}, {} as any)).toEqual([USER, FRONT_DESK]);
    expect(() => followerList(Array.from({ length: 11 }, (_, i) => `u${i}`), g, {}, {} as any)).toThrow(/at most 10 users, got 11/);
  });

  test('a records search answer: its list; {total: 0} without one is no records; anything else is an error', () => {
    expect(recordsOf({ records: [{ id: 'r1' }], total: 1 })).toEqual([{ id: 'r1' }]);
    expect(recordsOf({ total: 0 })).toEqual([]);
    expect(() => recordsOf({ total: 3 })).toThrow(/"records" list/);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('dropdowns', () => {
  test('Object: the custom objects of GET /objects/ (not the standard ones), by plural label, valued by key', async () => {
    mockGhl({
      method: 'GET',
      path: '/objects/',
      query: { locationId: LOCATION_ID },
      version: V,
      reply: { objects: [{ id: 'std1', standard: true, key: 'contact', labels: { singular: 'Contact', plural: 'Contacts' } }, SCHEMA.object] },
    });
    const items = await perform('triggers', 'dropdown_custom_objects');
    expect(items.map((i: any) => ({ key: i.key, name: i.name }))).toEqual([{ key: KEY, name: 'Treatment Plans' }]);
  });

  test('Property: the chosen object\'s properties (files left out), valued by their key in a record', async () => {
    mockGhl({ method: 'GET', path: `/objects/${KEY}`, query: { locationId: LOCATION_ID, fetchProperties: 'true' }, version: V, reply: SCHEMA });
    const items = await perform('triggers', 'dropdown_custom_object_properties', { schemaKey: KEY });
    expect(items.map((i: any) => [i.propertyKey, i.name])).toEqual([
      ['plan_name', 'Plan Name'],
      ['total_cost', 'Total Cost'],
      ['sessions', 'Sessions'],
      ['start_date', 'Start Date'],
      ['status', 'Status'],
      ['procedures', 'Procedures'],
      ['notes', 'Clinical Notes'],
      ['insurance', 'Insurance'],
      ['referral', 'Referral Source'],
    ]);
  });

  test('Record: the chosen object\'s records, labelled by the object\'s primary property; page 2 asks for page 2', async () => {
    mockGhl({
      method: 'POST',
      path: `/objects/${KEY}/records/search`,
      version: V,
      body: searchBody(),
      reply: { records: [searched('r2', '2026-02-20T09:30:00Z', { sessions: 12, plan_name: 'Invisalign consultation' })], total: 1 },
    });
    schemaRead();
    const items = await perform('triggers', 'dropdown_custom_object_records', { schemaKey: KEY });
    expect(items.map((i: any) => [i.id, i.name])).toEqual([['r2', 'Invisalign consultation']]);
    mockGhl({ method: 'POST', path: `/objects/${KEY}/records/search`, version: V, body: searchBody({ page: 2 }), reply: { records: [], total: 1 } });
    expect(await perform('triggers', 'dropdown_custom_object_records', { schemaKey: KEY }, { meta: { page: 1 } })).toEqual([]);
  });

  test('Custom Value: the sub-account\'s custom values by name', async () => {
    mockGhl({
      method: 'GET',
      path: `/locations/${LOCATION_ID}/customValues`,
      version: V,
      reply: { customValues: [{ id: 'cv1', name: 'Office Phone', fieldKey: '{{ custom_values.office_phone }}', value: '+1 205 555 0100', locationId: LOCATION_ID }] },
    });
    const items = await perform('triggers', 'dropdown_custom_values');
    expect(items.map((i: any) => [i.id, i.name])).toEqual([['cv1', 'Office Phone']]);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('the properties as typed inputs in the Zap editor', () => {
  test('once an object is chosen: its properties and "Other Properties (by key)"', async () => {
    schemaRead();
    const fields = await inputFields('creates', 'create_custom_object_record', { schemaKey: KEY });
    const keys = fields.map((f) => f.key);
    expect(keys.slice(0, 4)).toEqual(['schemaKey', 'owner', 'followers', 'prop__plan_name']);
    expect(keys).toContain('prop__insurance__carrier');
    expect(keys).not.toContain('prop__x_rays');
    expect(fields[fields.length - 1]).toMatchObject({ key: 'propertiesByKey', dict: true });
    expect(fields.find((f) => f.key === 'schemaKey')).toMatchObject({ dynamic: 'dropdown_custom_objects.key.name', altersDynamicFields: true, required: true });
  });

  test('before an object is chosen (and, on agency connections, a sub-account): no property inputs and no request', async () => {
    expect((await inputFields('creates', 'update_custom_object_record', {})).map((f) => f.key)).toEqual(['schemaKey', 'recordId', 'owner', 'followers']);
    const agency = await inputFields('creates', 'create_custom_object_record', { schemaKey: KEY }, AGENCY_AUTH);
    expect(agency.map((f) => f.key)).toEqual(['locationId', 'schemaKey', 'owner', 'followers']);
    // An object mapped from an earlier step is known only at run time: properties by key, no schema read.
    const mapped = await inputFields('creates', 'create_custom_object_record', { schemaKey: '{{258__objectKey}}' });
    expect(mapped.map((f) => f.key)).toEqual(['schemaKey', 'owner', 'followers', 'propertiesByKey']);
    expect(unmatched).toEqual([]);
  });

  test('the delete shows its warning first; the record is a dropdown of the chosen object\'s records', async () => {
    const fields = await inputFields('creates', 'delete_custom_object_record');
    expect(fields[0]).toEqual({ key: 'warning', label: 'Warning', type: 'copy', helpText: '**This permanently deletes the record.** It cannot be undone.' });
    expect(fields.find((f) => f.key === 'recordId')).toMatchObject({ dynamic: 'dropdown_custom_object_records.id.name', required: true });
  });
});

// ---------------------------------------------------------------------------------------------------
describe('Create Custom Object Record', () => {
  const INPUT = {
    schemaKey: KEY,
    owner: USER,
    followers: [FRONT_DESK],
    prop__plan_name: 'Full-mouth restoration',
    prop__total_cost: '4850',
    prop__sessions: '6',
    prop__start_date: '2026-08-03T09:00:00-05:00',
    prop__status: 'Accepted',
    prop__procedures: 'Crown, implant',
    prop__insurance__carrier: 'Delta Dental',
  };

  test('sends the properties typed as GHL takes them, with locationId, owner and followers; the record back by name', async () => {
    schemaRead();
    mockGhl({
      method: 'POST',
      path: `/objects/${KEY}/records`,
      version: V,
      body: { locationId: LOCATION_ID, owner: [USER], followers: [FRONT_DESK], properties: PROPERTIES },
      status: 201,
      reply: { record: RECORD, traceId: 't1' },
    });
    // One schema read serves the inputs and the result (a second read would be an unmatched request).
    expect(await perform('creates', 'create_custom_object_record', INPUT)).toEqual({ ...RECORD, propertiesByName: BY_NAME });
    expect(unmatched).toEqual([]);
  });

  test('properties by key go as they are converted (by the schema where it knows them)', async () => {
    schemaRead();
    mockGhl({
      method: 'POST',
      path: `/objects/${KEY}/records`,
      version: V,
      body: { locationId: LOCATION_ID, properties: { plan_name: 'Night guard', sessions: 2, 'insurance.member_id': 'DD-44120' } },
      status: 201,
      reply: { record: { ...RECORD, properties: { plan_name: 'Night guard' } } },
    });
    const out = await perform('creates', 'create_custom_object_record', {
      schemaKey: KEY,
      propertiesByKey: { plan_name: 'Night guard', [`${KEY}.sessions`]: '2', 'insurance.member_id': 'DD-44120' },
    });
    expect(out.propertiesByName).toEqual({ 'Plan Name': 'Night guard' });
  });

  test('on an agency connection: the schema and the record with the minted sub-account token', async () => {
    mockMint();
    schemaRead('minted-location-token');
    mockGhl({
      method: 'POST',
      path: `/objects/${KEY}/records`,
      version: V,
      token: 'minted-location-token',
      body: { locationId: LOCATION_ID, properties: { plan_name: 'Full-mouth restoration' } },
      status: 201,
      reply: { record: { ...RECORD, properties: { plan_name: 'Full-mouth restoration' } } },
    });
    const out = await perform('creates', 'create_custom_object_record', { locationId: LOCATION_ID, schemaKey: KEY, prop__plan_name: 'Full-mouth restoration' }, { authData: AGENCY_AUTH });
    expect(out.propertiesByName).toEqual({ 'Plan Name': 'Full-mouth restoration' });
  });

  test('bad input is refused before the record is sent, naming the field', async () => {
    schemaRead();
    expect(await failure(perform('creates', 'create_custom_object_record', { schemaKey: KEY, prop__sessions: '1,5' }))).toEqual({
      message: 'The Sessions field must be a number, got "1,5". Use digits with a "." decimal point, e.g. 1250.50.',
      code: 'INVALID_INPUT',
    });
    // The schema read for the first run is kept: no second read.
    await expect(perform('creates', 'create_custom_object_record', { schemaKey: KEY, prop__status: 'Rejected' })).rejects.toThrow(/The Status field must be one of/);
    await expect(perform('creates', 'create_custom_object_record', { schemaKey: KEY })).rejects.toThrow(/Give at least one of the object's properties/);
    await expect(perform('creates', 'create_custom_object_record', { prop__plan_name: 'x' })).rejects.toThrow(/The Object field is required/);
    await expect(perform('creates', 'create_custom_object_record', { schemaKey: KEY, owner: `${USER},${FRONT_DESK}`, prop__plan_name: 'x' })).rejects.toThrow(/single owner/);
    expect(unmatched).toEqual([]);
  });

  test('a property input the schema no longer has (deleted since) is refused, naming it', async () => {
    schemaRead();
    expect((await failure(perform('creates', 'create_custom_object_record', { schemaKey: KEY, prop__old_field: 'x' }))).message).toBe(
      'The Treatment Plan object has no property for the field "prop__old_field" any more: refresh the step\'s fields.',
    );
  });

  test('an answer without the record is an error naming the step, not a made-up record', async () => {
    schemaRead();
    mockGhl({ method: 'POST', path: `/objects/${KEY}/records`, version: V, status: 201, reply: { traceId: 'abc' } });
    expect(await failure(perform('creates', 'create_custom_object_record', { schemaKey: KEY, prop__plan_name: 'x' }))).toEqual({
      message: 'Create Custom Object Record: GoHighLevel answered 201 without the record this step returns (got an object with keys traceId) (traceId abc).',
      code: 'GHL_UNEXPECTED_ANSWER',
    });
    mockGhl({ method: 'POST', path: `/objects/${KEY}/records`, version: V, status: 201, reply: { id: 'r1' } });
    expect((await failure(perform('creates', 'create_custom_object_record', { schemaKey: KEY, prop__plan_name: 'x' }))).message).toBe(
      'Create Custom Object Record: GoHighLevel answered 201 without the "record" record (got an object with keys id).',
    );
  });
});

describe('the kept object schema', () => {
  afterEach(() => jest.restoreAllMocks());

  const create = (props: Record<string, unknown>) => {
    mockGhl({ method: 'POST', path: `/objects/${KEY}/records`, version: V, status: 201, reply: { record: { ...RECORD, properties: { plan_name: 'x' } } } });
    return perform('creates', 'create_custom_object_record', { schemaKey: KEY, ...props }, { keepCache: true });
  };

  test('a warm step reads no schema: one request, its own', async () => {
    schemaRead();
    await create({ prop__plan_name: 'x' });
    await create({ prop__plan_name: 'y' }); // only the create is mocked: a schema read would not match
    expect(unmatched).toEqual([]);
  });

  test('a property the kept schema does not know re-reads it when older than a minute, once', async () => {
    const t0 = Date.now();
    const now = jest.spyOn(Date, 'now').mockReturnValue(t0);
    schemaRead();
    await create({ prop__plan_name: 'x' });
    now.mockReturnValue(t0 + 90_000);
    schemaRead(LOCATION_AUTH.access_token, { ...SCHEMA, fields: [...SCHEMA.fields, field('shade', 'Shade', 'TEXT')] });
    mockGhl({ method: 'POST', path: `/objects/${KEY}/records`, version: V, status: 201, body: { locationId: LOCATION_ID, properties: { shade: 'A2' } }, reply: { record: { ...RECORD, properties: { shade: 'A2' } } } });
    const out = await perform('creates', 'create_custom_object_record', { schemaKey: KEY, prop__shade: 'A2' }, { keepCache: true });
    expect(out.propertiesByName).toEqual({ Shade: 'A2' });
  });
});

// ---------------------------------------------------------------------------------------------------
describe('Update Custom Object Record', () => {
  test('sends only what is filled in, with locationId in the query', async () => {
    schemaRead();
    mockGhl({
      method: 'PUT',
      path: `/objects/${KEY}/records/${RECORD.id}`,
      query: { locationId: LOCATION_ID },
      version: V,
      body: { followers: [USER, FRONT_DESK], properties: { status: 'completed', sessions: 7 } },
      reply: { record: { ...RECORD, properties: { ...PROPERTIES, status: 'completed', sessions: 7 } } },
    });
    const out = await perform('creates', 'update_custom_object_record', {
      schemaKey: KEY,
      recordId: RECORD.id,
      followers: [USER, FRONT_DESK],
      prop__status: 'completed',
      prop__sessions: '7',
    });
    expect(out).toMatchObject({ id: RECORD.id, propertiesByName: { Status: 'Completed', Sessions: 7 } });
  });

  test('nothing to change, or a record id of "..", is refused before any request', async () => {
    await expect(perform('creates', 'update_custom_object_record', { schemaKey: KEY, recordId: RECORD.id })).rejects.toThrow(/Give at least one property/);
    expect((await failure(perform('creates', 'update_custom_object_record', { schemaKey: KEY, recordId: '..', owner: USER }))).message).toBe(
      'The Record field is not a valid GoHighLevel id: "..".',
    );
    expect(unmatched).toEqual([]);
  });
});

describe('Delete Custom Object Record', () => {
  test('DELETE of the record; the result says what was deleted', async () => {
    mockGhl({ method: 'DELETE', path: `/objects/${KEY}/records/${RECORD.id}`, version: V, reply: { id: RECORD.id, success: true } });
    expect(await perform('creates', 'delete_custom_object_record', { schemaKey: KEY, recordId: RECORD.id })).toEqual({ id: RECORD.id, success: true, deleted: true });
  });

  test('GHL\'s 404 is its readable error', async () => {
    mockGhl({ method: 'DELETE', path: `/objects/${KEY}/records/gone`, version: V, status: 404, reply: { statusCode: 404, message: 'Record not found' } });
    await expect(perform('creates', 'delete_custom_object_record', { schemaKey: KEY, recordId: 'gone' })).rejects.toThrow(/could not find it \(404\): Record not found/);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('New Custom Object Record', () => {
  test('one search request, newest first; the event id is the record id, which is also a field; properties by name', async () => {
    mockGhl({
      method: 'POST',
      path: `/objects/${KEY}/records/search`,
      version: V,
      body: searchBody(),
      reply: { records: [searched('old', '2026-01-01T00:00:00Z'), searched('new', '2026-02-01T00:00:00Z', { plan_name: 'Crown prep', status: 'proposed' })], total: 2 },
    });
    schemaRead();
    const items = await perform('triggers', 'new_custom_object_record', { schemaKey: KEY });
    expect(items.map((i: any) => [i.id, i.recordId])).toEqual([
      ['new', 'new'],
      ['old', 'old'],
    ]);
    expect(items[0].propertiesByName).toEqual({ 'Plan Name': 'Crown prep', Status: 'Proposed' });
  });

  test('a normal poll is one request even when the page is full', async () => {
    const full = Array.from({ length: 100 }, (_, i) => searched(`r${i}`, new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString(), {}));
    mockGhl({ method: 'POST', path: `/objects/${KEY}/records/search`, version: V, body: searchBody(), reply: { records: full, total: 250 } });
    expect(await perform('triggers', 'new_custom_object_record', { schemaKey: KEY })).toHaveLength(100);
  });

  test('while Zapier populates its dedupe store: more pages, until a short one (bounded)', async () => {
    const page = (n: number, size: number) =>
      Array.from({ length: size }, (_, i) => searched(`p${n}r${i}`, new Date(Date.UTC(2026, 0, 1) - (n * 100 + i) * 60_000).toISOString(), {}));
    mockGhl({ method: 'POST', path: `/objects/${KEY}/records/search`, version: V, body: searchBody(), reply: { records: page(0, 100), total: 130 } });
    mockGhl({ method: 'POST', path: `/objects/${KEY}/records/search`, version: V, body: searchBody({ page: 2 }), reply: { records: page(1, 30), total: 130 } });
    expect(await perform('triggers', 'new_custom_object_record', { schemaKey: KEY }, { meta: { isPopulatingDedupe: true } })).toHaveLength(130);
    expect(POPULATE_PAGES).toBeGreaterThan(1);
  });

  test('no records ({total: 0}) is nothing new; an answer without the list is an error', async () => {
    mockGhl({ method: 'POST', path: `/objects/${KEY}/records/search`, version: V, body: searchBody(), reply: { total: 0 } });
    expect(await perform('triggers', 'new_custom_object_record', { schemaKey: KEY })).toEqual([]);
    mockGhl({ method: 'POST', path: `/objects/${KEY}/records/search`, version: V, body: searchBody(), reply: { total: 4 } });
    expect((await failure(perform('triggers', 'new_custom_object_record', { schemaKey: KEY }))).message).toBe(
      'New Custom Object Record: GoHighLevel answered 200 without the "records" list (got an object with keys total).',
    );
  });
});

// ---------------------------------------------------------------------------------------------------
describe('Find Custom Object Record', () => {
  const find = (reply: unknown, status = 200) => {
    mockGhl({
      method: 'POST',
      path: `/objects/${KEY}/records/search`,
      version: V,
      body: searchBody({ query: 'plan_name:Crown prep' }),
      status,
      reply,
    });
    return perform('searches', 'find_custom_object_record', { schemaKey: KEY, property: 'plan_name', value: ' Crown prep ' });
  };

  test('searches property:value and returns only the records whose property has exactly that value', async () => {
    schemaRead();
    const out = await find({
      records: [searched('a', '2026-02-01T00:00:00Z', { plan_name: 'Crown prep and bridge' }), searched('b', '2026-01-01T00:00:00Z', { plan_name: 'crown prep' })],
      total: 2,
    });
    expect(out.map((r: any) => r.id)).toEqual(['b']);
    expect(out[0].propertiesByName).toEqual({ 'Plan Name': 'crown prep' });
  });

  test('not found is [] (an empty list, {total: 0}, or a 404); any other failure is an error', async () => {
    expect(await find({ records: [], total: 0 })).toEqual([]);
    expect(await find({ total: 0 })).toEqual([]);
    expect(await find({ statusCode: 404, message: 'Not found' }, 404)).toEqual([]);
    await expect(find({ statusCode: 500, message: 'boom' }, 500)).rejects.toThrow(/server problem \(500\)/);
    expect((await failure(find({ total: 1 }))).message).toMatch(/^Find Custom Object Record: GoHighLevel answered 200 without the "records" list/);
  });

  test('is paired with Create Custom Object Record as a search-or-create', async () => {
    const { App } = await import('./helpers');
    expect((App as any).searchOrCreates.find_custom_object_record).toMatchObject({ search: 'find_custom_object_record', create: 'create_custom_object_record' });
  });
});

// ---------------------------------------------------------------------------------------------------
describe('custom values', () => {
  const VALUE = { id: 'rWQ709Pb62syqGLceg1x', name: 'Office Phone', fieldKey: '{{ custom_values.office_phone }}', value: '+1 205 555 0100', locationId: LOCATION_ID };

  test('Create Custom Value: POST with the name and the value (merge fields untouched)', async () => {
    mockGhl({
      method: 'POST',
      path: `/locations/${LOCATION_ID}/customValues`,
      version: V,
      body: { name: 'Greeting', value: 'Hi {{contact.first_name}}!' },
      status: 201,
      reply: { customValue: { ...VALUE, name: 'Greeting', value: 'Hi {{contact.first_name}}!' } },
    });
    expect(await perform('creates', 'create_custom_value', { name: 'Greeting', value: 'Hi {{contact.first_name}}!' })).toMatchObject({ name: 'Greeting', value: 'Hi {{contact.first_name}}!' });
    await expect(perform('creates', 'create_custom_value', { name: 'Greeting' })).rejects.toThrow(/The Value field is required/);
  });

  test('Update Custom Value with both: one PUT', async () => {
    mockGhl({ method: 'PUT', path: `/locations/${LOCATION_ID}/customValues/${VALUE.id}`, version: V, body: { name: 'Front Desk Phone', value: '+1 205 555 0199' }, reply: { customValue: { ...VALUE, name: 'Front Desk Phone', value: '+1 205 555 0199' } } });
    expect(await perform('creates', 'update_custom_value', { customValueId: VALUE.id, name: 'Front Desk Phone', value: '+1 205 555 0199' })).toMatchObject({ value: '+1 205 555 0199' });
  });

  test('Update Custom Value with only the value: the current name is read and kept (GHL requires both)', async () => {
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}/customValues/${VALUE.id}`, version: V, reply: { customValue: VALUE } });
    mockGhl({ method: 'PUT', path: `/locations/${LOCATION_ID}/customValues/${VALUE.id}`, version: V, body: { name: 'Office Phone', value: '+1 205 555 0199' }, reply: { customValue: { ...VALUE, value: '+1 205 555 0199' } } });
    expect(await perform('creates', 'update_custom_value', { customValueId: VALUE.id, value: '+1 205 555 0199' })).toEqual({ ...VALUE, value: '+1 205 555 0199' });
  });

  test('Update Custom Value with nothing to change is refused before any request', async () => {
    await expect(perform('creates', 'update_custom_value', { customValueId: VALUE.id })).rejects.toThrow(/Give a new Value or a new Name/);
    expect(unmatched).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
describe('API Request (Beta)', () => {
  test('GET with {locationId}: the sub-account filled in, Version for the path, the answer as status, headers (no cookies), JSON body', async () => {
    mockGhl({
      method: 'GET',
      path: `/locations/${LOCATION_ID}`,
      version: V,
      reply: { location: { id: LOCATION_ID, name: 'Acme Dental' } },
      headers: { 'Content-Type': 'application/json', 'Set-Cookie': 'session=secret', 'X-RateLimit-Remaining': '99' },
    });
    const out = await perform('creates', 'api_request_beta', { method: 'GET', path: '/locations/{locationId}' });
    expect(out).toEqual({
      status: 200,
      headers: { 'content-type': 'application/json', 'x-ratelimit-remaining': '99' },
      body: { location: { id: LOCATION_ID, name: 'Acme Dental' } },
    });
  });

  test('POST with query parameters, a JSON body and an extra header; calendars paths get 2021-04-15', async () => {
    nock(BASE, { reqheaders: { authorization: `Bearer ${LOCATION_AUTH.access_token}`, version: '2021-04-15', 'x-request-source': 'zap-42', 'content-type': 'application/json' } })
      .post('/calendars/CVokAlI8fgw4WYWoCtQz/notes', { body: 'Hi {{contact.first_name}}', pinned: true })
      .query({ locationId: LOCATION_ID, verbose: 'true' })
      .reply(201, { note: { id: 'n1' } });
    const out = await perform('creates', 'api_request_beta', {
      method: 'POST',
      path: '/calendars/CVokAlI8fgw4WYWoCtQz/notes?verbose=true',
      query: { locationId: LOCATION_ID },
      body: '{"body": "Hi {{contact.first_name}}", "pinned": true}',
      headers: { 'X-Request-Source': 'zap-42' },
    });
    expect(out).toMatchObject({ status: 201, body: { note: { id: 'n1' } } });
  });

  test('a full URL of the API itself is taken as its path; a text answer comes back as text', async () => {
    nock(BASE).delete('/contacts/c1/tags').reply(200, 'OK', { 'Content-Type': 'text/plain' });
    const out = await perform('creates', 'api_request_beta', { method: 'DELETE', path: 'https://services.leadconnectorhq.com/contacts/c1/tags', body: '{"tags": ["vip"]}' });
    expect(out).toMatchObject({ status: 200, body: 'OK' });
  });

  test('errors: GHL\'s readable message by default; with Stop on Error off, the error answer is the result', async () => {
    mockGhl({ method: 'GET', path: '/contacts/nope', version: V, status: 404, reply: { statusCode: 404, message: 'Contact not found', traceId: 'tr-9' } });
    await expect(perform('creates', 'api_request_beta', { method: 'GET', path: '/contacts/nope' })).rejects.toThrow(/could not find it \(404\): Contact not found.*traceId tr-9/);
    mockGhl({ method: 'GET', path: '/contacts/nope', version: V, status: 404, reply: { statusCode: 404, message: 'Contact not found' } });
    const out = await perform('creates', 'api_request_beta', { method: 'GET', path: '/contacts/nope', stopOnError: 'false' });
    expect(out).toMatchObject({ status: 404, body: { message: 'Contact not found' } });
  });

  test('a redirect is not followed (the token never leaves for another host)', async () => {
    nock(BASE).get('/contacts/moved').reply(302, '', { Location: 'https://evil.example/steal' });
    const out = await perform('creates', 'api_request_beta', { method: 'GET', path: '/contacts/moved' });
    expect(out).toMatchObject({ status: 302, headers: { location: 'https://evil.example/steal' } });
    expect(unmatched).toEqual([]);
  });

  test('on an agency connection: the minted sub-account token', async () => {
    mockMint();
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}/customValues`, version: V, token: 'minted-location-token', reply: { customValues: [] } });
    const out = await perform('creates', 'api_request_beta', { locationId: LOCATION_ID, method: 'GET', path: '/locations/{locationId}/customValues' }, { authData: AGENCY_AUTH });
    expect(out).toMatchObject({ status: 200, body: { customValues: [] } });
  });

  test.each([
    ['https://evil.example/x', /a URL of another host is refused/],
    ['//evil.example/x', /protocol-relative/],
    ['/contacts/../oauth/token', /"\." and "\.\." segments are refused/],
    ['/contacts/%2e%2e/oauth', /"\." and "\.\." segments are refused/],
    ['/contacts/./x', /"\." and "\.\." segments are refused/],
    ['/contacts/a%2Fb', /an encoded slash/],
    ['/contacts\\..\\oauth', /backslashes/],
    ['contacts/c1', /does not start with "\/"/],
    ['/contacts/{contactId}', /the only placeholder/],
    ['/contacts/x\r\nX-Injected: 1', /control characters/],
    ['http://services.leadconnectorhq.com.evil.example/contacts/', /another host/],
    ['https://user:pw@services.leadconnectorhq.com/contacts/', /another host/],
    ['/oauth/locationToken', /the OAuth endpoints/],
    ['/OAuth/token', /the OAuth endpoints/],
  ])('the path %j is refused before anything is sent', async (path, why) => {
    const { message, code } = await failure(perform('creates', 'api_request_beta', { method: 'GET', path }));
    expect(code).toBe('INVALID_INPUT');
    expect(message).toMatch(/^The Path field must be a path of the GoHighLevel API/);
    expect(message).toMatch(why);
    expect(unmatched).toEqual([]);
  });

  test.each([
    [{ headers: { Authorization: 'Bearer other-token' } }, /The Authorization header cannot be set here/],
    [{ headers: { version: '2021-04-15' } }, /The version header cannot be set here/],
    [{ headers: { Host: 'evil.example' } }, /The Host header cannot be set here/],
    [{ headers: { 'X-Bad': 'a\r\nb' } }, /line break/],
    [{ headers: { 'Bad Name': 'x' } }, /invalid header name/],
    [{ body: '{"name": "x"}' }, /A GET request carries no body/],
    [{ method: 'POST', body: '{name: x}' }, /The Body field is not valid JSON/],
    [{ method: 'TRACE' }, /HTTP Method field must be one of GET, POST, PUT, PATCH, DELETE/],
  ])('%j is refused before anything is sent', async (extra, why) => {
    const { message, code } = await failure(perform('creates', 'api_request_beta', { method: 'GET', path: '/contacts/c1', ...extra }));
    expect(code).toBe('INVALID_INPUT');
    expect(message).toMatch(why);
    expect(unmatched).toEqual([]);
  });

  test('on an agency connection a refused path sends nothing to the API (only the sub-account token is minted)', async () => {
    mockMint();
    await expect(perform('creates', 'api_request_beta', { locationId: LOCATION_ID, method: 'GET', path: 'https://evil.example/x' }, { authData: AGENCY_AUTH })).rejects.toThrow(/another host/);
    expect(unmatched).toEqual([]);
  });

  test('apiPath and extraHeaders, directly', () => {
    expect(apiPath('/objects/custom_objects.pet/records/search')).toEqual({ path: '/objects/custom_objects.pet/records/search', query: {} });
    expect(apiPath('/contacts/?limit=5&tag=a&tag=b')).toEqual({ path: '/contacts/', query: { limit: '5', tag: ['a', 'b'] } });
    expect(apiPath('/contacts/Jane%20Doe').path).toBe('/contacts/Jane%20Doe');
    expect(apiPath('/locations/{locationId}/tags').path).toBe('/locations/{locationId}/tags');
    expect(extraHeaders({ 'Accept-Language': 'en-US', '': '' })).toEqual({ 'Accept-Language': 'en-US' });
    expect(extraHeaders(undefined)).toEqual({});
  });
});

/**
 * The sandbox's custom objects and custom values, over HTTP (no app): the seeded objects and their schema,
 * records created, searched (newest first, `property:value`, pages and the searchAfter cursor), updated,
 * deleted, each value checked against its property's type; custom values; every answer in the spec's shape
 * (with the documented errata), and another sub-account's records out of reach.
 */
import { DEFAULTS, startSandbox, type Sandbox } from '../sandbox/server';
import { SEED } from '../sandbox/seed-ids';

let sandbox: Sandbox;
let token: string = DEFAULTS.accessToken;

beforeEach(async () => {
  sandbox = await startSandbox();
  token = DEFAULTS.accessToken;
});
afterEach(async () => {
  expect(sandbox.state.answerProblems).toEqual([]);
  await sandbox.close();
});

const LOC = DEFAULTS.locationId;
const V = '2021-07-28';
const PLAN = SEED.objectKeys.treatmentPlan;

const call = async (method: string, p: string, body?: unknown) => {
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}`, Version: V };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(sandbox.url + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};

const search = (body: Record<string, unknown>, key: string = PLAN) =>
  call('POST', `/objects/${key}/records/search`, { locationId: LOC, page: 1, pageLimit: 10, query: '', searchAfter: [], ...body });

describe('objects and their schema', () => {
  test('GET /objects/ lists the standard objects and the custom ones of the sub-account', async () => {
    const { status, body } = await call('GET', `/objects/?locationId=${LOC}`);
    expect(status).toBe(200);
    expect(body.objects.map((o: any) => [o.key, o.standard])).toEqual([
      ['contact', true],
      ['opportunity', true],
      ['business', true],
      [PLAN, false],
      [SEED.objectKeys.labOrder, false],
    ]);
    expect(body.objects[3]).toMatchObject({ id: SEED.objects.treatmentPlan, labels: { singular: 'Treatment Plan', plural: 'Treatment Plans' }, primaryDisplayProperty: `${PLAN}.plan_name` });
  });

  test('GET /objects/{key} answers the schema; its properties only with fetchProperties=true; by key or id; unknown → 404', async () => {
    const withFields = await call('GET', `/objects/${PLAN}?locationId=${LOC}&fetchProperties=true`);
    expect(withFields.body.fields.map((f: any) => [f.fieldKey, f.dataType])).toContainEqual([`${PLAN}.status`, 'SINGLE_OPTIONS']);
    expect(withFields.body.fields.find((f: any) => f.fieldKey === `${PLAN}.insurance`).options).toEqual([
      { key: 'carrier', label: 'Carrier' },
      { key: 'member_id', label: 'Member ID' },
    ]);
    expect((await call('GET', `/objects/${PLAN}?locationId=${LOC}`)).body).toEqual({ object: expect.objectContaining({ key: PLAN }), cache: false });
    expect((await call('GET', `/objects/${SEED.objects.treatmentPlan}?locationId=${LOC}`)).body.object.key).toBe(PLAN);
    expect(await call('GET', `/objects/custom_objects.unicorn?locationId=${LOC}`)).toMatchObject({ status: 404, body: { statusCode: 404, message: 'Object schema with key custom_objects.unicorn not found' } });
  });

  test('the schema read needs its locationId (the spec requires it), of the token\'s sub-account', async () => {
    expect(await call('GET', `/objects/${PLAN}`)).toMatchObject({ status: 422, body: { message: ['required query parameter "locationId" is missing'] } });
    expect((await call('GET', `/objects/?locationId=${SEED.secondLocationId}`)).status).toBe(403);
  });
});

describe('records', () => {
  const PROPS = {
    plan_name: 'Night guard',
    total_cost: { currency: 'default', value: 420 },
    sessions: 2,
    start_date: '2026-09-01',
    status: 'proposed',
    procedures: ['cleaning'],
    'insurance.member_id': 'DD-44120',
    referral: 'Instagram',
  };

  test('create: 201 with the record (IRecordSchema), stored with its owner and followers', async () => {
    const created = await call('POST', `/objects/${PLAN}/records`, { locationId: LOC, properties: PROPS, owner: [SEED.users.frontDesk], followers: [DEFAULTS.userId] });
    expect(created.status).toBe(201);
    expect(created.body.record).toMatchObject({ properties: PROPS, owner: [SEED.users.frontDesk], followers: [DEFAULTS.userId], dateAdded: expect.any(String) });
    expect(sandbox.state.table('objectRecords').get(created.body.record.id)).toMatchObject({ objectKey: PLAN, locationId: LOC, properties: PROPS });
  });

  test('create: each property that does not fit its type, or is not the object\'s, is a 422 naming it; nothing is stored', async () => {
    const before = sandbox.state.table('objectRecords').size;
    const bad = await call('POST', `/objects/${PLAN}/records`, {
      locationId: LOC,
      properties: { sessions: '2', total_cost: 420, start_date: '09/01/2026', status: 'maybe', procedures: 'cleaning', insurance: 'x', colour: 'blue', plan_name: 7 },
    });
    expect(bad.status).toBe(422);
    expect(bad.body.message).toEqual([
      'properties.sessions must be a number',
      'properties.total_cost must be {currency, value} with a numeric value',
      'properties.start_date must be a date (YYYY-MM-DD)',
      'properties.status must be one of proposed, accepted, completed',
      'properties.procedures must be a list of option keys',
      'properties.insurance is a textbox list: set its options as "insurance.<option>"',
      `properties.colour is not a property of ${PLAN}`,
      'properties.plan_name must be a string',
    ]);
    expect((await call('POST', `/objects/${PLAN}/records`, { locationId: LOC, properties: { plan_name: 'x' }, owner: ['nobody1234567890abcd'] })).body.message).toEqual([
      'owner: no user nobody1234567890abcd in this location',
    ]);
    expect((await call('POST', `/objects/${PLAN}/records`, { locationId: LOC, properties: { plan_name: 'x' }, owner: [DEFAULTS.userId, SEED.users.frontDesk] })).status).toBe(422);
    expect(sandbox.state.table('objectRecords').size).toBe(before);
  });

  test('create: the body as the erratum documents it (locationId and properties required, nothing else)', async () => {
    expect((await call('POST', `/objects/${PLAN}/records`, { properties: { plan_name: 'x' } })).body.message).toEqual(['body misses required property "locationId"']);
    expect((await call('POST', `/objects/${PLAN}/records`, { locationId: LOC, properties: { plan_name: 'x' }, colour: 'red' })).status).toBe(422);
    expect((await call('POST', `/objects/${PLAN}/records`, { locationId: SEED.secondLocationId, properties: { plan_name: 'x' } })).status).toBe(403);
    expect((await call('POST', `/objects/custom_objects.unicorn/records`, { locationId: LOC, properties: { plan_name: 'x' } })).status).toBe(404);
  });

  test('search: newest first by createdAt, with total; property:value and free text match contained text', async () => {
    const all = await search({});
    expect(all.body.total).toBe(2);
    expect(all.body.records.map((r: any) => r.id)).toEqual([SEED.objectRecords.invisalign, SEED.objectRecords.restoration]);
    expect(all.body.records[0]).toMatchObject({ objectKey: PLAN, objectId: SEED.objects.treatmentPlan, locationId: LOC, createdBy: { sourceId: DEFAULTS.userId } });
    expect((await search({ query: 'plan_name:restoration' })).body.records.map((r: any) => r.id)).toEqual([SEED.objectRecords.restoration]);
    expect((await search({ query: 'insurance:delta' })).body.records.map((r: any) => r.id)).toEqual([SEED.objectRecords.restoration]);
    expect((await search({ query: 'invisalign' })).body.records.map((r: any) => r.id)).toEqual([SEED.objectRecords.invisalign]);
    expect((await search({ query: 'plan_name:whitening' })).body).toEqual({ records: [], total: 0 });
    expect((await search({}, SEED.objectKeys.labOrder)).body.records.map((r: any) => r.properties.order_number)).toEqual(['LAB-2026-0142']);
  });

  test('search pages with page/pageLimit, and with the searchAfter cursor of the last record', async () => {
    for (let i = 0; i < 3; i++) await call('POST', `/objects/${PLAN}/records`, { locationId: LOC, properties: { plan_name: `Plan ${i}` } });
    const first = await search({ pageLimit: 2 });
    expect(first.body.total).toBe(5);
    const second = await search({ pageLimit: 2, page: 2 });
    // The spec types the request's cursor as strings (its answer's as a time and an id): sent back as text.
    const cursor = await search({ pageLimit: 2, searchAfter: first.body.records[1].searchAfter.map(String) });
    expect(cursor.body.records.map((r: any) => r.id)).toEqual(second.body.records.map((r: any) => r.id));
    const ids = [...first.body.records, ...second.body.records, ...(await search({ pageLimit: 2, page: 3 })).body.records].map((r: any) => r.id);
    expect(new Set(ids).size).toBe(5);
  });

  test('the search body is the spec\'s (query and searchAfter required)', async () => {
    const res = await call('POST', `/objects/${PLAN}/records/search`, { locationId: LOC, page: 1, pageLimit: 10 });
    expect(res).toMatchObject({ status: 422, body: { message: ['body misses required property "query"', 'body misses required property "searchAfter"'] } });
  });

  test('update changes only what is sent (null clears a property); get and delete; a deleted record is gone', async () => {
    const id = SEED.objectRecords.restoration;
    const updated = await call('PUT', `/objects/${PLAN}/records/${id}?locationId=${LOC}`, { properties: { status: 'completed', 'insurance.carrier': null }, followers: [SEED.users.frontDesk] });
    expect(updated.status).toBe(200);
    expect(updated.body.record.properties).toMatchObject({ plan_name: 'Full-mouth restoration', status: 'completed', sessions: 6 });
    expect(updated.body.record.properties).not.toHaveProperty('insurance.carrier');
    expect(updated.body.record.followers).toEqual([SEED.users.frontDesk]);
    expect((await call('PUT', `/objects/${PLAN}/records/${id}?locationId=${LOC}`, { properties: { sessions: 'many' } })).body.message).toEqual(['properties.sessions must be a number']);
    expect((await call('GET', `/objects/${PLAN}/records/${id}`)).body.record.properties.status).toBe('completed');
    expect((await call('GET', `/objects/${SEED.objectKeys.labOrder}/records/${id}`)).status).toBe(404); // another object's record
    expect(await call('DELETE', `/objects/${PLAN}/records/${id}`)).toMatchObject({ status: 200, body: { id, success: true } });
    expect((await call('GET', `/objects/${PLAN}/records/${id}`)).status).toBe(404);
    expect((await search({})).body.total).toBe(1);
  });

  test('another sub-account\'s token cannot reach the records (404)', async () => {
    const minted = await fetch(`${sandbox.url}/oauth/locationToken`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Authorization: `Bearer ${DEFAULTS.agencyAccessToken}`, Version: V },
      body: new URLSearchParams({ companyId: SEED.companyId, locationId: SEED.secondLocationId }),
    });
    token = ((await minted.json()) as any).access_token;
    expect((await call('GET', `/objects/${PLAN}/records/${SEED.objectRecords.restoration}`)).status).toBe(404);
    expect((await call('DELETE', `/objects/${PLAN}/records/${SEED.objectRecords.restoration}`)).status).toBe(404);
    expect(sandbox.state.table('objectRecords').has(SEED.objectRecords.restoration)).toBe(true);
  });
});

describe('custom values', () => {
  const base = `/locations/${LOC}/customValues`;

  test('list, create (201, the merge field made from the name), get, update (both required), delete', async () => {
    expect((await call('GET', base)).body.customValues.map((v: any) => v.name)).toEqual(['Office Phone', 'Booking Link', 'Hygiene Special']);
    const created = await call('POST', base, { name: 'Parking Info', value: 'Free parking behind the building' });
    expect(created).toMatchObject({ status: 201, body: { customValue: { name: 'Parking Info', fieldKey: '{{ custom_values.parking_info }}', value: 'Free parking behind the building', locationId: LOC } } });
    const id = created.body.customValue.id;
    expect((await call('GET', `${base}/${id}`)).body.customValue.value).toBe('Free parking behind the building');
    expect((await call('PUT', `${base}/${id}`, { name: 'Parking' })).body.message).toEqual(['body misses required property "value"']);
    const renamed = await call('PUT', `${base}/${id}`, { name: 'Parking', value: 'Street parking only' });
    expect(renamed.body.customValue).toMatchObject({ name: 'Parking', value: 'Street parking only', fieldKey: '{{ custom_values.parking_info }}' });
    expect(await call('DELETE', `${base}/${id}`)).toMatchObject({ status: 200, body: { succeded: true } });
    expect((await call('GET', `${base}/${id}`)).status).toBe(404);
  });

  test('another sub-account\'s custom values: 403 (the path names a sub-account the token may not use)', async () => {
    expect((await call('GET', `/locations/${SEED.secondLocationId}/customValues`)).status).toBe(403);
    expect((await call('PUT', `/locations/${SEED.secondLocationId}/customValues/${SEED.customValues.officePhone}`, { name: 'x', value: 'y' })).status).toBe(403);
  });
});

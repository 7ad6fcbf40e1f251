/**
 * Custom objects: the sub-account's objects (custom ones, and the standard contact, opportunity and business
 * objects GHL lists with them), an object's schema with its properties (`fetchProperties=true`), and its
 * records: create, get, update (only the properties sent change), delete, and the records search
 * (`query` as free text or `property:value`, newest first by `createdAt`, `page`/`pageLimit` or the
 * `searchAfter` cursor `[createdAt ms, id]`).
 *
 * Properties are checked against the object's schema as GHL types them: numbers, money as
 * `{currency, value}`, dates as YYYY-MM-DD, option keys (lists of them for multi-options), a textbox list's
 * options as `key.option`; a property the object does not have, or a value of the wrong type, is a `422`
 * naming it. Create and get answer the record as `{record}` with `dateAdded`/`dateUpdated` (the spec's
 * IRecordSchema); the search answers `createdAt`/`updatedAt`, `objectKey`, `createdBy`… (RecordResponseDTO).
 */
import { fail, Reply, type Handler, type Req } from '../http';
import { lower, mustOwn, pageOf } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newHexId, now, type Rec, type SandboxState } from '../state';

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const OPTION_TYPES = ['SINGLE_OPTIONS', 'RADIO'];
const MULTI_OPTION_TYPES = ['MULTIPLE_OPTIONS', 'CHECKBOX'];

/** The object with this key (or id) in the sub-account, or GHL's 404. */
const objectOf = (state: SandboxState, locationId: string, keyOrId: string): Rec => {
  const found = state.table('objectSchemas').where((o) => o.locationId === locationId && (o.key === keyOrId || o.id === keyOrId))[0];
  if (!found) throw fail(404, `Object schema with key ${keyOrId} not found`);
  return found;
};

/** The sub-account a request works in: the token's (records endpoints carry it in the body or query, or not at all). */
const locationOf = (req: Req): string => req.grant?.locationId || String(req.body?.locationId ?? req.query.locationId ?? '');

/** A custom object of the request's sub-account (records are only kept for custom objects here). */
const customObjectOf = (req: Req, state: SandboxState, locationId = locationOf(req)): Rec => {
  const object = objectOf(state, locationId, req.params.schemaKey);
  if (object.standard) throw fail(400, `Records of the standard object ${object.key} are not supported by this endpoint`);
  return object;
};

const fieldsOf = (state: SandboxState, object: Rec): Rec[] =>
  state.table('objectFields').where((f) => f.locationId === object.locationId && f.objectKey === object.key);

const propertyKey = (fieldKey: string): string => fieldKey.slice(fieldKey.lastIndexOf('.') + 1);

const showObject = (o: Rec): Rec => ({
  id: o.id,
  standard: o.standard,
  key: o.key,
  labels: o.labels,
  description: o.description,
  locationId: o.locationId,
  primaryDisplayProperty: o.primaryDisplayProperty,
  dateAdded: o.dateAdded,
  dateUpdated: o.dateUpdated,
  type: o.standard ? 'SYSTEM_DEFINED' : 'USER_DEFINED',
});

/** Why a property value does not fit its field (undefined: it fits). */
const problemOf = (field: Rec, value: unknown, option?: string): string | undefined => {
  const t = field.dataType;
  const keys: string[] = (field.options || []).map((o: Rec) => o.key);
  if (t === 'TEXTBOX_LIST') {
    if (option === undefined) return `is a textbox list: set its options as "${propertyKey(field.fieldKey)}.<option>"`;
    if (!keys.includes(option)) return `has no option "${option}"`;
    return typeof value === 'string' ? undefined : 'must be a string';
  }
  if (option !== undefined) return 'is not a textbox list';
  if (t === 'NUMERICAL') return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
  if (t === 'MONETORY') {
    const m = value as Rec;
    return m && typeof m === 'object' && typeof m.value === 'number' && typeof m.currency === 'string' ? undefined : 'must be {currency, value} with a numeric value';
  }
  if (t === 'DATE') return typeof value === 'string' && DATE_ONLY.test(value) ? undefined : 'must be a date (YYYY-MM-DD)';
  if (OPTION_TYPES.includes(t)) {
    if (typeof value !== 'string') return 'must be an option key';
    return keys.includes(value) || field.allowCustomOption ? undefined : `must be one of ${keys.join(', ')}`;
  }
  if (MULTI_OPTION_TYPES.includes(t)) {
    if (!Array.isArray(value)) return 'must be a list of option keys';
    const bad = value.filter((v) => !keys.includes(v));
    return bad.length ? `has unknown option(s) ${bad.join(', ')}` : undefined;
  }
  if (t === 'FILE_UPLOAD') return Array.isArray(value) && value.every((f) => f && typeof f.url === 'string') ? undefined : 'must be a list of {url}';
  return typeof value === 'string' ? undefined : 'must be a string';
};

/** The properties sent, checked against the object's fields (422 naming each that does not fit). */
const checkedProperties = (state: SandboxState, object: Rec, properties: unknown): Rec => {
  if (properties === undefined) return {};
  if (!properties || typeof properties !== 'object' || Array.isArray(properties)) throw fail(422, ['properties must be an object']);
  const fields = new Map(fieldsOf(state, object).map((f) => [propertyKey(f.fieldKey), f]));
  const problems: string[] = [];
  for (const [key, value] of Object.entries(properties as Rec)) {
    if (value === null) continue; // clears the property
    const [base, option] = key.split('.');
    const field = fields.get(base);
    const problem = field ? problemOf(field, value, option) : `is not a property of ${object.key}`;
    if (problem) problems.push(`properties.${key} ${problem}`);
  }
  if (problems.length) throw fail(422, problems);
  return properties as Rec;
};

/** Owners and followers are users of the sub-account (at most one owner, ten followers). */
const checkedUsers = (state: SandboxState, locationId: string, ids: unknown, what: 'owner' | 'followers'): string[] | undefined => {
  if (ids === undefined) return undefined;
  const max = what === 'owner' ? 1 : 10;
  if (!Array.isArray(ids) || ids.some((id) => typeof id !== 'string')) throw fail(422, [`${what} must be a list of user ids`]);
  if (ids.length > max) throw fail(422, [`${what} takes at most ${max} user(s)`]);
  const users = state.table('users');
  const unknown = ids.filter((id) => !users.get(id)?.roles?.locationIds?.includes(locationId));
  if (unknown.length) throw fail(422, [`${what}: no user ${unknown.join(', ')} in this location`]);
  return ids;
};

const who = (req: Req, at: string): Rec => ({ channel: 'PUBLIC_API', createdAt: at, source: 'PUBLIC_API', sourceId: req.grant?.userId ?? '' });

/** A record as create, get and update answer it (IRecordSchema). */
const asRecord = (r: Rec): Rec => ({
  id: r.id,
  owner: r.owner,
  followers: r.followers,
  properties: r.properties,
  dateAdded: r.createdAt,
  dateUpdated: r.updatedAt,
});

/** A record as the search answers it (RecordResponseDTO), with its `searchAfter` cursor. */
const asSearched = (r: Rec): Rec => ({
  id: r.id,
  owner: r.owner,
  followers: r.followers,
  properties: r.properties,
  createdAt: r.createdAt,
  updatedAt: r.updatedAt,
  locationId: r.locationId,
  objectId: r.objectId,
  objectKey: r.objectKey,
  createdBy: r.createdBy,
  lastUpdatedBy: r.lastUpdatedBy,
  searchAfter: [Date.parse(r.createdAt), r.id],
});

const recordOf = (req: Req, state: SandboxState): Rec => {
  const record = mustOwn(req, state.table('objectRecords'), req.params.id, 'Record');
  const object = objectOf(state, record.locationId, req.params.schemaKey);
  if (record.objectKey !== object.key) throw fail(404, `Record with id ${req.params.id} not found`);
  return record;
};

const createRecord: Handler = (req, state) => {
  const locationId = String(req.body.locationId ?? locationOf(req));
  const object = customObjectOf(req, state, locationId);
  const at = now();
  const record = state.table('objectRecords').put({
    id: newHexId(),
    locationId,
    objectId: object.id,
    objectKey: object.key,
    owner: checkedUsers(state, locationId, req.body.owner, 'owner') ?? [],
    followers: checkedUsers(state, locationId, req.body.followers, 'followers') ?? [],
    properties: Object.fromEntries(Object.entries(checkedProperties(state, object, req.body.properties)).filter(([, v]) => v !== null)),
    createdAt: at,
    updatedAt: at,
    createdBy: who(req, at),
    lastUpdatedBy: who(req, at),
  });
  return new Reply(201, { record: asRecord(record) });
};

const updateRecord: Handler = (req, state) => {
  const record = recordOf(req, state);
  const object = objectOf(state, record.locationId, record.objectKey);
  const properties = checkedProperties(state, object, req.body.properties);
  const owner = checkedUsers(state, record.locationId, req.body.owner, 'owner');
  const followers = checkedUsers(state, record.locationId, req.body.followers, 'followers');
  for (const [k, v] of Object.entries(properties)) {
    if (v === null) delete record.properties[k];
    else record.properties[k] = v;
  }
  if (owner) record.owner = owner;
  if (followers) record.followers = followers;
  const at = now();
  Object.assign(record, { updatedAt: at, lastUpdatedBy: who(req, at) });
  return { record: asRecord(record) };
};

/** Does a record match the search text: `property:value` (that property contains it), else any text property does. */
const matches = (record: Rec, query: string): boolean => {
  const q = query.trim();
  if (!q) return true;
  const valuesOf = (v: unknown): unknown[] => (Array.isArray(v) ? v : v && typeof v === 'object' ? [(v as Rec).value] : [v]);
  const contains = (v: unknown, text: string) => valuesOf(v).some((x) => (typeof x === 'string' || typeof x === 'number') && lower(x).includes(lower(text)));
  const colon = q.indexOf(':');
  if (colon > 0) {
    const key = q.slice(0, colon).trim();
    const text = q.slice(colon + 1).trim();
    return Object.entries(record.properties).some(([k, v]) => (k === key || k.split('.')[0] === key) && contains(v, text));
  }
  return Object.values(record.properties).some((v) => contains(v, q));
};

const searchRecords: Handler = (req, state) => {
  const b = req.body;
  const object = customObjectOf(req, state, String(b.locationId));
  const time = (r: Rec) => Date.parse(r.createdAt);
  const found = state
    .table('objectRecords')
    .where((r) => r.locationId === object.locationId && r.objectKey === object.key && matches(r, String(b.query ?? '')))
    .sort((x, y) => time(y) - time(x) || (x.id < y.id ? 1 : -1));
  let page: Rec[];
  const after = Array.isArray(b.searchAfter) && b.searchAfter.length ? b.searchAfter : undefined;
  if (after) {
    const [t, id] = [Number(after[0]), String(after[1] ?? '')];
    const from = found.findIndex((r) => time(r) < t || (time(r) === t && r.id < id));
    page = from < 0 ? [] : found.slice(from, from + (Number(b.pageLimit) || 10));
  } else page = pageOf(found, b.page, b.pageLimit, 10);
  return { records: page.map(asSearched), total: found.length };
};

/** The seeded objects: one field definition as GHL keeps it. */
const field = (locationId: string, objectKey: string, key: string, name: string, dataType: string, extra: Rec = {}): Rec => ({
  id: newHexId(),
  locationId,
  name,
  fieldKey: `${objectKey}.${key}`,
  objectKey,
  dataType,
  parentId: `${objectKey.replace('custom_objects.', '')}_folder`,
  showInForms: true,
  dateAdded: '2025-06-02T10:00:00.000Z',
  dateUpdated: '2025-06-02T10:00:00.000Z',
  ...extra,
});

const options = (...pairs: Array<[string, string]>) => ({ options: pairs.map(([key, label]) => ({ key, label })) });

export default defineResource({
  name: 'custom-objects',
  routes: (r) => {
    r.get('/objects/', (req, s) => ({ objects: s.table('objectSchemas').where((o) => o.locationId === req.query.locationId).map(showObject) }));
    r.get('/objects/{key}', (req, s) => {
      const object = objectOf(s, String(req.query.locationId), req.params.key);
      const withFields = String(req.query.fetchProperties) === 'true';
      return { object: showObject(object), cache: false, ...(withFields ? { fields: fieldsOf(s, object) } : {}) };
    });
    r.post('/objects/{schemaKey}/records', createRecord);
    r.post('/objects/{schemaKey}/records/search', searchRecords);
    r.get('/objects/{schemaKey}/records/{id}', (req, s) => ({ record: asRecord(recordOf(req, s)) }));
    r.put('/objects/{schemaKey}/records/{id}', updateRecord);
    r.delete('/objects/{schemaKey}/records/{id}', (req, s) => {
      const record = recordOf(req, s);
      s.table('objectRecords').delete(record.id);
      return { id: record.id, success: true };
    });
  },
  seed: (s) => {
    const { locationId, userId } = s.options;
    const stamp = '2025-06-02T10:00:00.000Z';
    const schemas = s.table('objectSchemas');
    for (const [key, singular, plural] of [
      ['contact', 'Contact', 'Contacts'],
      ['opportunity', 'Opportunity', 'Opportunities'],
      ['business', 'Company', 'Companies'],
    ]) {
      schemas.put({ id: `std${singular}Object0001`, locationId, key, standard: true, labels: { singular, plural }, primaryDisplayProperty: `${key}.name`, dateAdded: stamp, dateUpdated: stamp });
    }
    const plan = SEED.objectKeys.treatmentPlan;
    const lab = SEED.objectKeys.labOrder;
    schemas.put({
      id: SEED.objects.treatmentPlan,
      locationId,
      key: plan,
      standard: false,
      labels: { singular: 'Treatment Plan', plural: 'Treatment Plans' },
      description: 'Multi-visit treatment plans proposed to patients',
      primaryDisplayProperty: `${plan}.plan_name`,
      dateAdded: stamp,
      dateUpdated: stamp,
    });
    schemas.put({
      id: SEED.objects.labOrder,
      locationId,
      key: lab,
      standard: false,
      labels: { singular: 'Lab Order', plural: 'Lab Orders' },
      description: 'Crowns, bridges and aligners ordered from dental labs',
      primaryDisplayProperty: `${lab}.order_number`,
      dateAdded: stamp,
      dateUpdated: stamp,
    });
    const fields = s.table('objectFields');
    for (const f of [
      field(locationId, plan, 'plan_name', 'Plan Name', 'TEXT'),
      field(locationId, plan, 'total_cost', 'Total Cost', 'MONETORY'),
      field(locationId, plan, 'sessions', 'Sessions', 'NUMERICAL'),
      field(locationId, plan, 'start_date', 'Start Date', 'DATE'),
      field(locationId, plan, 'status', 'Status', 'SINGLE_OPTIONS', options(['proposed', 'Proposed'], ['accepted', 'Accepted'], ['completed', 'Completed'])),
      field(
        locationId,
        plan,
        'procedures',
        'Procedures',
        'MULTIPLE_OPTIONS',
        options(['cleaning', 'Cleaning'], ['filling', 'Filling'], ['crown', 'Crown'], ['implant', 'Implant'], ['whitening', 'Whitening']),
      ),
      field(locationId, plan, 'notes', 'Clinical Notes', 'LARGE_TEXT'),
      field(locationId, plan, 'insurance', 'Insurance', 'TEXTBOX_LIST', options(['carrier', 'Carrier'], ['member_id', 'Member ID'])),
      field(locationId, plan, 'referral', 'Referral Source', 'RADIO', { ...options(['dentist', 'Dentist'], ['website', 'Website']), allowCustomOption: true }),
      field(locationId, plan, 'x_rays', 'X-rays', 'FILE_UPLOAD', { acceptedFormats: '.jpg', maxFileLimit: 4 }),
      field(locationId, lab, 'order_number', 'Order Number', 'TEXT'),
      field(locationId, lab, 'lab', 'Lab', 'SINGLE_OPTIONS', options(['apex', 'Apex Dental Lab'], ['smile_works', 'Smile Works'])),
      field(locationId, lab, 'due_date', 'Due Date', 'DATE'),
    ]) {
      fields.put(f);
    }
    const by = (at: string): Rec => ({ channel: 'WEB_USER', createdAt: at, source: 'WEB_USER', sourceId: userId });
    const record = (id: string, object: string, objectId: string, properties: Rec, at: string, owner: string[] = [userId]) =>
      s.table('objectRecords').put({ id, locationId, objectId, objectKey: object, owner, followers: [], properties, createdAt: at, updatedAt: at, createdBy: by(at), lastUpdatedBy: by(at) });
    record(
      SEED.objectRecords.restoration,
      plan,
      SEED.objects.treatmentPlan,
      {
        plan_name: 'Full-mouth restoration',
        total_cost: { currency: 'default', value: 4850 },
        sessions: 6,
        start_date: '2026-08-03',
        status: 'accepted',
        procedures: ['crown', 'implant'],
        'insurance.carrier': 'Delta Dental',
      },
      '2026-01-12T15:04:00.000Z',
    );
    record(
      SEED.objectRecords.invisalign,
      plan,
      SEED.objects.treatmentPlan,
      { plan_name: 'Invisalign consultation', total_cost: { currency: 'default', value: 3200 }, sessions: 12, status: 'proposed', procedures: ['cleaning'] },
      '2026-02-20T09:30:00.000Z',
      [SEED.users.frontDesk],
    );
    record(SEED.objectRecords.labOrder, lab, SEED.objects.labOrder, { order_number: 'LAB-2026-0142', lab: 'apex', due_date: '2026-03-05' }, '2026-02-21T11:00:00.000Z');
  },
});

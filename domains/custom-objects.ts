/**
 * What several custom object operations share: the Object and Record pickers (with their bindings), the
 * owner and followers of a record (with their conversions), and the record samples and output fields
 * (values after the spec's examples, for a dental practice's "Treatment Plans" object).
 */
import { idField, userIdField } from '../lib/fields';
import { InputError } from '../lib/http';
import { listAt } from '../lib/results';
import { toList } from '../lib/transforms';
import type { Conversion, Field, OutputField } from '../lib/types';

/** The object (its key, `custom_objects.treatment_plan`): `{schemaKey}` in the path; the properties shown follow it. */
export const SCHEMA_KEY: Field = {
  key: 'schemaKey',
  label: 'Object',
  required: true,
  dynamic: 'dropdown_custom_objects.key.name',
  altersDynamicFields: true,
  helpText: 'The custom object. Choose from the list, or map its key (e.g. `custom_objects.treatment_plan`).',
  to: 'path',
  as: 'trim',
};

/** A record of the chosen object: `{id}` in the path. */
export const RECORD_ID: Field = {
  ...idField('recordId', 'Record', 'dropdown_custom_object_records.id.name', {
    helpText: 'A record of the chosen object. Choose the object first, or map a Record ID (e.g. from Find Custom Object Record).',
  }),
  to: 'path',
  name: 'id',
};

/**
 * The records of a records search answer (`{records, total}`). The spec requires only `total`: an answer of
 * `{total: 0}` without the list is "no records"; any other answer without the list is an error.
 */
export const recordsOf = (data: any): any[] =>
  data && typeof data === 'object' && data.records === undefined && data.total === 0 ? [] : listAt(data, 'records');

/** GHL keeps one owner per record, as a list of one user id: a single id → `[id]`; several are an input error. */
export const ownerAsList: Conversion = (value, { key, label }) => {
  const ids = toList(value);
  if (ids.length === 0) return undefined;
  if (ids.length > 1) throw new InputError(`The ${label} field takes one user (a record has a single owner), got ${ids.length}.`, key);
  return ids;
};

/** At most 10 followers per record (GHL's limit): more are an input error naming the field. */
export const followerList: Conversion = (value, { key, label }) => {
  const ids = toList(value);
  if (ids.length > 10) throw new InputError(`The ${label} field takes at most 10 users, got ${ids.length}.`, key);
  return ids;
};

export const OWNER: Field = {
  ...userIdField('owner', 'Owner', { helpText: 'The user who owns the record. Choose from the list, or map a User ID.' }),
  to: 'body',
  as: ownerAsList,
};

export const FOLLOWERS: Field = {
  ...userIdField('followers', 'Followers', { list: true, helpText: 'Users who follow the record (at most 10). Choose from the list, or map User IDs.' }),
  to: 'body',
  as: followerList,
};

const PROPERTIES = {
  plan_name: 'Full-mouth restoration',
  total_cost: { currency: 'default', value: 4850 },
  sessions: 6,
  start_date: '2026-08-03',
  status: 'accepted',
  procedures: ['crown', 'implant'],
  'insurance.carrier': 'Delta Dental',
};

const PROPERTIES_BY_NAME = {
  'Plan Name': 'Full-mouth restoration',
  'Total Cost': { currency: 'default', value: 4850 },
  Sessions: 6,
  'Start Date': '2026-08-03',
  Status: 'Accepted',
  Procedures: ['Crown', 'Implant'],
  'Insurance: Carrier': 'Delta Dental',
};

/** A record as create and update answer it (`{record}`), with its properties by name. */
export const RECORD_SAMPLE = {
  id: '661c06b4ffde146bdb469442',
  owner: ['hxHGVRb1YJUscrCB8eXK'],
  followers: ['0IHuJvc2ofPAAA8GzTRi'],
  properties: PROPERTIES,
  dateAdded: '2026-07-02T05:18:26.704Z',
  dateUpdated: '2026-07-03T09:12:44.112Z',
  propertiesByName: PROPERTIES_BY_NAME,
};

const COMMON_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Record ID' },
  { key: 'owner', label: 'Owner (User ID)' },
  { key: 'followers', label: 'Follower User IDs' },
  { key: 'properties', label: 'Properties (by key)' },
  { key: 'propertiesByName', label: 'Properties (by name)' },
];

export const RECORD_OUTPUT_FIELDS: OutputField[] = [
  ...COMMON_OUTPUT_FIELDS,
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
];

const WHO = { channel: 'WEB_USER', createdAt: '2026-07-02T05:18:26.704Z', source: 'WEB_USER', sourceId: 'hxHGVRb1YJUscrCB8eXK' };

/** A record as the records search answers it (the trigger and the search), with its properties by name. */
export const SEARCHED_RECORD_SAMPLE = {
  id: '661c06b4ffde146bdb469442',
  owner: ['hxHGVRb1YJUscrCB8eXK'],
  followers: ['0IHuJvc2ofPAAA8GzTRi'],
  properties: PROPERTIES,
  createdAt: '2026-07-02T05:18:26.704Z',
  updatedAt: '2026-07-03T09:12:44.112Z',
  locationId: 've9EPM428h8vShlRW1KT',
  objectId: '6d6f6e676f5f6576656e7473',
  objectKey: 'custom_objects.treatment_plan',
  createdBy: WHO,
  lastUpdatedBy: { ...WHO, createdAt: '2026-07-03T09:12:44.112Z' },
  propertiesByName: PROPERTIES_BY_NAME,
};

export const SEARCHED_RECORD_OUTPUT_FIELDS: OutputField[] = [
  ...COMMON_OUTPUT_FIELDS,
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'objectId', label: 'Object ID' },
  { key: 'objectKey', label: 'Object Key' },
  { key: 'createdBy', label: 'Created By' },
  { key: 'lastUpdatedBy', label: 'Last Updated By' },
];

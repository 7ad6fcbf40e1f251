/**
 * What several association and relation operations share: associations (definitions linking two object
 * types) and relations (links between two records): their pickers, samples and output fields, and tolerant
 * readers for answers the spec documents wrongly.
 */
import { unwrapRecord } from '../lib/results';
import { idField } from '../lib/fields';
import { ghlRequest } from '../lib/http';
import { defineDropdown, personLabel } from '../lib/dropdown';
import { fetchObjectSchema } from '../lib/object-fields';
import type { Ctx, Field, GhlRequest, Input, OutputField } from '../lib/types';

/** An association as GHL answers it (the spec's GetPostSuccessfulResponseDto example). */
export const ASSOCIATION_SAMPLE = {
  id: 've9EPM428h8vShlRW1KT',
  locationId: 'clF1LD04GTUKN3b3XuOj',
  key: 'student_teacher',
  firstObjectLabel: 'student',
  firstObjectKey: 'custom_objects.children',
  secondObjectLabel: 'Teacher',
  secondObjectKey: 'contact',
  associationType: 'USER_DEFINED',
};

export const ASSOCIATION_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Association ID' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'key', label: 'Association Key' },
  { key: 'firstObjectLabel', label: 'First Object Label' },
  { key: 'firstObjectKey', label: 'First Object Key' },
  { key: 'secondObjectLabel', label: 'Second Object Label' },
  { key: 'secondObjectKey', label: 'Second Object Key' },
  { key: 'associationType', label: 'Association Type' },
];

/** A relation between two records (the spec documents none; these are the create body's properties). */
export const RELATION_SAMPLE = {
  id: '6d6f6e676f5f72656c617469',
  locationId: 'clF1LD04GTUKN3b3XuOj',
  associationId: 've9EPM428h8vShlRW1KT',
  firstRecordId: 'seD4PfOuKoVMLkEZqohJ',
  secondRecordId: '6d6f6e676f5f7265636f7264',
};

export const RELATION_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Relation ID' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'associationId', label: 'Association ID' },
  { key: 'firstRecordId', label: 'First Record ID' },
  { key: 'secondRecordId', label: 'Second Record ID' },
];

/** The association picker (the sub-account's associations). */
export const ASSOCIATION_ID_FIELD: Field = idField('associationId', 'Association', 'dropdown_associations.id.name');

/**
 * A record of either object of an association: picked from the records of the associations' objects
 * (dropdown_association_records), or mapped.
 */
export const RECORD_ID_FIELD: Field = {
  key: 'recordId',
  label: 'Record',
  required: true,
  dynamic: 'dropdown_association_records.id.name',
  helpText:
    "Choose a record of your associations' objects (of the chosen Associations, if any), or map a record ID: a Contact ID, an Opportunity ID or a custom object record ID.",
};

// ---------------------------------------------------------------------------------------------------
// The record pickers: records of an association's objects

/** At most this many objects are listed by a record picker (one request each). */
export const PICKER_OBJECTS = 4;

/** Which side of an association a record picker lists. */
export type AssociationSide = 'first' | 'second' | 'both';

/** The associations the step names (its Association, or the first of its Associations), or undefined. */
const chosenAssociation = (input: Input): string | undefined => {
  const one = input.associationId ?? (Array.isArray(input.associationIds) ? input.associationIds[0] : String(input.associationIds ?? '').split(',')[0]);
  const id = String(one ?? '').trim();
  return id || undefined;
};

/** The object keys a picker lists: of the chosen association (its side), else of every association (each object once). */
export const objectKeysOf = (associations: any[], input: Input, side: AssociationSide): string[] => {
  // The step's association; when it is not among the first page of associations (a mapped id), every association.
  const id = chosenAssociation(input);
  const matching = id ? associations.filter((a) => a?.id === id) : [];
  const chosen = matching.length ? matching : associations;
  const keys = chosen.flatMap((a) => (side === 'first' ? [a?.firstObjectKey] : side === 'second' ? [a?.secondObjectKey] : [a?.firstObjectKey, a?.secondObjectKey]));
  return [...new Set(keys.filter((k): k is string => typeof k === 'string' && k.trim() !== ''))].slice(0, PICKER_OBJECTS);
};

const OBJECT_NAMES: Record<string, string> = { contact: 'Contact', opportunity: 'Opportunity', business: 'Business' };
const objectName = (key: string): string =>
  OBJECT_NAMES[key] ?? key.replace(/^custom_objects\./, '').replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());

/** One object's records as picker items `{id, name}` ("Contact: Rubika Deo (rubika@deos.com)"); [] for objects without a list. */
const recordsOfObject = async (key: string, ctx: Ctx): Promise<Array<{ id: string; name: string; objectKey: string }>> => {
  const call = (req: Omit<GhlRequest, 'token'>, what: string) => ghlRequest(ctx.z, { ...req, token: ctx.token }, what);
  const item = (id: unknown, label: string) => ({ id: String(id), name: `${objectName(key)}: ${label || String(id)}`, objectKey: key });
  if (key === 'contact') {
    const data = await call({ method: 'POST', path: '/contacts/search', body: { locationId: ctx.locationId, pageLimit: 100 } }, 'the contacts');
    return (Array.isArray(data?.contacts) ? data.contacts : []).map((c: any) => item(c.id, personLabel(c)));
  }
  if (key === 'opportunity') {
    const data = await call({ method: 'GET', path: '/opportunities/search', query: { location_id: ctx.locationId, limit: 100 } }, 'the opportunities');
    return (Array.isArray(data?.opportunities) ? data.opportunities : []).map((o: any) => item(o.id, String(o.name || '')));
  }
  if (key === 'business') {
    const data = await call({ method: 'GET', path: '/businesses/', query: { locationId: ctx.locationId } }, 'the businesses');
    return (Array.isArray(data?.businesses) ? data.businesses : []).map((b: any) => item(b.id, String(b.name || '')));
  }
  if (key.startsWith('custom_objects.')) {
    const data = await call(
      { method: 'POST', path: '/objects/{schemaKey}/records/search', pathParams: { schemaKey: key }, body: { locationId: ctx.locationId, page: 1, pageLimit: 100, query: '', searchAfter: [] } },
      `the records of ${key}`,
    );
    const records: any[] = Array.isArray(data?.records) ? data.records : [];
    const primary = records.length ? (await fetchObjectSchema(ctx.z, ctx.bundle, key, ctx)).primaryProperty : undefined;
    return records.map((r) => {
      const props = r?.properties && typeof r.properties === 'object' ? r.properties : {};
      const value = (primary && props[primary]) ?? Object.values(props).find((v) => typeof v === 'string' && v.trim());
      return item(r.id, typeof value === 'string' || typeof value === 'number' ? String(value) : '');
    });
  }
  return []; // an object GHL has no record list for
};

/**
 * Sends a record picker's request: the sub-account's associations (GET /associations/), then the records of
 * the objects of the step's association (or of every association), the first PICKER_OBJECTS objects.
 */
export const associationRecords =
  (side: AssociationSide) =>
  async (req: GhlRequest, ctx: Ctx): Promise<{ records: any[] }> => {
    const associations = itemsOf('associations', 'data')(await ghlRequest(ctx.z, req, 'the associations'));
    const records: any[] = [];
    for (const key of objectKeysOf(associations, ctx.bundle.inputData || {}, side)) records.push(...(await recordsOfObject(key, ctx)));
    return { records };
  };

const RECORD_PICKER_REQUESTS =
  "the records of the associations' objects: one list per object (at most 4), and a custom object's schema (kept a few minutes) for its labels";

/**
 * A record picker (hidden dropdown): the records of the `side` object(s) of the step's association (or of
 * every association of the sub-account), labelled by object.
 */
export const recordPicker = (key: string, noun: string, side: AssociationSide) =>
  defineDropdown({
    key,
    noun,
    endpoint: { method: 'GET', path: '/associations/' },
    scopes: ['associations.readonly', 'contacts.readonly', 'opportunities.readonly', 'businesses.readonly', 'objects/record.readonly', 'objects/schema.readonly'],
    location: 'query',
    inputs: [
      { key: 'associationId', label: 'Association', helpText: 'The association the step names, if any.' },
      { key: 'associationIds', label: 'Associations', list: true, helpText: 'The associations the step names, if any (the first is used).' },
    ],
    request: () => ({ query: { skip: 0, limit: 100 } }),
    send: associationRecords(side),
    extraRequests: RECORD_PICKER_REQUESTS,
    listKey: 'records',
    label: (r) => r.name,
  });

/**
 * The items of an association or relation list. The spec documents a single object where GHL answers a
 * list; accept a bare array, a wrapper (`associations`, `relations`, `data`, or any one array property),
 * or a single record (wrapped in a list).
 */
export const itemsOf =
  (...keys: string[]) =>
  (data: any): any[] => {
    if (Array.isArray(data)) return data;
    if (!data || typeof data !== 'object') return [];
    for (const k of keys) if (Array.isArray(data[k])) return data[k];
    const arrays = Object.values(data).filter(Array.isArray);
    if (arrays.length === 1) return arrays[0] as any[];
    if (data.id || data._id) return [data];
    return [];
  };

/** One association out of an answer: the object itself (as the spec shows) or a wrapper. */
export const associationOf = (data: any): any => unwrapRecord(data, ['association']);

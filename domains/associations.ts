/**
 * What several association and relation operations share: associations (definitions linking two object
 * types) and relations (links between two records): their pickers, samples and output fields, and tolerant
 * readers for answers the spec documents wrongly.
 */
import { unwrapRecord } from '../lib/results';
import { idField } from '../lib/fields';
import type { Field, OutputField } from '../lib/types';

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

/** A record of either object of an association (typed or mapped: no list spans every object). */
export const RECORD_ID_FIELD: Field = {
  key: 'recordId',
  label: 'Record ID',
  required: true,
  helpText: 'The id of a record of either object of an association: a Contact ID, an Opportunity ID or a custom object record ID.',
};

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

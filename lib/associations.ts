import { unwrapRecord } from './results';
/**
 * Associations (definitions linking two object types) and relations (links between two records):
 * samples, output fields, id fields, and tolerant readers for answers the spec documents wrongly.
 */
import type { Field, OutputField } from './types';
import { idField } from './fields';

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

export const DELETED_OUTPUT_FIELDS = (idLabel: string): OutputField[] => [
  { key: 'id', label: idLabel },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'message', label: 'Message' },
];

export const associationIdField = (opts: { required?: boolean; list?: boolean; key?: string; helpText?: string } = {}): Field =>
  idField(opts.key ?? 'associationId', opts.list ? 'Associations' : 'Association', 'dropdown_associations.id.name', {
    required: opts.required ?? true,
    list: opts.list,
    helpText: opts.helpText,
  });

export const recordIdField = (opts: { required?: boolean; helpText?: string } = {}): Field => ({
  key: 'recordId',
  label: 'Record ID',
  required: opts.required ?? true,
  helpText:
    opts.helpText ??
    'The id of a record of either object of an association: a Contact ID, an Opportunity ID or a custom object record ID.',
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

/** One relation out of an answer: the object itself or a `relation` wrapper. */
export const relationOf = (data: any): any => unwrapRecord(data, ['relation']);

/** A readable dropdown label: "student_teacher (custom_objects.children ↔ contact)". */
export const associationLabel = (a: any): string => {
  const ends = [a?.firstObjectKey, a?.secondObjectKey].filter(Boolean).join(' ↔ ');
  return a?.key ? (ends ? `${a.key} (${ends})` : String(a.key)) : ends;
};

/** A relation's dropdown label: "rec1 ↔ rec2". */
export const relationLabel = (r: any): string =>
  [r?.firstRecordId, r?.secondRecordId].filter(Boolean).join(' ↔ ') || String(r?.id ?? '');

/** The result of a delete: GHL's answer with the deleted id and a `deleted` flag. */
export const deletedWith = (idKey: string) => (data: any, input: Record<string, any>) => ({
  ...(data && typeof data === 'object' ? data : {}),
  id: (data && typeof data === 'object' && data.id) || input[idKey],
  deleted: data?.deleted ?? data?.succeded ?? data?.succeeded ?? data?.success ?? true,
});

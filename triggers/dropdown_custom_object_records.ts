import { defineOperation } from '../lib/operation';
import { fetchObjectSchema, OBJECT_SCHEMA_REQUEST, SCHEMA_KEY_INPUT } from '../lib/object-fields';
import type { Ctx, Input } from '../lib/types';
import { recordsOf } from '../domains/custom-objects';

/** A record as people know it: the value of its object's primary property, else of its first text property. */
const recordLabel = async (record: any, input: Input, ctx: Ctx): Promise<string> => {
  const props = record?.properties && typeof record.properties === 'object' ? record.properties : {};
  const schemaKey = String(input[SCHEMA_KEY_INPUT] ?? '').trim();
  const primary = Object.keys(props).length ? (await fetchObjectSchema(ctx.z, ctx.bundle, schemaKey, ctx)).primaryProperty : undefined;
  const value = (primary && props[primary]) ?? Object.values(props).find((v) => typeof v === 'string' && v.trim());
  return typeof value === 'string' || typeof value === 'number' ? String(value) : String(record?.id ?? '');
};

/**
 * Records of the object chosen in the same step (its `schemaKey` input), newest first, from the records
 * search, labelled by the object's primary property (its schema is kept for a few minutes).
 *
 * Declared like `defineDropdown` does (hidden trigger, `name` label), but with a label that needs the
 * object's schema, which `defineDropdown`'s synchronous label cannot read.
 */
export default defineOperation({
  key: 'dropdown_custom_object_records',
  kind: 'trigger',
  noun: 'Record',
  label: 'Record List',
  description: 'Lists records for dropdowns.',
  hidden: true,
  endpoint: { method: 'POST', path: '/objects/{schemaKey}/records/search' },
  scopes: ['objects/record.readonly', 'objects/schema.readonly'],
  extraRequests: OBJECT_SCHEMA_REQUEST,
  location: 'body',
  inputFields: [{ key: SCHEMA_KEY_INPUT, label: 'Object', required: true, to: 'path', as: 'trim' }],
  request: (_input, ctx) => ({ body: { page: ctx.page + 1, pageLimit: ctx.pageSize, query: '', searchAfter: [] } }),
  list: {
    key: recordsOf,
    paging: { style: 'body', size: 100 },
    each: async (record, input, ctx) => ({ ...record, name: await recordLabel(record, input, ctx) }),
  },
});

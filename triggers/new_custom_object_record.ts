import { defineOperation } from '../lib/operation';
import { OBJECT_SCHEMA_REQUEST, SCHEMA_KEY_INPUT, withPropertyNames } from '../lib/object-fields';
import { recordsOf, SCHEMA_KEY, SEARCHED_RECORD_OUTPUT_FIELDS, SEARCHED_RECORD_SAMPLE } from '../domains/custom-objects';

/**
 * Fires once per record of the chosen object (dedupe on the record's id, which is the event's id: a
 * record is new once), newest first by `createdAt`. A normal poll reads one page of the records search;
 * while Zapier populates its dedupe store (the Zap is turned on) the engine reads more pages
 * (lib/operation.ts POPULATE_PAGES), so the records that exist then never fire later.
 */
export default defineOperation({
  key: 'new_custom_object_record',
  kind: 'trigger',
  noun: 'Record',
  label: 'New Custom Object Record',
  description: 'Triggers when a record of the chosen custom object is created.',
  endpoint: { method: 'POST', path: '/objects/{schemaKey}/records/search' },
  scopes: ['objects/record.readonly', 'objects/schema.readonly'],
  extraRequests: OBJECT_SCHEMA_REQUEST,
  location: 'body',
  inputFields: [SCHEMA_KEY],
  request: (_input, ctx) => ({ body: { page: ctx.page + 1, pageLimit: ctx.pageSize, query: '', searchAfter: [] } }),
  list: {
    key: recordsOf,
    paging: { style: 'body', size: 100 },
    sortBy: 'createdAt',
    each: async (record, input, ctx) => ({ ...(await withPropertyNames(record, ctx, String(input[SCHEMA_KEY_INPUT]).trim())), recordId: record?.id }),
  },
  sample: { ...SEARCHED_RECORD_SAMPLE, recordId: SEARCHED_RECORD_SAMPLE.id },
  outputFields: [
    ...SEARCHED_RECORD_OUTPUT_FIELDS.map((f) => (f.key === 'id' ? { key: 'id', label: 'ID' } : f)),
    { key: 'recordId', label: 'Record ID' },
  ],
});

import { defineOperation } from '../lib/operation';
import { OBJECT_SCHEMA_REQUEST, SCHEMA_KEY_INPUT, withPropertyNames } from '../lib/object-fields';
import type { Input } from '../lib/types';
import { recordsOf, SCHEMA_KEY, SEARCHED_RECORD_OUTPUT_FIELDS, SEARCHED_RECORD_SAMPLE } from '../domains/custom-objects';

/** The values a record holds for a property: a list's items, money's amount, else the value itself. */
const valuesOf = (v: unknown): unknown[] =>
  Array.isArray(v) ? v : v && typeof v === 'object' && 'value' in (v as object) ? [(v as { value: unknown }).value] : [v];

/**
 * The records GoHighLevel's search found whose property has exactly the value asked for (case and spaces
 * around it aside): GHL's search matches words, so "Crown" would also find "Crown and bridge".
 */
const exactMatches = (data: unknown, input: Input): any[] => {
  const key = String(input.property).trim();
  const wanted = String(input.value).trim().toLowerCase();
  return recordsOf(data).filter((r) =>
    valuesOf(r?.properties?.[key]).some((v) => v !== undefined && v !== null && String(v).trim().toLowerCase() === wanted),
  );
};

export default defineOperation({
  key: 'find_custom_object_record',
  kind: 'search',
  noun: 'Record',
  label: 'Find Custom Object Record',
  searchOrCreate: 'create_custom_object_record',
  description: 'Finds a record of the chosen custom object by the value of one of its properties.',
  endpoint: { method: 'POST', path: '/objects/{schemaKey}/records/search' },
  scopes: ['objects/record.readonly', 'objects/schema.readonly'],
  extraRequests: OBJECT_SCHEMA_REQUEST,
  location: 'body',
  inputFields: [
    SCHEMA_KEY,
    {
      key: 'property',
      label: 'Property',
      required: true,
      dynamic: 'dropdown_custom_object_properties.propertyKey.name',
      helpText:
        "The property to search by. GoHighLevel searches only the object's searchable properties (Settings › Objects › the object).",
    },
    { key: 'value', label: 'Value', required: true, helpText: 'The value the record has for that property, e.g. "Full-mouth restoration".' },
  ],
  request: (input, ctx) => ({
    body: { page: 1, pageLimit: ctx.pageSize, query: `${String(input.property).trim()}:${String(input.value).trim()}`, searchAfter: [] },
  }),
  list: {
    key: exactMatches,
    each: (record, input, ctx) => withPropertyNames(record, ctx, String(input[SCHEMA_KEY_INPUT]).trim()),
  },
  sample: SEARCHED_RECORD_SAMPLE,
  outputFields: SEARCHED_RECORD_OUTPUT_FIELDS,
});

import { defineDropdown } from '../lib/dropdown';
import { propertyKeyOf, SCHEMA_KEY_INPUT } from '../lib/object-fields';
import { listAt } from '../lib/results';

/**
 * The properties (GHL: fields) of the object chosen in the same step (its `schemaKey` input), from its schema
 * (GET /objects/{key}?fetchProperties=true), by name; the value is the property's key in a record
 * (`plan_name` of `custom_objects.treatment_plan.plan_name`).
 */
export default defineDropdown({
  key: 'dropdown_custom_object_properties',
  noun: 'Field',
  endpoint: { method: 'GET', path: '/objects/{key}' },
  scopes: ['objects/schema.readonly'],
  location: 'query',
  inputs: [{ key: SCHEMA_KEY_INPUT, label: 'Object', required: true }],
  request: (input) => ({ path: { key: String(input[SCHEMA_KEY_INPUT] ?? '').trim() }, query: { fetchProperties: 'true' } }),
  listKey: (data) =>
    listAt(data, 'fields')
      .filter((f) => f && typeof f.fieldKey === 'string' && f.fieldKey && f.dataType !== 'FILE_UPLOAD')
      .map((f) => ({ ...f, propertyKey: propertyKeyOf(f.fieldKey) })),
  label: (f) => f.name || f.propertyKey,
});

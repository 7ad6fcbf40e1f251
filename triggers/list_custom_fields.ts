import { defineOperation } from '../lib/operation';
import { CUSTOM_FIELD_OUTPUT_FIELDS, CUSTOM_FIELD_SAMPLE } from '../lib/locations';

export default defineOperation({
  key: 'list_custom_fields',
  kind: 'trigger',
  noun: 'Custom Field',
  label: 'List Custom Fields',
  description: 'Triggers when a new custom field is defined in the sub-account (contact or opportunity fields).',
  endpoint: { method: 'GET', path: '/locations/{locationId}/customFields' },
  scopes: ['locations/customFields.readonly'],
  location: 'path',
  inputFields: [
    {
      key: 'model',
      label: 'Object',
      choices: { all: 'Contacts and opportunities', contact: 'Contacts', opportunity: 'Opportunities' },
      default: 'all',
      helpText: 'Which custom fields to watch.',
    },
  ],
  request: (input) => ({ query: { model: input.model } }),
  // Definitions carry no creation date: each fires once, deduplicated on its id.
  list: { key: 'customFields' },
  sample: CUSTOM_FIELD_SAMPLE,
  outputFields: CUSTOM_FIELD_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';

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
  // Not bound: a binding would send the field's default (all) for an empty Object, where the step has always
  // sent no model at all (GHL's own default).
  request: (input) => ({ query: { model: input.model } }),
  // Definitions carry no creation date: each fires once, deduplicated on its id.
  list: { key: 'customFields' },
  sample: {
    id: '3sv6UEo51C9Bmpo1cKTq',
    name: 'pincode',
    fieldKey: 'contact.pincode',
    placeholder: 'Pin code',
    dataType: 'TEXT',
    position: 0,
    picklistOptions: ['first option'],
    picklistImageOptions: [],
    isAllowedCustomOption: false,
    isMultiFileAllowed: true,
    maxFileLimit: 4,
    locationId: 've9EPM428h8vShlRW1KT',
    model: 'contact',
  },
  outputFields: [
    { key: 'id', label: 'Custom Field ID' },
    { key: 'name', label: 'Name' },
    { key: 'fieldKey', label: 'Field Key' },
    { key: 'placeholder', label: 'Placeholder' },
    { key: 'dataType', label: 'Data Type' },
    { key: 'position', label: 'Position', type: 'number' },
    { key: 'picklistOptions', label: 'Options' },
    { key: 'picklistImageOptions', label: 'Image Options' },
    { key: 'isAllowedCustomOption', label: 'Allows Custom Option', type: 'boolean' },
    { key: 'isMultiFileAllowed', label: 'Allows Several Files', type: 'boolean' },
    { key: 'maxFileLimit', label: 'Max Files', type: 'number' },
    { key: 'locationId', label: 'Location ID' },
    { key: 'model', label: 'Model' },
  ],
});

import { CUSTOM_FIELDS_SCOPE } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE, contactResult } from '../lib/contacts';
import { recordAt } from '../lib/results';

export default defineOperation({
  key: 'get_contact',
  kind: 'trigger',
  noun: 'Contact',
  label: 'Get Contact',
  description: 'Triggers when the chosen contact is changed (fires once for each new version of the contact).',
  endpoint: { method: 'GET', path: '/contacts/{contactId}' },
  scopes: ['contacts.readonly', CUSTOM_FIELDS_SCOPE],
  inputFields: [contactIdField()],
  result: (data, _input, ctx) => contactResult(recordAt(data, 'contact'), ctx),
  versionKey: 'dateUpdated',
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
  extraRequests: 'custom field definitions, when the contact has custom fields',
});

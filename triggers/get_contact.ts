import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE } from '../domains/contacts';

export default defineOperation({
  key: 'get_contact',
  kind: 'trigger',
  noun: 'Contact',
  label: 'Get Contact',
  description: 'Triggers when the chosen contact is changed (fires once for each new version of the contact).',
  endpoint: { method: 'GET', path: '/contacts/{contactId}' },
  scopes: ['contacts.readonly'],
  customFields: 'contact',
  inputFields: [contactIdField()],
  result: 'contact',
  versionKey: 'dateUpdated',
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
});

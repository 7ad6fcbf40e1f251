import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE, contactFields } from '../domains/contacts';

export default defineOperation({
  key: 'update_contact',
  kind: 'create',
  noun: 'Contact',
  label: 'Update Contact',
  description: 'Updates an existing contact, changing only the fields you fill in.',
  endpoint: { method: 'PUT', path: '/contacts/{contactId}' },
  scopes: ['contacts.write'],
  customFields: 'contact',
  inputFields: [contactIdField(), ...contactFields({ companyName: false })],
  result: 'contact',
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
});

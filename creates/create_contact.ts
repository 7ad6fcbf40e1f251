import { defineOperation } from '../lib/operation';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE, contactFields } from '../domains/contacts';

export default defineOperation({
  key: 'create_contact',
  kind: 'create',
  noun: 'Contact',
  label: 'Create Contact',
  description: 'Creates a new contact in the sub-account, with tags and custom fields.',
  endpoint: { method: 'POST', path: '/contacts/' },
  scopes: ['contacts.write'],
  location: 'body',
  customFields: 'contact',
  inputFields: contactFields({ gender: true }),
  result: 'contact',
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
});

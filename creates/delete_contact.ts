import { defineOperation, deletedResult } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { SUCCESS_OUTPUT_FIELDS } from '../lib/contacts';

export default defineOperation({
  key: 'delete_contact',
  kind: 'create',
  noun: 'Contact',
  label: 'Delete Contact',
  description: 'Deletes a contact permanently.',
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}' },
  ack: true,
  scopes: ['contacts.write'],
  inputFields: [contactIdField()],
  result: deletedResult('contactId'),
  sample: { id: 'seD4PfOuKoVMLkEZqohJ', deleted: true, succeded: true },
  outputFields: SUCCESS_OUTPUT_FIELDS('Contact ID'),
});

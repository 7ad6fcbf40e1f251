import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';

export default defineOperation({
  key: 'delete_contact',
  kind: 'create',
  noun: 'Contact',
  label: 'Delete Contact',
  description: 'Deletes a contact permanently.',
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}' },
  ...deletion('contactId', 'Contact ID', { id: 'seD4PfOuKoVMLkEZqohJ', deleted: true, succeded: true }, { deletes: 'the contact, with its notes, tasks and conversations' }),
  scopes: ['contacts.write'],
  inputFields: [contactIdField()],
});

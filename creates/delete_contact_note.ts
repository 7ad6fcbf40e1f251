import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { contactNoteIdField } from '../domains/contacts';

export default defineOperation({
  key: 'delete_contact_note',
  kind: 'create',
  noun: 'Note',
  label: 'Delete Contact Note',
  description: "Deletes a contact's note.",
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/notes/{id}' },
  ...deletion('id', 'Note ID', { id: 'HGPcayliwcdoUFzvbTok', deleted: true, succeded: true }, { deletes: 'the note' }),
  scopes: ['contacts.write'],
  inputFields: [contactIdField({ altersDynamicFields: true }), contactNoteIdField('id')],
});

import { defineOperation, deletedResult } from '../lib/operation';
import { contactIdField, contactNoteIdField } from '../lib/fields';
import { SUCCESS_OUTPUT_FIELDS } from '../lib/contacts';

export default defineOperation({
  key: 'delete_contact_note',
  kind: 'create',
  noun: 'Note',
  label: 'Delete Contact Note',
  description: "Deletes a contact's note.",
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/notes/{id}' },
  ack: true,
  scopes: ['contacts.write'],
  inputFields: [contactIdField({ altersDynamicFields: true }), contactNoteIdField('id')],
  result: deletedResult('id'),
  sample: { id: 'HGPcayliwcdoUFzvbTok', deleted: true, succeded: true },
  outputFields: SUCCESS_OUTPUT_FIELDS('Note ID'),
});

import { defineOperation } from '../lib/operation';
import { contactIdField, contactNoteIdField } from '../lib/fields';
import { NOTE_INPUTS, NOTE_OUTPUT_FIELDS, NOTE_SAMPLE, noteBody } from '../lib/contacts';

export default defineOperation({
  key: 'update_contact_note',
  kind: 'create',
  noun: 'Note',
  label: 'Update Contact Note',
  description: "Updates a contact's note. Only the fields you fill in are changed.",
  endpoint: { method: 'PUT', path: '/contacts/{contactId}/notes/{id}' },
  scopes: ['contacts.write'],
  inputFields: [contactIdField({ altersDynamicFields: true }), contactNoteIdField('id'), ...NOTE_INPUTS(false)],
  request: (input) => ({ body: noteBody(input) }),
  result: 'note',
  sample: NOTE_SAMPLE,
  outputFields: NOTE_OUTPUT_FIELDS,
});

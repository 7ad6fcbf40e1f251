import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';

import { contactNoteIdField, NOTE_OUTPUT_FIELDS, NOTE_SAMPLE, noteFields } from '../domains/contacts';

export default defineOperation({
  key: 'update_contact_note',
  kind: 'create',
  noun: 'Note',
  label: 'Update Contact Note',
  description: "Updates a contact's note, changing only the fields you fill in.",
  endpoint: { method: 'PUT', path: '/contacts/{contactId}/notes/{id}' },
  scopes: ['contacts.write'],
  inputFields: [contactIdField({ altersDynamicFields: true }), contactNoteIdField('id'), ...noteFields(false)],
  result: 'note',
  sample: NOTE_SAMPLE,
  outputFields: NOTE_OUTPUT_FIELDS,
});

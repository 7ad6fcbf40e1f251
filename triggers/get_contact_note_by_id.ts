import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { contactNoteIdField } from '../domains/contacts';
import { NOTE_OUTPUT_FIELDS, NOTE_SAMPLE } from '../domains/contacts';

export default defineOperation({
  key: 'get_contact_note_by_id',
  kind: 'trigger',
  noun: 'Note',
  label: 'Get Contact Note by ID',
  description: 'Triggers when the chosen note is edited (fires once for each new version of the note).',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/notes/{id}' },
  scopes: ['contacts.readonly'],
  inputFields: [contactIdField({ altersDynamicFields: true }), contactNoteIdField('id')],
  result: 'note',
  sample: NOTE_SAMPLE,
  outputFields: NOTE_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { NOTE_OUTPUT_FIELDS, NOTE_SAMPLE } from '../domains/contacts';

export default defineOperation({
  key: 'get_contact_notes',
  kind: 'trigger',
  noun: 'Note',
  label: 'Get Contact Notes',
  description: 'Triggers when a note is added to the chosen contact.',
  endpoint: { method: 'GET', path: '/contacts/{contactId}/notes' },
  scopes: ['contacts.readonly'],
  inputFields: [contactIdField()],
  list: { key: 'notes', sortBy: 'dateAdded' },
  sample: NOTE_SAMPLE,
  outputFields: NOTE_OUTPUT_FIELDS,
});

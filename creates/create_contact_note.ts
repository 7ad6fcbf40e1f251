import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { NOTE_OUTPUT_FIELDS, NOTE_SAMPLE, noteFields } from '../domains/contacts';

export default defineOperation({
  key: 'create_contact_note',
  kind: 'create',
  noun: 'Note',
  label: 'Create Contact Note',
  description: 'Adds a note to a contact.',
  endpoint: { method: 'POST', path: '/contacts/{contactId}/notes' },
  scopes: ['contacts.write'],
  inputFields: [contactIdField(), ...noteFields(true)],
  result: 'note',
  sample: NOTE_SAMPLE,
  outputFields: NOTE_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { NOTE_INPUTS, NOTE_OUTPUT_FIELDS, NOTE_SAMPLE, noteBody } from '../lib/contacts';

export default defineOperation({
  key: 'create_contact_note',
  kind: 'create',
  noun: 'Note',
  label: 'Create Contact Note',
  description: 'Adds a note to a contact.',
  endpoint: { method: 'POST', path: '/contacts/{contactId}/notes' },
  scopes: ['contacts.write'],
  inputFields: [contactIdField(), ...NOTE_INPUTS(true)],
  request: (input) => ({ body: noteBody(input) }),
  result: 'note',
  sample: NOTE_SAMPLE,
  outputFields: NOTE_OUTPUT_FIELDS,
});

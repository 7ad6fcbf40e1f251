import { defineOperation } from '../lib/operation';
import { contactIdField, tagsField } from '../lib/fields';
import { TAGS_OUTPUT_FIELDS, TAGS_SAMPLE } from '../domains/contacts';
import { listAt } from '../lib/results';

export default defineOperation({
  key: 'add_tags_to_contact',
  kind: 'create',
  noun: 'Tag',
  label: 'Add Tags to Contact',
  description: 'Adds tags to a contact, keeping the tags it already has (new tag names are created).',
  endpoint: { method: 'POST', path: '/contacts/{contactId}/tags' },
  scopes: ['contacts.write'],
  inputFields: [contactIdField(), { ...tagsField({ required: true }), to: 'body' }],
  result: (data, input) => ({ id: input.contactId, tags: listAt(data, 'tags') }),
  sample: TAGS_SAMPLE,
  outputFields: TAGS_OUTPUT_FIELDS,
});

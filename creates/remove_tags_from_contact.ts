import { defineOperation } from '../lib/operation';
import { contactIdField, tagsField } from '../lib/fields';
import { TAGS_OUTPUT_FIELDS, TAGS_SAMPLE } from '../domains/contacts';
import { listAt } from '../lib/results';

export default defineOperation({
  key: 'remove_tags_from_contact',
  kind: 'create',
  noun: 'Tag',
  label: 'Remove Tags from Contact',
  description: 'Removes tags from a contact (tags it does not have are ignored).',
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/tags' },
  scopes: ['contacts.write'],
  inputFields: [contactIdField(), { ...tagsField({ required: true, helpText: 'Tag names to remove.' }), to: 'body' }],
  result: (data, input) => ({ id: input.contactId, tags: listAt(data, 'tags') }),
  sample: TAGS_SAMPLE,
  outputFields: TAGS_OUTPUT_FIELDS,
});

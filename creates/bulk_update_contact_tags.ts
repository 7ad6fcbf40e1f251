import { defineOperation } from '../lib/operation';
import { tagsField } from '../lib/fields';
import { toBool, toList } from '../lib/transforms';
import { record } from '../lib/results';

export default defineOperation({
  key: 'bulk_update_contact_tags',
  kind: 'create',
  noun: 'Tag',
  label: 'Bulk Update Contact Tags',
  description: 'Adds tags to, or removes tags from, many contacts at once.',
  endpoint: { method: 'POST', path: '/contacts/bulk/tags/update/{type}' },
  scopes: ['contacts.write'],
  location: 'body',
  inputFields: [
    { key: 'type', label: 'Action', required: true, choices: { add: 'Add tags', remove: 'Remove tags' }, default: 'add' },
    {
      key: 'contacts',
      label: 'Contacts',
      required: true,
      list: true,
      dynamic: 'dropdown_contacts.id.name',
      helpText: 'Contact IDs: choose contacts, map line items, or map a comma-separated list of IDs.',
    },
    tagsField({ required: true }),
    {
      key: 'removeAllTags',
      label: 'Remove All Tags First',
      type: 'boolean',
      helpText: 'With "Remove tags": remove every tag from these contacts.',
    },
  ],
  request: (input) => ({
    path: { type: input.type },
    body: { contacts: toList(input.contacts), tags: toList(input.tags), removeAllTags: toBool(input.removeAllTags, 'removeAllTags', 'Remove All Tags First') },
  }),
  result: record('', 'succeded'),
  sample: {
    succeded: true,
    errorCount: 0,
    responses: [
      { contactId: 'qFSqySFkVvNzOSqgGqFi', message: 'Tags updated', type: 'success', oldTags: ['tag-1'], tagsAdded: ['vip'], tagsRemoved: [] },
    ],
  },
  outputFields: [
    { key: 'succeded', label: 'Succeeded', type: 'boolean' },
    { key: 'errorCount', label: 'Error Count', type: 'integer' },
    { key: 'responses', label: 'Per-Contact Results' },
  ],
});

import { defineOperation } from '../lib/operation';
import { tagsField } from '../lib/fields';
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
    { key: 'type', label: 'Action', required: true, choices: { add: 'Add tags', remove: 'Remove tags' }, default: 'add', to: 'path' },
    {
      key: 'contacts',
      label: 'Contacts',
      required: true,
      list: true,
      dynamic: 'dropdown_contacts.id.name',
      helpText: 'Contact IDs: choose contacts, map line items, or map a comma-separated list of IDs.',
      to: 'body',
    },
    { ...tagsField({ required: true }), to: 'body' },
    {
      key: 'removeAllTags',
      label: 'Remove All Tags First',
      type: 'boolean',
      helpText: 'With "Remove tags": remove every tag from these contacts.',
      to: 'body',
    },
  ],
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

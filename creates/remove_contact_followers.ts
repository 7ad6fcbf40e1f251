import { defineOperation } from '../lib/operation';
import { contactIdField, userIdField } from '../lib/fields';
import { recordAt } from '../lib/results';
import { CONTACT_FOLLOWERS_OUTPUT_FIELDS } from '../domains/workflows';

export default defineOperation({
  key: 'remove_contact_followers',
  kind: 'create',
  noun: 'Follower',
  label: 'Remove Contact Followers',
  description: 'Removes users from the followers of a contact.',
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/followers' },
  scopes: ['contacts.write'],
  inputFields: [
    contactIdField(),
    {
      ...userIdField('followers', 'Followers', {
        required: true,
        list: true,
        helpText: 'Users to remove: choose users, map line items, or map a comma-separated list of User IDs.',
      }),
      to: 'body',
    },
  ],
  result: (data, input) => ({ contactId: input.contactId, ...recordAt(data, '', ['followers']) }),
  sample: {
    contactId: 'sx6wyHhbFdRXh302Lunr',
    followers: ['sx6wyHhbFdRXh302Lunr'],
    followersRemoved: ['Mx6wyHhbFdRXh302Luer'],
  },
  outputFields: [...CONTACT_FOLLOWERS_OUTPUT_FIELDS, { key: 'followersRemoved', label: 'Followers Removed' }],
});

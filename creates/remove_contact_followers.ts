import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { followersBody, followersField, followersOutputFields, followersResult } from '../lib/workflows';

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
    followersField('Users to remove: choose users, map line items, or map a comma-separated list of User IDs.'),
  ],
  request: (input) => ({ body: followersBody(input) }),
  result: followersResult,
  sample: {
    contactId: 'sx6wyHhbFdRXh302Lunr',
    followers: ['sx6wyHhbFdRXh302Lunr'],
    followersRemoved: ['Mx6wyHhbFdRXh302Luer'],
  },
  outputFields: followersOutputFields('followersRemoved', 'Followers Removed'),
});

import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { followersBody, followersField, followersOutputFields, followersResult } from '../lib/workflows';

export default defineOperation({
  key: 'add_contact_followers',
  kind: 'create',
  noun: 'Follower',
  label: 'Add Contact Followers',
  description: 'Adds users as followers of a contact.',
  endpoint: { method: 'POST', path: '/contacts/{contactId}/followers' },
  scopes: ['contacts.write'],
  inputFields: [
    contactIdField(),
    followersField('Users to add as followers: choose users, map line items, or map a comma-separated list of User IDs.'),
  ],
  request: (input) => ({ body: followersBody(input) }),
  result: followersResult,
  sample: {
    contactId: 'sx6wyHhbFdRXh302Lunr',
    followers: ['sx6wyHhbFdRXh302Lunr', 'sx6wyHhbFdRXh302LLss'],
    followersAdded: ['Mx6wyHhbFdRXh302Luer', 'Ka6wyHhbFdRXh302LLsAm'],
  },
  outputFields: followersOutputFields('followersAdded', 'Followers Added'),
});

import { defineOperation } from '../lib/operation';
import { contactIdField, userIdField } from '../lib/fields';
import { recordAt } from '../lib/results';
import { CONTACT_FOLLOWERS_OUTPUT_FIELDS } from '../domains/workflows';

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
    {
      ...userIdField('followers', 'Followers', {
        required: true,
        list: true,
        helpText: 'Users to add as followers: choose users, map line items, or map a comma-separated list of User IDs.',
      }),
      to: 'body',
    },
  ],
  result: (data, input) => ({ contactId: input.contactId, ...recordAt(data, '', ['followers']) }),
  sample: {
    contactId: 'sx6wyHhbFdRXh302Lunr',
    followers: ['sx6wyHhbFdRXh302Lunr', 'sx6wyHhbFdRXh302LLss'],
    followersAdded: ['Mx6wyHhbFdRXh302Luer', 'Ka6wyHhbFdRXh302LLsAm'],
  },
  outputFields: [...CONTACT_FOLLOWERS_OUTPUT_FIELDS, { key: 'followersAdded', label: 'Followers Added' }],
});

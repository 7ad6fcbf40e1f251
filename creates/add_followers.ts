import { recordAt } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { FOLLOWERS_OUTPUT_FIELDS, followersField, followersOf, opportunityIdField } from '../lib/opportunities';

export default defineOperation({
  key: 'add_followers',
  kind: 'create',
  noun: 'Follower',
  label: 'Add Followers',
  description: 'Adds users as followers of an opportunity.',
  endpoint: { method: 'POST', path: '/opportunities/{id}/followers' },
  scopes: ['opportunities.write'],
  inputFields: [opportunityIdField(), followersField()],
  request: (input) => ({ path: { id: input.opportunityId }, body: { followers: followersOf(input) } }),
  result: (data, input) => ({ id: input.opportunityId, ...recordAt(data, '', ['followers']) }),
  sample: {
    id: 'yWQobCRIhRguQtD2llvk',
    followers: ['sx6wyHhbFdRXh302Lunr', 'Mx6wyHhbFdRXh302Luer'],
    followersAdded: ['Mx6wyHhbFdRXh302Luer'],
  },
  outputFields: FOLLOWERS_OUTPUT_FIELDS('followersAdded', 'Followers Added'),
});

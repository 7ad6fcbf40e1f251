import { recordAt } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { userIdField } from '../lib/fields';
import { FOLLOWERS_OUTPUT_FIELDS, OPPORTUNITY_ID } from '../domains/opportunities';

export default defineOperation({
  key: 'add_followers',
  kind: 'create',
  noun: 'Follower',
  label: 'Add Followers',
  description: 'Adds users as followers of an opportunity.',
  endpoint: { method: 'POST', path: '/opportunities/{id}/followers' },
  scopes: ['opportunities.write'],
  inputFields: [
    OPPORTUNITY_ID,
    {
      ...userIdField('followers', 'Followers', {
        list: true,
        required: true,
        helpText: 'Users who follow the opportunity. Choose users, or map User IDs (a comma-separated list works).',
      }),
      to: 'body',
    },
  ],
  result: (data, input) => ({ id: input.opportunityId, ...recordAt(data, '', ['followers']) }),
  sample: {
    id: 'yWQobCRIhRguQtD2llvk',
    followers: ['sx6wyHhbFdRXh302Lunr', 'Mx6wyHhbFdRXh302Luer'],
    followersAdded: ['Mx6wyHhbFdRXh302Luer'],
  },
  outputFields: [...FOLLOWERS_OUTPUT_FIELDS, { key: 'followersAdded', label: 'Followers Added' }],
});

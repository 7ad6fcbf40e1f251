import { recordAt } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { userIdField } from '../lib/fields';
import { toBool, toList } from '../lib/transforms';
import { FOLLOWERS_OUTPUT_FIELDS, OPPORTUNITY_ID } from '../domains/opportunities';

export default defineOperation({
  key: 'remove_followers',
  kind: 'create',
  noun: 'Follower',
  label: 'Remove Followers',
  description: 'Removes users from the followers of an opportunity.',
  endpoint: { method: 'DELETE', path: '/opportunities/{id}/followers' },
  scopes: ['opportunities.write'],
  inputFields: [
    OPPORTUNITY_ID,
    userIdField('followers', 'Followers', {
      list: true,
      required: false,
      helpText: 'Users to stop following the opportunity. Choose users, or map User IDs.',
    }),
    {
      key: 'isRemoveAllFollowers',
      label: 'Remove All Followers',
      type: 'boolean',
      helpText: 'Remove every follower of the opportunity (the Followers field can then stay empty).',
    },
  ],
  // Followers or "remove all", one of them: the body always lists the followers (the spec requires them, even none),
  // and only "remove all" goes in the query.
  request: (input) => {
    const followers = toList(input.followers);
    const removeAll = toBool(input.isRemoveAllFollowers, 'isRemoveAllFollowers', 'Remove All Followers') === true;
    if (!followers.length && !removeAll) {
      throw new InputError('Choose the Followers to remove, or set Remove All Followers to yes.', 'followers');
    }
    return { query: removeAll ? { isRemoveAllFollowers: true } : undefined, body: { followers } };
  },
  result: (data, input) => ({ id: input.opportunityId, ...recordAt(data, '', ['followers']) }),
  sample: {
    id: 'yWQobCRIhRguQtD2llvk',
    followers: ['sx6wyHhbFdRXh302Lunr'],
    followersRemoved: ['Mx6wyHhbFdRXh302Luer'],
  },
  outputFields: [...FOLLOWERS_OUTPUT_FIELDS, { key: 'followersRemoved', label: 'Followers Removed' }],
});

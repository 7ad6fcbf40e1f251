import { defineOperation } from '../lib/operation';
import { USER_OUTPUT_FIELDS, USER_SAMPLE, companyIdOf, emailList } from '../domains/users';

export default defineOperation({
  key: 'filter_users_by_email',
  kind: 'trigger',
  noun: 'User',
  label: 'Filter Users by Email',
  description: 'Triggers when a new agency user with one of the given email addresses appears.',
  endpoint: { method: 'POST', path: '/users/search/filter-by-email' },
  scopes: ['users.readonly'],
  token: 'agency',
  inputFields: [
    {
      key: 'emails',
      label: 'Emails',
      required: true,
      list: true,
      helpText: 'The email addresses to look for (a comma-separated list works too).',
      to: 'body',
      as: emailList,
    },
    { key: 'deleted', label: 'Deleted Users', type: 'boolean', helpText: 'Yes: look among deleted users instead.', to: 'body' },
  ],
  // The body pages itself, in text.
  request: (_input, ctx) => ({
    body: { companyId: companyIdOf(ctx), skip: String(ctx.page * ctx.pageSize), limit: String(ctx.pageSize), projection: 'all' },
  }),
  list: { key: 'users', paging: { style: 'body', size: 100 } },
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});

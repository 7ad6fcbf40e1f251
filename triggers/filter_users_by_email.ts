import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { checkEmail, toBool, toList } from '../lib/transforms';
import { USER_OUTPUT_FIELDS, USER_SAMPLE, companyIdOf } from '../lib/users';

export default defineOperation({
  key: 'filter_users_by_email',
  kind: 'trigger',
  noun: 'User',
  label: 'Filter Users by Email',
  description: 'Triggers when a new agency user with one of the given email addresses appears. Needs an agency connection.',
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
    },
    { key: 'deleted', label: 'Deleted Users', type: 'boolean', helpText: 'Yes: look among deleted users instead.' },
  ],
  request: (input, ctx) => {
    const emails = toList(input.emails).map((e, i) => checkEmail(e, 'emails', `Emails (#${i + 1})`) as string);
    if (emails.length === 0) throw new InputError('The Emails field is required but was empty.', 'emails');
    return {
      body: {
        companyId: companyIdOf(ctx),
        emails: emails.join(','),
        deleted: toBool(input.deleted, 'deleted', 'Deleted Users'),
        skip: String(ctx.page * ctx.pageSize),
        limit: String(ctx.pageSize),
        projection: 'all',
      },
    };
  },
  list: { key: 'users', paging: { style: 'body', size: 100 } },
  sample: USER_SAMPLE,
  outputFields: USER_OUTPUT_FIELDS,
});

import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { opportunityIdField } from '../lib/opportunities';

export default defineOperation({
  key: 'delete_opportunity',
  kind: 'create',
  noun: 'Opportunity',
  label: 'Delete Opportunity',
  description: 'Deletes an opportunity permanently.',
  endpoint: { method: 'DELETE', path: '/opportunities/{id}' },
  ...deletion('opportunityId', 'Opportunity ID', { id: 'yWQobCRIhRguQtD2llvk', deleted: true, succeded: true }),
  scopes: ['opportunities.write'],
  inputFields: [opportunityIdField()],
  request: (input) => ({ path: { id: input.opportunityId } }),
});

import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { OPPORTUNITY_ID } from '../domains/opportunities';

export default defineOperation({
  key: 'delete_opportunity',
  kind: 'create',
  noun: 'Opportunity',
  label: 'Delete Opportunity',
  description: 'Deletes an opportunity permanently.',
  endpoint: { method: 'DELETE', path: '/opportunities/{id}' },
  ...deletion('opportunityId', 'Opportunity ID', { id: 'yWQobCRIhRguQtD2llvk', deleted: true, succeded: true }, { deletes: 'the opportunity' }),
  scopes: ['opportunities.write'],
  inputFields: [OPPORTUNITY_ID],
});

import { defineOperation, deletedResult } from '../lib/operation';
import { opportunityIdField } from '../lib/opportunities';

export default defineOperation({
  key: 'delete_opportunity',
  kind: 'create',
  noun: 'Opportunity',
  label: 'Delete Opportunity',
  description: 'Deletes an opportunity permanently.',
  endpoint: { method: 'DELETE', path: '/opportunities/{id}' },
  ack: true,
  scopes: ['opportunities.write'],
  inputFields: [opportunityIdField()],
  request: (input) => ({ path: { id: input.opportunityId } }),
  result: deletedResult('opportunityId'),
  sample: { id: 'yWQobCRIhRguQtD2llvk', deleted: true, succeded: true },
  outputFields: [
    { key: 'id', label: 'Opportunity ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
    { key: 'succeded', label: 'Succeeded', type: 'boolean' },
  ],
});

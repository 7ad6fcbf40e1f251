import { defineOperation } from '../lib/operation';
import { compact } from '../lib/http';
import { checkStatus, lostReasonIdField, opportunityIdField, statusField } from '../lib/opportunities';

export default defineOperation({
  key: 'update_opportunity_status',
  kind: 'create',
  noun: 'Opportunity',
  label: 'Update Opportunity Status',
  description: 'Marks an opportunity as open, won, lost or abandoned.',
  endpoint: { method: 'PUT', path: '/opportunities/{id}/status' },
  ack: true,
  scopes: ['opportunities.write'],
  inputFields: [opportunityIdField(), statusField({ required: true, helpText: 'The new status.' }), lostReasonIdField],
  request: (input) => ({
    path: { id: input.opportunityId },
    body: compact({ status: checkStatus(input.status), lostReasonId: input.lostReasonId }),
  }),
  result: (data, input) => ({
    ...(data && typeof data === 'object' ? data : {}),
    id: input.opportunityId,
    status: checkStatus(input.status),
    succeded: data?.succeded ?? data?.succeeded ?? true,
  }),
  sample: { id: 'yWQobCRIhRguQtD2llvk', status: 'won', succeded: true },
  outputFields: [
    { key: 'id', label: 'Opportunity ID' },
    { key: 'status', label: 'Status' },
    { key: 'succeded', label: 'Succeeded', type: 'boolean' },
  ],
});

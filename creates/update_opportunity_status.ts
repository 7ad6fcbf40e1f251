import { defineOperation } from '../lib/operation';
import { checkStatus, LOST_REASON_ID, OPPORTUNITY_ID, STATUS_OPTIONAL } from '../domains/opportunities';

export default defineOperation({
  key: 'update_opportunity_status',
  kind: 'create',
  noun: 'Opportunity',
  label: 'Update Opportunity Status',
  description: 'Marks an opportunity as open, won, lost or abandoned.',
  endpoint: { method: 'PUT', path: '/opportunities/{id}/status' },
  ack: true,
  scopes: ['opportunities.write'],
  inputFields: [OPPORTUNITY_ID, { ...STATUS_OPTIONAL, required: true, helpText: 'The new status.' }, LOST_REASON_ID],
  // What GHL said, with the opportunity and the status it now has (GHL answers an acknowledgement at most).
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

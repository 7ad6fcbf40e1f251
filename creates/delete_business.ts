import { defineOperation, deletedResult } from '../lib/operation';
import { businessIdField } from '../lib/fields';

export default defineOperation({
  key: 'delete_business',
  kind: 'create',
  noun: 'Business',
  label: 'Delete Business',
  description: 'Deletes a business permanently.',
  endpoint: { method: 'DELETE', path: '/businesses/{businessId}' },
  ack: true,
  scopes: ['businesses.write'],
  inputFields: [businessIdField()],
  result: deletedResult('businessId'),
  sample: { id: '63771dcac1116f0e21de8e12', deleted: true, success: true },
  outputFields: [
    { key: 'id', label: 'Business ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
    { key: 'success', label: 'Success', type: 'boolean' },
  ],
});

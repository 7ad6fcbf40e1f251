import { deletion } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { BUSINESS_ID } from '../domains/businesses';

export default defineOperation({
  key: 'delete_business',
  kind: 'create',
  noun: 'Business',
  label: 'Delete Business',
  description: 'Deletes a business permanently.',
  endpoint: { method: 'DELETE', path: '/businesses/{businessId}' },
  ...deletion('businessId', 'Business ID', { id: '63771dcac1116f0e21de8e12', deleted: true, success: true }, { deletes: 'the business (its contacts stay)' }),
  scopes: ['businesses.write'],
  inputFields: [BUSINESS_ID],
});

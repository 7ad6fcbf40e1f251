import { defineOperation } from '../lib/operation';
import { checkEmail } from '../lib/transforms';
import { LOCATION_OUTPUT_FIELDS, LOCATION_SAMPLE } from '../lib/locations';

export default defineOperation({
  key: 'list_locations',
  kind: 'trigger',
  noun: 'Location',
  label: 'List Locations',
  description:
    'Triggers when a new sub-account (location) is added to the agency. Needs an agency connection.',
  endpoint: { method: 'GET', path: '/locations/search' },
  scopes: ['locations.readonly'],
  token: 'either',
  agencyOnly: true,
  inputFields: [
    { key: 'email', label: 'Email', helpText: 'Only sub-accounts with this email address (optional).' },
  ],
  // Newest first (order=desc), so the first page holds the sub-accounts added since the last poll.
  request: (input, ctx) => ({
    query: { companyId: ctx.companyId, order: 'desc', email: checkEmail(input.email, 'email') },
  }),
  list: { key: 'locations', paging: { style: 'limit/skip', size: 100 } },
  sample: LOCATION_SAMPLE,
  outputFields: LOCATION_OUTPUT_FIELDS,
});

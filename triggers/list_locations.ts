import { defineOperation } from '../lib/operation';
import { LOCATION_OUTPUT_FIELDS } from '../domains/locations';

export default defineOperation({
  key: 'list_locations',
  kind: 'trigger',
  noun: 'Location',
  label: 'List Locations',
  description: 'Triggers when a new sub-account (location) is added to the agency.',
  endpoint: { method: 'GET', path: '/locations/search' },
  scopes: ['locations.readonly'],
  token: 'either',
  agencyOnly: true,
  inputFields: [
    { key: 'email', label: 'Email', helpText: 'Only sub-accounts with this email address (optional).', to: 'query', as: 'email' },
  ],
  // Newest first (order=desc), so the first page holds the sub-accounts added since the last poll.
  request: (_input, ctx) => ({ query: { companyId: ctx.companyId, order: 'desc' } }),
  list: { key: 'locations', paging: { style: 'limit/skip', size: 100 } },
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    name: 'Mark Shoes',
    phone: '+1410039940',
    email: 'john.doe@mail.com',
    address: '4th fleet street',
    city: 'New York',
    state: 'Illinois',
    country: 'US',
    postalCode: '567654',
    website: 'https://yourwebsite.com',
    timezone: 'US/Central',
    settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false, disableContactTimezone: false },
    social: { facebookUrl: 'https://www.facebook.com/', linkedIn: 'https://www.linkedIn.com/', googlePlacesId: 'ChIJJGPdVbQTrjsRGUkefteUeFk' },
  },
  outputFields: LOCATION_OUTPUT_FIELDS,
});

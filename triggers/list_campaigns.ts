import { defineOperation } from '../lib/operation';

export default defineOperation({
  key: 'list_campaigns',
  kind: 'trigger',
  noun: 'Campaign',
  label: 'List Campaigns',
  description: 'Triggers when a new campaign is added to the sub-account.',
  endpoint: { method: 'GET', path: '/campaigns/' },
  scopes: ['campaigns.readonly'],
  location: 'query',
  inputFields: [
    {
      key: 'status',
      label: 'Status',
      choices: { published: 'Published', draft: 'Draft' },
      helpText: 'Only campaigns with this status. Leave empty for all.',
      to: 'query',
    },
  ],
  // Campaigns carry no creation date and GHL returns them all at once: each fires once, by id.
  list: { key: 'campaigns' },
  sample: { id: 'mIVALPYuTD7YjUHnFEx4', name: 'Spring whitening promo', status: 'published', locationId: 've9EPM428h8vShlRW1KT' },
  outputFields: [
    { key: 'id', label: 'Campaign ID' },
    { key: 'name', label: 'Name' },
    { key: 'status', label: 'Status' },
    { key: 'locationId', label: 'Sub-Account ID' },
  ],
});

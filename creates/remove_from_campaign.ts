import { acknowledged } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { campaignIdField, contactIdField } from '../lib/fields';

export default defineOperation({
  key: 'remove_from_campaign',
  kind: 'create',
  noun: 'Campaign',
  label: 'Remove from Campaign',
  description: 'Removes a contact from a campaign.',
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/campaigns/{campaignId}' },
  ack: true,
  scopes: ['contacts.write'],
  inputFields: [contactIdField(), campaignIdField()],
  result: acknowledged(['contactId', 'campaignId']),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', campaignId: 'ocQHyuzHvysMo5N5VsXc', succeded: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'campaignId', label: 'Campaign ID' },
    { key: 'succeded', label: 'Succeeded', type: 'boolean' },
  ],
});

import { acknowledged } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { campaignIdField, contactIdField } from '../lib/fields';

export default defineOperation({
  key: 'add_contact_to_campaign',
  kind: 'create',
  noun: 'Campaign',
  label: 'Add Contact to Campaign',
  description: 'Adds a contact to a campaign.',
  endpoint: { method: 'POST', path: '/contacts/{contactId}/campaigns/{campaignId}' },
  ack: true,
  scopes: ['contacts.write'],
  inputFields: [contactIdField(), campaignIdField()],
  request: () => ({ body: {} }),
  result: acknowledged(['contactId', 'campaignId']),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', campaignId: 'ocQHyuzHvysMo5N5VsXc', succeded: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'campaignId', label: 'Campaign ID' },
    { key: 'succeded', label: 'Succeeded', type: 'boolean' },
  ],
});

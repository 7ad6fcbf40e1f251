import { acknowledged } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';

export default defineOperation({
  key: 'remove_from_all_campaigns',
  kind: 'create',
  noun: 'Campaign',
  label: 'Remove from All Campaigns',
  description: 'Removes a contact from every campaign it is in.',
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/campaigns/removeAll' },
  ack: true,
  scopes: ['contacts.write'],
  inputFields: [contactIdField()],
  result: acknowledged(['contactId']),
  sample: { contactId: 'seD4PfOuKoVMLkEZqohJ', succeded: true },
  outputFields: [
    { key: 'contactId', label: 'Contact ID' },
    { key: 'succeded', label: 'Succeeded', type: 'boolean' },
  ],
});

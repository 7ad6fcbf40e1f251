import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { businessIdField } from '../lib/fields';
import { nonEmpty } from '../lib/transforms';
import { record } from '../lib/results';

export default defineOperation({
  key: 'bulk_business_update',
  kind: 'create',
  noun: 'Business',
  label: 'Bulk Business Update',
  description: 'Adds many contacts to a business, or removes them from their business, at once.',
  endpoint: { method: 'POST', path: '/contacts/bulk/business' },
  scopes: ['contacts.write'],
  location: 'body',
  inputFields: [
    {
      key: 'action',
      label: 'Action',
      required: true,
      choices: { add: 'Add contacts to the business', remove: 'Remove contacts from their business' },
      default: 'add',
    },
    {
      key: 'ids',
      label: 'Contacts',
      required: true,
      list: true,
      dynamic: 'dropdown_contacts.id.name',
      helpText: 'Contact IDs: choose contacts, map line items, or map a comma-separated list of IDs.',
      to: 'body',
    },
    businessIdField('businessId', {
      required: false,
      helpText: 'Required to add: the business the contacts join. Ignored when removing.',
    }),
  ],
  // Adding needs the business; removing sends a null businessId (the contacts leave their business).
  request: (input) => {
    if (input.action === 'remove') return { body: { businessId: null } };
    const businessId = nonEmpty(input.businessId);
    if (!businessId) throw new InputError('Choose the Business to add the contacts to.', 'businessId');
    return { body: { businessId } };
  },
  result: record('', 'success'),
  sample: { success: true, ids: ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'] },
  outputFields: [
    { key: 'success', label: 'Success', type: 'boolean' },
    { key: 'ids', label: 'Contact IDs' },
  ],
});

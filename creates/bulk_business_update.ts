import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { businessIdField } from '../lib/fields';
import { toList } from '../lib/transforms';
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
    },
    businessIdField('businessId', {
      required: false,
      helpText: 'Required to add: the business the contacts join. Ignored when removing.',
    }),
  ],
  request: (input) => {
    const ids = toList(input.ids);
    if (ids.length === 0) throw new InputError('The Contacts field is required but was empty.', 'ids');
    const remove = input.action === 'remove';
    const businessId = String(input.businessId ?? '').trim();
    if (!remove && !businessId) throw new InputError('Choose the Business to add the contacts to.', 'businessId');
    // A null businessId removes the contacts from their business.
    return { body: { ids, businessId: remove ? null : businessId } };
  },
  result: record('', 'success'),
  sample: { success: true, ids: ['IDqvFHGColiyK6jiatuz', 'pOC0uJ97VYOKH2m3fkMD'] },
  outputFields: [
    { key: 'success', label: 'Success', type: 'boolean' },
    { key: 'ids', label: 'Contact IDs' },
  ],
});

import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { recordAt } from '../lib/results';
import { withZonedTimes } from '../domains/events';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE } from '../domains/contacts';

/** The contact with this id; nothing found (`[]`) when GoHighLevel answers 404. */
export default defineOperation({
  key: 'find_contact_by_id',
  kind: 'search',
  noun: 'Contact',
  label: 'Find Contact by ID',
  description: 'Finds a contact by its ID.',
  endpoint: { method: 'GET', path: '/contacts/{contactId}' },
  scopes: ['contacts.readonly'],
  customFields: 'contact',
  inputFields: [contactIdField({ helpText: 'Choose a contact, or map a Contact ID from an earlier step (for example from New Contact).' })],
  result: (data) => withZonedTimes(recordAt(data, 'contact'), ['dateAdded', 'dateUpdated']),
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
});

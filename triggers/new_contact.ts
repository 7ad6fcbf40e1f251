import { defineOperation } from '../lib/operation';
import {
  CONTACT_EVENT_SAMPLE,
  CONTACT_EVENTS_PAGING,
  contactEvent,
  contactEventOutputFields,
  contactEventsRequest,
} from '../domains/contacts';

/**
 * Fires once per contact, when it is added: the newest page of contacts by `dateAdded`; the event's id is
 * the contact's id (a contact is added once).
 */
export default defineOperation({
  key: 'new_contact',
  kind: 'trigger',
  noun: 'Contact',
  label: 'New Contact',
  description: 'Triggers when a contact is added to the sub-account.',
  endpoint: { method: 'POST', path: '/contacts/search' },
  scopes: ['contacts.readonly'],
  customFields: 'contact',
  location: 'body',
  inputFields: [
    {
      key: 'about',
      label: 'How it fires',
      type: 'copy',
      helpText:
        'Fires once for each contact added. Each check reads the 100 contacts added most recently: if more are added ' +
        'between two checks (an import), only those 100 fire.',
    },
  ],
  request: contactEventsRequest('dateAdded'),
  list: {
    key: 'contacts',
    paging: CONTACT_EVENTS_PAGING,
    sortBy: 'dateAdded',
    each: contactEvent,
    idOf: (c) => c.contactId,
  },
  sample: CONTACT_EVENT_SAMPLE,
  outputFields: contactEventOutputFields('Event ID'),
});

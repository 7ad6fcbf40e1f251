import { defineOperation } from '../lib/operation';
import { eventId } from '../domains/events';
import {
  CONTACT_EVENT_SAMPLE,
  CONTACT_EVENTS_PAGING,
  contactEvent,
  contactEventOutputFields,
  contactEventsRequest,
} from '../domains/contacts';

/**
 * Fires once per change of a contact (a new contact is its first version): the newest page of contacts by
 * `dateUpdated`; the event's id is `contactId:dateUpdated`, so each new version is one event.
 */
export default defineOperation({
  key: 'updated_contact',
  kind: 'trigger',
  noun: 'Contact',
  label: 'Updated Contact',
  description: 'Triggers when a contact is added or changed (once for each change).',
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
        'Fires once for every change GoHighLevel records on a contact (its "Date Updated"), new contacts included. ' +
        'Several changes made between two checks arrive as one, with the contact as it is then. Each check reads the ' +
        '100 contacts changed most recently: if more change between two checks (a bulk update), only those 100 fire.',
    },
  ],
  request: contactEventsRequest('dateUpdated'),
  list: {
    key: 'contacts',
    paging: CONTACT_EVENTS_PAGING,
    sortBy: 'dateUpdated',
    each: contactEvent,
    idOf: (c) => eventId(c.contactId, c.dateUpdated),
  },
  sample: { ...CONTACT_EVENT_SAMPLE, id: eventId(CONTACT_EVENT_SAMPLE.id, CONTACT_EVENT_SAMPLE.dateUpdated) },
  outputFields: contactEventOutputFields('Event ID'),
});

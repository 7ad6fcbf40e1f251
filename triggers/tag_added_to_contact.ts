import { defineOperation } from '../lib/operation';
import { eventId } from '../domains/events';
import {
  CONTACT_EVENT_SAMPLE,
  CONTACT_EVENTS_PAGING,
  contactEvent,
  contactEventOutputFields,
  contactEventsRequest,
  tagName,
} from '../domains/contacts';

/**
 * Fires once per contact and chosen tag, when the contact first carries it: the newest page (by
 * `dateUpdated`, which adding a tag moves) of the contacts that have the tag; the event's id is
 * `contactId:tag`, so a contact fires once for a tag, however often it is removed and added back.
 */
export default defineOperation({
  key: 'tag_added_to_contact',
  kind: 'trigger',
  noun: 'Contact',
  label: 'Tag Added to Contact',
  description: 'Triggers when a contact gets the chosen tag for the first time.',
  endpoint: { method: 'POST', path: '/contacts/search' },
  scopes: ['contacts.readonly'],
  customFields: 'contact',
  location: 'body',
  inputFields: [
    {
      key: 'tag',
      label: 'Tag',
      required: true,
      dynamic: 'dropdown_tags.name.name',
      helpText:
        'Fires once for each contact that gets this tag, the first time it carries it: removing the tag and adding ' +
        'it back does not fire again. Contacts that already had the tag when the Zap was turned on do not fire (the ' +
        '500 of them changed most recently are remembered then). Each check reads the 100 tagged contacts changed most recently: ' +
        'if more get the tag between two checks (a bulk import), only those 100 fire.',
    },
  ],
  request: contactEventsRequest('dateUpdated', (input) => [{ field: 'tags', operator: 'contains', value: [tagName(input.tag)] }]),
  list: {
    key: 'contacts',
    paging: CONTACT_EVENTS_PAGING,
    sortBy: 'dateUpdated',
    each: (contact, input) => ({ ...contactEvent(contact), tag: tagName(input.tag) }),
    idOf: (c) => eventId(c.contactId, c.tag),
  },
  sample: { ...CONTACT_EVENT_SAMPLE, id: eventId(CONTACT_EVENT_SAMPLE.id, 'vip'), tag: 'vip' },
  outputFields: contactEventOutputFields('Event ID', [{ key: 'tag', label: 'Tag Added' }]),
});

import { defineInstant, fetchesOf } from '../lib/instant';
import { contactDateUpdated, exampleOf, UPDATED_CONTACT_LACKS } from '../domains/webhooks';
import twin from './updated_contact';

/**
 * Updated Contact, from GoHighLevel's ContactUpdate webhook: Updated Contact's item and id
 * (`contactId:dateUpdated`); a delivery without `dateUpdated` reads the contact once for it.
 */
export default defineInstant({
  key: 'updated_contact_instant',
  label: 'Updated Contact (Instant)',
  description: 'Triggers when a contact is changed (once for each change).',
  counterpart: twin,
  events: ['ContactUpdate'],
  lacks: UPDATED_CONTACT_LACKS,
  complete: contactDateUpdated,
  fetches: fetchesOf('/contacts/{contactId}', ['dateUpdated']),
  about: 'Fires for every change GoHighLevel reports on a contact (ContactUpdate), each change on its own.',
  example: () => exampleOf('ContactUpdate'),
});

import { defineInstant } from '../lib/instant';
import { CONTACT_LACKS } from '../domains/webhooks';
import { exampleOf } from '../domains/webhooks';
import twin from './new_contact';

/** New Contact, from GoHighLevel's ContactCreate webhook: New Contact's item and id (the contact's id). */
export default defineInstant({
  key: 'new_contact_instant',
  label: 'New Contact (Instant)',
  description: 'Triggers when a contact is added to the sub-account.',
  counterpart: twin,
  events: ['ContactCreate'],
  lacks: CONTACT_LACKS,
  about: 'Fires once for each contact added, imports included, as GoHighLevel reports it (ContactCreate).',
  example: () => exampleOf('ContactCreate'),
});

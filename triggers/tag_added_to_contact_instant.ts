import { defineInstant } from '../lib/instant';
import { CONTACT_LACKS, exampleOf, hasTag } from '../domains/webhooks';
import twin from './tag_added_to_contact';

/**
 * Tag Added to Contact, from GoHighLevel's ContactTagUpdate (and ContactCreate, for a contact created with
 * the tag) webhooks: the twin's item and id (`contactId:tag`), so a contact fires once per tag.
 */
export default defineInstant({
  key: 'tag_added_to_contact_instant',
  label: 'Tag Added to Contact (Instant)',
  description: 'Triggers when a contact gets the chosen tag for the first time.',
  counterpart: twin,
  events: ['ContactTagUpdate', 'ContactCreate'],
  inputFields: [
    {
      key: 'tag',
      label: 'Tag',
      required: true,
      dynamic: 'dropdown_tags.name.name',
      helpText: 'Fires once for each contact that gets this tag, the first time it carries it: removing the tag and adding it back does not fire again.',
    },
  ],
  matches: hasTag,
  lacks: CONTACT_LACKS,
  about: "Fires when GoHighLevel reports a contact's tags changed (ContactTagUpdate) or a contact created (ContactCreate) and the contact carries the tag.",
  example: () => exampleOf('ContactTagUpdate'),
});

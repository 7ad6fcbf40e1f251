import { defineInstant } from '../lib/instant';
import { INBOUND_MESSAGE_TYPES } from '../domains/conversations';
import { channelMatches, exampleOf, inboundMessageOf, inboundMessageRecord, MESSAGE_LACKS } from '../domains/webhooks';
import twin from './new_inbound_message';

/** New Inbound Message, from GoHighLevel's InboundMessage webhook: New Inbound Message's item and id (the message's). */
export default defineInstant({
  key: 'new_inbound_message_instant',
  label: 'New Inbound Message (Instant)',
  description: 'Triggers when a contact sends a message (SMS, email, WhatsApp, chat and more).',
  counterpart: twin,
  events: ['InboundMessage'],
  inputFields: [{ key: 'channel', label: 'Channel', choices: INBOUND_MESSAGE_TYPES, helpText: 'Only messages of this channel. Empty: every channel.' }],
  record: inboundMessageRecord,
  matches: channelMatches,
  item: inboundMessageOf,
  lacks: MESSAGE_LACKS,
  about: "Fires once for each message a contact sends (InboundMessage). The contact's name, email and phone are not in the event: add a Find Contact step for them.",
  example: () => exampleOf('InboundMessage'),
});

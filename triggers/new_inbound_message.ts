import { defineOperation } from '../lib/operation';
import {
  INBOUND_LOOKBACK_MS,
  INBOUND_MAX_CONVERSATIONS,
  INBOUND_MESSAGE_OUTPUT_FIELDS,
  INBOUND_MESSAGE_SAMPLE,
  INBOUND_MESSAGE_TYPES,
  inboundMessages,
} from '../domains/conversations';

/**
 * Fires once per message a contact sends (not once per conversation): the conversations with the most
 * recent messages (one search), then the newest messages of those with a message since they were last
 * read (domains/conversations.ts `inboundMessages`). Each item's `id` is the message's id.
 */
export default defineOperation({
  key: 'new_inbound_message',
  kind: 'trigger',
  noun: 'Message',
  label: 'New Inbound Message',
  description: 'Triggers when a contact sends a message (SMS, email, WhatsApp, chat and more), once per message.',
  endpoint: { method: 'GET', path: '/conversations/search' },
  scopes: ['conversations.readonly', 'conversations/message.readonly'],
  location: 'query',
  inputFields: [
    {
      key: 'channel',
      label: 'Channel',
      choices: INBOUND_MESSAGE_TYPES,
      helpText: `Only messages of this channel. Empty: every channel. Messages older than ${INBOUND_LOOKBACK_MS / 3_600_000} hours when first seen do not fire.`,
    },
  ],
  request: () => ({ query: { sort: 'desc', sortBy: 'last_message_date', limit: 50 } }),
  send: inboundMessages,
  list: { key: 'messages', sortBy: 'dateAdded' },
  extraRequests: `the newest messages of each conversation with a message not read yet (at most ${INBOUND_MAX_CONVERSATIONS})`,
  sample: INBOUND_MESSAGE_SAMPLE,
  outputFields: INBOUND_MESSAGE_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { listAt } from '../lib/results';
import { CONVERSATION_OUTPUT_FIELDS, conversationRecord, INBOUND_MESSAGE_TYPES } from '../domains/conversations';

/** A contact's conversations, the most recent message first (the first is the one Zapier uses); none → []. */
export default defineOperation({
  key: 'find_conversation',
  kind: 'search',
  noun: 'Conversation',
  label: 'Find Conversation',
  description: "Finds a contact's conversation, optionally the one whose last message came on a channel.",
  endpoint: { method: 'GET', path: '/conversations/search' },
  scopes: ['conversations.readonly'],
  location: 'query',
  inputFields: [
    { ...contactIdField({ helpText: 'The contact whose conversation to find (e.g. from Find Contact).' }), to: 'query' },
    {
      key: 'channel',
      label: 'Channel of the Last Message',
      choices: INBOUND_MESSAGE_TYPES,
      helpText: "Only a conversation whose last message came on this channel. Empty: the contact's most recent conversation.",
      to: 'query',
      name: 'lastMessageType',
    },
  ],
  request: () => ({ query: { sort: 'desc', sortBy: 'last_message_date', limit: 20 } }),
  list: { key: (data) => listAt(data, 'conversations').map(conversationRecord) },
  sample: {
    id: 'ABCHkzuJQ8ZMd4Te84GK',
    conversationId: 'ABCHkzuJQ8ZMd4Te84GK',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    locationId: 've9EPM428h8vShlRW1KT',
    lastMessageBody: 'Great, see you then!',
    lastMessageType: 'TYPE_SMS',
    lastMessageDirection: 'inbound',
    lastMessageDate: '2026-07-08T14:31:07.000Z',
    type: 'TYPE_PHONE',
    unreadCount: 1,
    fullName: 'Rubika Deo',
    contactName: 'Rubika Deo',
    email: 'rubika@deos.com',
    phone: '+18832327657',
    assignedTo: 'hxHGVRb1YJUscrCB8eXK',
    dateAdded: '2026-07-05T09:12:44.000Z',
    dateUpdated: '2026-07-08T14:31:07.000Z',
  },
  outputFields: [{ key: 'id', label: 'ID' }, ...CONVERSATION_OUTPUT_FIELDS],
});

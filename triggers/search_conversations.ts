import { defineOperation } from '../lib/operation';
import { contactIdField, userIdField } from '../lib/fields';
import { commaSeparated, CONVERSATION_OUTPUT_FIELDS, conversationItem } from '../domains/conversations';

/**
 * Fires per new or newly updated conversation: GHL sorts by last message date (newest first), and each
 * item's `id` is `<conversation id>:<last message date>`, so a conversation with a new message is new to
 * Zapier's dedupe. The conversation's own id is `conversationId`. One page (GHL pages by cursor).
 */
export default defineOperation({
  key: 'search_conversations',
  kind: 'trigger',
  noun: 'Conversation',
  label: 'Search Conversations',
  description:
    'Triggers when a conversation matching your filters is started or gets a new message (newest first).',
  endpoint: { method: 'GET', path: '/conversations/search' },
  scopes: ['conversations.readonly'],
  location: 'query',
  inputFields: [
    { key: 'query', label: 'Search Text', helpText: 'Only conversations matching this text (name, email, phone, message).', to: 'query' },
    { ...contactIdField({ required: false, helpText: 'Only conversations with this contact.' }), to: 'query' },
    {
      ...userIdField('assignedTo', 'Assigned To', {
        list: true,
        helpText: 'Only conversations assigned to these users. Type "unassigned" for conversations assigned to nobody.',
      }),
      to: 'query',
      as: commaSeparated,
    },
    {
      key: 'status',
      label: 'Status',
      choices: { all: 'All', read: 'Read', unread: 'Unread', starred: 'Starred', recents: 'Recents' },
      helpText: 'Default: all.',
      to: 'query',
    },
    {
      key: 'lastMessageType',
      label: 'Last Message Type',
      choices: {
        TYPE_SMS: 'SMS',
        TYPE_CALL: 'Call',
        TYPE_EMAIL: 'Email',
        TYPE_WEBCHAT: 'Web Chat',
        TYPE_LIVE_CHAT: 'Live Chat',
        TYPE_FACEBOOK: 'Facebook',
        TYPE_INSTAGRAM: 'Instagram',
        TYPE_WHATSAPP: 'WhatsApp',
        TYPE_GMB: 'Google Business Profile',
        TYPE_REVIEW: 'Review',
        TYPE_TIKTOK: 'TikTok',
        TYPE_RCS: 'RCS',
        TYPE_FORM_SUBMISSION: 'Form Submission',
        TYPE_CUSTOM_SMS: 'Custom SMS',
        TYPE_CUSTOM_EMAIL: 'Custom Email',
        TYPE_CUSTOM_CALL: 'Custom Call',
        TYPE_INTERNAL_COMMENT: 'Internal Comment',
      },
      to: 'query',
    },
    { key: 'lastMessageDirection', label: 'Last Message Direction', choices: { inbound: 'Inbound', outbound: 'Outbound' }, to: 'query' },
  ],
  request: () => ({ query: { sort: 'desc', sortBy: 'last_message_date', limit: 100 } }),
  list: { key: 'conversations', sortBy: 'lastMessageDate', each: conversationItem },
  sample: {
    id: 'ABCHkzuJQ8ZMd4Te84GK:1719325200000',
    conversationId: 'ABCHkzuJQ8ZMd4Te84GK',
    contactId: '9VEmS0si86GW6gXWU89b',
    locationId: 've9EPM428h8vShlRW1KT',
    lastMessageBody: 'This is a sample message body',
    lastMessageType: 'TYPE_SMS',
    lastMessageDirection: 'inbound',
    lastMessageDate: '2024-06-25T14:20:00.000Z',
    type: 'TYPE_PHONE',
    unreadCount: 1,
    fullName: 'John Doe',
    contactName: 'John Doe Company',
    email: 'johndoe@mailingdomain.com',
    phone: '+15550001234',
    assignedTo: 'hxHGVRb1YJUscrCB8eXK',
    dateAdded: '2024-06-25T07:20:00.000Z',
    dateUpdated: '2024-06-25T14:20:00.000Z',
  },
  outputFields: [{ key: 'id', label: 'Conversation Version (ID:last message date)' }, ...CONVERSATION_OUTPUT_FIELDS],
});

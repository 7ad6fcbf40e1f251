import { defineOperation } from '../lib/operation';
import { contactIdField, userIdField } from '../lib/fields';
import { toList } from '../lib/transforms';
import {
  CONVERSATION_SEARCH_OUTPUT_FIELDS,
  CONVERSATION_SEARCH_SAMPLE,
  conversationItem,
  conversationVersionId,
} from '../lib/conversations';

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
    { key: 'query', label: 'Search Text', helpText: 'Only conversations matching this text (name, email, phone, message).' },
    contactIdField({ required: false, helpText: 'Only conversations with this contact.' }),
    userIdField('assignedTo', 'Assigned To', {
      list: true,
      helpText: 'Only conversations assigned to these users. Type "unassigned" for conversations assigned to nobody.',
    }),
    {
      key: 'status',
      label: 'Status',
      choices: { all: 'All', read: 'Read', unread: 'Unread', starred: 'Starred', recents: 'Recents' },
      helpText: 'Default: all.',
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
    },
    { key: 'lastMessageDirection', label: 'Last Message Direction', choices: { inbound: 'Inbound', outbound: 'Outbound' } },
  ],
  request: (input) => ({
    query: {
      query: input.query,
      contactId: input.contactId,
      assignedTo: toList(input.assignedTo).join(','),
      status: input.status,
      lastMessageType: input.lastMessageType,
      lastMessageDirection: input.lastMessageDirection,
      sort: 'desc',
      sortBy: 'last_message_date',
      limit: 100,
    },
  }),
  list: { key: 'conversations', sortBy: 'lastMessageDate', idOf: conversationVersionId, each: conversationItem },
  sample: CONVERSATION_SEARCH_SAMPLE,
  outputFields: CONVERSATION_SEARCH_OUTPUT_FIELDS,
});

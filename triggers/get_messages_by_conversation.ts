import { defineOperation } from '../lib/operation';
import { CONVERSATION_ID_FIELD, MESSAGE_OUTPUT_FIELDS, MESSAGE_SAMPLE, messagesOf } from '../domains/conversations';

/** The message types GHL filters on. */
const MESSAGE_TYPE_CHOICES: Record<string, string> = {
  TYPE_CALL: 'Call',
  TYPE_SMS: 'SMS',
  TYPE_RCS: 'RCS',
  TYPE_EMAIL: 'Email',
  TYPE_FACEBOOK: 'Facebook',
  TYPE_GMB: 'Google Business Profile',
  TYPE_INSTAGRAM: 'Instagram',
  TYPE_WHATSAPP: 'WhatsApp',
  TYPE_LIVE_CHAT: 'Live Chat',
  TYPE_TIKTOK: 'TikTok',
  TYPE_FORM_SUBMISSION: 'Form Submission',
  TYPE_INTERNAL_COMMENTS: 'Internal Comment',
  TYPE_ACTIVITY_APPOINTMENT: 'Activity: Appointment',
  TYPE_ACTIVITY_CONTACT: 'Activity: Contact',
  TYPE_ACTIVITY_INVOICE: 'Activity: Invoice',
  TYPE_ACTIVITY_PAYMENT: 'Activity: Payment',
  TYPE_ACTIVITY_OPPORTUNITY: 'Activity: Opportunity',
  TYPE_ACTIVITY_EMPLOYEE_ACTION_LOG: 'Activity: Employee Action',
  TYPE_ACTIVITY_WHATSAPP: 'Activity: WhatsApp',
};

/**
 * Fires per new message. GHL pages by cursor (lastMessageId) from the newest message back; the first
 * page (100 newest) is what a poll needs, so no cursor is sent.
 */
export default defineOperation({
  key: 'get_messages_by_conversation',
  kind: 'trigger',
  noun: 'Message',
  label: 'Get Messages by Conversation',
  description: 'Triggers when a new message is added to the chosen conversation (inbound or outbound).',
  endpoint: { method: 'GET', path: '/conversations/{conversationId}/messages' },
  scopes: ['conversations/message.readonly'],
  inputFields: [
    CONVERSATION_ID_FIELD,
    { key: 'type', label: 'Message Type', choices: MESSAGE_TYPE_CHOICES, helpText: 'Only messages of this type.', to: 'query' },
  ],
  request: () => ({ query: { limit: 100 } }),
  list: { key: messagesOf, sortBy: 'dateAdded' },
  sample: MESSAGE_SAMPLE,
  outputFields: MESSAGE_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { recordAt } from '../lib/results';
import {
  ATTACHMENT_FILES_FIELD,
  ATTACHMENT_URLS_FIELD,
  attachmentsOf,
  CONVERSATION_ID_FIELD,
  conversationFor,
  INBOUND_CHANNELS,
  inboundChannel,
  isoInstant,
} from '../domains/conversations';

/**
 * Logs a message a contact sent elsewhere (another inbox, a phone system, a chat tool) into the contact's
 * conversation. GHL needs the conversation and its contact: either is enough here (the other is read, and
 * a contact without a conversation gets one).
 */
export default defineOperation({
  key: 'add_inbound_message',
  kind: 'create',
  noun: 'Message',
  label: 'Add Inbound Message',
  description: "Adds a message a contact sent on another channel to the contact's conversation.",
  endpoint: { method: 'POST', path: '/conversations/messages/inbound' },
  scopes: ['conversations/message.write', 'conversations.readonly', 'conversations.write'],
  inputFields: [
    {
      key: 'type',
      label: 'Channel',
      required: true,
      choices: INBOUND_CHANNELS,
      helpText: 'The channel the contact wrote on.',
      to: 'body',
      as: inboundChannel,
    },
    { ...CONVERSATION_ID_FIELD, required: false, helpText: 'The conversation to add the message to. Or choose the Contact instead.' },
    contactIdField({ required: false, helpText: "The contact who sent it: the message goes into the contact's conversation (one is started if needed)." }),
    {
      key: 'conversationProviderId',
      label: 'Conversation Provider ID',
      required: true,
      helpText: "The ID of the conversation provider the message came through (the Marketplace app's Conversation Providers settings).",
      to: 'body',
      as: 'id',
    },
    { key: 'message', label: 'Message', type: 'text', helpText: 'The text the contact sent, exactly as it is kept.', to: 'body' },
    { key: 'subject', label: 'Email Subject', helpText: 'Email only.', to: 'body' },
    { key: 'html', label: 'Email HTML Body', type: 'text', helpText: 'Email only: the email as HTML.', to: 'body' },
    { key: 'emailFrom', label: 'Email From', helpText: "Email only: the contact's address it came from.", to: 'body', as: 'email' },
    { key: 'emailTo', label: 'Email To', helpText: "Email only: the sub-account's address it went to.", to: 'body', as: 'email' },
    ATTACHMENT_FILES_FIELD,
    ATTACHMENT_URLS_FIELD,
    { key: 'date', label: 'Received At', type: 'datetime', helpText: 'When the contact sent it. Default: now.', to: 'body', as: 'isoUtc' },
    {
      key: 'altId',
      label: 'External Message ID',
      helpText: "The message's ID in the system it came from, so it can be matched later.",
      to: 'body',
      as: 'id',
    },
  ],
  request: async (input, ctx) => {
    const where = await conversationFor(ctx, { conversationId: input.conversationId, contactId: input.contactId });
    const attachments = await attachmentsOf(ctx, input, async () => where);
    return { body: { ...where, ...(attachments ? { attachments } : {}) } };
  },
  extraRequests:
    "the conversation's contact (a conversation given alone), or the contact's conversation (found, or started); with files, one upload",
  result: (data) => {
    const answer = recordAt(data, '', ['messageId', 'conversationId']);
    return {
      id: String(answer.messageId),
      messageId: answer.messageId,
      conversationId: answer.conversationId,
      ...(answer.contactId ? { contactId: answer.contactId } : {}),
      ...(answer.dateAdded ? { dateAdded: isoInstant(answer.dateAdded) } : {}),
      ...(answer.emailMessageId ? { emailMessageId: answer.emailMessageId } : {}),
      success: answer.success ?? true,
      message: answer.message,
    };
  },
  sample: {
    id: 't22c6DQcTDf3MjRhwf77',
    messageId: 't22c6DQcTDf3MjRhwf77',
    conversationId: 'ABC12h2F6uBrIkfXYazb',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    dateAdded: '2026-07-08T14:30:00.000Z',
    success: true,
    message: 'Message added successfully',
  },
  outputFields: [
    { key: 'id', label: 'ID (the message ID)' },
    { key: 'messageId', label: 'Message ID' },
    { key: 'conversationId', label: 'Conversation ID' },
    { key: 'contactId', label: 'Contact ID' },
    { key: 'dateAdded', label: 'Added At', type: 'datetime' },
    { key: 'emailMessageId', label: 'Email Message ID' },
    { key: 'success', label: 'Succeeded', type: 'boolean' },
    { key: 'message', label: 'Result Note' },
  ],
});

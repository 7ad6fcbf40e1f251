import { defineDropdown } from '../lib/dropdown';
import { messageLabel, messagePickerQuery } from '../domains/conversations';

/** The sub-account's latest messages (calls, texts, chats; GHL's export leaves emails out), newest first: one page of the message export, of the step's conversation or contact if it names one. */
export default defineDropdown({
  key: 'dropdown_messages',
  noun: 'Message',
  endpoint: { method: 'GET', path: '/conversations/messages/export' },
  scopes: ['conversations/message.readonly'],
  location: 'query',
  inputs: [
    { key: 'conversationId', label: 'Conversation', helpText: 'The conversation the step names, if any.' },
    { key: 'contactId', label: 'Contact', helpText: 'The contact the step names, if any.' },
  ],
  request: messagePickerQuery(),
  listKey: 'messages',
  labelKey: 'label',
  label: messageLabel,
});

import { defineDropdown } from '../lib/dropdown';
import { messageLabel, messagePickerQuery } from '../domains/conversations';

/** The sub-account's latest calls, newest first (recordings and transcriptions are of calls): one page of the message export, of the step's conversation or contact if it names one. */
export default defineDropdown({
  key: 'dropdown_call_messages',
  noun: 'Call',
  endpoint: { method: 'GET', path: '/conversations/messages/export' },
  scopes: ['conversations/message.readonly'],
  location: 'query',
  inputs: [
    { key: 'conversationId', label: 'Conversation', helpText: 'The conversation the step names, if any.' },
    { key: 'contactId', label: 'Contact', helpText: 'The contact the step names, if any.' },
  ],
  request: messagePickerQuery('Call'),
  listKey: 'messages',
  labelKey: 'label',
  label: messageLabel,
});

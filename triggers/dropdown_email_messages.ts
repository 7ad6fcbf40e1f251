import { defineDropdown } from '../lib/dropdown';
import { messageLabel, messagePickerQuery } from '../domains/conversations';

/**
 * The sub-account's latest emails, newest first, by their email message id (`meta.email.messageIds`, what
 * Get Email by ID reads; an email thread's first): one page of the message export.
 */
export default defineDropdown({
  key: 'dropdown_email_messages',
  noun: 'Email',
  endpoint: { method: 'GET', path: '/conversations/messages/export' },
  scopes: ['conversations/message.readonly'],
  location: 'query',
  inputs: [{ key: 'contactId', label: 'Contact', helpText: 'The contact the step names, if any.' }],
  request: messagePickerQuery('Email'),
  listKey: (data) => (Array.isArray(data?.messages) ? data.messages : []).filter((m: any) => Array.isArray(m?.meta?.email?.messageIds) && m.meta.email.messageIds[0]),
  idOf: (m) => m.meta.email.messageIds[0],
  labelKey: 'label',
  label: messageLabel,
});

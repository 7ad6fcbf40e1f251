import { unwrapRecord } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { MESSAGE_ID_FIELD } from '../domains/conversations';

export default defineOperation({
  key: 'update_message_status',
  kind: 'create',
  noun: 'Message',
  label: 'Update Message Status',
  description: 'Updates the delivery status of a message sent through a custom conversation provider.',
  endpoint: { method: 'PUT', path: '/conversations/messages/{messageId}/status' },
  scopes: ['conversations/message.write'],
  inputFields: [
    { ...MESSAGE_ID_FIELD, helpText: 'A message sent through your custom conversation provider: choose one of the latest messages, or map its ID.' },
    {
      key: 'status',
      label: 'Status',
      required: true,
      choices: { delivered: 'Delivered', failed: 'Failed', pending: 'Pending', read: 'Read' },
      to: 'body',
    },
    { key: 'errorMessage', label: 'Error Message', helpText: 'With "Failed": why the provider could not deliver it.' },
    { key: 'errorCode', label: 'Error Code', helpText: 'With an error message: the provider\'s error code. Default: 1.' },
    { key: 'errorType', label: 'Error Type', helpText: 'With an error message: the kind of error, e.g. saas. Default: saas.' },
    { key: 'emailMessageId', label: 'Email Message ID', helpText: 'For email messages: the email message ID.', to: 'body' },
    {
      key: 'recipients',
      label: 'Additional Recipients',
      list: true,
      helpText: 'For email messages: the additional recipients this status applies to.',
      to: 'body',
    },
  ],
  // GHL's error object: only with a message; the provider's code and type default to 1 and saas.
  request: (input) =>
    input.errorMessage
      ? { body: { error: { code: String(input.errorCode || '1'), type: String(input.errorType || 'saas'), message: String(input.errorMessage) } } }
      : {},
  result: (data) => unwrapRecord(data, [], ['status']),
  sample: { conversationId: 'ABC12h2F6uBrIkfXYazb', messageId: 't22c6DQcTDf3MjRhwf77', status: 'delivered' },
  outputFields: [
    { key: 'conversationId', label: 'Conversation ID' },
    { key: 'messageId', label: 'Message ID' },
    { key: 'status', label: 'Status' },
    { key: 'emailMessageId', label: 'Email Message ID' },
  ],
});

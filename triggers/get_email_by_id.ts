import { defineOperation } from '../lib/operation';
import { EMAIL_OUTPUT_FIELDS, EMAIL_SAMPLE, messageIdField, unwrap } from '../lib/conversations';

export default defineOperation({
  key: 'get_email_by_id',
  kind: 'trigger',
  noun: 'Email',
  label: 'Get Email by ID',
  description: 'Triggers when the chosen email message changes, e.g. it is delivered or opened (fires once per version).',
  endpoint: { method: 'GET', path: '/conversations/messages/email/{id}' },
  scopes: ['conversations/message.readonly'],
  inputFields: [
    messageIdField(
      'id',
      'Email Message ID',
      'The email message ID: an ID in meta.email.messageIds of an email message (Get Message by ID), or the emailMessageId GoHighLevel returns when an email is sent.',
    ),
  ],
  result: (data) => unwrap(data, 'emailMessage'),
  sample: EMAIL_SAMPLE,
  outputFields: EMAIL_OUTPUT_FIELDS,
});

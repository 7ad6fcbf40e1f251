import { defineOperation } from '../lib/operation';
import { unwrapRecord } from '../lib/results';
import { MESSAGE_ID_FIELD, MESSAGE_OUTPUT_FIELDS, MESSAGE_SAMPLE } from '../domains/conversations';

export default defineOperation({
  key: 'get_message_by_id',
  kind: 'trigger',
  noun: 'Message',
  label: 'Get Message by ID',
  description: 'Triggers when the chosen message changes, for example its delivery status.',
  endpoint: { method: 'GET', path: '/conversations/messages/{id}' },
  scopes: ['conversations/message.readonly'],
  inputFields: [{ ...MESSAGE_ID_FIELD, key: 'id' }],
  result: (data) => unwrapRecord(data, ['message']),
  sample: MESSAGE_SAMPLE,
  outputFields: MESSAGE_OUTPUT_FIELDS,
});

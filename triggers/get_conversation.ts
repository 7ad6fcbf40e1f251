import { defineOperation } from '../lib/operation';
import { CONVERSATION_OUTPUT_FIELDS, CONVERSATION_SAMPLE, conversationIdField, unwrap } from '../lib/conversations';

export default defineOperation({
  key: 'get_conversation',
  kind: 'trigger',
  noun: 'Conversation',
  label: 'Get Conversation',
  description:
    'Triggers when the chosen conversation changes, e.g. it is read, starred or reassigned (fires once per version).',
  endpoint: { method: 'GET', path: '/conversations/{conversationId}' },
  scopes: ['conversations.readonly'],
  inputFields: [conversationIdField()],
  // The spec gives the record no update time: a version is a hash of its content.
  result: (data) => unwrap(data, 'conversation'),
  sample: CONVERSATION_SAMPLE,
  outputFields: CONVERSATION_OUTPUT_FIELDS,
});

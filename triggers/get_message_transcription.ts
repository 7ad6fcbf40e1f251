import { defineOperation } from '../lib/operation';
import {
  TRANSCRIPTION_OUTPUT_FIELDS,
  TRANSCRIPTION_SAMPLE,
  messageIdField,
  transcriptionResult,
} from '../lib/conversations';

export default defineOperation({
  key: 'get_message_transcription',
  kind: 'trigger',
  noun: 'Transcription',
  label: 'Get Message Transcription',
  description: 'Triggers when the transcription of the chosen call is available (full text and sentences).',
  endpoint: { method: 'GET', path: '/conversations/locations/{locationId}/messages/{messageId}/transcription' },
  scopes: ['conversations/message.readonly'],
  location: 'path',
  inputFields: [messageIdField('messageId', 'Message ID', 'The ID of a recorded call message (e.g. from Get Messages by Conversation).')],
  result: transcriptionResult,
  sample: TRANSCRIPTION_SAMPLE,
  outputFields: TRANSCRIPTION_OUTPUT_FIELDS,
});

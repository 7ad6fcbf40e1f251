import { defineOperation } from '../lib/operation';
import { RECORDED_CALL_ID_FIELD, transcriptionResult } from '../domains/conversations';

export default defineOperation({
  key: 'get_message_transcription',
  kind: 'trigger',
  noun: 'Transcription',
  label: 'Get Message Transcription',
  description: 'Triggers when the transcription of the chosen call is available (full text and sentences).',
  endpoint: { method: 'GET', path: '/conversations/locations/{locationId}/messages/{messageId}/transcription' },
  scopes: ['conversations/message.readonly'],
  location: 'path',
  inputFields: [RECORDED_CALL_ID_FIELD],
  result: transcriptionResult,
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    messageId: 've9EPM428h8vShlRW1KT',
    transcript: 'This call may be recorded for quality assurance purposes. How can I help you today?',
    sentences: [
      { mediaChannel: 1, sentenceIndex: 1, startTime: 34, endTime: 45, transcript: 'This call may be recorded for quality assurance purposes.', confidence: 0.5 },
      { mediaChannel: 1, sentenceIndex: 2, startTime: 46, endTime: 52, transcript: 'How can I help you today?', confidence: 0.9 },
    ],
  },
  outputFields: [
    { key: 'id', label: 'ID' },
    { key: 'messageId', label: 'Message ID' },
    { key: 'transcript', label: 'Transcript (full text)' },
    { key: 'sentences', label: 'Sentences (channel, index, start/end ms, text, confidence)' },
  ],
});

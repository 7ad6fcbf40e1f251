import { defineOperation } from '../lib/operation';
import { fileOutputFields, sendFile } from '../lib/files';
import { RECORDED_CALL_ID_FIELD } from '../domains/conversations';

export default defineOperation({
  key: 'get_message_recording',
  kind: 'trigger',
  noun: 'Recording',
  label: 'Get Message Recording',
  description: "Triggers when the chosen message's call recording is available, as a file for later steps.",
  endpoint: { method: 'GET', path: '/conversations/messages/{messageId}/locations/{locationId}/recording' },
  scopes: ['conversations/message.readonly'],
  location: 'path',
  inputFields: [RECORDED_CALL_ID_FIELD],
  send: sendFile('recording.wav'),
  // A recording never changes: fire once per message.
  versionKey: 'messageId',
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    messageId: 've9EPM428h8vShlRW1KT',
    file: 'https://zapier-dev-files.s3.amazonaws.com/cli-platform/audio.wav',
    contentType: 'audio/x-wav',
    filename: 'audio.wav',
    size: 482604,
  },
  outputFields: fileOutputFields('Recording File'),
});

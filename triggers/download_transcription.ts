import { defineOperation } from '../lib/operation';
import { fileOutputFields, sendFile } from '../lib/files';
import { RECORDED_CALL_ID_FIELD } from '../domains/conversations';

export default defineOperation({
  key: 'download_transcription',
  kind: 'trigger',
  noun: 'Transcription',
  label: 'Download Transcription',
  description: "Triggers when the chosen call's transcription is available, as a text file for later steps.",
  endpoint: { method: 'GET', path: '/conversations/locations/{locationId}/messages/{messageId}/transcription/download' },
  scopes: ['conversations/message.readonly'],
  location: 'path',
  inputFields: [RECORDED_CALL_ID_FIELD],
  send: sendFile('transcription.txt'),
  // A transcription file is made once: fire once per message.
  versionKey: 'messageId',
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    messageId: 've9EPM428h8vShlRW1KT',
    file: 'https://zapier-dev-files.s3.amazonaws.com/cli-platform/transcription.txt',
    contentType: 'text/plain',
    filename: 'transcription.txt',
    size: 1204,
  },
  outputFields: fileOutputFields('Transcription File'),
});

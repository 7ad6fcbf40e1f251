import { defineOperation } from '../lib/operation';
import { recordAt } from '../lib/results';
import { MEDIA_FOLDER_FIELD, sendMediaUpload } from '../domains/media';

export default defineOperation({
  key: 'upload_file_to_media_library',
  kind: 'create',
  noun: 'File',
  label: 'Upload File to Media Library',
  description: "Uploads a file from an earlier step, or a hosted file's URL, to the media library.",
  endpoint: { method: 'POST', path: '/medias/upload-file' },
  scopes: ['medias.write'],
  inputFields: [
    { key: 'file', label: 'File', type: 'file', helpText: 'A file from an earlier step (up to 25 MB). Or give a File URL instead.' },
    {
      key: 'fileUrl',
      label: 'File URL',
      helpText: 'Instead of a File: a public URL of a file hosted elsewhere, e.g. https://acmedental.example.com/logo.png. The library links to it.',
    },
    { key: 'name', label: 'File Name', helpText: "The name in the media library, e.g. Price list 2026.pdf. Default: the file's own name." },
    MEDIA_FOLDER_FIELD,
  ],
  send: sendMediaUpload,
  result: (data, input) => {
    const answer = recordAt(data, '', ['fileId', 'url']);
    return { id: String(answer.fileId), fileId: answer.fileId, url: answer.url, ...(input.name ? { name: input.name } : {}), ...(input.parentId ? { parentId: input.parentId } : {}) };
  },
  sample: {
    id: '66e0a4c1f1d2a3b4c5d6e7f8',
    fileId: '66e0a4c1f1d2a3b4c5d6e7f8',
    url: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/66e0a4c1f1d2a3b4c5d6e7f8.pdf',
    name: 'Price list 2026.pdf',
    parentId: '64af50c42d567a3b4f5989e0',
  },
  outputFields: [
    { key: 'id', label: 'File ID' },
    { key: 'fileId', label: 'File ID (again)' },
    { key: 'url', label: 'File URL' },
    { key: 'name', label: 'File Name' },
    { key: 'parentId', label: 'Folder ID' },
  ],
});

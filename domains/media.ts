/**
 * The media library (Upload File to Media Library): the folder picker, and the upload's inputs as GHL's
 * multipart body. GHL takes a file (`file`, multipart) or, for a file hosted elsewhere, `hosted: true` with
 * its `fileUrl`; the file of an earlier step is streamed through z.request (lib/http.ts multipart parts).
 */
import { idField } from '../lib/fields';
import { InputError, ghlRequest } from '../lib/http';
import { nonEmpty } from '../lib/transforms';
import type { Ctx, Field, GhlRequest, Input, MultipartPart } from '../lib/types';

export const MEDIA_FOLDER_FIELD: Field = idField('parentId', 'Folder', 'dropdown_media_folders.id.name', {
  required: false,
  helpText: "The media library folder to put the file in. Empty: the library's top level.",
});

/** A file from an earlier step, or a hosted URL: exactly one. Returns the multipart parts GHL takes. */
export const mediaUploadParts = (input: Input): MultipartPart[] => {
  const file = nonEmpty(input.file);
  const url = nonEmpty(input.fileUrl);
  if (file && url) throw new InputError('Give a File or a File URL, not both.', 'fileUrl');
  if (!file && !url) throw new InputError('Give a File (from an earlier step) or a File URL.', 'file');
  if (url && !/^https?:\/\/\S+$/i.test(url)) throw new InputError(`The File URL field must be an http(s) URL, got "${url.slice(0, 80)}".`, 'fileUrl');
  const name = nonEmpty(input.name);
  const parentId = nonEmpty(input.parentId);
  return [
    ...(file ? [{ name: 'file', fileUrl: file, label: 'File', ...(name ? { filename: name } : {}) }] : [{ name: 'hosted', value: true }, { name: 'fileUrl', value: url! }]),
    ...(name ? [{ name: 'name', value: name }] : []),
    ...(parentId ? [{ name: 'parentId', value: parentId }] : []),
  ];
};

/** The upload's `send`: the engine's request (its token and path), with the inputs as a multipart body. */
export const sendMediaUpload = (req: GhlRequest, ctx: Ctx) =>
  ghlRequest(ctx.z, { ...req, body: undefined, multipart: mediaUploadParts(ctx.bundle.inputData as Input) }, 'Upload File to Media Library');

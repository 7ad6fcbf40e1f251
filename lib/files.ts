/**
 * Files GoHighLevel serves (call recordings, transcriptions) handed to Zapier: downloaded through the one
 * request builder (lib/http.ts), stashed with GHL's content type and file name.
 *
 * `z.stashFile` only works inside a create or a hydrator (zapier-platform-core 19 refuses it in triggers),
 * so a file trigger's `send` (`sendFile`) checks the file is there and returns a `z.dehydrateFile` pointer;
 * the hydrator `CONVERSATION_HYDRATORS.ghlConversationFile` downloads the file and stashes it when a later
 * step uses it. The app registers `CONVERSATION_HYDRATORS` under `hydrators` (index.ts). The hydrator's name
 * is in the pointers of live Zaps: it stays.
 */
import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import { describeFailure, requestOptions, send, transportError } from './http';
import type { GhlRequest } from './types';
import { resolveConnection } from './connection';
import type { Ctx, OutputField } from './types';

/** The paths files are downloaded from: a pointer never makes the hydrator fetch anything else. */
const FILE_PATH = /^\/conversations\//;

/** `attachment; filename="transcription.txt"` → `transcription.txt`. */
export const filenameOf = (disposition: string | undefined | null, fallback: string): string => {
  const m = /filename\*?=(?:UTF-8'')?\s*"?([^";]+)"?/i.exec(disposition || '');
  if (!m) return fallback;
  try {
    return decodeURIComponent(m[1].trim()) || fallback;
  } catch {
    return m[1].trim() || fallback;
  }
};

/**
 * Sends the engine-built request for a file (`raw: true`, errors not thrown by core) and turns an error
 * answer into GHL's readable message (describeFailure). Returns the raw response, its body unread.
 */
export const fetchFile = async (z: ZObject, req: GhlRequest): Promise<HttpResponse & Record<string, any>> => {
  const options = requestOptions({ ...req, raw: true, skipThrowForStatus: true });
  (options.headers as Record<string, string>).Accept = '*/*';
  let response: HttpResponse & Record<string, any>;
  try {
    response = (await send(z, options)) as HttpResponse & Record<string, any>;
  } catch (err) {
    throw transportError(z, err, `${req.method} ${req.path}`);
  }
  if (response.status >= 400) {
    const content = typeof response.text === 'function' ? await response.text() : '';
    const failed = { status: response.status, content, getHeader: (h: string) => response.getHeader(h) };
    const { message, code } = describeFailure(failed as unknown as HttpResponse);
    throw new z.errors.Error(message, code, response.status);
  }
  return response;
};

const fileMeta = (response: HttpResponse, fallbackName: string) => ({
  contentType: response.getHeader('content-type') || 'application/octet-stream',
  filename: filenameOf(response.getHeader('content-disposition'), fallbackName),
});

/**
 * Hydrator: downloads a message file again (with a fresh token for agency connections) and stashes it,
 * with GHL's content type and file name. `bundle.inputData` is what `sendFile` dehydrated.
 */
const ghlConversationFile = async (z: ZObject, bundle: Bundle): Promise<string> => {
  const { path, messageId, fallbackName } = bundle.inputData as Record<string, string>;
  if (!FILE_PATH.test(String(path))) throw new Error(`Not a conversation file path: ${path}`);
  const connection = await resolveConnection(z, bundle, 'sub-account');
  const response = await fetchFile(z, {
    method: 'GET',
    path,
    pathParams: { messageId, locationId: connection.locationId },
    token: connection.token,
  });
  const { contentType, filename } = fileMeta(response, fallbackName || 'file');
  return z.stashFile(response as any, undefined, filename, contentType);
};

/** Register in the app definition: `hydrators: { ...CONVERSATION_HYDRATORS }`. */
export const CONVERSATION_HYDRATORS = { ghlConversationFile };

/**
 * The `send` hook of the file triggers: checks the file is there (raw request, readable errors), reads
 * its content type and name, and hands Zapier the file as a hydration pointer (downloaded and stashed
 * only when a later step uses it). The body is not downloaded on every poll.
 */
export const sendFile =
  (fallbackName: string) =>
  async (req: GhlRequest, ctx: Ctx) => {
    const response = await fetchFile(ctx.z, req);
    const { contentType, filename } = fileMeta(response, fallbackName);
    const size = Number(response.getHeader('content-length'));
    try {
      response.body?.destroy?.();
    } catch {
      // the body is not needed here; the hydrator downloads it
    }
    const messageId = String(req.pathParams?.messageId ?? '');
    const file = ctx.z.dehydrateFile(ghlConversationFile, {
      path: req.path,
      messageId,
      locationId: ctx.locationId,
      fallbackName,
    });
    return {
      id: messageId,
      messageId,
      file,
      contentType,
      filename,
      ...(Number.isFinite(size) && size > 0 ? { size } : {}),
    };
  };

/** The output fields of what `sendFile` returns; `fileLabel` names the file. */
export const fileOutputFields = (fileLabel: string): OutputField[] => [
  { key: 'id', label: 'ID' },
  { key: 'messageId', label: 'Message ID' },
  { key: 'file', label: fileLabel, type: 'file' },
  { key: 'contentType', label: 'Content Type' },
  { key: 'filename', label: 'File Name' },
  { key: 'size', label: 'Size (bytes)', type: 'integer' },
];

import { recordAt, unwrapRecord } from './results';
/**
 * What the Conversations & Messages operations share: the conversation and message inputs, GHL's answers
 * unwrapped, samples and output fields, and the file operations (call recording, transcription download).
 *
 * Files: `z.stashFile` only works inside a create or a hydrator (zapier-platform-core 19 refuses it in
 * triggers), so the file triggers return a `z.dehydrateFile` pointer and the hydrator
 * `CONVERSATION_HYDRATORS.ghlConversationFile` downloads the file and stashes it with GHL's content type when
 * a later step uses it. The app must register `CONVERSATION_HYDRATORS` under `hydrators` (index.ts).
 */
import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import { describeFailure, requestOptions, send, type GhlRequest, transportError } from './http';
import { idField } from './fields';
import { resolveConnection } from './connection';
import type { Ctx, Field, Input, OutputField } from './types';

/** The conversation picker (recent conversations of the sub-account, newest first). */
export const conversationIdField = (opts: { required?: boolean; helpText?: string } = {}): Field =>
  idField('conversationId', 'Conversation', 'dropdown_conversations.id.name', {
    helpText: 'Choose a recent conversation, or map a Conversation ID (for example from Search Conversations).',
    ...opts,
  });

/** A message id: GHL has no location-wide message list to pick from, so it is typed or mapped. */
export const messageIdField = (key = 'messageId', label = 'Message ID', helpText?: string): Field => ({
  key,
  label,
  required: true,
  helpText:
    helpText ??
    'The message ID, e.g. the ID from Get Messages by Conversation or the messageId of a GoHighLevel message event.',
});

const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * GHL's record without its envelope: the first of `keys` that holds an object (GHL wraps some records,
 * e.g. `{message: {...}}`, where the spec documents them bare), else the answer itself; `traceId` dropped
 * so it never makes a by-id trigger fire again.
 */
export const unwrap = (data: unknown, ...keys: string[]): Record<string, any> => unwrapRecord(data, keys);

/** The messages of GET /conversations/{id}/messages: GHL nests them (`messages.messages`); the spec does not. */
export const messagesOf = (data: any): any[] => {
  if (Array.isArray(data?.messages)) return data.messages;
  if (Array.isArray(data?.messages?.messages)) return data.messages.messages;
  return [];
};

/**
 * A conversation of Search Conversations as Zapier sees it. `conversationId` is the real id; `id` (the
 * dedupe key) is the id plus the last message date, so a conversation fires again when a new message lands.
 */
export const conversationItem = (c: any) => ({ ...c, conversationId: c.id });
export const conversationVersionId = (c: any): string => {
  const stamp = c.lastMessageDate ?? c.dateUpdated;
  return stamp === undefined || stamp === null || stamp === '' ? String(c.id) : `${c.id}:${stamp}`;
};

/**
 * One transcription record: the full text and GHL's sentences. GHL answers a list of sentences; the spec
 * documents a single sentence object.
 */
export const transcriptionResult = (data: unknown, input: Input) => {
  const single = isObject(data) && typeof data.transcript === 'string';
  const sentences: any[] = Array.isArray(data) ? data : single ? [recordAt(data)] : [];
  if (sentences.length === 0) return null; // not transcribed yet: nothing to fire
  const ordered = [...sentences].sort((a, b) => (Number(a.sentenceIndex) || 0) - (Number(b.sentenceIndex) || 0));
  return {
    id: String(input.messageId),
    messageId: String(input.messageId),
    transcript: ordered.map((s) => String(s.transcript ?? '').trim()).filter(Boolean).join(' '),
    sentences: ordered,
  };
};

// ---------------------------------------------------------------------------------------------------------
// Files

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
  if (!/^\/conversations\//.test(String(path))) throw new Error(`Not a conversation file path: ${path}`);
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

export const fileOutputFields = (fileLabel: string): OutputField[] => [
  { key: 'id', label: 'ID' },
  { key: 'messageId', label: 'Message ID' },
  { key: 'file', label: fileLabel, type: 'file' },
  { key: 'contentType', label: 'Content Type' },
  { key: 'filename', label: 'File Name' },
  { key: 'size', label: 'Size (bytes)', type: 'integer' },
];

// ---------------------------------------------------------------------------------------------------------
// Samples and output fields (values from the spec's examples)

export const CONVERSATION_SEARCH_SAMPLE = {
  id: 'ABCHkzuJQ8ZMd4Te84GK:1719325200000',
  conversationId: 'ABCHkzuJQ8ZMd4Te84GK',
  contactId: '9VEmS0si86GW6gXWU89b',
  locationId: 've9EPM428h8vShlRW1KT',
  lastMessageBody: 'This is a sample message body',
  lastMessageType: 'TYPE_SMS',
  lastMessageDirection: 'inbound',
  lastMessageDate: 1719325200000,
  type: 'TYPE_PHONE',
  unreadCount: 1,
  fullName: 'John Doe',
  contactName: 'John Doe Company',
  email: 'johndoe@mailingdomain.com',
  phone: '+15550001234',
  assignedTo: 'hxHGVRb1YJUscrCB8eXK',
  dateAdded: 1719300000000,
  dateUpdated: 1719325200000,
};

export const CONVERSATION_SEARCH_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Conversation Version (ID:last message date)' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'lastMessageBody', label: 'Last Message' },
  { key: 'lastMessageType', label: 'Last Message Type' },
  { key: 'lastMessageDirection', label: 'Last Message Direction' },
  { key: 'lastMessageDate', label: 'Last Message Date (epoch ms)' },
  { key: 'type', label: 'Conversation Type' },
  { key: 'unreadCount', label: 'Unread Count', type: 'integer' },
  { key: 'fullName', label: 'Contact Full Name' },
  { key: 'contactName', label: 'Contact Name' },
  { key: 'email', label: 'Contact Email' },
  { key: 'phone', label: 'Contact Phone' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'dateAdded', label: 'Date Added (epoch ms)' },
  { key: 'dateUpdated', label: 'Date Updated (epoch ms)' },
];

export const CONVERSATION_SAMPLE = {
  id: 've9EPM428kjkvShlRW1KT',
  contactId: 've9EPM428kjkvShlRW1KT',
  locationId: 've9EPM428kjkvShlRW1KT',
  deleted: false,
  inbox: true,
  type: 1,
  unreadCount: 1,
  assignedTo: 've9EPM428kjkvShlRW1KT',
  starred: true,
};

export const CONVERSATION_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'inbox', label: 'In Inbox', type: 'boolean' },
  { key: 'type', label: 'Channel Type (1 Phone, 2 Email, 3 Messenger, 4 Review, 5 Group SMS)' },
  { key: 'unreadCount', label: 'Unread Count', type: 'integer' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'starred', label: 'Starred', type: 'boolean' },
];

export const MESSAGE_SAMPLE = {
  id: 've9EPM428h8vShlRW1KT',
  type: 1,
  messageType: 'TYPE_SMS',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 've9EPM428h8vShlRW1KT',
  conversationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2024-03-27T18:13:49.000Z',
  body: 'Hi there',
  direction: 'inbound',
  status: 'delivered',
  contentType: 'text/plain',
  attachments: [] as string[],
  meta: {},
  source: 'app',
  userId: 've9EPM428kjkvShlRW1KT',
  conversationProviderId: 've9EPM428kjkvShlRW1KT',
};

export const MESSAGE_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Message ID' },
  { key: 'type', label: 'Type (number)' },
  { key: 'messageType', label: 'Message Type' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'body', label: 'Body' },
  { key: 'direction', label: 'Direction' },
  { key: 'status', label: 'Status' },
  { key: 'contentType', label: 'Content Type' },
  { key: 'attachments', label: 'Attachment URLs' },
  { key: 'meta', label: 'Meta (call duration, call status, email ids)' },
  { key: 'source', label: 'Source' },
  { key: 'userId', label: 'User ID' },
  { key: 'conversationProviderId', label: 'Conversation Provider ID' },
];

export const EMAIL_SAMPLE = {
  id: 've9EPM428h8vShlRW1KT',
  altId: 've9EPM428h8vShlRW1KT',
  threadId: 've9EPM428h8vShlRW1KT',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: 've9EPM428h8vShlRW1KT',
  conversationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2024-03-27T18:13:49.000Z',
  subject: 'Order confirm',
  body: 'Hi there',
  direction: 'outbound',
  status: 'delivered',
  contentType: 'text/plain',
  attachments: [] as string[],
  provider: 'Leadconnector Gmail',
  from: 'Jane Roe <jane@example.com>',
  to: ['john@example.com'],
  cc: [] as string[],
  bcc: [] as string[],
  replyToMessageId: 've9EPM428h8vShlRW1KT',
  source: 'app',
  conversationProviderId: 'cI08i1Bls3iTB9bKgF01',
};

export const EMAIL_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Email Message ID' },
  { key: 'altId', label: 'External ID' },
  { key: 'threadId', label: 'Thread ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'subject', label: 'Subject' },
  { key: 'body', label: 'Body' },
  { key: 'direction', label: 'Direction' },
  { key: 'status', label: 'Status' },
  { key: 'contentType', label: 'Content Type' },
  { key: 'attachments', label: 'Attachment URLs' },
  { key: 'provider', label: 'Provider' },
  { key: 'from', label: 'From' },
  { key: 'to', label: 'To' },
  { key: 'cc', label: 'CC' },
  { key: 'bcc', label: 'BCC' },
  { key: 'replyToMessageId', label: 'Reply-To Message ID' },
  { key: 'source', label: 'Source' },
  { key: 'conversationProviderId', label: 'Conversation Provider ID' },
];

export const TRANSCRIPTION_SAMPLE = {
  id: 've9EPM428h8vShlRW1KT',
  messageId: 've9EPM428h8vShlRW1KT',
  transcript: 'This call may be recorded for quality assurance purposes. How can I help you today?',
  sentences: [
    { mediaChannel: 1, sentenceIndex: 1, startTime: 34, endTime: 45, transcript: 'This call may be recorded for quality assurance purposes.', confidence: 0.5 },
    { mediaChannel: 1, sentenceIndex: 2, startTime: 46, endTime: 52, transcript: 'How can I help you today?', confidence: 0.9 },
  ],
};

export const TRANSCRIPTION_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'ID' },
  { key: 'messageId', label: 'Message ID' },
  { key: 'transcript', label: 'Transcript (full text)' },
  { key: 'sentences', label: 'Sentences (channel, index, start/end ms, text, confidence)' },
];

/**
 * What several Conversations & Messages operations share: the conversation and message pickers, GHL's
 * answers read (messages, transcriptions, conversation versions), the message sample and output fields,
 * and the conversion of a list GHL takes as comma-separated text. The files themselves (recordings,
 * transcriptions) are the engine's: lib/files.ts.
 */
import { recordAt } from '../lib/results';
import { idField } from '../lib/fields';
import { toList } from '../lib/transforms';
import type { Conversion, Field, Input, OutputField } from '../lib/types';

/** The conversation picker (recent conversations of the sub-account, newest first). */
export const CONVERSATION_ID_FIELD: Field = idField('conversationId', 'Conversation', 'dropdown_conversations.id.name', {
  helpText: 'Choose a recent conversation, or map a Conversation ID (for example from Search Conversations).',
});

/** A message id: GHL has no location-wide message list to pick from, so it is typed or mapped. */
export const MESSAGE_ID_FIELD: Field = {
  key: 'messageId',
  label: 'Message ID',
  required: true,
  helpText: 'The message ID, e.g. the ID from Get Messages by Conversation or the messageId of a GoHighLevel message event.',
};

/** The recorded call whose transcription is read (Get Message Transcription, Download Transcription). */
export const RECORDED_CALL_ID_FIELD: Field = {
  ...MESSAGE_ID_FIELD,
  helpText: 'The ID of a recorded call message (e.g. from Get Messages by Conversation).',
};

/** A list GHL takes as one comma-separated text (`assignedTo=u1,u2`): a Zapier list or text → `u1,u2`. */
export const commaSeparated: Conversion = (value) => toList(value).join(',');

const isObject = (v: unknown): v is Record<string, any> => !!v && typeof v === 'object' && !Array.isArray(v);

/** The messages of GET /conversations/{id}/messages: GHL nests them (`messages.messages`); the spec does not. */
export const messagesOf = (data: any): any[] => {
  if (Array.isArray(data?.messages)) return data.messages;
  if (Array.isArray(data?.messages?.messages)) return data.messages.messages;
  return [];
};

/** An epoch-milliseconds time GHL answers (number or digits) as ISO-8601 in UTC; other values as they are. */
const isoFromEpochMs = (v: unknown): unknown => {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{10,}$/.test(v.trim()) ? Number(v) : NaN;
  return Number.isFinite(n) ? new Date(n).toISOString() : v;
};
const CONVERSATION_TIMES = ['lastMessageDate', 'dateAdded', 'dateUpdated'];

/**
 * A conversation of Search Conversations as Zapier sees it. `conversationId` is the real id; `id` (the
 * dedupe key) is the id plus the last message date (GHL's epoch ms), so a conversation fires again when a
 * new message lands. GHL's epoch-ms times become ISO-8601 (UTC).
 */
export const conversationItem = (c: any) => {
  const out: Record<string, unknown> = { ...c, id: conversationVersionId(c), conversationId: c.id };
  for (const k of CONVERSATION_TIMES) if (k in out) out[k] = isoFromEpochMs(out[k]);
  return out;
};
const conversationVersionId = (c: any): string => {
  const stamp = c.lastMessageDate ?? c.dateUpdated;
  return stamp === undefined || stamp === null || stamp === '' ? String(c.id) : `${c.id}:${stamp}`;
};

/**
 * One transcription record: the full text and GHL's sentences. GHL answers a list of sentences; the spec
 * documents a single sentence object. `null` (nothing to fire) while the call is not transcribed yet.
 */
export const transcriptionResult = (data: unknown, input: Input) => {
  const single = isObject(data) && typeof data.transcript === 'string';
  const sentences: any[] = Array.isArray(data) ? data : single ? [recordAt(data)] : [];
  if (sentences.length === 0) return null;
  const ordered = [...sentences].sort((a, b) => (Number(a.sentenceIndex) || 0) - (Number(b.sentenceIndex) || 0));
  const messageId = String(input.messageId);
  return {
    id: messageId,
    messageId,
    transcript: ordered.map((s) => String(s.transcript ?? '').trim()).filter(Boolean).join(' '),
    sentences: ordered,
  };
};

/** A message as GHL answers it (the spec's example values). */
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

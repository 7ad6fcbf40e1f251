/**
 * What several Conversations & Messages operations share: the conversation and message pickers, GHL's
 * answers read (messages, transcriptions, conversation versions), the message sample and output fields,
 * and the conversion of a list GHL takes as comma-separated text. The files themselves (recordings,
 * transcriptions) are the engine's: lib/files.ts.
 */
import { listAt, MissingInAnswer, recordAt, unwrapRecord } from '../lib/results';
import { idField } from '../lib/fields';
import { AnswerError, ghlRequest, InputError } from '../lib/http';
import { store } from '../lib/cache';
import { nonEmpty, toEpochMs, toList } from '../lib/transforms';
import type { Conversion, Ctx, Field, GhlRequest, Input, OutputField } from '../lib/types';

/** The conversation picker (recent conversations of the sub-account, newest first). */
export const CONVERSATION_ID_FIELD: Field = idField('conversationId', 'Conversation', 'dropdown_conversations.id.name', {
  helpText: 'Choose a recent conversation, or map a Conversation ID (for example from Search Conversations).',
});

/** A message: picked from the sub-account's latest messages (GHL's message export, dropdown_messages), or mapped. */
export const MESSAGE_ID_FIELD: Field = {
  key: 'messageId',
  label: 'Message',
  required: true,
  dynamic: 'dropdown_messages.id.label',
  helpText: 'Choose one of the latest messages, or map a Message ID (e.g. from Get Messages by Conversation or New Inbound Message).',
};

/** The recorded call whose recording or transcription is read: one of the latest calls, or mapped. */
export const RECORDED_CALL_ID_FIELD: Field = {
  ...MESSAGE_ID_FIELD,
  label: 'Call',
  dynamic: 'dropdown_call_messages.id.label',
  helpText: 'Choose one of the latest calls, or map the ID of a recorded call message (e.g. from Get Messages by Conversation).',
};

// ---------------------------------------------------------------------------------------------------
// The message pickers: the sub-account's latest messages (GET /conversations/messages/export)

/** The query of a message picker: newest first, one page; the step's conversation or contact, if any. */
export const messagePickerQuery = (channel?: 'Call' | 'Email') => (input: Input) => ({
  query: {
    sortBy: 'createdAt',
    sortOrder: 'desc',
    limit: 100,
    ...(channel ? { channel } : {}),
    ...(nonEmpty(input.conversationId) ? { conversationId: nonEmpty(input.conversationId) } : {}),
    ...(nonEmpty(input.contactId) ? { contactId: nonEmpty(input.contactId) } : {}),
  },
});

/** "SMS from the contact · 2026-07-16 · "Great, see you then!"" */
export const messageLabel = (m: any): string => {
  const type = String(m?.messageType ?? '');
  const channel = INBOUND_MESSAGE_TYPES[type] ?? INBOUND_MESSAGE_TYPES[`TYPE_${type.toUpperCase()}`] ?? String(m?.messageType ?? 'Message').replace(/^TYPE_/, '').replace(/_/g, ' ').toLowerCase();
  const who = m?.direction === 'inbound' ? 'from the contact' : m?.direction === 'outbound' ? 'to the contact' : '';
  const when = String(m?.dateAdded ?? '').slice(0, 10);
  const text = String(m?.subject || m?.body || '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
  const snippet = text.length > 50 ? `${text.slice(0, 47)}...` : text;
  return [[channel, who].filter(Boolean).join(' '), when, snippet && `"${snippet}"`].filter(Boolean).join(' · ');
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

// ---------------------------------------------------------------------------------------------------
// Messaging (issues 14 and 15): sending, inbound messages, attachments, the inbound-message trigger and
// Find Conversation. Shared by creates/send_message.ts, creates/add_inbound_message.ts,
// triggers/new_inbound_message.ts and searches/find_conversation.ts.

/** The channels Send Message offers: GHL's `type` → the label the editor shows. */
export const SEND_CHANNELS: Record<string, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  FB: 'Facebook',
  IG: 'Instagram',
  Live_Chat: 'Live Chat',
  Custom: 'Custom (your conversation provider)',
};

/** The channels Add Inbound Message takes (GHL's `type` of POST /conversations/messages/inbound). */
export const INBOUND_CHANNELS: Record<string, string> = {
  SMS: 'SMS',
  Email: 'Email',
  WhatsApp: 'WhatsApp',
  GMB: 'Google Business Profile',
  IG: 'Instagram',
  FB: 'Facebook',
  Live_Chat: 'Live Chat',
  WebChat: 'Web Chat',
  Custom: 'Custom (your conversation provider)',
};

/**
 * A channel, checked: the value of a choice (`FB`) or its label (`Facebook`, any case), as a mapped value
 * may be either. Anything else is an input error naming the field and the channels there are.
 */
export const channelOf =
  (channels: Record<string, string>): Conversion =>
  (value, { key, label }) => {
    const given = String(value ?? '').trim();
    if (!given) return undefined;
    const plain = (s: string) => s.toLowerCase().replace(/[\s_-]+/g, '').replace(/\(.*\)$/, '');
    const found = Object.keys(channels).find((c) => plain(c) === plain(given) || plain(channels[c]) === plain(given));
    if (!found) {
      throw new InputError(`The ${label} field must be one of ${Object.values(channels).map((l) => l.replace(/ \(.*\)$/, '')).join(', ')}; got "${given}".`, key);
    }
    return found;
  };
export const sendChannel = channelOf(SEND_CHANNELS);
export const inboundChannel = channelOf(INBOUND_CHANNELS);

/** A Zapier datetime → UTC epoch seconds (GHL's `scheduledTimestamp`), checked like every date input. */
export const epochSeconds: Conversion = (value, { key, label }) => {
  const ms = toEpochMs(value, key, label);
  return ms === undefined ? undefined : Math.floor(ms / 1000);
};

/**
 * An instant GHL answers (ISO with or without a zone, epoch seconds or milliseconds as a number or text) →
 * ISO-8601 in UTC; a zone-less time is read as UTC (GHL stores UTC). Anything unreadable stays as it was.
 */
export const isoInstant = (value: unknown): unknown => {
  if (value === undefined || value === null || value === '') return value;
  try {
    const ms = toEpochMs(typeof value === 'number' ? Math.round(value) : String(value), 'date', 'date');
    return ms === undefined ? value : new Date(ms).toISOString();
  } catch {
    return value;
  }
};

/** A conversation of GHL's search as a record: `id` is the conversation's, its epoch-ms dates as ISO-8601. */
/** A conversation's fields as Search Conversations and Find Conversation give them (each adds its `id`). */
export const CONVERSATION_OUTPUT_FIELDS: OutputField[] = [
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'lastMessageBody', label: 'Last Message' },
  { key: 'lastMessageType', label: 'Last Message Type' },
  { key: 'lastMessageDirection', label: 'Last Message Direction' },
  { key: 'lastMessageDate', label: 'Last Message At', type: 'datetime' },
  { key: 'type', label: 'Conversation Type' },
  { key: 'unreadCount', label: 'Unread Count', type: 'integer' },
  { key: 'fullName', label: 'Contact Full Name' },
  { key: 'contactName', label: 'Contact Name' },
  { key: 'email', label: 'Contact Email' },
  { key: 'phone', label: 'Contact Phone' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'dateAdded', label: 'Started At', type: 'datetime' },
  { key: 'dateUpdated', label: 'Updated At', type: 'datetime' },
];

export const conversationRecord = (c: any) => ({
  ...c,
  id: String(c.id),
  conversationId: c.id,
  ...(c.lastMessageDate !== undefined ? { lastMessageDate: isoInstant(c.lastMessageDate) } : {}),
  ...(c.dateAdded !== undefined ? { dateAdded: isoInstant(c.dateAdded) } : {}),
  ...(c.dateUpdated !== undefined ? { dateUpdated: isoInstant(c.dateUpdated) } : {}),
});

/** What a conversation read answers: the record, whose id must be there. */
const conversationsIn = (data: any): any[] => (Array.isArray(data?.conversations) ? data.conversations : listAt(data, 'conversations'));

/** An answer a step's extra request lacked something in: the error names the step (and what it was doing). */
const readAnswer = <T>(what: string, read: () => T): T => {
  try {
    return read();
  } catch (err) {
    if (err instanceof MissingInAnswer) throw new AnswerError(`${what}: GoHighLevel answered ${err.message}.`);
    throw err;
  }
};

/**
 * The contact's conversation (and the contact of a conversation): what GHL needs to add a message or
 * upload its attachments. A conversation given without its contact is read (`GET /conversations/{id}`); a
 * contact without a conversation gets its newest one (`GET /conversations/search`), or a new one
 * (`POST /conversations/`) when it has none yet, as GHL's own inbox does.
 */
export const conversationFor = async (
  ctx: Ctx,
  given: { conversationId?: string; contactId?: string },
): Promise<{ conversationId: string; contactId: string }> => {
  const { z } = ctx;
  const conversationId = nonEmpty(given.conversationId);
  const contactId = nonEmpty(given.contactId);
  if (conversationId && contactId) return { conversationId, contactId };
  if (conversationId) {
    const data = await ghlRequest(z, { method: 'GET', path: '/conversations/{conversationId}', pathParams: { conversationId }, token: ctx.token }, 'Read the conversation');
    return { conversationId, contactId: String(readAnswer('Read the conversation', () => recordAt(data, '', ['contactId'])).contactId) };
  }
  if (!contactId) throw new InputError('Choose a Conversation or a Contact: the message goes into a contact\'s conversation.', 'contactId');
  const found = await ghlRequest(
    z,
    { method: 'GET', path: '/conversations/search', query: { locationId: ctx.locationId, contactId, sort: 'desc', sortBy: 'last_message_date', limit: 1 }, token: ctx.token },
    'Find the contact\'s conversation',
  );
  const first = readAnswer("Find the contact's conversation", () => conversationsIn(found))[0];
  if (first?.id) return { conversationId: String(first.id), contactId };
  const created = await ghlRequest(z, { method: 'POST', path: '/conversations/', body: { locationId: ctx.locationId, contactId }, token: ctx.token }, 'Start the contact\'s conversation');
  return { conversationId: String(readAnswer("Start the contact's conversation", () => unwrapRecord(created, ['conversation'])).id), contactId };
};

/**
 * Files of earlier steps as message attachments: uploaded first, in one multipart request
 * (`POST /conversations/messages/upload`, the files under `fileAttachment`, as GHL expects), into the
 * contact's conversation; GHL answers their URLs (`uploadedFiles`: name → URL), which the message then
 * carries in `attachments`.
 */
export const uploadAttachments = async (ctx: Ctx, files: string[], where: { conversationId: string; contactId: string }): Promise<string[]> => {
  if (!files.length) return [];
  const data = await ghlRequest(
    ctx.z,
    {
      method: 'POST',
      path: '/conversations/messages/upload',
      multipart: [
        { name: 'conversationId', value: where.conversationId },
        { name: 'contactId', value: where.contactId },
        { name: 'locationId', value: ctx.locationId },
        ...files.map((url, i) => ({ name: 'fileAttachment', fileUrl: url, label: `Attachments (file ${i + 1})` })),
      ],
      token: ctx.token,
    },
    'Upload the attachments',
  );
  return readAnswer('Upload the attachments', () => {
    const uploaded = recordAt(data, 'uploadedFiles');
    const urls = Object.values(uploaded).map(String).filter((u) => /^https?:\/\//.test(u));
    if (urls.length !== files.length) throw new MissingInAnswer(`a URL for each of the ${files.length} attachment(s)`, uploaded);
    return urls;
  });
};

/** Attachment inputs shared by the message steps: files of earlier steps, and URLs of files hosted elsewhere. */
export const ATTACHMENT_FILES_FIELD: Field = {
  key: 'attachments',
  label: 'Attachments (files)',
  type: 'file',
  list: true,
  helpText: 'Files from earlier steps. They are uploaded to the conversation first, then attached to the message.',
};
export const ATTACHMENT_URLS_FIELD: Field = {
  key: 'attachmentUrls',
  label: 'Attachment URLs',
  list: true,
  helpText: 'Public URLs of files to attach as they are (no upload), e.g. https://acmedental.example.com/price-list.pdf.',
};

/** The attachments of a message: uploaded files' URLs first, then the URLs given. */
export const attachmentsOf = async (ctx: Ctx, input: Input, where: () => Promise<{ conversationId: string; contactId: string }>): Promise<string[] | undefined> => {
  const files = toList(input.attachments);
  const urls = toList(input.attachmentUrls);
  for (const [i, u] of urls.entries()) {
    if (!/^https?:\/\/\S+$/i.test(u)) throw new InputError(`The Attachment URLs field must hold http(s) URLs; #${i + 1} is "${u.slice(0, 80)}".`, 'attachmentUrls');
  }
  const uploaded = files.length ? await uploadAttachments(ctx, files, await where()) : [];
  const all = [...uploaded, ...urls];
  return all.length ? all : undefined;
};

/** Message types that are not messages a contact sends: activity entries and internal comments. */
const NOT_A_MESSAGE = /^TYPE_(ACTIVITY_|INTERNAL_COMMENT)/;

/** The channels New Inbound Message filters on (GHL's message types). */
export const INBOUND_MESSAGE_TYPES: Record<string, string> = {
  TYPE_SMS: 'SMS',
  TYPE_EMAIL: 'Email',
  TYPE_WHATSAPP: 'WhatsApp',
  TYPE_FACEBOOK: 'Facebook',
  TYPE_INSTAGRAM: 'Instagram',
  TYPE_LIVE_CHAT: 'Live Chat',
  TYPE_GMB: 'Google Business Profile',
  TYPE_TIKTOK: 'TikTok',
  TYPE_CALL: 'Call',
};

/**
 * How far back New Inbound Message looks for messages: a message is seen by the first poll after it
 * arrived (Zapier polls every 1–15 minutes); older messages never fire, so turning a Zap on (or a
 * conversation waking up) does not replay a conversation's history.
 */
export const INBOUND_LOOKBACK_MS = 6 * 3_600_000;
/** Conversations whose messages one poll reads at most (the newest with a message in the look-back). */
export const INBOUND_MAX_CONVERSATIONS = 10;

/**
 * The messages of a conversation as of its last message date, kept (z.cache, per connection) for the
 * look-back: a conversation without a new message is not read again, so a poll without news is one request.
 */
const keptMessages = store<any[]>(INBOUND_LOOKBACK_MS / 1000, { scope: 'auth' });
/** For tests: forget the kept messages (as a fresh worker with an empty z.cache would). */
export const forgetInboundMessages = (): void => keptMessages.clear();

const timeOf = (v: unknown): number => {
  if (typeof v === 'number') return v;
  const s = String(v ?? '');
  return /^\d+$/.test(s) ? Number(s) : Date.parse(s);
};

/** One inbound message as the trigger fires it: the message id is the event's id; the contact's details beside it. */
export const inboundMessageItem = (m: any, c: any) => ({
  id: String(m.id),
  messageId: m.id,
  conversationId: m.conversationId ?? c.id,
  contactId: m.contactId ?? c.contactId,
  locationId: m.locationId ?? c.locationId,
  messageType: m.messageType,
  channel: INBOUND_MESSAGE_TYPES[m.messageType] ?? m.messageType,
  body: m.body ?? '',
  direction: m.direction,
  status: m.status,
  contentType: m.contentType,
  attachments: Array.isArray(m.attachments) ? m.attachments : [],
  dateAdded: isoInstant(m.dateAdded),
  contactName: c.fullName || c.contactName || '',
  contactEmail: c.email ?? '',
  contactPhone: c.phone ?? '',
  ...(m.meta && Object.keys(m.meta).length ? { meta: m.meta } : {}),
});

/**
 * The `send` of New Inbound Message: one search of the conversations, most recent message first (the
 * request the engine built); then, for each conversation with a message in the look-back whose messages
 * are not kept yet, one read of its newest messages. Every inbound message in the look-back is an item
 * (Zapier's dedupe drops the ones it has seen), so two messages in one conversation fire twice, once each.
 * Loading a sample looks further back (the newest conversations, whatever their age) for real messages.
 */
export const inboundMessages = async (req: GhlRequest, ctx: Ctx) => {
  const { z, bundle } = ctx;
  const search = await ghlRequest(z, req, 'New Inbound Message');
  const conversations = readAnswer('New Inbound Message', () => conversationsIn(search));
  const sampling = !!bundle.meta?.isLoadingSample;
  const cutoff = sampling ? -Infinity : Date.now() - INBOUND_LOOKBACK_MS;
  const type = nonEmpty((bundle.inputData as Input)?.channel);
  const recent = conversations.filter((c) => c?.id && timeOf(c.lastMessageDate) >= cutoff).slice(0, sampling ? 3 : INBOUND_MAX_CONVERSATIONS);
  const perConversation = await Promise.all(
    recent.map(async (c) => {
      const key = `ghl-inbound:${ctx.locationId}:${c.id}:${c.lastMessageDate}:${type ?? '*'}`;
      let messages = await keptMessages.get(z, key);
      if (!messages) {
        const data = await ghlRequest(
          z,
          { method: 'GET', path: '/conversations/{conversationId}/messages', pathParams: { conversationId: c.id }, query: { limit: 50, ...(type ? { type } : {}) }, token: ctx.token },
          'New Inbound Message (messages)',
        );
        messages = messagesOf(data).filter((m) => m?.id && m.direction === 'inbound' && !NOT_A_MESSAGE.test(String(m.messageType)));
        await keptMessages.set(z, key, messages);
      }
      return messages.filter((m) => timeOf(m.dateAdded) >= cutoff && (!type || m.messageType === type)).map((m) => inboundMessageItem(m, c));
    }),
  );
  return { messages: perConversation.flat() };
};

export const INBOUND_MESSAGE_SAMPLE = {
  id: 'p1mRSHeLDhAms5q0LMr4',
  messageId: 'p1mRSHeLDhAms5q0LMr4',
  conversationId: 'ABCHkzuJQ8ZMd4Te84GK',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  messageType: 'TYPE_SMS',
  channel: 'SMS',
  body: 'Hi, can I move my cleaning to Thursday afternoon?',
  direction: 'inbound',
  status: 'delivered',
  contentType: 'text/plain',
  attachments: [] as string[],
  dateAdded: '2026-07-08T14:31:07.000Z',
  contactName: 'Rubika Deo',
  contactEmail: 'rubika@deos.com',
  contactPhone: '+18832327657',
};

export const INBOUND_MESSAGE_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'ID (the message ID)' },
  { key: 'messageId', label: 'Message ID' },
  { key: 'conversationId', label: 'Conversation ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'messageType', label: 'Message Type' },
  { key: 'channel', label: 'Channel' },
  { key: 'body', label: 'Message' },
  { key: 'direction', label: 'Direction' },
  { key: 'status', label: 'Status' },
  { key: 'contentType', label: 'Content Type' },
  { key: 'attachments', label: 'Attachment URLs' },
  { key: 'dateAdded', label: 'Received At', type: 'datetime' },
  { key: 'contactName', label: 'Contact Name' },
  { key: 'contactEmail', label: 'Contact Email' },
  { key: 'contactPhone', label: 'Contact Phone' },
  { key: 'meta', label: 'Meta (call and email details)' },
];

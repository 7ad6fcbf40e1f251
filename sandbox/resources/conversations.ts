/**
 * Conversations and messages: search conversations (filters, `sort`/`sortBy`, `startAfterDate` + `limit`),
 * get one, its messages (newest first, `lastMessageId` cursor, `type` filter; GHL nests them:
 * `{messages: {lastMessageId, nextPage, messages}}`), a message, an email message, message status updates
 * (custom-provider messages), the live-chat typing indicator, and a call's recording (a real WAV file,
 * `audio/x-wav`) and transcription (sentences as JSON, or downloaded as a text file). The sandbox's files
 * live in its temporary folder.
 */
import { fail, FileReply, GhlError, Reply, type Handler, type Req } from '../http';
import { parseMultipart } from '../../contract/multipart';
import { listOf, matchesText, must } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newId, type Rec, type SandboxState } from '../state';

/** GHL's numeric message `type` for each `messageType`. */
const MESSAGE_TYPE_NUMBER: Record<string, number> = { TYPE_CALL: 1, TYPE_SMS: 2, TYPE_EMAIL: 3, TYPE_FACEBOOK: 4, TYPE_LIVE_CHAT: 29 };
/** GHL's numeric conversation `type` (GET /conversations/{id}) for the search's names. */
const CONVERSATION_TYPE_NUMBER: Record<string, number> = { TYPE_PHONE: 1, TYPE_EMAIL: 2, TYPE_FB_MESSENGER: 3, TYPE_REVIEW: 4, TYPE_GROUP_SMS: 5 };

const mine = (req: Req, rec: Rec, what: string, id: string): Rec => {
  if (req.grant?.locationId && rec.locationId !== req.grant.locationId) throw fail(404, `${what} with id ${id} not found`);
  return rec;
};

const conversationOf = (req: Req, state: SandboxState, id: string): Rec => mine(req, must(state.table('conversations'), id, 'Conversation'), 'Conversation', id);
const messageOf = (req: Req, state: SandboxState, id: string): Rec => mine(req, must(state.table('messages'), id, 'Message'), 'Message', id);

/** A message as GHL answers it (internal file names left out). */
const messageAnswer = ({ recordingFile: _r, transcript: _t, emailMessageId: _e, ...m }: Rec): Rec => m;

/** The search's view of a conversation: its contact's name and details, its last message. */
const searchItem = (state: SandboxState, c: Rec): Rec => {
  const contact = state.table('contacts').get(c.contactId) || {};
  const last = state.table('messages').where((m) => m.conversationId === c.id).sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded))[0];
  return {
    id: c.id,
    contactId: c.contactId,
    locationId: c.locationId,
    assignedTo: c.assignedTo,
    type: c.type,
    unreadCount: c.unreadCount,
    starred: c.starred,
    inbox: c.inbox,
    fullName: contact.name ?? '',
    contactName: contact.name ?? '',
    companyName: contact.companyName,
    email: contact.email ?? '',
    phone: contact.phone ?? '',
    tags: contact.tags ?? [],
    lastMessageBody: last?.body ?? '',
    lastMessageType: last?.messageType ?? 'TYPE_SMS',
    lastMessageDirection: last?.direction,
    lastMessageDate: last ? Date.parse(last.dateAdded) : c.dateUpdated,
    dateAdded: c.dateAdded,
    dateUpdated: last ? Date.parse(last.dateAdded) : c.dateUpdated,
  };
};

const SORT_BY: Record<string, string> = { last_message_date: 'lastMessageDate', last_manual_message_date: 'lastMessageDate' };

const searchConversations: Handler = (req, state) => {
  const q = req.query;
  if (q.sortBy !== undefined && !SORT_BY[q.sortBy]) throw fail(422, [`sortBy ${q.sortBy} is not supported by the sandbox (it sorts by last_message_date)`]);
  const dir = q.sort === 'asc' ? 1 : -1;
  const found = state
    .table('conversations')
    .where((c) => c.locationId === q.locationId && !c.deleted)
    .map((c) => searchItem(state, c))
    .filter(
      (c) =>
        (!q.id || c.id === q.id) &&
        (!q.contactId || c.contactId === q.contactId) &&
        (!q.assignedTo || c.assignedTo === q.assignedTo) &&
        (!q.lastMessageType || c.lastMessageType === q.lastMessageType) &&
        (!q.lastMessageDirection || c.lastMessageDirection === q.lastMessageDirection) &&
        (!q.status || q.status === 'all' || q.status === 'recents' || (q.status === 'unread' ? c.unreadCount > 0 : q.status === 'read' ? c.unreadCount === 0 : c.starred)) &&
        (!q.startDate || c.lastMessageDate >= Number(q.startDate)) &&
        (!q.endDate || c.lastMessageDate <= Number(q.endDate)) &&
        matchesText(q.query, c.fullName, c.email, c.phone, c.lastMessageBody),
    )
    .sort((a, b) => (a.lastMessageDate - b.lastMessageDate) * dir);
  const after = q.startAfterDate !== undefined ? Number(q.startAfterDate) : undefined;
  const rest = after === undefined ? found : found.filter((c) => (dir < 0 ? c.lastMessageDate < after : c.lastMessageDate > after));
  const limit = Number(q.limit) > 0 ? Number(q.limit) : 20;
  return { conversations: rest.slice(0, limit).map((c) => ({ ...c, sort: [c.lastMessageDate] })), total: found.length };
};

const messagesOf: Handler = (req, state) => {
  const conversation = conversationOf(req, state, req.params.conversationId);
  const types = listOf(req.query.type);
  const all = state
    .table('messages')
    .where((m) => m.conversationId === conversation.id && (!types.length || types.includes(m.messageType)))
    .sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded));
  const limit = Math.min(100, Number(req.query.limit) > 0 ? Number(req.query.limit) : 20);
  const from = req.query.lastMessageId ? all.findIndex((m) => m.id === req.query.lastMessageId) + 1 : 0;
  const page = all.slice(from, from + limit);
  return {
    messages: { lastMessageId: page.length ? page[page.length - 1].id : '', nextPage: from + limit < all.length, messages: page.map(messageAnswer) },
    traceId: newId(),
  };
};

/** A call with a recording, in the location of the path. */
const callOf = (req: Req, state: SandboxState): Rec => {
  if (req.params.locationId !== req.grant?.locationId) throw fail(403, 'The token does not have access to this location');
  const m = messageOf(req, state, req.params.messageId);
  if (m.locationId !== req.params.locationId) throw fail(404, `Message with id ${req.params.messageId} not found`);
  return m;
};

const recording: Handler = (req, state) => {
  const m = callOf(req, state);
  const file = m.recordingFile && state.files.get(m.recordingFile);
  if (!file) throw fail(404, 'Recording not found for this message');
  return new FileReply(file.bytes, file.contentType, `${m.id}.wav`);
};

const transcription: Handler = (req, state) => {
  const m = callOf(req, state);
  if (!Array.isArray(m.transcript)) throw fail(404, 'Transcription not found for this message');
  return m.transcript;
};

const transcriptionDownload: Handler = (req, state) => {
  const m = callOf(req, state);
  if (!Array.isArray(m.transcript)) throw fail(404, 'Transcription not found for this message');
  const text = m.transcript.map((s: Rec) => `Channel ${s.mediaChannel} [${(s.startTime / 1000).toFixed(1)}s-${(s.endTime / 1000).toFixed(1)}s]: ${s.transcript}`).join('\n');
  return new FileReply(Buffer.from(`${text}\n`, 'utf8'), 'text/plain; charset=utf-8', `transcription-${m.id}.txt`);
};

const STATUSES = ['delivered', 'failed', 'pending', 'read'];

const updateStatus: Handler = (req, state) => {
  const m = messageOf(req, state, req.params.messageId);
  if (!m.conversationProviderId) throw fail(400, 'Only messages of a custom conversation provider can have their status updated');
  if (!STATUSES.includes(req.body.status)) throw fail(422, [`status must be one of the following values: ${STATUSES.join(', ')}`]);
  m.status = req.body.status;
  if (req.body.error) m.error = req.body.error;
  return { conversationId: m.conversationId, messageId: m.id, status: m.status, ...(m.emailMessageId ? { emailMessageId: m.emailMessageId } : {}) };
};

const typing: Handler = (req, state) => {
  const { conversationId, isTyping, locationId } = req.body;
  const c = conversationOf(req, state, conversationId);
  if (c.locationId !== locationId) throw fail(404, `Conversation with id ${conversationId} not found`);
  if (c.channel !== 'TYPE_LIVE_CHAT') throw fail(400, 'The typing indicator is only for live chat conversations');
  if (isTyping !== 'true' && isTyping !== 'false') throw fail(422, ['isTyping must be "true" or "false"']);
  c.agentTyping = isTyping === 'true';
  return new Reply(201, { success: true });
};

/** One second of 8 kHz 16-bit mono silence with a short tone: a small, real WAV file. */
const wav = (): Buffer => {
  const rate = 8000;
  const samples = rate;
  const data = Buffer.alloc(samples * 2);
  for (let i = 0; i < samples / 4; i++) data.writeInt16LE(Math.round(Math.sin((2 * Math.PI * 440 * i) / rate) * 8000), i * 2);
  const header = Buffer.alloc(44);
  header.write('RIFF', 0, 'ascii');
  header.writeUInt32LE(36 + data.length, 4);
  header.write('WAVE', 8, 'ascii');
  header.write('fmt ', 12, 'ascii');
  header.writeUInt32LE(16, 16);
  header.writeUInt16LE(1, 20); // PCM
  header.writeUInt16LE(1, 22); // mono
  header.writeUInt32LE(rate, 24);
  header.writeUInt32LE(rate * 2, 28);
  header.writeUInt16LE(2, 32);
  header.writeUInt16LE(16, 34);
  header.write('data', 36, 'ascii');
  header.writeUInt32LE(data.length, 40);
  return Buffer.concat([header, data]);
};

// ---------------------------------------------------------------------------------------------------
// Sending, inbound messages, attachments, starting a conversation and the message export (issues 14, 15).

/** The message type (and GHL's number for it; the sandbox's numbering past the seeded types) of each channel. */
const CHANNEL_TYPES: Record<string, { messageType: string; type: number }> = {
  SMS: { messageType: 'TYPE_SMS', type: 2 },
  Email: { messageType: 'TYPE_EMAIL', type: 3 },
  WhatsApp: { messageType: 'TYPE_WHATSAPP', type: 19 },
  FB: { messageType: 'TYPE_FACEBOOK', type: 4 },
  IG: { messageType: 'TYPE_INSTAGRAM', type: 18 },
  GMB: { messageType: 'TYPE_GMB', type: 15 },
  Live_Chat: { messageType: 'TYPE_LIVE_CHAT', type: 29 },
  WebChat: { messageType: 'TYPE_WEBCHAT', type: 5 },
  Custom: { messageType: 'TYPE_CUSTOM_PROVIDER_SMS', type: 21 },
};
/** The export's channel names. */
const EXPORT_CHANNELS: Record<string, string> = { Call: 'TYPE_CALL', SMS: 'TYPE_SMS', Email: 'TYPE_EMAIL', WhatsApp: 'TYPE_WHATSAPP', Instagram: 'TYPE_INSTAGRAM', Facebook: 'TYPE_FACEBOOK' };
/** The file types POST /conversations/messages/upload takes (its description). */
const UPLOAD_TYPES = /\.(jpe?g|png|mp4|mpeg|zip|rar|pdf|docx?|txt|mp3|wav)$/i;

const contactOf = (req: Req, state: SandboxState, id: unknown): Rec => {
  const contact = state.table('contacts').get(String(id ?? ''));
  if (!contact || (req.grant?.locationId && contact.locationId !== req.grant.locationId)) throw fail(400, `Contact with id ${id} not found`);
  return contact;
};

/** The contact's conversation for a channel: its live chat for Live Chat, else its phone/email conversation (started if none). */
const conversationForContact = (state: SandboxState, contact: Rec, liveChat: boolean): Rec | undefined =>
  state
    .table('conversations')
    .where((c) => c.contactId === contact.id && c.locationId === contact.locationId && !c.deleted && (c.channel === 'TYPE_LIVE_CHAT') === liveChat)
    .sort((a, b) => b.dateUpdated - a.dateUpdated)[0];

const startConversation = (state: SandboxState, contact: Rec): Rec =>
  state.table('conversations').put({
    id: newId(),
    locationId: contact.locationId,
    contactId: contact.id,
    assignedTo: contact.assignedTo,
    type: 'TYPE_PHONE',
    channel: 'TYPE_SMS',
    unreadCount: 0,
    inbox: true,
    starred: false,
    deleted: false,
    dateAdded: Date.now(),
    dateUpdated: Date.now(),
  });

const conversationAnswer = (c: Rec, state: SandboxState): Rec => {
  const last = state.table('messages').where((m) => m.conversationId === c.id).sort((a, b) => Date.parse(b.dateAdded) - Date.parse(a.dateAdded))[0];
  return {
    id: c.id,
    dateUpdated: new Date(c.dateUpdated).toISOString(),
    dateAdded: new Date(c.dateAdded).toISOString(),
    deleted: !!c.deleted,
    contactId: c.contactId,
    locationId: c.locationId,
    lastMessageDate: last ? last.dateAdded : new Date(c.dateUpdated).toISOString(),
    ...(c.assignedTo ? { assignedTo: c.assignedTo } : {}),
  };
};

/** POST /conversations/: a contact's first conversation. */
const createConversation: Handler = (req, state) => {
  const contact = contactOf(req, state, req.body.contactId);
  if (conversationForContact(state, contact, false)) throw fail(400, 'Conversation already exists for this contact');
  return new Reply(201, { success: true, conversation: conversationAnswer(startConversation(state, contact), state) });
};

const addMessage = (state: SandboxState, conversation: Rec, channel: string, fields: Rec): Rec => {
  const { messageType, type } = CHANNEL_TYPES[channel];
  const message = state.table('messages').put({
    id: newId(),
    type,
    messageType,
    locationId: conversation.locationId,
    contactId: conversation.contactId,
    conversationId: conversation.id,
    dateAdded: new Date().toISOString(),
    contentType: fields.html ? 'text/html' : 'text/plain',
    attachments: [],
    meta: {},
    source: 'api',
    ...fields,
  });
  conversation.dateUpdated = Date.parse(message.dateAdded);
  if (message.direction === 'inbound') conversation.unreadCount = (conversation.unreadCount || 0) + 1;
  return message;
};

const emailOf = (state: SandboxState, message: Rec, body: Rec, from: string, to: string[], direction: string): string => {
  const id = newId();
  state.table('emailMessages').put({
    id,
    altId: body.altId,
    threadId: body.replyMessageId ? state.table('messages').get(body.replyMessageId)?.meta?.email?.messageIds?.[0] ?? id : id,
    locationId: message.locationId,
    contactId: message.contactId,
    conversationId: message.conversationId,
    dateAdded: message.dateAdded,
    subject: body.subject,
    body: body.html ?? body.message ?? '',
    direction,
    status: message.status,
    contentType: body.html ? 'text/html' : 'text/plain',
    attachments: message.attachments,
    provider: 'Leadconnector Email',
    from,
    to,
    cc: body.emailCc ?? [],
    bcc: body.emailBcc ?? [],
    source: 'api',
  });
  message.meta = { email: { messageIds: [id] } };
  message.emailMessageId = id;
  return id;
};

/**
 * POST /conversations/messages: sends as GHL does, refusing what GHL refuses: an SMS or WhatsApp to a
 * contact without a phone, an email to a contact without an email, a live chat without a live-chat
 * conversation, a custom-channel message without its provider, a sender number the sub-account does not have.
 */
const sendMessage: Handler = (req, state) => {
  const body = req.body;
  const contact = contactOf(req, state, body.contactId);
  const channel = String(body.type);
  if (!CHANNEL_TYPES[channel]) throw fail(422, [`type ${channel} is not supported by the sandbox`]);
  const empty = (v: unknown) => v === undefined || v === null || String(v).trim() === '';
  if (channel === 'SMS' || channel === 'WhatsApp') {
    if (empty(contact.phone)) throw fail(400, 'Contact does not have a phone number. Add a phone number to the contact to send it an SMS.');
    if (!empty(body.fromNumber) && !state.table('phoneNumbers').where((n) => n.locationId === contact.locationId && n.phoneNumber === body.fromNumber).length) {
      throw fail(400, `fromNumber ${body.fromNumber} is not a phone number of this location`);
    }
  }
  if (channel === 'Email') {
    if (empty(contact.email) && empty(body.emailTo)) throw fail(400, 'Contact does not have an email address. Add an email to the contact to send it an email.');
    if (!empty(body.emailTo) && String(body.emailTo).toLowerCase() !== String(contact.email ?? '').toLowerCase() && !(contact.additionalEmails || []).includes(body.emailTo)) {
      throw fail(400, 'emailTo must be an email address of the contact');
    }
    const missing = [empty(body.subject) && 'subject should not be empty', empty(body.html) && empty(body.message) && 'html or message should not be empty'].filter(Boolean) as string[];
    if (missing.length) throw fail(422, missing);
  } else if (empty(body.message) && !(body.attachments || []).length) {
    throw fail(422, ['message should not be empty']);
  }
  if (channel === 'Custom' && empty(body.conversationProviderId)) throw fail(400, 'conversationProviderId is required for Custom messages');
  const liveChat = channel === 'Live_Chat';
  const conversation = conversationForContact(state, contact, liveChat) ?? (liveChat ? undefined : startConversation(state, contact));
  if (!conversation) throw fail(400, 'The contact has no live chat conversation to reply to');
  if (!empty(body.replyMessageId)) {
    const replied = state.table('messages').get(body.replyMessageId);
    if (!replied || replied.contactId !== contact.id) throw fail(404, `Message with id ${body.replyMessageId} not found`);
  }
  const scheduled = typeof body.scheduledTimestamp === 'number' && body.scheduledTimestamp * 1000 > Date.now();
  const message = addMessage(state, conversation, channel, {
    direction: 'outbound',
    status: scheduled ? 'scheduled' : 'pending',
    body: body.message ?? (body.html ? String(body.html).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim() : ''),
    attachments: body.attachments ?? [],
    userId: req.grant?.userId,
    ...(body.conversationProviderId ? { conversationProviderId: body.conversationProviderId } : {}),
    ...(body.fromNumber ? { from: body.fromNumber } : {}),
    ...(scheduled ? { scheduledAt: new Date(body.scheduledTimestamp * 1000).toISOString() } : {}),
  });
  const emailMessageId = channel === 'Email' ? emailOf(state, message, body, body.emailFrom ?? 'Acme Dental <frontdesk@acmedental.example.com>', [body.emailTo ?? contact.email], 'outbound') : undefined;
  return {
    conversationId: conversation.id,
    messageId: message.id,
    ...(emailMessageId ? { emailMessageId } : {}),
    msg: scheduled ? 'Message scheduled successfully.' : 'Message queued successfully.',
    status: 'pending',
  };
};

/** POST /conversations/messages/inbound: a message the contact sent elsewhere, into its conversation. */
const inboundMessage: Handler = (req, state) => {
  const body = req.body;
  const conversation = conversationOf(req, state, body.conversationId);
  if (conversation.contactId !== body.contactId) throw fail(400, `Conversation ${body.conversationId} is not the conversation of contact ${body.contactId}`);
  const channel = String(body.type);
  if (!CHANNEL_TYPES[channel]) throw fail(422, [`type ${channel} is not supported by the sandbox`]);
  const message = addMessage(state, conversation, channel, {
    direction: 'inbound',
    status: 'delivered',
    body: body.message ?? '',
    attachments: body.attachments ?? [],
    conversationProviderId: body.conversationProviderId,
    ...(body.altId ? { altId: body.altId } : {}),
    ...(body.date ? { dateAdded: new Date(body.date).toISOString() } : {}),
  });
  const contact = state.table('contacts').get(conversation.contactId) || {};
  const emailMessageId =
    channel === 'Email' ? emailOf(state, message, body, body.emailFrom ?? contact.email, [body.emailTo ?? 'frontdesk@acmedental.example.com'], 'inbound') : undefined;
  return {
    success: true,
    conversationId: conversation.id,
    messageId: message.id,
    message: 'Message added successfully',
    contactId: conversation.contactId,
    dateAdded: message.dateAdded,
    ...(emailMessageId ? { emailMessageId } : {}),
  };
};

/**
 * POST /conversations/messages/upload: the files of a multipart body (`fileAttachment` parts) kept in the
 * sandbox's files, answered as GHL does: each file's name with the URL it is served at.
 */
const uploadAttachments: Handler = (req, state) => {
  const parsed = parseMultipart(req.raw, String(req.headers['content-type'] || ''));
  if (!parsed) throw fail(400, 'The files need to be a buffer with the key "fileAttachment"');
  const field = (k: string) => (Array.isArray(parsed.fields[k]) ? parsed.fields[k][0] : parsed.fields[k]) as string | undefined;
  if (field('locationId') !== req.grant?.locationId) throw fail(403, 'The token does not have access to this location');
  const conversation = conversationOf(req, state, field('conversationId') ?? '');
  if (conversation.contactId !== field('contactId')) throw fail(400, `Conversation ${conversation.id} is not the conversation of contact ${field('contactId')}`);
  const files = parsed.files.fileAttachment || [];
  if (!files.length) throw fail(400, 'The files need to be a buffer with the key "fileAttachment"');
  const refused = files.find((f) => !UPLOAD_TYPES.test(f.filename));
  if (refused) throw new GhlError(415, { status: 415, message: `File type of ${refused.filename} is not allowed` });
  const uploadedFiles: Rec = {};
  for (const f of files) {
    const key = `attachment-${newId(12)}-${f.filename}`;
    state.files.put(key, f.bytes, f.contentType);
    uploadedFiles[f.filename] = `http://${req.headers.host}/__sandbox/files/${encodeURIComponent(key)}`;
  }
  return { uploadedFiles };
};

/** GET /conversations/messages/export: the location's messages, newest first, paged by an opaque cursor. */
const exportMessages: Handler = (req, state) => {
  const q = req.query;
  const types = q.channel ? [EXPORT_CHANNELS[q.channel]] : undefined;
  const dir = q.sortOrder === 'asc' ? 1 : -1;
  const all = state
    .table('messages')
    .where(
      (m) =>
        m.locationId === q.locationId &&
        (!q.conversationId || m.conversationId === q.conversationId) &&
        (!q.contactId || m.contactId === q.contactId) &&
        (types ? types.includes(m.messageType) : m.messageType !== 'TYPE_EMAIL') &&
        (!q.startDate || Date.parse(m.dateAdded) >= Date.parse(q.startDate)) &&
        (!q.endDate || Date.parse(m.dateAdded) <= Date.parse(q.endDate)),
    )
    .sort((a, b) => (Date.parse(a.dateAdded) - Date.parse(b.dateAdded)) * dir);
  const limit = Number(q.limit) > 0 ? Number(q.limit) : 100;
  const from = q.cursor ? Number(Buffer.from(String(q.cursor), 'base64').toString('utf8')) || 0 : 0;
  const page = all.slice(from, from + limit);
  return {
    messages: page.map(messageAnswer),
    ...(from + limit < all.length ? { nextCursor: Buffer.from(String(from + limit)).toString('base64') } : {}),
    total: all.length,
  };
};

export default defineResource({
  name: 'conversations',
  routes: (r) => {
    r.post('/conversations/', createConversation);
    r.post('/conversations/messages', sendMessage);
    r.post('/conversations/messages/inbound', inboundMessage);
    r.post('/conversations/messages/upload', uploadAttachments);
    r.get('/conversations/messages/export', exportMessages);
    r.get('/conversations/search', searchConversations);
    r.get('/conversations/{conversationId}', (req, s) => {
      const c = conversationOf(req, s, req.params.conversationId);
      return {
        id: c.id,
        contactId: c.contactId,
        locationId: c.locationId,
        deleted: !!c.deleted,
        inbox: c.inbox,
        type: CONVERSATION_TYPE_NUMBER[c.type] ?? 1,
        unreadCount: c.unreadCount,
        assignedTo: c.assignedTo,
        starred: c.starred,
      };
    });
    r.get('/conversations/{conversationId}/messages', messagesOf);
    r.get('/conversations/messages/{id}', (req, s) => messageAnswer(messageOf(req, s, req.params.id)));
    r.get('/conversations/messages/email/{id}', (req, s) => {
      const email = must(s.table('emailMessages'), req.params.id, 'Email message');
      return mine(req, email, 'Email message', req.params.id);
    });
    r.put('/conversations/messages/{messageId}/status', updateStatus);
    r.post('/conversations/providers/live-chat/typing', typing);
    r.get('/conversations/messages/{messageId}/locations/{locationId}/recording', recording);
    r.get('/conversations/locations/{locationId}/messages/{messageId}/transcription', transcription);
    r.get('/conversations/locations/{locationId}/messages/{messageId}/transcription/download', transcriptionDownload);
  },
  seed: (s) => {
    const { locationId, userId } = s.options;
    const at = (hoursAgo: number): string => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    const conversations = s.table('conversations');
    conversations.put({
      id: SEED.conversationId,
      locationId,
      contactId: SEED.contacts.rubika,
      assignedTo: userId,
      type: 'TYPE_PHONE',
      channel: 'TYPE_SMS',
      unreadCount: 1,
      inbox: true,
      starred: false,
      deleted: false,
      dateAdded: Date.parse(at(72)),
      dateUpdated: Date.parse(at(2)),
    });
    conversations.put({
      id: 'LcHt4Wq9Zx2Nv7Rb5Km8',
      locationId,
      contactId: SEED.contacts.john,
      assignedTo: SEED.users.frontDesk,
      type: 'TYPE_PHONE',
      channel: 'TYPE_LIVE_CHAT',
      unreadCount: 0,
      inbox: true,
      starred: true,
      deleted: false,
      dateAdded: Date.parse(at(30)),
      dateUpdated: Date.parse(at(26)),
    });
    const message = (id: string, conversationId: string, contactId: string, messageType: string, extra: Rec, hoursAgo: number) =>
      s.table('messages').put({
        id,
        type: MESSAGE_TYPE_NUMBER[messageType],
        messageType,
        locationId,
        contactId,
        conversationId,
        dateAdded: at(hoursAgo),
        contentType: 'text/plain',
        attachments: [],
        ...extra,
      });
    message(SEED.messages.email, SEED.conversationId, SEED.contacts.rubika, 'TYPE_EMAIL', {
      direction: 'outbound',
      status: 'delivered',
      body: 'Your quote for the premium plan is attached.',
      source: 'app',
      userId,
      meta: { email: { messageIds: [SEED.emailMessageId] } },
      emailMessageId: SEED.emailMessageId,
    }, 50);
    message(SEED.messages.call, SEED.conversationId, SEED.contacts.rubika, 'TYPE_CALL', {
      direction: 'inbound',
      status: 'completed',
      body: '',
      source: 'app',
      meta: { callDuration: '42', callStatus: 'completed' },
      recordingFile: `recording-${SEED.messages.call}.wav`,
      transcript: [
        { mediaChannel: 1, sentenceIndex: 0, startTime: 0, endTime: 3200, transcript: 'Hi, this is Rubika calling about the quote.', confidence: 0.93 },
        { mediaChannel: 2, sentenceIndex: 1, startTime: 3400, endTime: 7100, transcript: 'Thanks Rubika, I will email it to you today.', confidence: 0.91 },
      ],
    }, 26);
    message(SEED.messages.smsOut, SEED.conversationId, SEED.contacts.rubika, 'TYPE_SMS', {
      direction: 'outbound',
      status: 'delivered',
      body: 'Hi Rubika, your consultation is confirmed.',
      source: 'workflow',
      conversationProviderId: 'cI08i1Bls3iTB9bKgF01',
    }, 5);
    message(SEED.messages.smsIn, SEED.conversationId, SEED.contacts.rubika, 'TYPE_SMS', {
      direction: 'inbound',
      status: 'delivered',
      body: 'Great, see you then!',
      source: 'app',
    }, 2);
    message('LcMs8Bv3Nq6Wz1Xt4Rk7', 'LcHt4Wq9Zx2Nv7Rb5Km8', SEED.contacts.john, 'TYPE_LIVE_CHAT', {
      direction: 'inbound',
      status: 'read',
      body: 'Do you take walk-ins on Saturdays?',
      source: 'app',
      chatWidgetId: 'wdg7Lq2Xn5Rt8Vb1Km4P',
    }, 26);
    s.files.put(`recording-${SEED.messages.call}.wav`, wav(), 'audio/x-wav');
    s.table('emailMessages').put({
      id: SEED.emailMessageId,
      altId: 'msg-0001@mail.acmedental.example.com',
      threadId: SEED.emailMessageId,
      locationId,
      contactId: SEED.contacts.rubika,
      conversationId: SEED.conversationId,
      dateAdded: at(50),
      subject: 'Your quote for the premium plan',
      body: '<p>Hi Rubika,</p><p>your quote for the premium plan is attached.</p>',
      direction: 'outbound',
      status: 'delivered',
      contentType: 'text/html',
      attachments: ['https://files.acmedental.example.com/quote-premium.pdf'],
      provider: 'Leadconnector Email',
      from: 'Acme Dental <frontdesk@acmedental.example.com>',
      to: ['rubika@deos.com'],
      cc: [],
      bcc: [],
      source: 'app',
    });
  },
});

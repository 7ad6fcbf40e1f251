/**
 * Conversations and messages: search conversations (filters, `sort`/`sortBy`, `startAfterDate` + `limit`),
 * get one, its messages (newest first, `lastMessageId` cursor, `type` filter; GHL nests them:
 * `{messages: {lastMessageId, nextPage, messages}}`), a message, an email message, message status updates
 * (custom-provider messages), the live-chat typing indicator, and a call's recording (a real WAV file,
 * `audio/x-wav`) and transcription (sentences as JSON, or downloaded as a text file). The sandbox's files
 * live in its temporary folder.
 */
import { fail, FileReply, Reply, type Handler, type Req } from '../http';
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

export default defineResource({
  name: 'conversations',
  routes: (r) => {
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

/**
 * Conversations & Messages: every operation's exact request (method, path, query, Version, body) and
 * result shape, the conversation dropdown, and the file hydrator (download + z.stashFile).
 */
import nock from 'nock';
import { AGENCY_AUTH, App, appTester, LOCATION_AUTH, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { CONVERSATION_HYDRATORS, filenameOf } from '../lib/files';
import { commaSeparated } from '../domains/conversations';

// The file triggers hand Zapier a hydration pointer; the hydrator must be on the app definition
// (index.ts `hydrators`). Registered here too, so these tests run whether or not index.ts has it yet.
(App as any).hydrators = { ...((App as any).hydrators || {}), ...CONVERSATION_HYDRATORS };

setupNock();

const V = '2021-04-15';

/** The dehydrated payload of a `hydrate|||…|||hydrate` pointer. */
const hydration = (pointer: string) => {
  expect(pointer).toMatch(/^hydrate\|\|\|.*\|\|\|hydrate$/);
  return JSON.parse(pointer.slice('hydrate|||'.length, -'|||hydrate'.length));
};

const CONV_A = {
  id: 'convA',
  contactId: 'contactA',
  locationId: LOCATION_ID,
  lastMessageBody: 'Older message',
  lastMessageType: 'TYPE_SMS',
  type: 'TYPE_PHONE',
  unreadCount: 0,
  fullName: 'Ann Lee',
  contactName: 'Ann Lee',
  email: 'ann@example.com',
  phone: '+15550001111',
  lastMessageDate: 1719300000000,
};
const CONV_B = { ...CONV_A, id: 'convB', lastMessageBody: 'Newest message', fullName: 'Bo Chan', lastMessageDate: 1719325200000 };

describe('Search Conversations', () => {
  test('asks for the newest conversations by last message date, with the filters, and fires per new message', async () => {
    mockGhl({
      method: 'GET',
      path: '/conversations/search',
      query: {
        locationId: LOCATION_ID,
        query: 'quote',
        contactId: 'contactA',
        assignedTo: 'u1,u2,unassigned',
        status: 'unread',
        lastMessageType: 'TYPE_SMS',
        lastMessageDirection: 'inbound',
        sort: 'desc',
        sortBy: 'last_message_date',
        limit: '100',
      },
      version: V,
      reply: { conversations: [CONV_A, CONV_B], total: 2 },
    });
    const result = await perform('triggers', 'search_conversations', {
      query: 'quote',
      contactId: 'contactA',
      assignedTo: ['u1, u2', 'unassigned'],
      status: 'unread',
      lastMessageType: 'TYPE_SMS',
      lastMessageDirection: 'inbound',
    });
    expect(result).toEqual([
      { ...CONV_B, id: 'convB:1719325200000', conversationId: 'convB', lastMessageDate: '2024-06-25T14:20:00.000Z' },
      { ...CONV_A, id: 'convA:1719300000000', conversationId: 'convA', lastMessageDate: '2024-06-25T07:20:00.000Z' },
    ]);
  });

  test('without filters sends only the sub-account, sort and page size', async () => {
    mockGhl({
      method: 'GET',
      path: '/conversations/search',
      query: { locationId: LOCATION_ID, sort: 'desc', sortBy: 'last_message_date', limit: '100' },
      version: V,
      reply: { conversations: [], total: 0 },
    });
    expect(await perform('triggers', 'search_conversations', {})).toEqual([]);
  });
});

describe('Conversation dropdown', () => {
  test('lists recent conversations labelled by contact and last message', async () => {
    mockGhl({
      method: 'GET',
      path: '/conversations/search',
      query: { locationId: LOCATION_ID, sort: 'desc', sortBy: 'last_message_date', limit: '100' },
      version: V,
      reply: { conversations: [CONV_B], total: 1 },
    });
    const [item] = await perform('triggers', 'dropdown_conversations');
    expect(item).toMatchObject({ id: 'convB', name: 'Bo Chan (ann@example.com) "Newest message"' });
  });
});

describe('Get Conversation', () => {
  test('fires once per version of the conversation (traceId ignored)', async () => {
    const conv = { id: 'convA', contactId: 'contactA', locationId: LOCATION_ID, deleted: false, inbox: true, type: 1, unreadCount: 1 };
    mockGhl({ method: 'GET', path: '/conversations/convA', version: V, reply: { ...conv, traceId: 'trace-1' } });
    mockGhl({ method: 'GET', path: '/conversations/convA', version: V, reply: { ...conv, traceId: 'trace-2' } });
    const [first] = await perform('triggers', 'get_conversation', { conversationId: 'convA' });
    const [second] = await perform('triggers', 'get_conversation', { conversationId: 'convA' });
    expect(first).toEqual({ ...conv, record_version: expect.any(String) });
    expect(second.record_version).toBe(first.record_version);
  });
});

describe('Get Email by ID', () => {
  const EMAIL = {
    id: 'email1',
    threadId: 'thread1',
    locationId: LOCATION_ID,
    contactId: 'contactA',
    conversationId: 'convA',
    dateAdded: '2024-03-27T18:13:49.000Z',
    subject: 'Order confirm',
    body: 'Hi there',
    direction: 'outbound',
    status: 'opened',
    contentType: 'text/html',
    from: 'Jane <jane@example.com>',
    to: ['ann@example.com'],
  };

  test('reads the email without a Version header (the spec declares none)', async () => {
    mockGhl({ method: 'GET', path: '/conversations/messages/email/email1', version: null, reply: EMAIL });
    const [email] = await perform('triggers', 'get_email_by_id', { id: 'email1' });
    expect(email).toEqual({ ...EMAIL, record_version: expect.any(String) });
  });

  test('unwraps an {emailMessage} envelope', async () => {
    mockGhl({ method: 'GET', path: '/conversations/messages/email/email1', version: null, reply: { emailMessage: EMAIL, traceId: 't' } });
    const [email] = await perform('triggers', 'get_email_by_id', { id: 'email1' });
    expect(email).toMatchObject({ id: 'email1', subject: 'Order confirm' });
    expect(email.traceId).toBeUndefined();
  });
});

const MESSAGE = {
  id: 'msg1',
  type: 2,
  messageType: 'TYPE_SMS',
  locationId: LOCATION_ID,
  contactId: 'contactA',
  conversationId: 'convA',
  dateAdded: '2026-07-02T05:18:26.704Z',
  body: 'Hi there',
  direction: 'inbound',
  status: 'delivered',
  contentType: 'text/plain',
};

describe('Get Message by ID', () => {
  test('reads the message and unwraps {message}', async () => {
    mockGhl({ method: 'GET', path: '/conversations/messages/msg1', version: V, reply: { message: MESSAGE, traceId: 't' } });
    const [message] = await perform('triggers', 'get_message_by_id', { id: 'msg1' });
    expect(message).toEqual({ ...MESSAGE, record_version: expect.any(String) });
  });

  test('an empty message id is an input error', async () => {
    await expect(perform('triggers', 'get_message_by_id', { id: ' ' })).rejects.toThrow(/Message field is required/);
  });
});

describe('Get Messages by Conversation', () => {
  const OLDER = { ...MESSAGE, id: 'msg0', dateAdded: '2026-07-01T05:18:26.704Z' };

  test('reads the newest page (GHL nests it as messages.messages) and returns it newest first', async () => {
    mockGhl({
      method: 'GET',
      path: '/conversations/convA/messages',
      query: { limit: '100', type: 'TYPE_SMS' },
      version: V,
      reply: { messages: { lastMessageId: 'msg0', nextPage: false, messages: [OLDER, MESSAGE] } },
    });
    const result = await perform('triggers', 'get_messages_by_conversation', { conversationId: 'convA', type: 'TYPE_SMS' });
    expect(result).toEqual([MESSAGE, OLDER]);
  });

  test('also reads the flat shape the spec documents', async () => {
    mockGhl({
      method: 'GET',
      path: '/conversations/convA/messages',
      query: { limit: '100' },
      version: V,
      reply: { lastMessageId: 'msg1', nextPage: false, messages: [MESSAGE] },
    });
    expect(await perform('triggers', 'get_messages_by_conversation', { conversationId: 'convA' })).toEqual([MESSAGE]);
  });
});

describe('Get Message Transcription', () => {
  test('joins the sentences into one transcript, in order', async () => {
    const sentences = [
      { mediaChannel: 1, sentenceIndex: 2, startTime: 46, endTime: 52, transcript: 'How can I help?', confidence: 0.9 },
      { mediaChannel: 1, sentenceIndex: 1, startTime: 34, endTime: 45, transcript: 'This call may be recorded.', confidence: 0.5 },
    ];
    mockGhl({
      method: 'GET',
      path: `/conversations/locations/${LOCATION_ID}/messages/msg1/transcription`,
      version: V,
      reply: sentences,
    });
    const [result] = await perform('triggers', 'get_message_transcription', { messageId: 'msg1' });
    expect(result).toEqual({
      id: 'msg1',
      messageId: 'msg1',
      transcript: 'This call may be recorded. How can I help?',
      sentences: [sentences[1], sentences[0]],
      record_version: expect.any(String),
    });
  });

  test('no transcription yet fires nothing', async () => {
    mockGhl({ method: 'GET', path: `/conversations/locations/${LOCATION_ID}/messages/msg1/transcription`, version: V, reply: [] });
    expect(await perform('triggers', 'get_message_transcription', { messageId: 'msg1' })).toEqual([]);
  });
});

const WAV = Buffer.from('RIFF....WAVEfmt fake audio');

describe('Get Message Recording', () => {
  test('checks the recording and hands Zapier a file (hydrated on use) with GHL\'s content type and name', async () => {
    mockGhl({
      method: 'GET',
      path: `/conversations/messages/msg1/locations/${LOCATION_ID}/recording`,
      version: V,
      reply: WAV,
      headers: {
        'Content-Type': 'audio/x-wav',
        'Content-Disposition': 'attachment; filename=audio.wav',
        'Content-Length': String(WAV.length),
      },
    });
    const [result] = await perform('triggers', 'get_message_recording', { messageId: 'msg1' });
    expect(result).toEqual({
      id: 'msg1',
      messageId: 'msg1',
      file: expect.any(String),
      contentType: 'audio/x-wav',
      filename: 'audio.wav',
      size: WAV.length,
      record_version: 'msg1',
    });
    expect(hydration(result.file)).toEqual({
      type: 'file',
      method: 'hydrators.ghlConversationFile',
      bundle: {
        path: '/conversations/messages/{messageId}/locations/{locationId}/recording',
        messageId: 'msg1',
        locationId: LOCATION_ID,
        fallbackName: 'recording.wav',
      },
    });
  });

  test('an error answer is GHL\'s readable message with its traceId', async () => {
    mockGhl({
      method: 'GET',
      path: `/conversations/messages/msg1/locations/${LOCATION_ID}/recording`,
      version: V,
      status: 404,
      reply: { statusCode: 404, message: 'Recording not found', traceId: 'trace-404' },
    });
    await expect(perform('triggers', 'get_message_recording', { messageId: 'msg1' })).rejects.toThrow(
      /could not find it \(404\): Recording not found\. \(traceId trace-404\)/,
    );
  });
});

describe('Download Transcription', () => {
  test('hands Zapier the transcription as a text file', async () => {
    mockGhl({
      method: 'GET',
      path: `/conversations/locations/${LOCATION_ID}/messages/msg1/transcription/download`,
      version: V,
      reply: 'This call may be recorded.',
      headers: { 'Content-Type': 'text/plain', 'Content-Disposition': 'Attachment; filename="transcription.txt"' },
    });
    const [result] = await perform('triggers', 'download_transcription', { messageId: 'msg1' });
    expect(result).toMatchObject({ id: 'msg1', messageId: 'msg1', contentType: 'text/plain', filename: 'transcription.txt', record_version: 'msg1' });
    expect(hydration(result.file).bundle).toMatchObject({
      path: '/conversations/locations/{locationId}/messages/{messageId}/transcription/download',
      messageId: 'msg1',
    });
  });
});

describe('File hydrator', () => {
  const RPC = 'https://rpc.zapier.com';
  const S3 = 'https://s3.example.test';
  let savedKey: string | undefined;
  beforeEach(() => {
    savedKey = process.env.ZAPIER_DEPLOY_KEY;
    process.env.ZAPIER_DEPLOY_KEY = 'test-deploy-key';
  });
  afterEach(() => {
    if (savedKey === undefined) delete process.env.ZAPIER_DEPLOY_KEY;
    else process.env.ZAPIER_DEPLOY_KEY = savedKey;
  });

  /** Zapier's stash: the RPC hands out an upload form, the upload answers 204. Returns the uploaded form. */
  const mockStash = () => {
    const uploaded: { body?: string } = {};
    nock(RPC)
      .post('/cli')
      .reply(200, (_uri, body: any) => {
        const req = typeof body === 'string' ? JSON.parse(body) : body;
        return { id: req.id, result: { url: `${S3}/`, fields: { key: 'stash/abc/audio.wav' } } };
      });
    nock(S3)
      .post('/', (body) => {
        uploaded.body = String(body);
        return true;
      })
      .reply(204);
    return uploaded;
  };

  const payload = {
    path: '/conversations/messages/{messageId}/locations/{locationId}/recording',
    messageId: 'msg1',
    locationId: LOCATION_ID,
    fallbackName: 'recording.wav',
  };

  test('downloads the recording and stashes it with GHL\'s content type and file name', async () => {
    mockGhl({
      method: 'GET',
      path: `/conversations/messages/msg1/locations/${LOCATION_ID}/recording`,
      version: V,
      reply: WAV,
      headers: { 'Content-Type': 'audio/x-wav', 'Content-Disposition': 'attachment; filename=audio.wav' },
    });
    const uploaded = mockStash();
    const url = await appTester(CONVERSATION_HYDRATORS.ghlConversationFile, { authData: LOCATION_AUTH, inputData: payload } as any);
    expect(url).toBe(`${S3}/stash/abc/audio.wav`);
    expect(uploaded.body).toContain('audio/x-wav');
    expect(uploaded.body).toContain('filename="audio.wav"');
    expect(uploaded.body).toContain('fake audio');
  });

  test('with an agency connection, opens the chosen sub-account first', async () => {
    mockGhl({
      method: 'POST',
      path: '/oauth/locationToken',
      version: '2021-07-28',
      token: AGENCY_AUTH.access_token,
      reply: { access_token: 'minted-token', expires_in: 86399 },
    });
    mockGhl({
      method: 'GET',
      path: `/conversations/messages/msg1/locations/${LOCATION_ID}/recording`,
      version: V,
      token: 'minted-token',
      reply: WAV,
      headers: { 'Content-Type': 'audio/x-wav' },
    });
    const uploaded = mockStash();
    const url = await appTester(CONVERSATION_HYDRATORS.ghlConversationFile, { authData: AGENCY_AUTH, inputData: payload } as any);
    expect(url).toBe(`${S3}/stash/abc/audio.wav`);
    expect(uploaded.body).toContain('filename="recording.wav"');
  });
});

describe('Update Message Status', () => {
  test('sends the status, and an error object for failed messages', async () => {
    mockGhl({
      method: 'PUT',
      path: '/conversations/messages/msg1/status',
      version: V,
      body: {
        status: 'failed',
        error: { code: '30003', type: 'saas', message: 'Unreachable handset' },
        emailMessageId: 'em1',
        recipients: ['a@example.com', 'b@example.com'],
      },
      reply: { conversationId: 'convA', messageId: 'msg1', status: 'failed', traceId: 't' },
    });
    const result = await perform('creates', 'update_message_status', {
      messageId: 'msg1',
      status: 'failed',
      errorMessage: 'Unreachable handset',
      errorCode: '30003',
      emailMessageId: 'em1',
      recipients: 'a@example.com, b@example.com',
    });
    expect(result).toEqual({ conversationId: 'convA', messageId: 'msg1', status: 'failed' });
  });

  test('a plain status sends only the status', async () => {
    mockGhl({
      method: 'PUT',
      path: '/conversations/messages/msg1/status',
      version: V,
      body: { status: 'read' },
      reply: { conversationId: 'convA', messageId: 'msg1', status: 'read' },
    });
    expect(await perform('creates', 'update_message_status', { messageId: 'msg1', status: 'read', recipients: [] })).toMatchObject({ status: 'read' });
  });

  test('the status is required', async () => {
    await expect(perform('creates', 'update_message_status', { messageId: 'msg1' })).rejects.toThrow(/Status field is required/);
  });
});

describe('Agent Typing Indicator', () => {
  test('sends locationId, the conversation, the visitor and isTyping as the spec\'s string', async () => {
    mockGhl({
      method: 'POST',
      path: '/conversations/providers/live-chat/typing',
      version: V,
      body: { locationId: LOCATION_ID, isTyping: 'false', visitorId: 'visitor1', conversationId: 'convA' },
      reply: { success: true },
    });
    const result = await perform('creates', 'agent_typing_indicator', { conversationId: 'convA', visitorId: 'visitor1', isTyping: 'false' });
    expect(result).toEqual({ conversationId: 'convA', isTyping: false, success: true });
  });

  test('shows the indicator by default', async () => {
    mockGhl({
      method: 'POST',
      path: '/conversations/providers/live-chat/typing',
      version: V,
      body: { locationId: LOCATION_ID, isTyping: 'true', visitorId: 'visitor1', conversationId: 'convA' },
      reply: { success: true },
    });
    expect(await perform('creates', 'agent_typing_indicator', { conversationId: 'convA', visitorId: 'visitor1' })).toMatchObject({ isTyping: true });
  });
});

describe('Conversation conversions and file names', () => {
  test('commaSeparated: a Zapier list or text → one comma-separated text, blanks dropped', () => {
    const run = (value: unknown) => commaSeparated(value, { key: 'assignedTo', label: 'Assigned To' }, {}, {} as any);
    expect(run(['u1, u2', 'unassigned'])).toBe('u1,u2,unassigned');
    expect(run('u1\nu2')).toBe('u1,u2');
    expect(run([' ', ''])).toBe('');
  });

  test('filenameOf: the name of a Content-Disposition, else the fallback', () => {
    expect(filenameOf('attachment; filename=audio.wav', 'recording.wav')).toBe('audio.wav');
    expect(filenameOf('Attachment; filename="transcription.txt"', 'x')).toBe('transcription.txt');
    expect(filenameOf("attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.txt", 'x')).toBe('résumé.txt');
    expect(filenameOf(undefined, 'recording.wav')).toBe('recording.wav');
  });
});

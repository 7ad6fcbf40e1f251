/**
 * The sandbox's messaging, forms, surveys, media and phone numbers, over HTTP (no app): what each endpoint
 * refuses as GHL does, the state it keeps (messages sent and received appear in their conversation, files
 * uploaded are kept and served), GHL-shaped answers checked against the specs, and multipart bodies
 * validated like JSON ones.
 */
import FormData from 'form-data';
import { DEFAULTS, startSandbox, type Sandbox } from '../sandbox/server';
import { MESSAGING_SEED, SEED } from '../sandbox/seed-ids';

let sandbox: Sandbox;
beforeEach(async () => {
  sandbox = await startSandbox();
});
afterEach(() => sandbox.close());

const LOC = DEFAULTS.locationId;
const CONV = SEED.conversationId;
const { rubika, john, maria } = SEED.contacts;

const call = async (method: string, p: string, body?: unknown, headers: Record<string, string> = {}) => {
  const h: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${DEFAULTS.accessToken}`, Version: /^\/(calendars|conversations)/.test(p) ? '2021-04-15' : '2021-07-28', ...headers };
  let payload: any;
  if (body instanceof FormData) {
    Object.assign(h, body.getHeaders());
    payload = body.getBuffer();
  } else if (body !== undefined) {
    h['Content-Type'] = 'application/json';
    payload = JSON.stringify(body);
  }
  const res = await fetch(sandbox.url + p, { method, headers: h, body: payload });
  const type = res.headers.get('content-type') || '';
  const raw = Buffer.from(await res.arrayBuffer());
  return { status: res.status, type, raw, headers: res.headers, body: type.includes('json') && raw.length ? JSON.parse(raw.toString('utf8')) : raw.toString('utf8') };
};

const noPhone = () =>
  sandbox.state.table('contacts').put({ id: 'Np7Lq2Wx9Zr4Tb6Vm1Kc', locationId: LOC, firstName: 'Priya', lastName: 'Shah', name: 'Priya Shah', email: 'priya.shah@example.com' });

const messagesOf = async (conversationId: string) => (await call('GET', `/conversations/${conversationId}/messages?limit=100`)).body.messages.messages;

describe('POST /conversations/messages', () => {
  test('an SMS appears in the contact\'s conversation, newest first, and on the search; the answer is GHL\'s', async () => {
    const res = await call('POST', '/conversations/messages', { type: 'SMS', contactId: rubika, message: 'Hi {{contact.first_name}}!', fromNumber: MESSAGING_SEED.phoneNumbers.main });
    expect(res).toMatchObject({ status: 200, body: { conversationId: CONV, status: 'pending', msg: 'Message queued successfully.' } });
    const [newest] = await messagesOf(CONV);
    expect(newest).toMatchObject({ id: res.body.messageId, body: 'Hi {{contact.first_name}}!', direction: 'outbound', messageType: 'TYPE_SMS' });
    const search = await call('GET', `/conversations/search?locationId=${LOC}&contactId=${rubika}`);
    expect(search.body.conversations[0]).toMatchObject({ id: CONV, lastMessageBody: 'Hi {{contact.first_name}}!', lastMessageDirection: 'outbound' });
    expect(sandbox.state.answerProblems).toEqual([]);
  });

  test('refused as GHL refuses: no phone for SMS, no email for Email, an unknown sender number, no live chat, a custom message without provider', async () => {
    noPhone();
    expect(await call('POST', '/conversations/messages', { type: 'SMS', contactId: 'Np7Lq2Wx9Zr4Tb6Vm1Kc', message: 'Hi' })).toMatchObject({
      status: 400,
      body: { statusCode: 400, error: 'Bad Request', message: expect.stringMatching(/^Contact does not have a phone number/), traceId: expect.any(String) },
    });
    sandbox.state.table('contacts').get(maria)!.email = undefined;
    expect((await call('POST', '/conversations/messages', { type: 'Email', contactId: maria, subject: 'x', html: '<p>x</p>' })).body.message).toMatch(/^Contact does not have an email address/);
    expect((await call('POST', '/conversations/messages', { type: 'SMS', contactId: rubika, message: 'x', fromNumber: '+15550000000' })).body.message).toMatch(/not a phone number of this location/);
    expect((await call('POST', '/conversations/messages', { type: 'Live_Chat', contactId: rubika, message: 'x' })).body.message).toMatch(/no live chat conversation/);
    expect((await call('POST', '/conversations/messages', { type: 'Custom', contactId: rubika, message: 'x' })).body.message).toMatch(/conversationProviderId is required/);
    expect(await call('POST', '/conversations/messages', { type: 'Email', contactId: rubika, html: '<p>x</p>' })).toMatchObject({ status: 422, body: { message: ['subject should not be empty'] } });
    // Nothing was added to any conversation.
    expect(sandbox.state.table('messages').where((m) => m.direction === 'outbound' && m.source === 'api')).toEqual([]);
  });

  test('the spec is the gate: a body without contactId is 422 naming it; subType and status are not required (erratum)', async () => {
    expect((await call('POST', '/conversations/messages', { type: 'SMS', message: 'x' })).body.message).toEqual(['body misses required property "contactId"']);
    expect((await call('POST', '/conversations/messages', { type: 'Fax', contactId: rubika, message: 'x' })).body.message[0]).toMatch(/body\.type must be equal to one of the allowed values/);
  });

  test('an email keeps its subject, addresses and thread; a scheduled message is scheduled', async () => {
    const sent = await call('POST', '/conversations/messages', { type: 'Email', contactId: rubika, subject: 'Quote', html: '<p>Attached</p>', emailCc: ['billing@acmedental.example.com'], replyMessageId: SEED.messages.email });
    expect(sandbox.state.table('emailMessages').get(sent.body.emailMessageId)).toMatchObject({ subject: 'Quote', cc: ['billing@acmedental.example.com'], threadId: SEED.emailMessageId });
    const later = await call('POST', '/conversations/messages', { type: 'Live_Chat', contactId: john, message: 'See you Saturday', scheduledTimestamp: Math.floor(Date.now() / 1000) + 86_400 });
    expect(sandbox.state.table('messages').get(later.body.messageId)).toMatchObject({ status: 'scheduled', conversationId: 'LcHt4Wq9Zx2Nv7Rb5Km8' });
  });
});

describe('POST /conversations/messages/inbound and POST /conversations/', () => {
  test('an inbound message lands in its conversation, unread; a conversation of another contact is refused', async () => {
    const before = sandbox.state.table('conversations').get(CONV)!.unreadCount;
    const res = await call('POST', '/conversations/messages/inbound', { type: 'SMS', conversationId: CONV, contactId: rubika, conversationProviderId: 'p1', message: 'On my way', date: '2026-07-08T14:30:00.000Z' });
    expect(res.body).toMatchObject({ success: true, conversationId: CONV, contactId: rubika, message: 'Message added successfully', dateAdded: '2026-07-08T14:30:00.000Z' });
    expect(sandbox.state.table('conversations').get(CONV)!.unreadCount).toBe(before + 1);
    expect((await call('POST', '/conversations/messages/inbound', { type: 'SMS', conversationId: CONV, contactId: john, conversationProviderId: 'p1', message: 'x' })).status).toBe(400);
    expect((await call('POST', '/conversations/messages/inbound', { type: 'SMS', conversationId: CONV, contactId: rubika, message: 'x' })).body.message).toEqual([
      'body misses required property "conversationProviderId"',
    ]);
  });

  test('a contact gets its first conversation (201), once', async () => {
    const res = await call('POST', '/conversations/', { locationId: LOC, contactId: maria });
    expect(res).toMatchObject({ status: 201, body: { success: true, conversation: { contactId: maria, locationId: LOC, deleted: false } } });
    expect(res.body.conversation.dateAdded).toMatch(/Z$/);
    expect((await call('POST', '/conversations/', { locationId: LOC, contactId: maria })).status).toBe(400);
    expect(sandbox.state.answerProblems).toEqual([]);
  });
});

describe('POST /conversations/messages/upload (multipart)', () => {
  const upload = (files: Array<[string, Buffer]>, fields: Record<string, string> = { conversationId: CONV, contactId: rubika, locationId: LOC }) => {
    const form = new FormData();
    for (const [k, v] of Object.entries(fields)) form.append(k, v);
    for (const [name, bytes] of files) form.append('fileAttachment', bytes, { filename: name, contentType: 'application/octet-stream' });
    return call('POST', '/conversations/messages/upload', form);
  };

  test('keeps the files and answers each name with the URL it is served at', async () => {
    const pdf = Buffer.from([0x25, 0x50, 0x44, 0x46, 0, 0xff, 0x80]);
    const res = await upload([['quote.pdf', pdf], ['map.png', Buffer.from([0x89, 0x50])]]);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.uploadedFiles)).toEqual(['quote.pdf', 'map.png']);
    const served = await fetch(res.body.uploadedFiles['quote.pdf']);
    expect(Buffer.from(await served.arrayBuffer())).toEqual(pdf);
  });

  test('refuses a type GHL does not take (415), another location (403), a conversation of another contact (400), a body without its required parts (422)', async () => {
    expect(await upload([['setup.exe', Buffer.from('MZ')]])).toMatchObject({ status: 415, body: { status: 415, message: 'File type of setup.exe is not allowed' } });
    expect((await upload([['a.pdf', Buffer.from('x')]], { conversationId: CONV, contactId: rubika, locationId: SEED.secondLocationId })).status).toBe(403);
    expect((await upload([['a.pdf', Buffer.from('x')]], { conversationId: CONV, contactId: john, locationId: LOC })).status).toBe(400);
    const missing = await upload([['a.pdf', Buffer.from('x')]], { contactId: rubika, locationId: LOC });
    expect(missing).toMatchObject({ status: 422, body: { message: ['body misses required property "conversationId"'] } });
  });
});

describe('GET /conversations/messages/export', () => {
  test("a contact's emails, or every non-email message; paged with a cursor", async () => {
    const emails = await call('GET', `/conversations/messages/export?locationId=${LOC}&contactId=${rubika}&channel=Email&limit=10`);
    expect(emails.body.messages.map((m: any) => m.id)).toEqual([SEED.messages.email]);
    const first = await call('GET', `/conversations/messages/export?locationId=${LOC}&limit=10&sortOrder=desc`);
    expect(first.body.messages.map((m: any) => m.messageType)).not.toContain('TYPE_EMAIL');
    expect(first.body.total).toBe(4);
    expect((await call('GET', `/conversations/messages/export?locationId=${LOC}&limit=5`)).body.message).toEqual([expect.stringMatching(/query\.limit must be >= 10/)]);
    expect(sandbox.state.answerProblems).toEqual([]);
  });
});

describe('form and survey submissions, surveys', () => {
  test('submissions newest first with GHL\'s meta; a form, a page, a date window', async () => {
    const all = await call('GET', `/forms/submissions?locationId=${LOC}`);
    expect(all.body.submissions.map((s: any) => s.id)).toEqual([MESSAGING_SEED.formSubmissions.john, MESSAGING_SEED.formSubmissions.rubika]);
    expect(all.body.meta).toEqual({ total: 2, currentPage: 1, nextPage: null, prevPage: null });
    const paged = await call('GET', `/forms/submissions?locationId=${LOC}&limit=1&page=2`);
    expect(paged.body).toMatchObject({ submissions: [{ id: MESSAGING_SEED.formSubmissions.rubika }], meta: { total: 2, currentPage: 2, nextPage: null, prevPage: 1 } });
    expect((await call('GET', `/forms/submissions?locationId=${LOC}&formId=fQ2Wm8Xn4Lp6Rt1Vb3Kc`)).body.submissions).toEqual([]);
    expect((await call('GET', `/forms/submissions?locationId=${LOC}&startAt=2020-01-01&endAt=2020-01-31`)).body.submissions).toEqual([]);
    expect((await call('GET', `/forms/submissions?locationId=${LOC}&startAt=01/01/2026`)).status).toBe(422);
    expect((await call('GET', `/forms/submissions?locationId=${LOC}&limit=500`)).status).toBe(422);
    expect((await call('GET', `/surveys/submissions?locationId=${LOC}&surveyId=${MESSAGING_SEED.surveyId}`)).body.submissions[0].others).toMatchObject({ jR8nA1bQ7kLmP2sT4uVw: ['Blue'] });
    expect((await call('GET', `/surveys/?locationId=${LOC}`)).body).toEqual({ surveys: [{ id: MESSAGING_SEED.surveyId, name: 'Post-visit feedback', locationId: LOC }], total: 1 });
    expect(sandbox.state.answerProblems).toEqual([]);
  });
});

describe('the media library and phone numbers', () => {
  test('folders and files of the sub-account; another sub-account is 403', async () => {
    const q = `altType=location&altId=${LOC}&sortBy=createdAt&sortOrder=desc`;
    expect((await call('GET', `/medias/files?${q}&type=folder`)).body.files.map((f: any) => f.name)).toEqual(['Before and after photos', 'Brochures']);
    expect((await call('GET', `/medias/files?${q}&type=file&parentId=${MESSAGING_SEED.mediaFolders.brochures}`)).body.files.map((f: any) => f._id)).toEqual([MESSAGING_SEED.mediaFileId]);
    expect((await call('GET', `/medias/files?altType=location&altId=${SEED.secondLocationId}&sortBy=createdAt&sortOrder=desc&type=file`)).status).toBe(403);
    expect(sandbox.state.answerProblems).toEqual([]);
  });

  test('an upload (a file, or hosted), into a folder that exists; GHL\'s rules', async () => {
    const file = new FormData();
    file.append('file', Buffer.from('logo bytes'), { filename: 'logo.png', contentType: 'image/png' });
    file.append('parentId', MESSAGING_SEED.mediaFolders.photos);
    const res = await call('POST', '/medias/upload-file', file);
    expect(res.body).toEqual({ fileId: expect.any(String), url: expect.stringContaining('/__sandbox/files/') });
    expect(sandbox.state.table('media').get(res.body.fileId)).toMatchObject({ name: 'logo.png', parentId: MESSAGING_SEED.mediaFolders.photos, contentType: 'image/png' });
    const hostedNoUrl = new FormData();
    hostedNoUrl.append('hosted', 'true');
    expect((await call('POST', '/medias/upload-file', hostedNoUrl)).body.message).toBe('fileUrl is required when hosted is true');
    const badFolder = new FormData();
    badFolder.append('hosted', 'true');
    badFolder.append('fileUrl', 'https://acmedental.example.com/a.png');
    badFolder.append('parentId', 'nope');
    expect((await call('POST', '/medias/upload-file', badFolder)).status).toBe(404);
    const notBool = new FormData();
    notBool.append('hosted', 'sometimes');
    expect((await call('POST', '/medias/upload-file', notBool)).body.message).toEqual(['body.hosted must be boolean']);
  });

  test('files are served without a token, and each download is noted with the Authorization it carried', async () => {
    sandbox.state.files.put('brochure.pdf', Buffer.from('%PDF'), 'application/pdf');
    const res = await fetch(`${sandbox.url}/__sandbox/files/brochure.pdf`);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await res.arrayBuffer()).toString()).toBe('%PDF');
    expect(sandbox.state.table('fileDownloads').where(() => true)).toMatchObject([{ name: 'brochure.pdf', authorization: null }]);
    expect((await fetch(`${sandbox.url}/__sandbox/files/missing.pdf`)).status).toBe(404);
  });

  test("the sub-account's phone numbers; another sub-account's are 403", async () => {
    const res = await call('GET', `/phone-system/numbers/location/${LOC}`);
    expect(res.body).toMatchObject({ numbers: [{ phoneNumber: MESSAGING_SEED.phoneNumbers.main, isDefaultNumber: true }, { phoneNumber: MESSAGING_SEED.phoneNumbers.reminders }], accountStatus: 'active' });
    expect((await call('GET', `/phone-system/numbers/location/${SEED.secondLocationId}`)).status).toBe(403);
    expect(sandbox.state.answerProblems).toEqual([]);
  });
});

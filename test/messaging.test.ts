/**
 * Messaging, forms, surveys and media (issues 14 and 15): every operation's exact request (method, path,
 * query, Version, body) and result, the channel-dependent fields of Send Message, bad input, and the small
 * conversions these operations use.
 */
import nock from 'nock';
import { AGENCY_AUTH, BASE, inputFields, LOCATION_AUTH, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { epochSeconds, forgetInboundMessages, isoInstant, sendChannel, inboundChannel, conversationRecord } from '../domains/conversations';
import { answersByLabel } from '../domains/forms';
import { mediaUploadParts } from '../domains/media';
import { parseMultipart } from '../contract/multipart';
import { CUSTOM_FIELDS_PATH } from '../lib/custom-fields';

setupNock();
afterEach(() => forgetInboundMessages());

const V = '2021-04-15';
const V2 = '2021-07-28';
const CONTACT = 'seD4PfOuKoVMLkEZqohJ';
const CONV = 'ABCHkzuJQ8ZMd4Te84GK';
const FILES = 'https://zapier-dev-files.s3.amazonaws.com';
const field = { key: 'f', label: 'Field' };

/** Answers one multipart POST and hands over what arrived (headers and parts). */
const captureMultipart = (path: string, reply: unknown, version: string) => {
  const got: { parts?: ReturnType<typeof parseMultipart>; headers?: Record<string, string> } = {};
  nock(BASE, { reqheaders: { authorization: `Bearer ${LOCATION_AUTH.access_token}`, version } })
    .post(path)
    .reply(function (_uri, body) {
      got.headers = this.req.headers as Record<string, string>;
      const raw = typeof body === 'string' && /^([0-9a-f]{2})+$/.test(body) ? Buffer.from(body, 'hex') : Buffer.from(String(body), 'latin1');
      got.parts = parseMultipart(raw, got.headers['content-type']);
      return [200, reply];
    });
  return got;
};

describe('conversions', () => {
  test('a channel by its value or its label; anything else names the field and the channels', () => {
    expect(sendChannel('FB', field, {}, {} as any)).toBe('FB');
    expect(sendChannel('facebook', field, {}, {} as any)).toBe('FB');
    expect(sendChannel(' Live Chat ', field, {}, {} as any)).toBe('Live_Chat');
    expect(sendChannel('custom', field, {}, {} as any)).toBe('Custom');
    expect(inboundChannel('Google Business Profile', field, {}, {} as any)).toBe('GMB');
    expect(() => sendChannel('Fax', field, {}, {} as any)).toThrow('The Field field must be one of SMS, Email, WhatsApp, Facebook, Instagram, Live Chat, Custom; got "Fax".');
    expect(() => sendChannel('GMB', field, {}, {} as any)).toThrow(/must be one of/);
  });

  test('a scheduled time as UTC epoch seconds, from any zone; a non-date names the field', () => {
    expect(epochSeconds('2026-07-09T09:00:00-05:00', field, {}, {} as any)).toBe(Date.UTC(2026, 6, 9, 14) / 1000);
    expect(epochSeconds('2026-07-09T14:00:00Z', field, {}, {} as any)).toBe(1783605600);
    expect(epochSeconds('', field, {}, {} as any)).toBeUndefined();
    expect(() => epochSeconds('next Tuesday', field, {}, {} as any)).toThrow(/The Field field is not a date/);
  });

  test('instants GHL answers become ISO-8601 in UTC (epoch ms, epoch seconds, zone-less); others stay', () => {
    expect(isoInstant(1719325200000)).toBe('2024-06-25T14:20:00.000Z');
    expect(isoInstant('1719325200')).toBe('2024-06-25T14:20:00.000Z');
    expect(isoInstant('2026-07-16 11:00:00')).toBe('2026-07-16T11:00:00.000Z');
    expect(isoInstant('2021-06-23T06:07:04.000Z')).toBe('2021-06-23T06:07:04.000Z');
    expect(isoInstant('soon')).toBe('soon');
    expect(isoInstant(undefined)).toBeUndefined();
    expect(conversationRecord({ id: 'c1', lastMessageDate: 1719325200000 })).toEqual({ id: 'c1', conversationId: 'c1', lastMessageDate: '2024-06-25T14:20:00.000Z' });
  });

  test('media upload inputs: a file or a URL, exactly one', () => {
    expect(mediaUploadParts({ file: `${FILES}/f.pdf`, name: 'Price list.pdf', parentId: 'fold1' })).toEqual([
      { name: 'file', fileUrl: `${FILES}/f.pdf`, label: 'File', filename: 'Price list.pdf' },
      { name: 'name', value: 'Price list.pdf' },
      { name: 'parentId', value: 'fold1' },
    ]);
    expect(mediaUploadParts({ fileUrl: 'https://acmedental.example.com/logo.png' })).toEqual([
      { name: 'hosted', value: true },
      { name: 'fileUrl', value: 'https://acmedental.example.com/logo.png' },
    ]);
    expect(() => mediaUploadParts({ file: `${FILES}/f.pdf`, fileUrl: 'https://x.example.com/a.png' })).toThrow('Give a File or a File URL, not both.');
    expect(() => mediaUploadParts({})).toThrow(/Give a File \(from an earlier step\) or a File URL/);
    expect(() => mediaUploadParts({ fileUrl: 'ftp://x/a.png' })).toThrow(/must be an http\(s\) URL/);
  });
});

describe('Send Message', () => {
  test('SMS: the exact request (merge fields untouched, sender number, scheduled time) and the result', async () => {
    mockGhl({
      method: 'POST',
      path: '/conversations/messages',
      version: V,
      body: {
        contactId: CONTACT,
        type: 'SMS',
        message: 'Hi {{contact.first_name}}, see you {{appointment.start_time}}!',
        fromNumber: '+18832320101',
        scheduledTimestamp: 1783605600,
      },
      reply: { conversationId: CONV, messageId: 't22c6DQcTDf3MjRhwf77', msg: 'Message queued successfully.', status: 'pending', traceId: 'tr1' },
    });
    const out = await perform('creates', 'send_message', {
      contactId: CONTACT,
      type: 'SMS',
      message: 'Hi {{contact.first_name}}, see you {{appointment.start_time}}!',
      fromNumber: '+1 883 232 0101',
      scheduledAt: '2026-07-09T14:00:00Z',
      subject: 'not an SMS field: left out',
    });
    expect(out).toEqual({
      id: 't22c6DQcTDf3MjRhwf77',
      messageId: 't22c6DQcTDf3MjRhwf77',
      conversationId: CONV,
      status: 'pending',
      msg: 'Message queued successfully.',
      contactId: CONTACT,
      channel: 'SMS',
      scheduledAt: '2026-07-09T14:00:00.000Z',
    });
  });

  test('Email: subject, HTML and text, addresses, reply in a thread', async () => {
    mockGhl({
      method: 'POST',
      path: '/conversations/messages',
      version: V,
      body: {
        contactId: CONTACT,
        type: 'Email',
        subject: 'Your quote, {{contact.first_name}}',
        html: '<p>Hi {{contact.first_name}}</p>',
        message: 'Hi {{contact.first_name}}',
        emailFrom: 'frontdesk@acmedental.example.com',
        emailCc: ['billing@acmedental.example.com', 'dr.lee@acmedental.example.com'],
        emailBcc: ['records@acmedental.example.com'],
        replyMessageId: 'Em3Ai6Ls9Pq2Xw5Rt8Yb',
        emailReplyMode: 'reply',
      },
      reply: { conversationId: CONV, messageId: 'm2', emailMessageId: 'e2', status: 'pending' },
    });
    const out = await perform('creates', 'send_message', {
      contactId: CONTACT,
      type: 'Email',
      subject: 'Your quote, {{contact.first_name}}',
      html: '<p>Hi {{contact.first_name}}</p>',
      message: 'Hi {{contact.first_name}}',
      emailFrom: 'frontdesk@acmedental.example.com',
      emailCc: 'billing@acmedental.example.com, dr.lee@acmedental.example.com',
      emailBcc: ['records@acmedental.example.com'],
      replyMessageId: 'Em3Ai6Ls9Pq2Xw5Rt8Yb',
      fromNumber: '+18832320101',
    });
    expect(out).toMatchObject({ id: 'm2', emailMessageId: 'e2', channel: 'Email' });
  });

  test("files as attachments: the contact's conversation, one multipart upload of every file, then the message with their URLs", async () => {
    mockGhl({
      method: 'GET',
      path: '/conversations/search',
      version: V,
      query: { locationId: LOCATION_ID, contactId: CONTACT, sort: 'desc', sortBy: 'last_message_date', limit: '1' },
      reply: { conversations: [{ id: CONV, contactId: CONTACT }], total: 1 },
    });
    nock(FILES, { badheaders: ['authorization'] }).get('/a/price-list.pdf').reply(200, '%PDF-1.4 price list', { 'content-type': 'application/pdf' });
    nock(FILES, { badheaders: ['authorization'] }).get('/a/map.png').reply(200, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0xff]), { 'content-type': 'image/png' });
    const upload = captureMultipart(
      '/conversations/messages/upload',
      { uploadedFiles: { 'price-list.pdf': 'https://storage.googleapis.com/m/price-list.pdf', 'map.png': 'https://storage.googleapis.com/m/map.png' } },
      V,
    );
    mockGhl({
      method: 'POST',
      path: '/conversations/messages',
      version: V,
      body: {
        contactId: CONTACT,
        type: 'WhatsApp',
        message: 'Here you go',
        attachments: ['https://storage.googleapis.com/m/price-list.pdf', 'https://storage.googleapis.com/m/map.png', 'https://acmedental.example.com/hours.pdf'],
      },
      reply: { conversationId: CONV, messageId: 'm3', status: 'pending' },
    });
    await perform('creates', 'send_message', {
      contactId: CONTACT,
      type: 'WhatsApp',
      message: 'Here you go',
      attachments: [`${FILES}/a/price-list.pdf`, `${FILES}/a/map.png`],
      attachmentUrls: ['https://acmedental.example.com/hours.pdf'],
    });
    expect(upload.parts!.fields).toEqual({ conversationId: CONV, contactId: CONTACT, locationId: LOCATION_ID });
    expect(upload.parts!.files.fileAttachment.map((f) => [f.filename, f.contentType, f.bytes.length])).toEqual([
      ['price-list.pdf', 'application/pdf', 19],
      ['map.png', 'image/png', 5],
    ]);
  });

  test('a contact without a conversation gets one before the upload', async () => {
    mockGhl({ method: 'GET', path: '/conversations/search', version: V, query: { locationId: LOCATION_ID, contactId: CONTACT, sort: 'desc', sortBy: 'last_message_date', limit: '1' }, reply: { conversations: [], total: 0 } });
    mockGhl({ method: 'POST', path: '/conversations/', version: V, body: { locationId: LOCATION_ID, contactId: CONTACT }, status: 201, reply: { success: true, conversation: { id: 'newConv1', contactId: CONTACT } } });
    nock(FILES).get('/x.pdf').reply(200, 'pdf', { 'content-type': 'application/pdf' });
    const upload = captureMultipart('/conversations/messages/upload', { uploadedFiles: { 'x.pdf': 'https://storage.googleapis.com/m/x.pdf' } }, V);
    mockGhl({ method: 'POST', path: '/conversations/messages', version: V, body: { contactId: CONTACT, type: 'SMS', message: 'Form attached', attachments: ['https://storage.googleapis.com/m/x.pdf'] }, reply: { conversationId: 'newConv1', messageId: 'm4', status: 'pending' } });
    await perform('creates', 'send_message', { contactId: CONTACT, type: 'SMS', message: 'Form attached', attachments: [`${FILES}/x.pdf`] });
    expect(upload.parts!.fields.conversationId).toBe('newConv1');
  });

  test('an upload answer without a URL per file is an error naming the step, and no message is sent', async () => {
    mockGhl({ method: 'GET', path: '/conversations/search', version: V, query: { locationId: LOCATION_ID, contactId: CONTACT, sort: 'desc', sortBy: 'last_message_date', limit: '1' }, reply: { conversations: [{ id: CONV }], total: 1 } });
    nock(FILES).get('/x.pdf').reply(200, 'pdf');
    captureMultipart('/conversations/messages/upload', { uploadedFiles: {} }, V);
    await expect(perform('creates', 'send_message', { contactId: CONTACT, type: 'SMS', message: 'x', attachments: [`${FILES}/x.pdf`] })).rejects.toThrow(
      /Upload the attachments: GoHighLevel answered without the \\?"uploadedFiles\\?" record/,
    );
  });

  test.each([
    [{ type: 'SMS' }, /The Message field is required for this channel but was empty/],
    [{ type: 'Email', html: '<p>x</p>' }, /The Subject field is required for this channel/],
    [{ type: 'Email', subject: 'Quote' }, /An email needs an HTML Body or a Text Body/],
    [{ type: 'Email', subject: 'Quote', message: 'x', emailCc: 'billing@acme, ok@acme.com' }, /CC \(#1\)/],
    [{ type: 'Custom', message: 'x' }, /The Conversation Provider ID field is required for this channel/],
    [{ type: 'Pager', message: 'x' }, /The Channel field must be one of/],
    [{ type: 'SMS', message: 'x', attachmentUrls: 'price list.pdf' }, /The Attachment URLs field must hold http\(s\) URLs; #1 is \\?"price list.pdf/],
    [{ type: 'SMS', message: 'x', scheduledAt: '31/12/2026' }, /The Send At field is not a date/],
  ])('bad input %p is refused before any request', async (input, error) => {
    await expect(perform('creates', 'send_message', { contactId: CONTACT, ...input })).rejects.toThrow(error);
  });

  test("a contact without a phone gets GHL's own error, readable, with its traceId", async () => {
    mockGhl({
      method: 'POST',
      path: '/conversations/messages',
      version: V,
      status: 400,
      reply: { statusCode: 400, message: 'Contact does not have a phone number', traceId: 'trace-42' },
    });
    await expect(perform('creates', 'send_message', { contactId: CONTACT, type: 'SMS', message: 'Hi' })).rejects.toThrow(
      'GoHighLevel rejected the request (400 Bad Request): Contact does not have a phone number. (traceId trace-42)',
    );
  });

  describe('the channel decides the fields', () => {
    const keys = (fields: any[]) => fields.map((f) => f.key);
    const numbers = (n: number) => ({
      numbers: Array.from({ length: n }, (_, i) => ({ phoneNumber: `+1883232010${i}`, capabilities: { sms: true } })),
      isUnderGhl: true,
      pageSize: 1000,
      page: 0,
      accountStatus: 'active',
    });

    test('Email: subject, bodies, addresses and the reply', async () => {
      expect(keys(await inputFields('creates', 'send_message', { type: 'Email' }))).toEqual([
        'locationId',
        'contactId',
        'type',
        'subject',
        'html',
        'message',
        'emailFrom',
        'emailTo',
        'emailCc',
        'emailBcc',
        'replyMessageId',
        'emailReplyMode',
        'attachments',
        'attachmentUrls',
        'scheduledAt',
      ].filter((k) => k !== 'locationId'));
    });

    test('SMS with several numbers: the text and the sender number (one request); with one number: the text only', async () => {
      mockGhl({ method: 'GET', path: `/phone-system/numbers/location/${LOCATION_ID}`, version: V2, reply: numbers(2) });
      expect(keys(await inputFields('creates', 'send_message', { type: 'SMS' }))).toEqual(['contactId', 'type', 'message', 'fromNumber', 'attachments', 'attachmentUrls', 'scheduledAt']);
      mockGhl({ method: 'GET', path: `/phone-system/numbers/location/${LOCATION_ID}`, version: V2, reply: numbers(1) });
      expect(keys(await inputFields('creates', 'send_message', { type: 'SMS' }))).toEqual(['contactId', 'type', 'message', 'attachments', 'attachmentUrls', 'scheduledAt']);
    });

    test('numbers that cannot be read (an older connection without the scope): the sender number is offered', async () => {
      mockGhl({ method: 'GET', path: `/phone-system/numbers/location/${LOCATION_ID}`, version: V2, status: 403, reply: { statusCode: 403, message: 'The token is not authorized for this scope.' } });
      expect(keys(await inputFields('creates', 'send_message', { type: 'WhatsApp' }))).toContain('fromNumber');
    });

    test('chat channels: the text, no request; Custom: its provider too', async () => {
      expect(keys(await inputFields('creates', 'send_message', { type: 'IG' }))).toEqual(['contactId', 'type', 'message', 'attachments', 'attachmentUrls', 'scheduledAt']);
      expect(keys(await inputFields('creates', 'send_message', { type: 'Custom' }))).toContain('conversationProviderId');
      expect(keys(await inputFields('creates', 'send_message', {}))).toContain('message');
    });

    test('the Channel field alters the fields', async () => {
      const channel = (await inputFields('creates', 'send_message', { type: 'IG' })).find((f) => f.key === 'type');
      expect(channel).toMatchObject({ altersDynamicFields: true, required: true });
      expect(Object.keys(channel.choices)).toEqual(['SMS', 'Email', 'WhatsApp', 'FB', 'IG', 'Live_Chat', 'Custom']);
    });
  });
});

describe('Add Inbound Message', () => {
  const BODY = { type: 'SMS', conversationProviderId: 'cI08i1Bls3iTB9bKgF01', message: 'Running late {{sorry}}', date: '2026-07-08T14:30:00.000Z', altId: 'ext-778' };
  const REPLY = { success: true, conversationId: CONV, messageId: 'in1', message: 'Message added successfully', contactId: CONTACT, dateAdded: '2026-07-08T14:30:01.000Z' };

  test("a contact: its conversation is found; the exact request and the result", async () => {
    mockGhl({ method: 'GET', path: '/conversations/search', version: V, query: { locationId: LOCATION_ID, contactId: CONTACT, sort: 'desc', sortBy: 'last_message_date', limit: '1' }, reply: { conversations: [{ id: CONV }], total: 1 } });
    mockGhl({ method: 'POST', path: '/conversations/messages/inbound', version: V, body: { ...BODY, conversationId: CONV, contactId: CONTACT }, reply: REPLY });
    const out = await perform('creates', 'add_inbound_message', { contactId: CONTACT, ...BODY, date: '2026-07-08T09:30:00-05:00' });
    expect(out).toEqual({ id: 'in1', messageId: 'in1', conversationId: CONV, contactId: CONTACT, dateAdded: '2026-07-08T14:30:01.000Z', success: true, message: 'Message added successfully' });
  });

  test('a conversation: its contact is read', async () => {
    mockGhl({ method: 'GET', path: `/conversations/${CONV}`, version: V, reply: { id: CONV, contactId: CONTACT, locationId: LOCATION_ID } });
    mockGhl({ method: 'POST', path: '/conversations/messages/inbound', version: V, body: { type: 'Live_Chat', conversationProviderId: 'p1', message: 'Hi', conversationId: CONV, contactId: CONTACT }, reply: REPLY });
    await perform('creates', 'add_inbound_message', { conversationId: CONV, type: 'Live Chat', conversationProviderId: 'p1', message: 'Hi' });
  });

  test('both given: no lookup', async () => {
    mockGhl({ method: 'POST', path: '/conversations/messages/inbound', version: V, body: { type: 'Email', conversationProviderId: 'p1', subject: 'Question', html: '<p>Payment plans?</p>', emailFrom: 'rubika@deos.com', conversationId: CONV, contactId: CONTACT }, reply: REPLY });
    await perform('creates', 'add_inbound_message', { conversationId: CONV, contactId: CONTACT, type: 'Email', conversationProviderId: 'p1', subject: 'Question', html: '<p>Payment plans?</p>', emailFrom: 'rubika@deos.com' });
  });

  test.each([
    [{ type: 'SMS', conversationProviderId: 'p1' }, /Choose a Conversation or a Contact/],
    [{ type: 'Fax', contactId: CONTACT, conversationId: CONV, conversationProviderId: 'p1' }, /The Channel field must be one of/],
    [{ type: 'SMS', contactId: CONTACT, conversationId: CONV }, /The Conversation Provider ID field is required/],
    [{ type: 'Email', contactId: CONTACT, conversationId: CONV, conversationProviderId: 'p1', emailFrom: 'not-an-email' }, /Email From/],
  ])('bad input %p is refused before any request', async (input, error) => {
    await expect(perform('creates', 'add_inbound_message', input)).rejects.toThrow(error);
  });
});

describe('Upload File to Media Library', () => {
  test('a file of an earlier step: streamed into a multipart upload with its name and folder; the result', async () => {
    nock(FILES, { badheaders: ['authorization'] }).get('/hydrate/abc').reply(200, '%PDF-1.4 prices', { 'content-type': 'application/pdf', 'content-length': '15' });
    const got = captureMultipart('/medias/upload-file', { fileId: '66e0a4c1f1d2a3b4c5d6e7f8', url: 'https://storage.googleapis.com/msgsndr/x.pdf' }, V2);
    const out = await perform('creates', 'upload_file_to_media_library', { file: `${FILES}/hydrate/abc`, name: 'Price list.pdf', parentId: '64af50c42d567a3b4f5989e0' });
    expect(got.parts!.fields).toEqual({ name: 'Price list.pdf', parentId: '64af50c42d567a3b4f5989e0' });
    expect(got.parts!.files.file).toEqual([{ filename: 'Price list.pdf', contentType: 'application/pdf', bytes: Buffer.from('%PDF-1.4 prices') }]);
    expect(out).toEqual({ id: '66e0a4c1f1d2a3b4c5d6e7f8', fileId: '66e0a4c1f1d2a3b4c5d6e7f8', url: 'https://storage.googleapis.com/msgsndr/x.pdf', name: 'Price list.pdf', parentId: '64af50c42d567a3b4f5989e0' });
  });

  test('a hosted URL: hosted=true and the URL, no download', async () => {
    const got = captureMultipart('/medias/upload-file', { fileId: 'f2', url: 'https://acmedental.example.com/logo.png' }, V2);
    await perform('creates', 'upload_file_to_media_library', { fileUrl: 'https://acmedental.example.com/logo.png' });
    expect(got.parts!.fields).toEqual({ hosted: 'true', fileUrl: 'https://acmedental.example.com/logo.png' });
    expect(got.parts!.files).toEqual({});
  });

  test('an agency connection uploads with the minted sub-account token', async () => {
    nock(BASE).post('/oauth/locationToken').reply(200, { access_token: 'minted-token', expires_in: 86399, locationId: LOCATION_ID });
    nock(BASE, { reqheaders: { authorization: 'Bearer minted-token', version: V2 } }).post('/medias/upload-file').reply(200, { fileId: 'f3', url: 'https://x.example.com/a.png' });
    const out = await perform('creates', 'upload_file_to_media_library', { fileUrl: 'https://x.example.com/a.png', locationId: LOCATION_ID }, { authData: AGENCY_AUTH });
    expect(out.fileId).toBe('f3');
  });

  test('an answer without the file id is an error naming the step', async () => {
    captureMultipart('/medias/upload-file', { url: 'https://x.example.com/a.png' }, V2);
    await expect(perform('creates', 'upload_file_to_media_library', { fileUrl: 'https://x.example.com/a.png' })).rejects.toThrow(
      /Upload File to Media Library: GoHighLevel answered 200 without the record's \\?"fileId/,
    );
  });
});

describe('New Inbound Message', () => {
  const now = Date.now();
  const iso = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
  const conv = (id: string, minutesAgo: number) => ({ id, contactId: `${id}-contact`, locationId: LOCATION_ID, fullName: `Owner of ${id}`, email: `${id}@example.com`, phone: '+15550100', lastMessageDate: now - minutesAgo * 60_000 });
  const search = (conversations: unknown[]) =>
    mockGhl({ method: 'GET', path: '/conversations/search', version: V, query: { locationId: LOCATION_ID, sort: 'desc', sortBy: 'last_message_date', limit: '50' }, reply: { conversations, total: conversations.length } });
  const messages = (id: string, list: unknown[], query: Record<string, string> = { limit: '50' }) =>
    mockGhl({ method: 'GET', path: `/conversations/${id}/messages`, version: V, query, reply: { messages: { lastMessageId: 'x', nextPage: false, messages: list } } });
  const msg = (id: string, conversationId: string, minutesAgo: number, extra: Record<string, unknown> = {}) => ({
    id,
    conversationId,
    contactId: `${conversationId}-contact`,
    locationId: LOCATION_ID,
    messageType: 'TYPE_SMS',
    type: 2,
    direction: 'inbound',
    body: `message ${id}`,
    status: 'delivered',
    dateAdded: iso(minutesAgo),
    ...extra,
  });

  test('one item per inbound message of the recent conversations, newest first; outbound, activity and old messages left out', async () => {
    search([conv('c1', 1), conv('c2', 30), conv('old', 60 * 24 * 3)]);
    messages('c1', [msg('m3', 'c1', 1), msg('m2', 'c1', 2), msg('o1', 'c1', 3, { direction: 'outbound' }), msg('m0', 'c1', 60 * 24 * 2)]);
    messages('c2', [msg('m1', 'c2', 30, { messageType: 'TYPE_EMAIL' }), msg('a1', 'c2', 31, { messageType: 'TYPE_ACTIVITY_OPPORTUNITY' })]);
    const out = await perform('triggers', 'new_inbound_message', {});
    expect(out.map((m: any) => m.id)).toEqual(['m3', 'm2', 'm1']);
    expect(out[2]).toEqual({
      id: 'm1',
      messageId: 'm1',
      conversationId: 'c2',
      contactId: 'c2-contact',
      locationId: LOCATION_ID,
      messageType: 'TYPE_EMAIL',
      channel: 'Email',
      body: 'message m1',
      direction: 'inbound',
      status: 'delivered',
      contentType: undefined,
      attachments: [],
      dateAdded: iso(30),
      contactName: 'Owner of c2',
      contactEmail: 'c2@example.com',
      contactPhone: '+15550100',
    });
  });

  test('the next poll reads only the conversations with a new message (a quiet poll is one request)', async () => {
    search([conv('c1', 5), conv('c2', 30)]);
    messages('c1', [msg('m2', 'c1', 5)]);
    messages('c2', [msg('m1', 'c2', 30)]);
    expect((await perform('triggers', 'new_inbound_message', {}, { keepCache: true })).map((m: any) => m.id)).toEqual(['m2', 'm1']);
    // c1 got a new message; c2 did not: only c1 is read again.
    search([conv('c1', 0), conv('c2', 30)]);
    messages('c1', [msg('m3', 'c1', 0), msg('m2', 'c1', 5)]);
    expect((await perform('triggers', 'new_inbound_message', {}, { keepCache: true })).map((m: any) => m.id)).toEqual(['m3', 'm2', 'm1']);
    // Nothing new: the search only.
    search([conv('c1', 0), conv('c2', 30)]);
    expect((await perform('triggers', 'new_inbound_message', {}, { keepCache: true })).map((m: any) => m.id)).toEqual(['m3', 'm2', 'm1']);
  });

  test('one channel: the messages are read of that type only', async () => {
    search([conv('c1', 1)]);
    messages('c1', [msg('w1', 'c1', 1, { messageType: 'TYPE_WHATSAPP' })], { limit: '50', type: 'TYPE_WHATSAPP' });
    expect(await perform('triggers', 'new_inbound_message', { channel: 'TYPE_WHATSAPP' })).toMatchObject([{ id: 'w1', channel: 'WhatsApp' }]);
  });

  test('at most ten conversations are read in one poll', async () => {
    const many = Array.from({ length: 12 }, (_, i) => conv(`c${i}`, i));
    search(many);
    for (const c of many.slice(0, 10)) messages(c.id, [msg(`m-${c.id}`, c.id, 1)]);
    expect(await perform('triggers', 'new_inbound_message', {})).toHaveLength(10);
  });

  test('loading a sample looks past the look-back, at the three newest conversations', async () => {
    search([conv('c1', 60 * 24 * 10), conv('c2', 60 * 24 * 11), conv('c3', 60 * 24 * 12), conv('c4', 60 * 24 * 13)]);
    for (const id of ['c1', 'c2', 'c3']) messages(id, [msg(`m-${id}`, id, 60 * 24 * 10)]);
    expect((await perform('triggers', 'new_inbound_message', {}, { meta: { isLoadingSample: true } })).map((m: any) => m.id)).toEqual(['m-c1', 'm-c2', 'm-c3']);
  });

  test('an answer without conversations is an error, never an empty poll', async () => {
    search([]);
    nock.cleanAll();
    mockGhl({ method: 'GET', path: '/conversations/search', version: V, query: { locationId: LOCATION_ID, sort: 'desc', sortBy: 'last_message_date', limit: '50' }, reply: { total: 0 } });
    await expect(perform('triggers', 'new_inbound_message', {})).rejects.toThrow(/New Inbound Message: GoHighLevel answered without the \\?"conversations\\?" list/);
  });
});

describe('Find Conversation', () => {
  test("the contact's conversations (optionally of a channel), dates as ISO-8601", async () => {
    mockGhl({
      method: 'GET',
      path: '/conversations/search',
      version: V,
      query: { locationId: LOCATION_ID, contactId: CONTACT, lastMessageType: 'TYPE_WHATSAPP', sort: 'desc', sortBy: 'last_message_date', limit: '20' },
      reply: { conversations: [{ id: CONV, contactId: CONTACT, lastMessageDate: 1719325200000, dateAdded: 1719300000000, dateUpdated: 1719325200000 }], total: 1 },
    });
    expect(await perform('searches', 'find_conversation', { contactId: CONTACT, channel: 'TYPE_WHATSAPP' })).toEqual([
      { id: CONV, conversationId: CONV, contactId: CONTACT, lastMessageDate: '2024-06-25T14:20:00.000Z', dateAdded: '2024-06-25T07:20:00.000Z', dateUpdated: '2024-06-25T14:20:00.000Z' },
    ]);
  });

  test('none found (an empty list or a 404) is [], other failures are errors', async () => {
    const q = { locationId: LOCATION_ID, contactId: CONTACT, sort: 'desc', sortBy: 'last_message_date', limit: '20' };
    mockGhl({ method: 'GET', path: '/conversations/search', version: V, query: q, reply: { conversations: [], total: 0 } });
    expect(await perform('searches', 'find_conversation', { contactId: CONTACT })).toEqual([]);
    mockGhl({ method: 'GET', path: '/conversations/search', version: V, query: q, status: 404, reply: { statusCode: 404, message: 'Contact not found' } });
    expect(await perform('searches', 'find_conversation', { contactId: CONTACT })).toEqual([]);
    mockGhl({ method: 'GET', path: '/conversations/search', version: V, query: q, status: 422, reply: { statusCode: 422, message: ['contactId must be a string'] } });
    await expect(perform('searches', 'find_conversation', { contactId: CONTACT })).rejects.toThrow(/422.*contactId must be a string/);
    await expect(perform('searches', 'find_conversation', {})).rejects.toThrow(/The Contact field is required/);
  });
});

describe('New Form Submission and New Survey Submission', () => {
  const DEFS = { customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', name: 'Pincode', fieldKey: 'contact.pincode', dataType: 'NUMERICAL', model: 'contact' }] };
  const submission = {
    id: '38303ec7-629a-49e2-888a-cf8bf0b1f97e',
    contactId: CONTACT,
    createdAt: '2026-07-08T14:07:04.000Z',
    formId: 'eHNbKMDuM4QRPq2O3DTZ',
    name: 'Rubika Deo',
    email: 'rubika@deos.com',
    others: {
      email: 'rubika@deos.com',
      full_name: 'Rubika Deo',
      MgobCB14YMVKuE4Ka8p1: '35061',
      preferred_time: 'Mornings',
      fieldsOriSequance: ['full_name', 'email', 'MgobCB14YMVKuE4Ka8p1', 'preferred_time'],
      eventData: { source: 'Direct traffic', page: { url: 'https://acmedental.example.com/book' } },
      __submissions_other_field__: 'x',
    },
  };

  test('the exact request (the form, one page of 100) and each submission with its answers by question', async () => {
    mockGhl({ method: 'GET', path: '/forms/submissions', version: V2, query: { locationId: LOCATION_ID, formId: 'eHNbKMDuM4QRPq2O3DTZ', limit: '100', page: '1' }, reply: { submissions: [submission], meta: { total: 1, currentPage: 1, nextPage: null, prevPage: null } } });
    mockGhl({ method: 'GET', path: CUSTOM_FIELDS_PATH.replace('{locationId}', LOCATION_ID), version: V2, query: { model: 'contact' }, reply: DEFS });
    const out = await perform('triggers', 'new_form_submission', { formId: 'eHNbKMDuM4QRPq2O3DTZ' });
    expect(out).toEqual([
      {
        id: submission.id,
        submissionId: submission.id,
        formId: 'eHNbKMDuM4QRPq2O3DTZ',
        contactId: CONTACT,
        name: 'Rubika Deo',
        email: 'rubika@deos.com',
        createdAt: '2026-07-08T14:07:04.000Z',
        answers: { 'Full Name': 'Rubika Deo', Email: 'rubika@deos.com', Pincode: '35061', 'Preferred Time': 'Mornings' },
        pageUrl: 'https://acmedental.example.com/book',
        source: 'Direct traffic',
        others: submission.others,
      },
    ]);
  });

  test('answers without custom fields need no definitions (one request)', async () => {
    const plain = { ...submission, others: { email: 'a@b.co', how_did_you_hear: 'Google' } };
    mockGhl({ method: 'GET', path: '/surveys/submissions', version: V2, query: { locationId: LOCATION_ID, limit: '100', page: '1' }, reply: { submissions: [{ ...plain, formId: undefined, surveyId: 's1' }], meta: { total: 1, currentPage: 1 } } });
    const out = await perform('triggers', 'new_survey_submission', {});
    expect(out[0]).toMatchObject({ surveyId: 's1', answers: { Email: 'a@b.co', 'How Did You Hear': 'Google' } });
  });

  test('populating the dedupe store reads more pages while they are full; a normal poll reads one', async () => {
    const page = (n: number, count: number) => Array.from({ length: count }, (_, i) => ({ id: `s${n}-${i}`, surveyId: 's1', createdAt: new Date(Date.UTC(2026, 6, 8) - (n * 100 + i) * 60_000).toISOString(), others: {} }));
    mockGhl({ method: 'GET', path: '/surveys/submissions', version: V2, query: { locationId: LOCATION_ID, limit: '100', page: '1' }, reply: { submissions: page(0, 100), meta: { total: 130, currentPage: 1, nextPage: 2 } } });
    mockGhl({ method: 'GET', path: '/surveys/submissions', version: V2, query: { locationId: LOCATION_ID, limit: '100', page: '2' }, reply: { submissions: page(1, 30), meta: { total: 130, currentPage: 2 } } });
    expect(await perform('triggers', 'new_survey_submission', {}, { meta: { isPopulatingDedupe: true } })).toHaveLength(130);
    mockGhl({ method: 'GET', path: '/surveys/submissions', version: V2, query: { locationId: LOCATION_ID, limit: '100', page: '1' }, reply: { submissions: page(0, 100), meta: { total: 130, currentPage: 1, nextPage: 2 } } });
    expect(await perform('triggers', 'new_survey_submission', {})).toHaveLength(100);
  });

  test('a custom field GHL no longer knows keeps its id; a label used twice keeps both answers', async () => {
    const ctx: any = { z: null, bundle: {}, locationId: LOCATION_ID };
    // No id-like keys: no definitions needed, and none read (z is never touched).
    expect(await answersByLabel({ email: 'a@b.co', Email: 'other@b.co' }, ctx)).toEqual({ Email: 'a@b.co', 'Email (Email)': 'other@b.co' });
    expect(await answersByLabel(undefined, ctx)).toEqual({});
  });
});

describe('dropdowns', () => {
  test('phone numbers: the sub-account in the path, the number as the value', async () => {
    mockGhl({
      method: 'GET',
      path: `/phone-system/numbers/location/${LOCATION_ID}`,
      version: V2,
      reply: { numbers: [{ phoneNumber: '+18832320100', friendlyName: 'Front desk', isDefaultNumber: true }, { phoneNumber: '+18832320101' }], isUnderGhl: true, pageSize: 1000, page: 0, accountStatus: 'active' },
    });
    expect((await perform('triggers', 'dropdown_phone_numbers')).map((n: any) => [n.id, n.name])).toEqual([
      ['+18832320100', 'Front desk (+18832320100) (default)'],
      ['+18832320101', '+18832320101'],
    ]);
  });

  test("the contact's emails: one page of the message export", async () => {
    mockGhl({
      method: 'GET',
      path: '/conversations/messages/export',
      version: V,
      query: { locationId: LOCATION_ID, contactId: CONTACT, channel: 'Email', sortBy: 'createdAt', sortOrder: 'desc', limit: '50' },
      reply: { messages: [{ id: 'e1', direction: 'outbound', dateAdded: '2026-07-01T10:00:00.000Z', body: '<p>Your quote for the premium plan</p>' }], total: 1 },
    });
    expect((await perform('triggers', 'dropdown_contact_emails', { contactId: CONTACT })).map((n: any) => [n.id, n.name])).toEqual([
      ['e1', 'To the contact 2026-07-01 "Your quote for the premium plan"'],
    ]);
  });

  test('surveys page with limit/skip; media folders by altId, their _id as the value', async () => {
    mockGhl({ method: 'GET', path: '/surveys/', version: V2, query: { locationId: LOCATION_ID, limit: '50', skip: '50' }, reply: { surveys: [{ id: 'sv1', name: 'Post-visit feedback' }], total: 51 } });
    expect(await perform('triggers', 'dropdown_surveys', {}, { meta: { page: 1 } })).toMatchObject([{ id: 'sv1', name: 'Post-visit feedback' }]);
    mockGhl({
      method: 'GET',
      path: '/medias/files',
      version: V2,
      query: { altType: 'location', altId: LOCATION_ID, type: 'folder', sortBy: 'createdAt', sortOrder: 'desc', limit: '100', offset: '0' },
      reply: { files: [{ _id: '64af50c42d567a3b4f5989e0', name: 'Brochures', type: 'folder' }] },
    });
    expect(await perform('triggers', 'dropdown_media_folders')).toMatchObject([{ id: '64af50c42d567a3b4f5989e0', name: 'Brochures' }]);
  });
});

/**
 * End-to-end cases: messaging (Send Message, Add Inbound Message, New Inbound Message, Find Conversation),
 * form and survey submissions, and the media library upload, against the sandbox.
 */
import { ids, SEED, type Case } from '../harness';
import { MESSAGING_SEED } from '../../../sandbox/seed-ids';
import type { Sandbox } from '../../../sandbox/server';

const CONV = SEED.conversationId;
const LIVE_CHAT = 'LcHt4Wq9Zx2Nv7Rb5Km8';
const { rubika, john, maria } = SEED.contacts;

/** A PDF-like file with bytes that are not text, as an earlier step would hand it over. */
export const PRICE_LIST = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from([0, 0xff, 0x10, 0x80]), Buffer.from('\nWhitening from $299\n%%EOF\n')]);

/** Puts a file where an earlier step's file would be, and answers its URL (served without a token). */
export const earlierStepFile = (sandbox: Sandbox, name: string, bytes = PRICE_LIST, type = 'application/pdf'): string => {
  sandbox.state.files.put(name, bytes, type);
  return `${sandbox.url}/__sandbox/files/${name}`;
};

/** The bytes the sandbox keeps behind one of its file URLs. */
export const bytesAt = (sandbox: Sandbox, url: string) => sandbox.state.files.get(decodeURIComponent(url.split('/__sandbox/files/')[1]));

const NO_PHONE = 'Np7Lq2Wx9Zr4Tb6Vm1Kc';

export const MESSAGING_CASES: Case[] = [
  // New Inbound Message
  {
    subject: 'triggers.new_inbound_message',
    does: 'fires the recent inbound messages, one item per message (not per conversation), the message id as id',
    expect: (out) => {
      expect(ids(out)).toEqual([SEED.messages.smsIn]);
      expect(out[0]).toMatchObject({
        messageId: SEED.messages.smsIn,
        conversationId: CONV,
        contactId: rubika,
        channel: 'SMS',
        body: 'Great, see you then!',
        direction: 'inbound',
        contactName: 'Rubika Deo',
      });
      expect(out[0].dateAdded).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/);
    },
  },
  {
    subject: 'triggers.new_inbound_message',
    does: 'only the chosen channel',
    input: { channel: 'TYPE_LIVE_CHAT' },
    before: async ({ sandbox }) => {
      const m = sandbox.state.table('messages');
      m.put({ ...m.get('LcMs8Bv3Nq6Wz1Xt4Rk7')!, id: 'LcMs9Xn2Qw5Er8Ty1Ui4', body: 'Are you open on Saturday?', dateAdded: new Date(Date.now() - 60_000).toISOString() });
    },
    expect: (out) => {
      expect(ids(out)).toEqual(['LcMs9Xn2Qw5Er8Ty1Ui4']);
      expect(out[0]).toMatchObject({ conversationId: LIVE_CHAT, contactId: john, channel: 'Live Chat' });
    },
  },
  // Find Conversation
  {
    subject: 'searches.find_conversation',
    does: "finds the contact's conversation, its dates as ISO-8601",
    input: { contactId: rubika },
    expect: (out) => {
      expect(out.map((c: any) => c.id)).toEqual([CONV]);
      expect(out[0]).toMatchObject({ conversationId: CONV, contactId: rubika, lastMessageBody: 'Great, see you then!' });
      expect(out[0].lastMessageDate).toMatch(/Z$/);
      expect(out[0].dateAdded).toMatch(/Z$/);
    },
  },
  {
    subject: 'searches.find_conversation',
    does: 'a contact without a conversation is not found ([]), not an error',
    input: { contactId: maria },
    expect: (out) => expect(out).toEqual([]),
  },
  // Send Message
  {
    subject: 'creates.send_message',
    does: 'sends an SMS from the chosen number, the merge field reaching GHL untouched; it appears in the conversation',
    input: { contactId: rubika, type: 'SMS', message: 'Hi {{contact.first_name}}, your cleaning is on Thursday at 3 pm.', fromNumber: MESSAGING_SEED.phoneNumbers.reminders },
    expect: (out, t) => {
      expect(out).toMatchObject({ conversationId: CONV, status: 'pending', channel: 'SMS', contactId: rubika });
      expect(out.id).toBe(out.messageId);
      const sent = t.state.table('messages').get(out.messageId)!;
      expect(sent).toMatchObject({ body: 'Hi {{contact.first_name}}, your cleaning is on Thursday at 3 pm.', direction: 'outbound', messageType: 'TYPE_SMS', from: MESSAGING_SEED.phoneNumbers.reminders });
    },
  },
  {
    subject: 'creates.send_message',
    does: 'sends an email with subject, HTML, CC and BCC, as a reply in the thread of an earlier email',
    input: {
      contactId: rubika,
      type: 'Email',
      subject: 'Your quote, {{contact.first_name}}',
      html: '<p>Hi {{contact.first_name}},</p><p>the quote is attached.</p>',
      emailCc: ['billing@acmedental.example.com'],
      emailBcc: 'records@acmedental.example.com',
      replyMessageId: SEED.messages.email,
      emailReplyMode: 'reply_all',
    },
    expect: (out, t) => {
      expect(out).toMatchObject({ conversationId: CONV, channel: 'Email' });
      expect(out.emailMessageId).toBeTruthy();
      const email = t.state.table('emailMessages').get(out.emailMessageId)!;
      expect(email).toMatchObject({ subject: 'Your quote, {{contact.first_name}}', cc: ['billing@acmedental.example.com'], bcc: ['records@acmedental.example.com'], to: ['rubika@deos.com'] });
      expect(email.body).toBe('<p>Hi {{contact.first_name}},</p><p>the quote is attached.</p>');
      expect(email.threadId).toBe(SEED.emailMessageId);
    },
  },
  {
    subject: 'creates.send_message',
    does: 'a file of an earlier step is uploaded first (multipart, without the token at the file host), then attached',
    input: ({ sandbox }) => ({
      contactId: rubika,
      type: 'WhatsApp',
      message: 'Here is our price list.',
      attachments: [earlierStepFile(sandbox, 'price-list.pdf')],
      attachmentUrls: 'https://acmedental.example.com/directions.png',
    }),
    expect: (out, t) => {
      const sent = t.state.table('messages').get(out.messageId)!;
      expect(sent.attachments).toHaveLength(2);
      expect(sent.attachments[1]).toBe('https://acmedental.example.com/directions.png');
      // The uploaded file is the earlier step's, byte for byte.
      expect(bytesAt(t.sandbox, sent.attachments[0])).toEqual({ bytes: PRICE_LIST, contentType: 'application/pdf' });
      expect(t.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual(
        expect.arrayContaining(['GET /conversations/search', 'POST /conversations/messages/upload', 'POST /conversations/messages']),
      );
      const downloads = t.state.table('fileDownloads').where((d) => d.name === 'price-list.pdf');
      expect(downloads.length).toBe(1);
      expect(downloads[0].authorization).toBeNull();
    },
  },
  {
    subject: 'creates.send_message',
    does: 'replies in the live chat, scheduled for later',
    input: { contactId: john, type: 'Live Chat', message: 'Yes, Saturdays 9 to 1.', scheduledAt: new Date(Date.now() + 3 * 86_400_000).toISOString() },
    expect: (out, t) => {
      expect(out).toMatchObject({ conversationId: LIVE_CHAT, channel: 'Live_Chat' });
      expect(out.scheduledAt).toMatch(/Z$/);
      expect(t.state.table('messages').get(out.messageId)).toMatchObject({ messageType: 'TYPE_LIVE_CHAT', status: 'scheduled' });
    },
  },
  {
    subject: 'creates.send_message',
    does: "an SMS to a contact without a phone is GHL's own error, readable",
    before: ({ sandbox }) => {
      sandbox.state.table('contacts').put({ id: NO_PHONE, locationId: SEED.locationId, firstName: 'Priya', lastName: 'Shah', name: 'Priya Shah', email: 'priya.shah@example.com' });
    },
    input: { contactId: NO_PHONE, type: 'SMS', message: 'Your appointment is confirmed.' },
    allowStatuses: [400],
    fails: (err) => expect(err.message).toMatch(/GoHighLevel rejected the request \(400 Bad Request\): Contact does not have a phone number\..*traceId/),
  },
  {
    subject: 'creates.send_message',
    does: 'an unknown channel is an input error naming the field, before any request',
    input: { contactId: rubika, type: 'Carrier pigeon', message: 'Hello' },
    fails: (err, t) => {
      expect(err.message).toMatch(/The Channel field must be one of SMS, Email, WhatsApp, Facebook, Instagram, Live Chat, Custom; got \\?"Carrier pigeon/);
      expect(t.requests.filter((r) => !r.path.startsWith('/oauth/'))).toEqual([]);
    },
  },
  // Add Inbound Message
  {
    subject: 'creates.add_inbound_message',
    does: "logs a message into the contact's conversation (found from the contact), with its date",
    input: { type: 'SMS', contactId: rubika, conversationProviderId: 'cI08i1Bls3iTB9bKgF01', message: 'Running 10 minutes late, sorry!', date: '2026-07-08T14:30:00Z' },
    expect: (out, t) => {
      expect(out).toMatchObject({ conversationId: CONV, contactId: rubika, success: true });
      expect(t.state.table('messages').get(out.messageId)).toMatchObject({ direction: 'inbound', body: 'Running 10 minutes late, sorry!', dateAdded: '2026-07-08T14:30:00.000Z' });
    },
  },
  {
    subject: 'creates.add_inbound_message',
    does: 'a conversation given alone: its contact is read; a file attachment is uploaded first',
    input: ({ sandbox }) => ({
      type: 'Live_Chat',
      conversationId: LIVE_CHAT,
      conversationProviderId: 'cI08i1Bls3iTB9bKgF01',
      message: 'Photo of the swelling',
      attachments: [earlierStepFile(sandbox, 'swelling.jpg', Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), 'image/jpeg')],
    }),
    expect: (out, t) => {
      expect(out).toMatchObject({ conversationId: LIVE_CHAT, contactId: john });
      const m = t.state.table('messages').get(out.messageId)!;
      expect(bytesAt(t.sandbox, m.attachments[0])?.bytes).toEqual(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]));
    },
  },
  {
    subject: 'creates.add_inbound_message',
    does: 'a contact without a conversation gets one',
    input: { type: 'Email', contactId: maria, conversationProviderId: 'cI08i1Bls3iTB9bKgF01', subject: 'Question', message: 'Do you offer payment plans?' },
    expect: (out, t) => {
      const c = t.state.table('conversations').get(out.conversationId)!;
      expect(c.contactId).toBe(maria);
      expect(t.requests.some((r) => r.method === 'POST' && r.path === '/conversations/')).toBe(true);
    },
  },
  // Upload File to Media Library
  {
    subject: 'creates.upload_file_to_media_library',
    does: 'uploads a file of an earlier step into a folder, multipart; returns its id and URL',
    input: ({ sandbox }) => ({ file: earlierStepFile(sandbox, 'price-list.pdf'), name: 'Whitening price list 2026.pdf', parentId: MESSAGING_SEED.mediaFolders.brochures }),
    expect: (out, t) => {
      const kept = t.state.table('media').get(out.fileId)!;
      expect(out).toMatchObject({ id: out.fileId, url: kept.url, name: 'Whitening price list 2026.pdf' });
      expect(kept).toMatchObject({ name: 'Whitening price list 2026.pdf', parentId: MESSAGING_SEED.mediaFolders.brochures, hosted: false });
      expect(bytesAt(t.sandbox, out.url)).toEqual({ bytes: PRICE_LIST, contentType: 'application/pdf' });
    },
  },
  {
    subject: 'creates.upload_file_to_media_library',
    does: 'links a hosted file by its URL',
    input: { fileUrl: 'https://acmedental.example.com/logo.png' },
    expect: (out, t) => {
      expect(out.url).toBe('https://acmedental.example.com/logo.png');
      expect(t.state.table('media').get(out.fileId)).toMatchObject({ hosted: true, name: 'logo.png' });
    },
  },
  {
    subject: 'creates.upload_file_to_media_library',
    does: 'neither a file nor a URL is an input error',
    input: { name: 'Nothing.pdf' },
    fails: (err) => expect(err.message).toMatch(/Give a File \(from an earlier step\) or a File URL/),
  },
  // Form and survey submissions
  {
    subject: 'triggers.new_form_submission',
    does: 'fires each submission, newest first, with the answers named by their questions',
    expect: (out) => {
      expect(ids(out)).toEqual([MESSAGING_SEED.formSubmissions.john, MESSAGING_SEED.formSubmissions.rubika]);
      expect(out[1]).toMatchObject({ submissionId: MESSAGING_SEED.formSubmissions.rubika, formId: SEED.formId, contactId: rubika, pageUrl: 'https://acmedental.example.com/book' });
      expect(out[1].answers).toEqual({ 'Full Name': 'Rubika Deo', Email: 'rubika@deos.com', Phone: '+18832327657', Pincode: '35061', 'Preferred Time': 'Weekday mornings' });
      expect(out[1].createdAt).toMatch(/Z$/);
    },
  },
  {
    subject: 'triggers.new_form_submission',
    does: 'only the chosen form',
    input: { formId: 'fQ2Wm8Xn4Lp6Rt1Vb3Kc' },
    expect: (out) => expect(out).toEqual([]),
  },
  {
    subject: 'triggers.new_survey_submission',
    does: 'fires each survey submission with its answers by question (custom fields by name)',
    input: { surveyId: MESSAGING_SEED.surveyId },
    expect: (out) => {
      expect(ids(out)).toEqual([MESSAGING_SEED.surveySubmissionId]);
      expect(out[0].answers).toEqual({ Email: 'rubika@deos.com', 'How Likely Are You To Recommend Us': '9', 'Favourite Colours': ['Blue'] });
    },
  },
];

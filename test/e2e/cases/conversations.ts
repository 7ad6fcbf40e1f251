/** End-to-end cases: conversations, messages, recordings and transcriptions. */
import { ids, SEED, type Case } from '../harness';

const CONV = SEED.conversationId;
const { smsIn, smsOut, call, email } = SEED.messages;

export const CONVERSATION_CASES: Case[] = [
  {
    subject: 'triggers.search_conversations',
    does: 'lists the conversations, the most recent message first, once per new message',
    expect: (out) => {
      expect(out.map((c: any) => c.conversationId)).toEqual([CONV, 'LcHt4Wq9Zx2Nv7Rb5Km8']);
      expect(out[0]).toMatchObject({ contactId: SEED.contacts.rubika, fullName: 'Rubika Deo', lastMessageBody: 'Great, see you then!' });
      expect(out[0].id).toBe(`${CONV}:${Date.parse(out[0].lastMessageDate)}`);
      expect(out[0].lastMessageDate).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    },
  },
  {
    subject: 'triggers.search_conversations',
    does: 'filters by contact',
    input: { contactId: SEED.contacts.john },
    expect: (out) => expect(out.map((c: any) => c.conversationId)).toEqual(['LcHt4Wq9Zx2Nv7Rb5Km8']),
  },
  {
    subject: 'triggers.get_conversation',
    does: 'returns the conversation',
    input: { conversationId: CONV },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: CONV, contactId: SEED.contacts.rubika, unreadCount: 1, type: 1 });
    },
  },
  {
    subject: 'triggers.get_messages_by_conversation',
    does: 'returns the seeded messages, newest first',
    input: { conversationId: CONV },
    expect: (out) => {
      expect(ids(out)).toEqual([smsIn, smsOut, call, email]);
      expect(out[0]).toMatchObject({ body: 'Great, see you then!', direction: 'inbound', messageType: 'TYPE_SMS' });
    },
  },
  {
    subject: 'triggers.get_messages_by_conversation',
    does: 'only calls, with the type filter',
    input: { conversationId: CONV, type: 'TYPE_CALL' },
    expect: (out) => expect(ids(out)).toEqual([call]),
  },
  {
    subject: 'triggers.get_message_by_id',
    does: 'returns the message',
    input: { id: smsOut },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: smsOut, body: 'Hi Rubika, your consultation is confirmed.', direction: 'outbound' });
    },
  },
  {
    subject: 'triggers.get_email_by_id',
    does: 'returns the email with its subject and recipients',
    input: { id: SEED.emailMessageId },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: SEED.emailMessageId, subject: 'Your quote for the premium plan', to: ['rubika@deos.com'], conversationId: CONV });
    },
  },
  {
    subject: 'triggers.get_message_recording',
    does: 'hands Zapier the call recording as an audio file',
    input: { messageId: call },
    expect: (out, t) => {
      const wav = t.state.files.get(`recording-${call}.wav`)!;
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: call, messageId: call, contentType: expect.stringMatching(/^audio\//), size: wav.bytes.length });
      expect(out[0].file).toMatch(/^hydrate\|\|\|.*hydrators\.ghlConversationFile.*\|\|\|hydrate$/);
    },
  },
  {
    subject: 'triggers.get_message_recording',
    does: 'a message without a recording is GHL\'s 404',
    input: { messageId: smsIn },
    allowStatuses: [404],
    fails: (err) => expect(err.message).toMatch(/404.*Recording not found/),
  },
  {
    subject: 'triggers.get_message_transcription',
    does: 'returns the call\'s transcript, sentence by sentence',
    input: { messageId: call },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: call, transcript: 'Hi, this is Rubika calling about the quote. Thanks Rubika, I will email it to you today.' });
      expect(out[0].sentences).toHaveLength(2);
    },
  },
  {
    subject: 'triggers.download_transcription',
    does: 'hands Zapier the transcription as a text file',
    input: { messageId: call },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: call, contentType: expect.stringMatching(/^text\/plain/), filename: `transcription-${call}.txt` });
      expect(out[0].file).toMatch(/^hydrate\|\|\|/);
    },
  },
  {
    subject: 'creates.update_message_status',
    does: 'marks the custom-provider message read',
    input: { messageId: smsOut, status: 'read' },
    expect: (out, t) => {
      expect(out).toMatchObject({ messageId: smsOut, conversationId: CONV, status: 'read' });
      expect(t.state.table('messages').get(smsOut)!.status).toBe('read');
    },
  },
  {
    subject: 'creates.agent_typing_indicator',
    does: 'shows the agent typing in the live chat',
    input: { conversationId: 'LcHt4Wq9Zx2Nv7Rb5Km8', visitorId: 'visitor-123', isTyping: true },
    expect: (out, t) => {
      expect(out).toMatchObject({ success: true, conversationId: 'LcHt4Wq9Zx2Nv7Rb5Km8' });
      expect(t.state.table('conversations').get('LcHt4Wq9Zx2Nv7Rb5Km8')!.agentTyping).toBe(true);
    },
  },
];

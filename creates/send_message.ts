import { defineOperation } from '../lib/operation';
import { contactIdField, idField } from '../lib/fields';
import { ghlRequest, InputError } from '../lib/http';
import { isAgency, resolveConnection } from '../lib/connection';
import { MissingInAnswer, recordAt } from '../lib/results';
import { checkEmail, nonEmpty, normalizePhone, toIsoUtc, toList } from '../lib/transforms';
import type { Bundle, Ctx, Field, FieldFunction, Input, ZObject } from '../lib/types';
import {
  ATTACHMENT_FILES_FIELD,
  ATTACHMENT_URLS_FIELD,
  attachmentsOf,
  conversationFor,
  epochSeconds,
  SEND_CHANNELS,
  sendChannel,
} from '../domains/conversations';

// The fields each channel shows (the Channel field alters them). Defined once: core copies them per call.
const MESSAGE: Field = {
  key: 'message',
  label: 'Message',
  type: 'text',
  required: true,
  helpText: 'The text to send. GoHighLevel merge fields such as {{contact.first_name}} are filled in by GoHighLevel.',
};
const FROM_NUMBER: Field = idField('fromNumber', 'From Number', 'dropdown_phone_numbers.id.name', {
  required: false,
  helpText: "The sub-account's number to send from. Default: the sub-account's default number.",
});
const PROVIDER: Field = {
  key: 'conversationProviderId',
  label: 'Conversation Provider ID',
  required: true,
  helpText: "The ID of your custom conversation provider (the Marketplace app's Conversation Providers settings).",
};
const SUBJECT: Field = { key: 'subject', label: 'Subject', required: true, helpText: 'Merge fields such as {{contact.first_name}} work here too.' };
const HTML: Field = { key: 'html', label: 'HTML Body', type: 'text', helpText: 'The email as HTML, e.g. <p>Hi {{contact.first_name}},</p>. Give this or the Text Body.' };
const TEXT: Field = { key: 'message', label: 'Text Body', type: 'text', helpText: 'The email as plain text (used when there is no HTML Body).' };
const EMAIL_FROM: Field = {
  key: 'emailFrom',
  label: 'From Address',
  helpText: "An address of the sub-account's sending domain, e.g. frontdesk@acmedental.example.com. Default: the sub-account's.",
};
const EMAIL_TO: Field = { key: 'emailTo', label: 'To Address', helpText: "Default: the contact's email. Another address must be one of the contact's." };
const EMAIL_CC: Field = { key: 'emailCc', label: 'CC', list: true, helpText: 'Email addresses to copy.' };
const EMAIL_BCC: Field = { key: 'emailBcc', label: 'BCC', list: true, helpText: 'Email addresses to copy blindly.' };
const REPLY_TO: Field = idField('replyMessageId', 'Reply To Email', 'dropdown_contact_emails.id.name', {
  required: false,
  helpText: "An email of the contact's to answer: the message is sent in that email's thread.",
});
const REPLY_MODE: Field = {
  key: 'emailReplyMode',
  label: 'Reply Mode',
  choices: { reply: 'Reply (the sender only)', reply_all: 'Reply All' },
  helpText: 'With Reply To Email. Default: reply.',
};

const EMAIL_FIELDS = [SUBJECT, HTML, TEXT, EMAIL_FROM, EMAIL_TO, EMAIL_CC, EMAIL_BCC, REPLY_TO, REPLY_MODE];
const PHONE_CHANNELS = ['SMS', 'WhatsApp'];

/** Does the sub-account have several numbers to send SMS from? (Unknown: yes, so the field is offered.) */
const hasSeveralNumbers = async (z: ZObject, bundle: Bundle): Promise<boolean> => {
  if (isAgency(bundle) && !nonEmpty((bundle.inputData as Input)?.locationId)) return true;
  try {
    const where = await resolveConnection(z, bundle, 'sub-account');
    const data = await ghlRequest(z, {
      method: 'GET',
      path: '/phone-system/numbers/location/{locationId}',
      pathParams: { locationId: where.locationId },
      token: where.token,
    });
    const numbers = Array.isArray(data?.numbers) ? data.numbers : [];
    return numbers.filter((n: any) => n?.capabilities?.sms !== false).length > 1;
  } catch {
    return true;
  }
};

/** The chosen channel's fields: email's subject, bodies and addresses; a chat channel's text (and sender number). */
const channelFields: FieldFunction = Object.assign(
  async (z: ZObject, bundle: Bundle): Promise<Field[]> => {
    let channel: unknown;
    try {
      channel = sendChannel((bundle.inputData as Input)?.type, { key: 'type', label: 'Channel' }, {}, {} as Ctx);
    } catch {
      channel = undefined;
    }
    if (channel === 'Email') return EMAIL_FIELDS;
    const fields = [MESSAGE];
    if (PHONE_CHANNELS.includes(String(channel)) && (await hasSeveralNumbers(z, bundle))) fields.push(FROM_NUMBER);
    if (channel === 'Custom') fields.push(PROVIDER);
    return fields;
  },
  { fieldSource: "the channel's fields (SMS and WhatsApp: the sub-account's numbers, 1 request)" },
);

const required = (input: Input, field: Field): string => {
  const v = input[field.key];
  if (v === undefined || v === null || String(v).trim() === '') throw new InputError(`The ${field.label} field is required for this channel but was empty.`, field.key);
  return String(v);
};

const emails = (input: Input, field: Field): string[] | undefined => {
  const list = toList(input[field.key]).map((e, i) => checkEmail(e, field.key, `${field.label} (#${i + 1})`) as string);
  return list.length ? list : undefined;
};

/** What the channel's fields become: the message, email parts, sender, provider, and the attachments. */
channelFields.request = async (input: Input, ctx: Ctx) => {
  const channel = sendChannel(input.type, { key: 'type', label: 'Channel' }, input, ctx);
  const body: Record<string, unknown> = {};
  if (channel === 'Email') {
    body.subject = required(input, SUBJECT);
    if (!nonEmpty(input.html) && !nonEmpty(input.message)) throw new InputError('An email needs an HTML Body or a Text Body.', 'html');
    if (nonEmpty(input.html)) body.html = input.html;
    if (nonEmpty(input.message)) body.message = input.message;
    body.emailFrom = checkEmail(input.emailFrom, 'emailFrom', EMAIL_FROM.label);
    body.emailTo = checkEmail(input.emailTo, 'emailTo', EMAIL_TO.label);
    body.emailCc = emails(input, EMAIL_CC);
    body.emailBcc = emails(input, EMAIL_BCC);
    const replyTo = nonEmpty(input.replyMessageId);
    if (replyTo) {
      body.replyMessageId = replyTo;
      body.emailReplyMode = nonEmpty(input.emailReplyMode) ?? 'reply';
    }
  } else {
    body.message = required(input, MESSAGE);
    if (PHONE_CHANNELS.includes(String(channel))) body.fromNumber = normalizePhone(input.fromNumber, 'fromNumber', FROM_NUMBER.label);
    if (channel === 'Custom') body.conversationProviderId = required(input, PROVIDER).trim();
  }
  body.attachments = await attachmentsOf(ctx, input, () => conversationFor(ctx, { contactId: input.contactId }));
  return { body: Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined)) };
};

export default defineOperation({
  key: 'send_message',
  kind: 'create',
  noun: 'Message',
  label: 'Send Message',
  description: 'Sends a contact an SMS, email, WhatsApp, Facebook, Instagram, live-chat or custom-channel message.',
  endpoint: { method: 'POST', path: '/conversations/messages' },
  // Attachments from files: the contact's conversation is found (or started) and the files uploaded first.
  scopes: ['conversations/message.write', 'conversations.readonly', 'conversations.write', 'phonenumbers.read'],
  inputFields: [
    { ...contactIdField({ helpText: 'The contact to message. Choose one, or map a Contact ID (e.g. from Find Contact).' }), to: 'body' },
    {
      key: 'type',
      label: 'Channel',
      required: true,
      choices: SEND_CHANNELS,
      altersDynamicFields: true,
      helpText: 'How the message is sent. Email shows the subject, bodies and addresses; the others a text.',
      to: 'body',
      as: sendChannel,
    },
    channelFields,
    ATTACHMENT_FILES_FIELD,
    ATTACHMENT_URLS_FIELD,
    {
      key: 'scheduledAt',
      label: 'Send At',
      type: 'datetime',
      helpText: 'Schedule the message for later (e.g. 2026-07-09T09:00:00-05:00). Empty: send now.',
      to: 'body',
      name: 'scheduledTimestamp',
      as: epochSeconds,
    },
  ],
  extraRequests: "with files as attachments: the contact's conversation (found, or started when there is none) and one upload",
  result: (data, input) => {
    const answer = recordAt(data, '', ['conversationId']);
    const messageId = answer.messageId ?? (Array.isArray(answer.messageIds) ? answer.messageIds[0] : undefined);
    if (!messageId) throw new MissingInAnswer('the "messageId" of the message sent', answer);
    const scheduledAt = toIsoUtc(input.scheduledAt, 'scheduledAt', 'Send At');
    return {
      id: String(messageId),
      messageId,
      conversationId: answer.conversationId,
      status: answer.status,
      ...(answer.emailMessageId ? { emailMessageId: answer.emailMessageId } : {}),
      ...(Array.isArray(answer.messageIds) ? { messageIds: answer.messageIds } : {}),
      ...(answer.msg ? { msg: answer.msg } : {}),
      contactId: input.contactId,
      channel: sendChannel(input.type, { key: 'type', label: 'Channel' }, input, {} as Ctx),
      ...(scheduledAt ? { scheduledAt } : {}),
    };
  },
  sample: {
    id: 't22c6DQcTDf3MjRhwf77',
    messageId: 't22c6DQcTDf3MjRhwf77',
    conversationId: 'ABC12h2F6uBrIkfXYazb',
    status: 'pending',
    msg: 'Message queued successfully.',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    channel: 'SMS',
  },
  outputFields: [
    { key: 'id', label: 'ID (the message ID)' },
    { key: 'messageId', label: 'Message ID' },
    { key: 'conversationId', label: 'Conversation ID' },
    { key: 'status', label: 'Status' },
    { key: 'emailMessageId', label: 'Email Message ID' },
    { key: 'messageIds', label: 'Message IDs (Google Business Profile)' },
    { key: 'msg', label: 'Sending Note' },
    { key: 'contactId', label: 'Contact ID' },
    { key: 'channel', label: 'Channel' },
    { key: 'scheduledAt', label: 'Scheduled For', type: 'datetime' },
  ],
});

/**
 * The instant triggers' side of each domain (triggers/*_instant.ts): how one of GoHighLevel's webhook
 * deliveries becomes the record its polling twin's list holds, the twin's filters applied to that record,
 * and GoHighLevel's documented example delivery of each event (for tests, the contract and the bench).
 * The engine (lib/instant.ts) does the rest: the relay, the twin's `each` and `idOf`, custom field names.
 */
import { completeFrom, withoutEnvelope } from '../lib/instant';
import { isBlank, nonEmpty, toList } from '../lib/transforms';
import type { Delivery, Input } from '../lib/types';
import { tagName } from './contacts';
import { appointmentEventsRequest, onePerBooking } from './calendars';
import { INBOUND_MESSAGE_TYPES, inboundMessageItem } from './conversations';

const same = (a: unknown, b: unknown): boolean => String(a ?? '').trim().toLowerCase() === String(b ?? '').trim().toLowerCase();

/** An optional filter input: empty passes everything; else the record's value must be the same (case aside). */
const filter = (input: Input, key: string, value: unknown): boolean => isBlank(input[key]) || same(input[key], value);

// ---------------------------------------------------------------------------------------------------------
// Contacts

/**
 * What a contact delivery lacks of a contact as the contacts search returns it: `type` (the event's name
 * there), and `dateUpdated` but in ContactUpdate (Updated Contact reads it when missing).
 */
export const CONTACT_LACKS = ['type', 'dateUpdated'];
export const UPDATED_CONTACT_LACKS = ['type'];

/** Updated Contact's id needs the contact's `dateUpdated`: read when the delivery lacks it. */
export const contactDateUpdated = completeFrom({ path: '/contacts/{contactId}', param: 'contactId', answerKey: 'contact', keys: ['dateUpdated'] });

/** Tag Added to Contact: the contact carries the chosen tag (GoHighLevel keeps tags lower-cased). */
export const hasTag = (contact: Record<string, any>, input: Input): boolean =>
  (Array.isArray(contact.tags) ? contact.tags : []).some((t: unknown) => tagName(t) === tagName(input.tag));

// ---------------------------------------------------------------------------------------------------------
// Opportunities

/**
 * What an opportunity delivery lacks of the opportunities search's record: its contact (only an id there),
 * its raw custom fields (by name they are kept), its update and change times; but `keep`, which the
 * trigger reads for its id (`opportunityChangeTimes`).
 */
export const opportunityLacks = (keep?: 'lastStageChangeAt' | 'lastStatusChangeAt'): string[] =>
  ['contact', 'customFields', 'updatedAt', 'lastActionDate', 'lastStageChangeAt', 'lastStatusChangeAt'].filter((k) => k !== keep);

/** An opportunity delivery as the search lists it: GoHighLevel's `dateAdded` there is the search's `createdAt`. */
export const opportunityRecord = (d: Delivery): Record<string, any> => {
  const o = withoutEnvelope(d);
  return o.createdAt === undefined && o.dateAdded !== undefined ? { ...o, createdAt: o.dateAdded } : o;
};

/** The opportunity triggers' filters that the Zap sets (pipeline, stage, status), on the delivered opportunity. */
export const opportunityMatches =
  (...keys: Array<'pipelineId' | 'pipelineStageId' | 'status'>) =>
  (o: Record<string, any>, input: Input): boolean =>
    keys.every((k) => filter(input, k, o[k]));

/** The ids of stage and status events need the opportunity's change times: read when the delivery lacks them. */
export const opportunityChangeTimes = (key: 'lastStageChangeAt' | 'lastStatusChangeAt') =>
  completeFrom({ path: '/opportunities/{id}', param: 'id', answerKey: 'opportunity', keys: [key] });

// ---------------------------------------------------------------------------------------------------------
// Appointments

/** An appointment delivery (`{ appointment: {…} }`) as GET /calendars/events lists it: one item per booking. */
export const appointmentRecord = (d: Delivery): Record<string, any> | null =>
  d.appointment && typeof d.appointment === 'object' ? onePerBooking([{ locationId: d.locationId, ...d.appointment }])[0] : null;

/** The appointment triggers' Calendar or User (one is needed, as for the polling twins). */
export const checkCalendarOrUser = (input: Input): void => void appointmentEventsRequest(input);

/** Calendar, User and (optionally) status filters on the delivered appointment. */
export const appointmentMatches = (a: Record<string, any>, input: Input): boolean => {
  const users = [a.assignedUserId, ...(Array.isArray(a.users) ? a.users : [])];
  return (
    filter(input, 'calendarId', a.calendarId) &&
    (isBlank(input.userId) || users.some((u) => same(u, input.userId))) &&
    filter(input, 'appointmentStatus', a.appointmentStatus)
  );
};

// ---------------------------------------------------------------------------------------------------------
// Tasks

/** What a task delivery lacks of the tasks search's record. */
export const TASK_LACKS = ['contactDetails'];

/** The Assigned User filter on the delivered task. */
export const taskMatches = (t: Record<string, any>, input: Input): boolean => {
  const wanted = toList(input.assignedTo);
  return wanted.length === 0 || wanted.some((u) => same(u, t.assignedTo));
};

// ---------------------------------------------------------------------------------------------------------
// Inbound messages

/** GoHighLevel's message types in webhooks (`SMS`, `Email`, `FB`, …) as the conversations API names them (`TYPE_SMS`). */
const WEBHOOK_MESSAGE_TYPES: Record<string, string> = { FB: 'TYPE_FACEBOOK', IG: 'TYPE_INSTAGRAM', LIVE_CHAT: 'TYPE_LIVE_CHAT', LIVECHAT: 'TYPE_LIVE_CHAT' };
export const messageType = (type: unknown): string => {
  const t = String(type ?? '').trim().toUpperCase().replace(/[\s-]+/g, '_');
  if (!t || t.startsWith('TYPE_')) return t;
  return WEBHOOK_MESSAGE_TYPES[t] ?? (`TYPE_${t}` in INBOUND_MESSAGE_TYPES ? `TYPE_${t}` : t);
};

/** What an inbound message delivery lacks of New Inbound Message's items (the contact's details). */
export const MESSAGE_LACKS = ['contactName', 'contactEmail', 'contactPhone'];

/** An InboundMessage delivery as New Inbound Message's item (the message id is the event's id). */
export const inboundMessageRecord = (d: Delivery): Record<string, any> | null => {
  const m = withoutEnvelope(d);
  const id = nonEmpty(m.messageId) ?? nonEmpty(m.id);
  return id && (m.direction ?? 'inbound') === 'inbound' ? { ...m, id, direction: 'inbound', messageType: messageType(m.messageType) } : null;
};
export const inboundMessageOf = (m: Record<string, any>): Record<string, any> => inboundMessageItem(m, {});
export const channelMatches = (m: Record<string, any>, input: Input): boolean => filter(input, 'channel', m.messageType);

// ---------------------------------------------------------------------------------------------------------
// Commerce

/** New Order's filters (payment status, contact) on the delivered order. */
export const orderMatches = (o: Record<string, any>, input: Input): boolean =>
  filter(input, 'paymentStatus', o.paymentStatus) && filter(input, 'contactId', o.contactId);

/** The invoice triggers' contact filter on the delivered invoice. */
export const invoiceMatches = (invoice: Record<string, any>, input: Input): boolean =>
  filter(input, 'contactId', invoice.contactDetails?.id ?? invoice.contactId);

/** An InvoicePaid delivery: the invoice, paid (its status says so; GoHighLevel sends the invoice as it is then). */
export const paidInvoiceRecord = (d: Delivery): Record<string, any> | null => {
  const invoice = withoutEnvelope(d);
  const status = invoice.status ?? 'paid';
  return status === 'paid' ? { ...invoice, status } : null;
};

// ---------------------------------------------------------------------------------------------------------
// Custom objects

/** New Custom Object Record: the delivered record is of the chosen object. */
export const objectMatches = (record: Record<string, any>, input: Input): boolean => same(record.objectKey, input.schemaKey);

// ---------------------------------------------------------------------------------------------------------
// GoHighLevel's documented example deliveries (developer docs, "Webhook events"), one per event the instant
// triggers use, with the ids of the app's samples.

const LOCATION = 've9EPM428h8vShlRW1KT';
const envelope = (type: string) => ({ type, locationId: LOCATION, timestamp: '2026-07-02T05:18:27.000Z', webhookId: `wh-${type}-6a1f0c` });

const CONTACT = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  companyName: 'DGS VolMAX',
  country: 'US',
  source: 'public api',
  dateAdded: '2026-07-02T05:18:26.704Z',
  dateOfBirth: '1990-09-25T00:00:00.000Z',
  dnd: false,
  email: 'rubika@deos.com',
  name: 'Rubika Deo',
  firstName: 'Rubika',
  lastName: 'Deo',
  phone: '+18832327657',
  postalCode: '35061',
  tags: ['webinar', 'vip'],
  website: 'https://www.tesla.com',
  attachments: [] as unknown[],
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', value: '35061' }],
};

const OPPORTUNITY = {
  id: 'yWQobCRIhRguQtD2llvk',
  assignedTo: 'zT46WSCPbudrq4zhWMk6',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  monetaryValue: 500,
  name: 'Website redesign — Acme',
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
  source: 'Zapier',
  status: 'open',
  dateAdded: '2026-07-02T05:18:26.704Z',
};

const APPOINTMENT = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  address: 'https://meet.google.com/yqp-gogr-xyz',
  title: 'Consultation with Rubika Deo',
  calendarId: 'BqTwX8QFwXzpegMve9EQ',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  groupId: 'ocQHyuzHvysMo5N5VsXc',
  appointmentStatus: 'confirmed',
  assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
  users: ['YlWd2wuCAZQzh2cH1fVZ'],
  notes: 'Prefers a morning call; bring the insurance card.',
  source: 'booking_widget',
  startTime: '2026-07-20T09:00:00+05:30',
  endTime: '2026-07-20T09:30:00+05:30',
  dateAdded: '2026-07-02T05:18:26.704Z',
  dateUpdated: '2026-07-02T05:18:26.704Z',
};

const TASK = {
  id: 'lJpzYrWdpkC2hX6t2yue',
  assignedTo: 'hxHGVRb1YJUscrCB8eXK',
  body: 'Wants pricing for 3 seats',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  title: 'Call back about the quote',
  dateAdded: '2026-07-06T09:12:44.000Z',
  dueDate: '2026-07-08T14:30:00.000Z',
  completed: false,
};

const INVOICE = {
  _id: '6578278e879ad2646715ba9c',
  status: 'sent',
  liveMode: true,
  amountPaid: 0,
  altId: LOCATION,
  altType: 'location',
  name: 'Teeth whitening — July',
  businessDetails: { name: 'Acme Dental', address: '3535 1st St N, Dolomite, AL 35061' },
  invoiceNumber: '1002',
  currency: 'USD',
  contactDetails: { id: 'seD4PfOuKoVMLkEZqohJ', name: 'Rubika Deo', phoneNo: '+18832327657', email: 'rubika@deos.com' },
  issueDate: '2026-07-02',
  dueDate: '2026-07-16',
  invoiceItems: [{ name: 'Whitening kit', qty: 1, amount: 270.63, currency: 'USD' }],
  total: 270.63,
  title: 'INVOICE',
  amountDue: 270.63,
  createdAt: '2026-07-02T05:18:26.704Z',
  updatedAt: '2026-07-02T05:18:26.704Z',
};

/** One documented example delivery per event (the generic trigger's sample uses ContactCreate's). */
export const WEBHOOK_EXAMPLES: Record<string, Delivery> = {
  ContactCreate: { ...envelope('ContactCreate'), ...CONTACT },
  ContactUpdate: { ...envelope('ContactUpdate'), ...CONTACT, dateUpdated: '2026-07-03T09:12:44.112Z' },
  ContactTagUpdate: { ...envelope('ContactTagUpdate'), ...CONTACT, tags: ['webinar', 'vip', 'whitening'] },
  OpportunityCreate: { ...envelope('OpportunityCreate'), ...OPPORTUNITY },
  OpportunityStageUpdate: { ...envelope('OpportunityStageUpdate'), ...OPPORTUNITY, pipelineStageId: '2b6d4f1e-9a0c-4e59-8b3e-71c2a6f0d9aa' },
  OpportunityStatusUpdate: { ...envelope('OpportunityStatusUpdate'), ...OPPORTUNITY, status: 'won' },
  AppointmentCreate: { ...envelope('AppointmentCreate'), appointment: APPOINTMENT },
  AppointmentUpdate: { ...envelope('AppointmentUpdate'), appointment: { ...APPOINTMENT, appointmentStatus: 'cancelled', dateUpdated: '2026-07-03T09:12:44.112Z' } },
  TaskCreate: { ...envelope('TaskCreate'), ...TASK },
  TaskComplete: { ...envelope('TaskComplete'), ...TASK, completed: true },
  InboundMessage: {
    ...envelope('InboundMessage'),
    attachments: [],
    body: 'Hi, can I move my cleaning to Thursday afternoon?',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    contentType: 'text/plain',
    conversationId: 'ABCHkzuJQ8ZMd4Te84GK',
    dateAdded: '2026-07-08T14:31:07.000Z',
    direction: 'inbound',
    messageType: 'SMS',
    messageId: 'p1mRSHeLDhAms5q0LMr4',
    status: 'delivered',
  },
  OrderCreate: {
    ...envelope('OrderCreate'),
    _id: '653f5e0cde5a1314e62a837c',
    altId: LOCATION,
    altType: 'location',
    contactId: 'seD4PfOuKoVMLkEZqohJ',
    contactName: 'Rubika Deo',
    contactEmail: 'rubika@deos.com',
    currency: 'USD',
    amount: 89,
    status: 'completed',
    paymentStatus: 'paid',
    liveMode: true,
    createdAt: '2026-07-02T16:20:31.515Z',
    updatedAt: '2026-07-02T16:20:33.846Z',
  },
  InvoiceCreate: { ...envelope('InvoiceCreate'), ...INVOICE, status: 'draft' },
  InvoicePaid: { ...envelope('InvoicePaid'), ...INVOICE, status: 'paid', amountPaid: 270.63, amountDue: 0 },
  RecordCreate: {
    ...envelope('RecordCreate'),
    id: '661c06b4ffde146bdb469442',
    objectKey: 'custom_objects.treatment_plan',
    owner: ['hxHGVRb1YJUscrCB8eXK'],
    followers: ['0IHuJvc2ofPAAA8GzTRi'],
    properties: { plan_name: 'Aligners — phase 1', sessions: 6 },
    createdAt: '2026-07-02T05:18:26.704Z',
    updatedAt: '2026-07-02T05:18:26.704Z',
  },
};

/** The documented example of an event: the list above, else a ContactCreate renamed (for the generic trigger). */
export const exampleOf = (event: string): Delivery => WEBHOOK_EXAMPLES[event] ?? { ...WEBHOOK_EXAMPLES.ContactCreate, type: event };

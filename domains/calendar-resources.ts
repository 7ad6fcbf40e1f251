/**
 * What the appointment-note, calendar-notification and calendar-resource operations share: their fields
 * with their bindings (only properties calendars.json declares), the conversions GoHighLevel's DTOs need,
 * samples, output fields and the result normaliser (GHL answers notifications with `_id`; resources may
 * carry either).
 */
import { compact, InputError } from '../lib/http';
import { idField, userIdField } from '../lib/fields';
import { boundParts } from '../lib/request';
import { recordAt } from '../lib/results';
import { checkEmail, normalizePhone, toList, toNumber } from '../lib/transforms';
import type { Conversion, Ctx, Field, FieldRef, Input, InputField, OutputField, RequestParts } from '../lib/types';

// ---------------------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------------------

/** A record with a stable `id`: its own `id`, else `_id`, else the id it was asked for. */
export const withId = (record: any, fallbackId?: unknown): Record<string, unknown> => {
  const obj = recordAt(record);
  const id = obj.id ?? obj._id ?? fallbackId;
  return id === undefined || id === null || id === '' ? { ...obj } : { ...obj, id: String(id) };
};

/**
 * The body the fields bind. A request function does not receive it (lib/request.ts merges its parts over
 * it), so a rule about the whole body (an update must change something; the body is one element of a
 * list) binds it again here.
 */
const boundBody = async (fields: InputField[], input: Input, ctx: Ctx): Promise<Record<string, unknown>> =>
  ((await boundParts(fields, input, ctx)).body ?? {}) as Record<string, unknown>;

/** An update that would send nothing is an input error (GHL would answer "updated" for no change). */
const mustChange = (body: Record<string, unknown>, what: string): Record<string, unknown> => {
  if (Object.keys(body).length === 0) throw new InputError(`Fill in at least one field of the ${what} to change.`);
  return body;
};

// ---------------------------------------------------------------------------------------------------------
// Appointment notes
// ---------------------------------------------------------------------------------------------------------

/** The appointment whose notes a step works on: one of the recent and upcoming appointments, or a mapped id. */
export const APPOINTMENT_ID: Field = {
  key: 'appointmentId',
  label: 'Appointment',
  required: true,
  altersDynamicFields: true,
  dynamic: 'dropdown_appointments.id.label',
  helpText:
    'Choose one of the recent and upcoming appointments, or map an Appointment ID from an earlier step ' +
    '(an appointment trigger, Get Contact Appointments or List Calendar Events).',
};

export const APPOINTMENT_NOTE_ID: Field = idField('noteId', 'Note', 'dropdown_appointment_notes.id.label', {
  helpText: 'A note of the appointment above. Choose the Appointment first, or map a Note ID.',
});

/** A note's text as GHL's NotesDTO takes it: not blank, at most 5000 characters. */
export const noteText: Conversion = (value, { key, label }) => {
  const text = value === undefined || value === null ? '' : String(value);
  if (text.trim() === '') throw new InputError(`The ${label} field is required but was empty.`, key);
  if (text.length > 5000) {
    throw new InputError(`The ${label} field is too long: ${text.length} characters, GoHighLevel takes at most 5000.`, key);
  }
  return text;
};

/** The note (required on create and update: NotesDTO requires `body`) and its author. */
export const APPOINTMENT_NOTE_FIELDS: Field[] = [
  { key: 'body', label: 'Note', type: 'text', required: true, helpText: 'The note text (at most 5000 characters).', to: 'body', as: noteText },
  {
    ...userIdField('userId', 'Author', { helpText: "The user shown as the note's author. Choose from the list, or map a User ID." }),
    to: 'body',
  },
];

export const APPOINTMENT_NOTE_SAMPLE = {
  id: 'HGPcayliwcdoUFzvbTok',
  body: 'Client asked to bring last year\'s paperwork.',
  userId: 'TUcmRxWrjqzJS8EjkxNK',
  dateAdded: '2026-07-08T12:02:11.285Z',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  createdBy: { id: 'TUcmRxWrjqzJS8EjkxNK', name: 'John Doe' },
};

export const APPOINTMENT_NOTE_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Note ID' },
  { key: 'body', label: 'Note' },
  { key: 'userId', label: 'User ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'createdBy', label: 'Created By' },
  { key: 'createdBy__id', label: 'Created By User ID' },
  { key: 'createdBy__name', label: 'Created By Name' },
];

// ---------------------------------------------------------------------------------------------------------
// Calendar notifications
// ---------------------------------------------------------------------------------------------------------

export const NOTIFICATION_ID: Field = idField('notificationId', 'Notification', 'dropdown_calendar_notifications.id.name', {
  helpText: 'A notification of the calendar above. Choose the calendar first, or map a Notification ID.',
});

const RECEIVER_TYPES = {
  contact: 'Contact',
  guest: 'Guest',
  assignedUser: 'Assigned User',
  emails: 'Email Addresses',
  phoneNumbers: 'Phone Numbers',
  business: 'Business',
};
const CHANNELS = { email: 'Email', inApp: 'In-App', sms: 'SMS', whatsapp: 'WhatsApp' };
const NOTIFICATION_TYPES = {
  booked: 'Booked',
  confirmation: 'Confirmation',
  cancellation: 'Cancellation',
  reminder: 'Reminder',
  followup: 'Follow-Up',
  reschedule: 'Reschedule',
};
const TIME_UNITS = { minutes: 'Minutes', hours: 'Hours', days: 'Days' };

/** A list of email addresses, each checked. */
export const emailList: Conversion = (value, { key, label }) => toList(value).map((e) => checkEmail(e, key, label));

/** A list of phone numbers, each normalised as GHL stores them. */
export const phoneList: Conversion = (value, { key, label }) => toList(value).map((p) => normalizePhone(p, key, label));

/** The schedule inputs (amount and unit): `notificationOf` makes `[{timeOffset, unit}]` of them. */
const SCHEDULE_FIELDS: Field[] = [
  {
    key: 'beforeTimeOffset',
    label: 'Send Before (amount)',
    type: 'number',
    helpText: 'Reminders: how long before the appointment to send, e.g. 1. Used with Send Before (unit).',
  },
  { key: 'beforeTimeUnit', label: 'Send Before (unit)', choices: TIME_UNITS, helpText: 'Defaults to hours.' },
  {
    key: 'afterTimeOffset',
    label: 'Send After (amount)',
    type: 'number',
    helpText: 'Follow-ups: how long after the appointment to send, e.g. 1. Used with Send After (unit).',
  },
  { key: 'afterTimeUnit', label: 'Send After (unit)', choices: TIME_UNITS, helpText: 'Defaults to hours.' },
];

/** The message and its recipients, the same on create and update. */
const NOTIFICATION_MESSAGE_FIELDS: Field[] = [
  { key: 'subject', label: 'Subject', helpText: 'Email subject. Not needed for in-app notifications.', to: 'body' },
  { key: 'body', label: 'Body', type: 'text', helpText: 'Message body. Not needed for in-app notifications.', to: 'body' },
  {
    key: 'templateId',
    label: 'Email Template',
    dynamic: 'dropdown_email_templates.id.name',
    helpText: 'An email template to send instead of Subject and Body (email notifications only). Choose one, or map a template ID.',
    to: 'body',
  },
  ...SCHEDULE_FIELDS,
  {
    key: 'additionalEmailIds',
    label: 'Additional Email Addresses',
    list: true,
    helpText: 'Extra addresses that receive the notification (recipient "Email Addresses"), e.g. ops@deos.com.',
    to: 'body',
    as: emailList,
  },
  {
    key: 'additionalPhoneNumbers',
    label: 'Additional Phone Numbers',
    list: true,
    helpText: 'Extra numbers that receive the notification (recipient "Phone Numbers"), with country code, e.g. +919876744444.',
    to: 'body',
    as: phoneList,
  },
  {
    ...userIdField('selectedUsers', 'Selected Users', {
      list: true,
      helpText:
        'Users who receive in-app and business email notifications. Choose users, map User IDs, or type sub_account_admin.',
    }),
    to: 'body',
  },
  { key: 'fromAddress', label: 'From Email', helpText: 'Sender address for email notifications.', to: 'body', as: 'email' },
  { key: 'fromName', label: 'From Name', helpText: 'Sender name for email and SMS notifications.', to: 'body' },
  { key: 'fromNumber', label: 'From Number', helpText: 'Sender number for SMS notifications, with country code.', to: 'body', as: 'phone' },
];

/** The notification fields. Create: recipient, channel and type are required; update: nothing is. */
export const notificationFields = (mode: 'create' | 'update'): Field[] => {
  const required = mode === 'create';
  return [
    { key: 'receiverType', label: 'Recipient', required, choices: RECEIVER_TYPES, helpText: 'Who receives the notification.', to: 'body' },
    { key: 'channel', label: 'Channel', required, choices: CHANNELS, to: 'body' },
    { key: 'notificationType', label: 'Notification Type', required, choices: NOTIFICATION_TYPES, to: 'body' },
    { key: 'isActive', label: 'Active', type: 'boolean', ...(required ? { helpText: 'Defaults to yes.' } : {}), to: 'body' },
    ...NOTIFICATION_MESSAGE_FIELDS,
    ...(required
      ? []
      : [
          {
            key: 'deleted',
            label: 'Deleted',
            type: 'boolean' as const,
            helpText: 'Yes marks the notification as deleted (soft delete); no restores it.',
            to: 'body' as const,
          },
        ]),
  ];
};

/** One schedule (`[{timeOffset, unit}]`) from an amount and a unit input; empty amount → none. */
const scheduleOf = (input: Input, prefix: 'beforeTime' | 'afterTime', label: string) => {
  const offset = toNumber(input[`${prefix}Offset`], `${prefix}Offset`, `${label} (amount)`);
  const unit = input[`${prefix}Unit`];
  if (offset === undefined) {
    if (unit !== undefined && String(unit).trim() !== '') throw new InputError(`The ${label} (amount) field is required when ${label} (unit) is set.`, `${prefix}Offset`);
    return undefined;
  }
  if (offset < 0) throw new InputError(`The ${label} (amount) field must not be negative, got ${offset}.`, `${prefix}Offset`);
  return [{ timeOffset: offset, unit: String(unit ?? '').trim() || 'hours' }];
};

/**
 * One notification as CreateCalendarNotificationDTO / UpdateCalendarNotificationsDTO: what `fields`
 * bind, and the schedules (an amount with its unit, hours by default; a unit needs its amount).
 */
export const notificationOf = async (fields: InputField[], input: Input, ctx: Ctx): Promise<Record<string, unknown>> => ({
  ...(await boundBody(fields, input, ctx)),
  ...compact({ beforeTime: scheduleOf(input, 'beforeTime', 'Send Before'), afterTime: scheduleOf(input, 'afterTime', 'Send After') }),
});

/** An update of a notification: the notification, which must change something. */
export const notificationChange = async (fields: InputField[], input: Input, ctx: Ctx): Promise<Record<string, unknown>> =>
  mustChange(await notificationOf(fields, input, ctx), 'notification');

export const NOTIFICATION_SAMPLE = {
  id: '66c5ea6f2a1f5c3b9f1d2e4a',
  _id: '66c5ea6f2a1f5c3b9f1d2e4a',
  receiverType: 'contact',
  channel: 'email',
  notificationType: 'reminder',
  isActive: true,
  templateId: '0as9d8as0d',
  subject: 'Your appointment is tomorrow',
  body: 'Hi {{contact.first_name}}, see you at {{appointment.start_time}}.',
  beforeTime: [{ timeOffset: 1, unit: 'days' }],
  afterTime: [],
  additionalEmailIds: ['example1@email.com', 'example2@email.com'],
  additionalPhoneNumbers: ['+919876744444', '+919876744445'],
  additionalWhatsappNumbers: ['+919876744444'],
  selectedUsers: ['TUcmRxWrjqzJS8EjkxNK', 'sub_account_admin'],
  deleted: false,
};

export const NOTIFICATION_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Notification ID' },
  { key: '_id', label: 'Notification ID (GHL _id)' },
  { key: 'receiverType', label: 'Recipient' },
  { key: 'channel', label: 'Channel' },
  { key: 'notificationType', label: 'Notification Type' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
  { key: 'templateId', label: 'Template ID' },
  { key: 'subject', label: 'Subject' },
  { key: 'body', label: 'Body' },
  { key: 'beforeTime', label: 'Send Before' },
  { key: 'afterTime', label: 'Send After' },
  { key: 'additionalEmailIds', label: 'Additional Email Addresses' },
  { key: 'additionalPhoneNumbers', label: 'Additional Phone Numbers' },
  { key: 'additionalWhatsappNumbers', label: 'Additional WhatsApp Numbers' },
  { key: 'selectedUsers', label: 'Selected Users' },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
];

// ---------------------------------------------------------------------------------------------------------
// Calendar resources (rooms and equipment)
// ---------------------------------------------------------------------------------------------------------

/** `equipments` | `rooms` (also accepts the singular and any case). */
export const resourceTypeOf: Conversion = (value, { key, label }) => {
  const raw = String(value ?? '').trim();
  if (raw === '') throw new InputError(`The ${label} field is required: choose Equipment or Room.`, key);
  const t = raw.toLowerCase();
  if (t === 'equipments' || t === 'equipment') return 'equipments';
  if (t === 'rooms' || t === 'room') return 'rooms';
  throw new InputError(`The ${label} field must be "equipments" or "rooms", got "${raw}".`, key);
};

/** The Resource Type input as its conversion names it (the resource dropdown converts it itself). */
export const RESOURCE_TYPE_REF: FieldRef = { key: 'resourceType', label: 'Resource Type' };

/** The `{resourceType}` path parameter as a choice; the resource dropdown reads it from the form. */
export const RESOURCE_TYPE: Field = {
  ...RESOURCE_TYPE_REF,
  required: true,
  choices: { equipments: 'Equipment', rooms: 'Room' },
  altersDynamicFields: true,
  helpText: 'Equipment or Room.',
  to: 'path',
  as: resourceTypeOf,
};

export const RESOURCE_ID: Field = idField('id', 'Resource', 'dropdown_calendar_resources.id.name', {
  helpText: 'A room or piece of equipment of the type above. Choose the Resource Type first, or map a Resource ID.',
});

/** A count of units or people: a whole number of 0 or more. */
export const wholeCount: Conversion = (value, { key, label }) => {
  const n = toNumber(value, key, label);
  if (n !== undefined && (n < 0 || !Number.isInteger(n))) {
    throw new InputError(`The ${label} field must be a whole number of 0 or more, got "${value}".`, key);
  }
  return n;
};

/** Service calendar ids: at most 100 (CreateCalendarResourceDTO's `maxItems`). */
export const serviceCalendarIds: Conversion = (value, { key, label }) => {
  const ids = toList(value);
  if (ids.length > 100) throw new InputError(`The ${label} field takes at most 100 calendars, got ${ids.length}.`, key);
  return ids;
};

/** Resource fields. Create: every property GHL requires is required (with sensible defaults). */
export const resourceFields = (mode: 'create' | 'update'): Field[] => {
  const required = mode === 'create';
  const count = (key: string, label: string, byDefault: string, helpText: string): Field => ({
    key,
    label,
    type: 'integer',
    required,
    ...(required ? { default: byDefault } : {}),
    helpText,
    to: 'body',
    as: wholeCount,
  });
  return [
    { key: 'name', label: 'Name', required, helpText: 'e.g. Yoga Room', to: 'body' },
    { key: 'description', label: 'Description', type: 'text', required, to: 'body' },
    count('quantity', 'Quantity', '1', 'How many units of the equipment there are (use 1 for a room).'),
    count('outOfService', 'Out of Service', '0', 'How many units are out of service (0 when all are usable).'),
    count('capacity', 'Capacity', '1', 'How many people the room holds (use 1 for equipment).'),
    {
      ...idField('calendarIds', 'Service Calendars', 'dropdown_calendars.id.name', {
        required: false,
        list: true,
        helpText:
          'Service calendars that use this resource (at most 100). A piece of equipment can be linked to one ' +
          'service calendar; a room to several.' +
          (required ? ' Leave empty to link none.' : ' Replaces the linked calendars when set.'),
      }),
      to: 'body',
      as: serviceCalendarIds,
    },
    ...(required ? [] : [{ key: 'isActive', label: 'Active', type: 'boolean' as const, to: 'body' as const }]),
  ];
};

/** An update of a resource must change something. */
export const resourceChange =
  (fields: InputField[]) =>
  async (input: Input, ctx: Ctx): Promise<RequestParts> => {
    mustChange(await boundBody(fields, input, ctx), 'resource');
    return {};
  };

export const RESOURCE_SAMPLE = {
  id: 'Q9oPp1yK3w7rS8tU2vXz',
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'yoga room',
  resourceType: 'rooms',
  isActive: true,
  description: 'Quiet room with mats for 1:1 sessions.',
  quantity: 1,
  outOfService: 0,
  capacity: 85,
  calendarIds: ['Jsj0xnlDDjw0SuvX1J13', 'oCM5feFC86FAAbcO7lJK'],
};

export const RESOURCE_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Resource ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'name', label: 'Name' },
  { key: 'resourceType', label: 'Resource Type' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
  { key: 'description', label: 'Description' },
  { key: 'quantity', label: 'Quantity', type: 'number' },
  { key: 'outOfService', label: 'Out of Service', type: 'number' },
  { key: 'capacity', label: 'Capacity', type: 'number' },
  { key: 'calendarIds', label: 'Service Calendar IDs' },
];

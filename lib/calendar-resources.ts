import { recordAt } from './results';
/**
 * What the appointment-note, calendar-notification and calendar-resource operations share: their inputs,
 * the bodies they become (only properties calendars.json declares), samples, output fields and the
 * small result normalisers (GHL answers notifications with `_id`; resources may carry either).
 */
import { compact, InputError } from './http';
import type { Field, Input, OutputField } from './types';
import { idField, userIdField } from './fields';
import { checkEmail, normalizePhone, toBool, toList, toNumber } from './transforms';

// ---------------------------------------------------------------------------------------------------------
// Shared helpers
// ---------------------------------------------------------------------------------------------------------

/** A record with a stable `id`: its own `id`, else `_id`, else the id it was asked for. */
export const withId = (record: any, fallbackId?: unknown): Record<string, unknown> => {
  const obj = recordAt(record);
  const id = obj.id ?? obj._id ?? fallbackId;
  return id === undefined || id === null || id === '' ? { ...obj } : { ...obj, id: String(id) };
};

/** Throws when an update would send nothing but the ids (GHL would answer "updated" for no change). */
const requireSomething = (body: Record<string, unknown>, ignore: string[], what: string): void => {
  if (Object.keys(body).filter((k) => !ignore.includes(k)).length === 0) {
    throw new InputError(`Fill in at least one field of the ${what} to change.`);
  }
};

/** The calendar picker (fed by the calendars category's `dropdown_calendars`). */
export const calendarIdField = (opts: { required?: boolean; helpText?: string; altersDynamicFields?: boolean } = {}): Field =>
  idField('calendarId', 'Calendar', 'dropdown_calendars.id.name', opts);

// ---------------------------------------------------------------------------------------------------------
// Appointment notes
// ---------------------------------------------------------------------------------------------------------

/**
 * GHL has no endpoint that lists every appointment without a date window and a calendar/user/group, so
 * the appointment is a plain (mappable) id.
 */
export const appointmentIdField: Field = {
  key: 'appointmentId',
  label: 'Appointment ID',
  required: true,
  altersDynamicFields: true,
  helpText:
    'The ID of the appointment (event), mapped from an earlier step such as an appointment trigger, ' +
    'Get Contact Appointments or Get Calendar Events. e.g. YS3jaqqeehkR2Is80miy',
};

export const appointmentNoteIdField: Field = idField('noteId', 'Note', 'dropdown_appointment_notes.id.label', {
  helpText: 'A note of the appointment above. Fill in the Appointment ID first, or map a Note ID.',
});

export const APPOINTMENT_NOTE_INPUTS = (required: boolean): Field[] => [
  { key: 'body', label: 'Note', type: 'text', required, helpText: 'The note text (at most 5000 characters).' },
  userIdField('userId', 'Author', { helpText: "The user shown as the note's author. Choose from the list, or map a User ID." }),
];

/** Note inputs → GHL's NotesDTO (`body` required, at most 5000 characters; optional `userId`). */
export const appointmentNoteBody = (input: Input): Record<string, unknown> => {
  const body = input.body === undefined || input.body === null ? '' : String(input.body);
  if (body.trim() === '') throw new InputError('The Note field is required but was empty.', 'body');
  if (body.length > 5000) {
    throw new InputError(`The Note field is too long: ${body.length} characters, GoHighLevel takes at most 5000.`, 'body');
  }
  return compact({ body, userId: input.userId });
};

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

export const notificationIdField: Field = idField(
  'notificationId',
  'Notification',
  'dropdown_calendar_notifications.id.name',
  { helpText: 'A notification of the calendar above. Choose the calendar first, or map a Notification ID.' },
);

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

/** The notification inputs. Create: recipient, channel and type are required; update: nothing is. */
export const NOTIFICATION_INPUTS = (mode: 'create' | 'update'): Field[] => {
  const required = mode === 'create';
  const fields: Field[] = [
    { key: 'receiverType', label: 'Recipient', required, choices: RECEIVER_TYPES, helpText: 'Who receives the notification.' },
    { key: 'channel', label: 'Channel', required, choices: CHANNELS },
    { key: 'notificationType', label: 'Notification Type', required, choices: NOTIFICATION_TYPES },
    { key: 'isActive', label: 'Active', type: 'boolean', helpText: required ? 'Defaults to yes.' : undefined },
    { key: 'subject', label: 'Subject', helpText: 'Email subject. Not needed for in-app notifications.' },
    { key: 'body', label: 'Body', type: 'text', helpText: 'Message body. Not needed for in-app notifications.' },
    { key: 'templateId', label: 'Template ID', helpText: 'An email template to use instead of Subject and Body.' },
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
    {
      key: 'additionalEmailIds',
      label: 'Additional Email Addresses',
      list: true,
      helpText: 'Extra addresses that receive the notification (recipient "Email Addresses"), e.g. ops@deos.com.',
    },
    {
      key: 'additionalPhoneNumbers',
      label: 'Additional Phone Numbers',
      list: true,
      helpText: 'Extra numbers that receive the notification (recipient "Phone Numbers"), with country code, e.g. +919876744444.',
    },
    userIdField('selectedUsers', 'Selected Users', {
      list: true,
      helpText:
        'Users who receive in-app and business email notifications. Choose users, map User IDs, or type sub_account_admin.',
    }),
    { key: 'fromAddress', label: 'From Email', helpText: 'Sender address for email notifications.' },
    { key: 'fromName', label: 'From Name', helpText: 'Sender name for email and SMS notifications.' },
    { key: 'fromNumber', label: 'From Number', helpText: 'Sender number for SMS notifications, with country code.' },
  ];
  if (mode === 'update') {
    fields.push({
      key: 'deleted',
      label: 'Deleted',
      type: 'boolean',
      helpText: 'Yes marks the notification as deleted (soft delete); no restores it.',
    });
  }
  return fields;
};

/** One schedule (`[{timeOffset, unit}]`) from an amount and a unit input; empty amount → none. */
const scheduleOf = (input: Input, prefix: 'beforeTime' | 'afterTime', label: string) => {
  const offset = toNumber(input[`${prefix}Offset`], `${prefix}Offset`, `${label} (amount)`);
  if (offset === undefined) {
    if (input[`${prefix}Unit`] !== undefined && String(input[`${prefix}Unit`]).trim() !== '') {
      throw new InputError(`The ${label} (amount) field is required when ${label} (unit) is set.`, `${prefix}Offset`);
    }
    return undefined;
  }
  if (offset < 0) throw new InputError(`The ${label} (amount) field must not be negative, got ${offset}.`, `${prefix}Offset`);
  const unit = String(input[`${prefix}Unit`] ?? '').trim() || 'hours';
  return [{ timeOffset: offset, unit }];
};

const emailsOf = (value: unknown): string[] | undefined => {
  const list = toList(value).map((e) => checkEmail(e, 'additionalEmailIds', 'Additional Email Addresses') as string);
  return list.length ? list : undefined;
};

const phonesOf = (value: unknown): string[] | undefined => {
  const list = toList(value).map(
    (p) => normalizePhone(p, 'additionalPhoneNumbers', 'Additional Phone Numbers') as string,
  );
  return list.length ? list : undefined;
};

const listOf = (value: unknown): string[] | undefined => {
  const list = toList(value);
  return list.length ? list : undefined;
};

/**
 * Notification inputs → one CreateCalendarNotificationDTO / UpdateCalendarNotificationsDTO: schedules as
 * `[{timeOffset, unit}]`, lists split, emails and phone numbers checked. `deleted` only on update.
 */
export const notificationBody = (input: Input, mode: 'create' | 'update'): Record<string, unknown> => {
  const body = compact({
    receiverType: input.receiverType,
    channel: input.channel,
    notificationType: input.notificationType,
    isActive: toBool(input.isActive, 'isActive', 'Active'),
    templateId: input.templateId,
    body: input.body,
    subject: input.subject,
    beforeTime: scheduleOf(input, 'beforeTime', 'Send Before'),
    afterTime: scheduleOf(input, 'afterTime', 'Send After'),
    additionalEmailIds: emailsOf(input.additionalEmailIds),
    additionalPhoneNumbers: phonesOf(input.additionalPhoneNumbers),
    selectedUsers: listOf(input.selectedUsers),
    fromAddress: checkEmail(input.fromAddress, 'fromAddress', 'From Email'),
    fromName: input.fromName,
    fromNumber: normalizePhone(input.fromNumber, 'fromNumber', 'From Number'),
    deleted: mode === 'update' ? toBool(input.deleted, 'deleted', 'Deleted') : undefined,
  });
  if (mode === 'update') requireSomething(body, [], 'notification');
  return body;
};

/** A notification as Zapier sees it: GHL's record with `id` (GHL names it `_id`). */
export const notificationResult = (data: any, fallbackId?: unknown) => withId(data, fallbackId);

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

/** Update Notification: GHL answers `{message}`; the step adds the ids it changed. */
export const NOTIFICATION_UPDATE_SAMPLE = {
  id: '66c5ea6f2a1f5c3b9f1d2e4a',
  calendarId: 'ocQHyuzHvysMo5N5VsXc',
  message: 'Notification updated successfully',
};

export const NOTIFICATION_UPDATE_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Notification ID' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'message', label: 'Message' },
];

// ---------------------------------------------------------------------------------------------------------
// Calendar resources (rooms and equipment)
// ---------------------------------------------------------------------------------------------------------

export const RESOURCE_TYPES = { equipments: 'Equipment', rooms: 'Room' };

/** The `{resourceType}` path parameter as a choice; the resource dropdown reads it from the form. */
export const resourceTypeField: Field = {
  key: 'resourceType',
  label: 'Resource Type',
  required: true,
  choices: RESOURCE_TYPES,
  altersDynamicFields: true,
  helpText: 'Equipment or Room.',
};

/** `equipments` | `rooms` from the input (also accepts the singular and any case). */
export const resourceTypeOf = (input: Input): 'equipments' | 'rooms' => {
  const raw = String(input.resourceType ?? '').trim();
  if (raw === '') throw new InputError('The Resource Type field is required: choose Equipment or Room.', 'resourceType');
  const t = raw.toLowerCase();
  if (t === 'equipments' || t === 'equipment') return 'equipments';
  if (t === 'rooms' || t === 'room') return 'rooms';
  throw new InputError(`The Resource Type field must be "equipments" or "rooms", got "${raw}".`, 'resourceType');
};

export const resourceIdField: Field = idField('id', 'Resource', 'dropdown_calendar_resources.id.name', {
  helpText: 'A room or piece of equipment of the type above. Choose the Resource Type first, or map a Resource ID.',
});

/** Resource inputs. Create: every property GHL requires is required (with sensible defaults). */
export const RESOURCE_INPUTS = (mode: 'create' | 'update'): Field[] => {
  const required = mode === 'create';
  const fields: Field[] = [
    { key: 'name', label: 'Name', required, helpText: 'e.g. Yoga Room' },
    { key: 'description', label: 'Description', type: 'text', required },
    {
      key: 'quantity',
      label: 'Quantity',
      type: 'integer',
      required,
      ...(required ? { default: '1' } : {}),
      helpText: 'How many units of the equipment there are (use 1 for a room).',
    },
    {
      key: 'outOfService',
      label: 'Out of Service',
      type: 'integer',
      required,
      ...(required ? { default: '0' } : {}),
      helpText: 'How many units are out of service (0 when all are usable).',
    },
    {
      key: 'capacity',
      label: 'Capacity',
      type: 'integer',
      required,
      ...(required ? { default: '1' } : {}),
      helpText: 'How many people the room holds (use 1 for equipment).',
    },
    idField('calendarIds', 'Service Calendars', 'dropdown_calendars.id.name', {
      required: false,
      list: true,
      helpText:
        'Service calendars that use this resource (at most 100). A piece of equipment can be linked to one ' +
        'service calendar; a room to several.' +
        (required ? ' Leave empty to link none.' : ' Replaces the linked calendars when set.'),
    }),
  ];
  if (mode === 'update') fields.push({ key: 'isActive', label: 'Active', type: 'boolean' });
  return fields;
};

const countOf = (input: Input, key: string, label: string): number | undefined => {
  const n = toNumber(input[key], key, label);
  if (n !== undefined && (n < 0 || !Number.isInteger(n))) {
    throw new InputError(`The ${label} field must be a whole number of 0 or more, got "${input[key]}".`, key);
  }
  return n;
};

/**
 * Resource inputs → CreateCalendarResourceDTO / UpdateCalendarResourceDTO (locationId is added by the
 * engine). Create sends every required property; an empty calendar list is sent as `[]`.
 */
export const resourceBody = (input: Input, mode: 'create' | 'update'): Record<string, unknown> => {
  const calendarIds = toList(input.calendarIds);
  if (calendarIds.length > 100) {
    throw new InputError(`The Service Calendars field takes at most 100 calendars, got ${calendarIds.length}.`, 'calendarIds');
  }
  const body = compact({
    name: input.name,
    description: input.description,
    quantity: countOf(input, 'quantity', 'Quantity'),
    outOfService: countOf(input, 'outOfService', 'Out of Service'),
    capacity: countOf(input, 'capacity', 'Capacity'),
    calendarIds: calendarIds.length || mode === 'create' ? calendarIds : undefined,
    isActive: mode === 'update' ? toBool(input.isActive, 'isActive', 'Active') : undefined,
  });
  if (mode === 'update') requireSomething(body, [], 'resource');
  return body;
};

/** A resource as Zapier sees it: GHL's record with an `id` (its own, `_id`, or the id asked for). */
export const resourceResult = (data: any, fallbackId?: unknown) => withId(data, fallbackId);

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

/** Deletes: the id removed, `deleted`, and whatever GHL answered (`success` or `message`). */
export const DELETE_OUTPUT_FIELDS = (idLabel: string, extra: OutputField): OutputField[] => [
  { key: 'id', label: idLabel },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  extra,
];

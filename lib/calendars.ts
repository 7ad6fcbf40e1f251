/**
 * What the Calendars & Appointments operations share: the calendar / group / event pickers, the time
 * conversions each endpoint wants, the request bodies, samples and output fields.
 *
 * Times: every time input is a Zapier datetime. Each endpoint wants its own format:
 * - free slots: epoch milliseconds as numbers, a window of at most 31 days (`freeSlotsQuery`);
 * - event and blocked-slot listings: epoch milliseconds as strings (`eventsQuery`);
 * - appointment and block-slot writes: ISO-8601 with the offset of the chosen timezone
 *   (`appointmentBody`, `blockSlotBody`).
 * A value without an offset (`2026-07-16 10:00`) is read in the step's Timezone input, else the Zap's
 * timezone (`bundle.meta.timezone`), else UTC. Windows the API would reject are input errors, raised
 * before any request.
 */
import { compact, InputError } from './http';
import type { Ctx, Field, Input, OutputField } from './types';
import { contactIdField, idField, userIdField } from './fields';
import {
  checkEmail,
  chosenZone,
  endBeforeStart,
  nonEmpty,
  timeWindow,
  toBool,
  toEpochInZone as epochInZone,
  toIsoInZone,
  toList,
  toNumber,
  writeZone,
  type WindowSpec,
} from './transforms';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** GoHighLevel answers free-slot requests for at most this many days at a time. */
export const FREE_SLOTS_MAX_DAYS = 31;

// ---------------------------------------------------------------------------------------------------
// Pickers

export const calendarIdField = (
  opts: { required?: boolean; helpText?: string; altersDynamicFields?: boolean } = {},
): Field => idField('calendarId', 'Calendar', 'dropdown_calendars.id.name', opts);

export const calendarGroupIdField = (opts: { required?: boolean; helpText?: string } = {}): Field =>
  idField('groupId', 'Calendar Group', 'dropdown_calendar_groups.id.name', opts);

/** Appointments and blocked slots have no list endpoint usable as a dropdown (it needs a window): mapped ids. */
export const eventIdField = (label: string, helpText: string): Field => ({ key: 'eventId', label, required: true, helpText });

export const timezoneField = (helpText?: string): Field => ({
  key: 'timezone',
  label: 'Timezone',
  helpText:
    helpText ??
    'IANA timezone name, e.g. America/New_York. Times are sent to GoHighLevel with this timezone\'s offset, and ' +
      'times you enter without an offset are read in it. Leave empty to use the Zap\'s timezone (UTC if Zapier has none).',
});

// ---------------------------------------------------------------------------------------------------
// Time conversions

/** Free slots: from now for 7 days by default, at most 31 days. */
export const FREE_SLOTS_WINDOW: WindowSpec = {
  start: { key: 'startDate', label: 'Start Date' },
  end: { key: 'endDate', label: 'End Date' },
  defaultStartOffset: 0,
  defaultLength: 7 * DAY,
  maxDays: FREE_SLOTS_MAX_DAYS,
};

/** Event and blocked-slot listings: from 7 days ago to 30 days ahead by default. */
export const EVENTS_WINDOW: WindowSpec = {
  start: { key: 'startTime', label: 'Window Start' },
  end: { key: 'endTime', label: 'Window End' },
  defaultStartOffset: -7 * DAY,
  defaultLength: 37 * DAY,
};

/** GET /calendars/{calendarId}/free-slots query: epoch ms as numbers, the timezone slots come back in. */
export const freeSlotsQuery = (input: Input, ctx: Pick<Ctx, 'bundle'>) => {
  const zone = chosenZone(input, ctx);
  const { start, end } = timeWindow(input, zone ?? 'UTC', FREE_SLOTS_WINDOW);
  return { startDate: start, endDate: end, timezone: zone, userId: nonEmpty(input.userId) };
};

/**
 * GET /calendars/events and /calendars/blocked-slots query: epoch ms as strings, and one of calendar,
 * user or group (the API answers nothing useful without one).
 */
export const eventsQuery = (input: Input, ctx: Pick<Ctx, 'bundle'>) => {
  const calendarId = nonEmpty(input.calendarId);
  const userId = nonEmpty(input.userId);
  const groupId = nonEmpty(input.groupId);
  if (!calendarId && !userId && !groupId) {
    throw new InputError(
      'Choose a Calendar, a User or a Calendar Group: GoHighLevel lists events only for one of them.',
      'calendarId',
    );
  }
  const { start, end } = timeWindow(input, writeZone(input, ctx), EVENTS_WINDOW);
  return { calendarId, userId, groupId, startTime: String(start), endTime: String(end) };
};

/** The inputs of the event and blocked-slot listings. */
export const eventsInputs = (what: string): Field[] => [
  calendarIdField({
    required: false,
    helpText: `Only ${what} of this calendar. GoHighLevel needs a Calendar, a User or a Calendar Group: give at least one.`,
  }),
  userIdField('userId', 'User', {
    helpText: `Only ${what} of this user. GoHighLevel needs a Calendar, a User or a Calendar Group: give at least one.`,
  }),
  calendarGroupIdField({
    required: false,
    helpText: `Only ${what} of the calendars in this group. GoHighLevel needs a Calendar, a User or a Calendar Group: give at least one.`,
  }),
  {
    key: 'startTime',
    label: 'Window Start',
    type: 'datetime',
    helpText: `Only ${what} starting after this time. Leave empty for 7 days ago.`,
  },
  {
    key: 'endTime',
    label: 'Window End',
    type: 'datetime',
    helpText: `Only ${what} starting before this time. Leave empty for 37 days after the window start (30 days from now by default).`,
  },
];

/** One item per slot of the free-slots answer (`{"2026-07-16": {slots: [...]}, traceId}`), soonest first. */
export const slotsOf = (data: any, input: Input): Record<string, unknown>[] => {
  const calendarId = nonEmpty(input.calendarId);
  const userId = nonEmpty(input.userId);
  const items: Array<{ t: number; item: Record<string, unknown> }> = [];
  for (const [date, day] of Object.entries((data && typeof data === 'object' ? data : {}) as Record<string, any>)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !day || !Array.isArray(day.slots)) continue;
    for (const slot of day.slots) {
      const t = typeof slot === 'string' ? Date.parse(slot) : NaN;
      if (Number.isNaN(t)) continue;
      // The id uses the UTC instant, so it stays the same whatever timezone the slots are shown in.
      items.push({ t, item: compact({ id: `${calendarId}:${new Date(t).toISOString()}`, calendarId, userId, date, startTime: slot }) });
    }
  }
  return items.sort((a, b) => a.t - b.t).map((x) => x.item);
};

// ---------------------------------------------------------------------------------------------------
// Appointments and block slots

const startOf = (input: Input, zone: string) => epochInZone(input.startTime, 'startTime', 'Start Time', zone);
const endOf = (input: Input, zone: string) => epochInZone(input.endTime, 'endTime', 'End Time', zone);
const iso = (ms: number | undefined, field: string, zone: string) => (ms === undefined ? undefined : toIsoInZone(ms, field, zone));

const checkOrder = (start: number | undefined, end: number | undefined): void => {
  if (start !== undefined && end !== undefined && end <= start) {
    throw endBeforeStart({ key: 'endTime', label: 'End Time' }, { label: 'Start Time' }, start, end);
  }
};

export const APPOINTMENT_STATUSES = {
  new: 'New',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  showed: 'Showed',
  noshow: 'No-show',
  invalid: 'Invalid',
};

/**
 * Appointment inputs. Create: calendar, contact and start are required; the end is optional: give an
 * End Time, or a Duration in minutes, or neither and GoHighLevel uses the calendar's slot duration
 * (no extra request is made to look it up).
 */
export const appointmentInputs = (mode: 'create' | 'update'): Field[] => {
  const create = mode === 'create';
  const fields: Field[] = [];
  if (!create) {
    fields.push(eventIdField('Appointment ID', 'The appointment to change: map its ID from Create Appointment, List Calendar Events or Get Appointment.'));
  }
  fields.push(
    calendarIdField(create ? {} : { required: false, helpText: 'Move the appointment to this calendar. Leave empty to keep it.' }),
  );
  if (create) fields.push(contactIdField({ helpText: 'Who the appointment is with. Choose a contact, or map a Contact ID.' }));
  fields.push(
    {
      key: 'startTime',
      label: 'Start Time',
      type: 'datetime',
      required: create,
      helpText: create ? 'When the appointment starts.' : 'New start time. Leave empty to keep it.',
    },
    {
      key: 'endTime',
      label: 'End Time',
      type: 'datetime',
      helpText: create
        ? 'When it ends. Leave empty (and Duration empty) to use the calendar\'s slot duration.'
        : 'New end time. Leave empty to keep it (or give a Duration with a new Start Time).',
    },
    {
      key: 'durationMinutes',
      label: 'Duration (Minutes)',
      type: 'integer',
      helpText: 'Used only when End Time is empty: the end is the Start Time plus this many minutes.',
    },
    timezoneField(),
    { key: 'title', label: 'Title', helpText: 'e.g. "Consultation with Rubika Deo".' },
    {
      key: 'appointmentStatus',
      label: 'Status',
      choices: APPOINTMENT_STATUSES,
      helpText: create ? 'Leave empty for GoHighLevel\'s default.' : 'Choose Cancelled to cancel the appointment without deleting it.',
    },
    userIdField('assignedUserId', 'Assigned User', { helpText: 'The team member who owns the appointment. Choose a user, or map a User ID.' }),
    { key: 'description', label: 'Description', type: 'text' },
    { key: 'address', label: 'Address / Meeting Link', helpText: 'Where the meeting happens: an address, a phone number or a meeting link.' },
    {
      key: 'meetingLocationType',
      label: 'Meeting Location Type',
      choices: { custom: 'Custom', zoom: 'Zoom', gmeet: 'Google Meet', phone: 'Phone', address: 'Address', ms_teams: 'Microsoft Teams', google: 'Google' },
      helpText: 'Defaults to Custom when an Address is given.',
    },
    {
      key: 'meetingLocationId',
      label: 'Meeting Location ID',
      helpText: 'The id of one of the calendar\'s configured meeting locations (e.g. custom_0). Leave empty for the default.',
    },
    {
      key: 'overrideLocationConfig',
      label: 'Override Location Config',
      type: 'boolean',
      helpText: 'Yes when you give a Meeting Location Type instead of a Meeting Location ID.',
    },
    { key: 'ignoreFreeSlotValidation', label: 'Ignore Free Slot Check', type: 'boolean', helpText: 'Yes to book even if the time is not a free slot of the calendar.' },
    { key: 'ignoreDateRange', label: 'Ignore Scheduling Notice and Date Range', type: 'boolean' },
    { key: 'toNotify', label: 'Run Automations', type: 'boolean', helpText: 'No to book without running the calendar\'s automations and notifications.' },
    { key: 'rrule', label: 'Recurrence Rule', helpText: 'An iCalendar RRULE for a recurring appointment, e.g. RRULE:FREQ=WEEKLY;COUNT=4.' },
  );
  return fields;
};

/**
 * Appointment inputs → AppointmentCreateSchema / AppointmentEditSchema (times as ISO-8601 with the
 * timezone's offset; create's locationId is added by the engine).
 */
export const appointmentBody = (input: Input, ctx: Pick<Ctx, 'bundle'>, mode: 'create' | 'update') => {
  const zone = writeZone(input, ctx);
  const start = startOf(input, zone);
  let end = endOf(input, zone);
  const duration = toNumber(input.durationMinutes, 'durationMinutes', 'Duration (Minutes)');
  if (duration !== undefined && duration <= 0) {
    throw new InputError(`The Duration (Minutes) field must be more than 0, got ${duration}.`, 'durationMinutes');
  }
  if (end === undefined && duration !== undefined) {
    if (start === undefined) throw new InputError('The Duration (Minutes) field needs a Start Time.', 'durationMinutes');
    end = start + duration * MINUTE;
  }
  checkOrder(start, end);
  return compact({
    calendarId: nonEmpty(input.calendarId),
    contactId: mode === 'create' ? nonEmpty(input.contactId) : undefined,
    startTime: iso(start, 'startTime', zone),
    endTime: iso(end, 'endTime', zone),
    title: input.title,
    appointmentStatus: input.appointmentStatus,
    assignedUserId: nonEmpty(input.assignedUserId),
    description: input.description,
    address: input.address,
    meetingLocationType: input.meetingLocationType,
    meetingLocationId: input.meetingLocationId,
    overrideLocationConfig: toBool(input.overrideLocationConfig, 'overrideLocationConfig', 'Override Location Config'),
    ignoreFreeSlotValidation: toBool(input.ignoreFreeSlotValidation, 'ignoreFreeSlotValidation', 'Ignore Free Slot Check'),
    ignoreDateRange: toBool(input.ignoreDateRange, 'ignoreDateRange', 'Ignore Scheduling Notice and Date Range'),
    toNotify: toBool(input.toNotify, 'toNotify', 'Run Automations'),
    rrule: input.rrule,
  });
};

/** Block-slot inputs: on a calendar or for a user (not both), start and end. */
export const blockSlotInputs = (mode: 'create' | 'update'): Field[] => {
  const create = mode === 'create';
  const either = 'GoHighLevel needs a Calendar or an Assigned User, not both.';
  const keep = create ? {} : { helpText: 'Leave empty to keep it.' };
  return [
    ...(create
      ? []
      : [eventIdField('Blocked Slot ID', 'The blocked slot to change: map its ID from Create Block Slot or List Blocked Slots.')]),
    calendarIdField({ required: false, helpText: `Block time on this calendar. ${either}` }),
    userIdField('assignedUserId', 'Assigned User', { helpText: `Block this user's time on all their calendars. ${either}` }),
    { key: 'title', label: 'Title', helpText: 'e.g. "Lunch break".' },
    { key: 'startTime', label: 'Start Time', type: 'datetime', required: create, ...keep },
    { key: 'endTime', label: 'End Time', type: 'datetime', required: create, ...keep },
    timezoneField(),
  ];
};

/** Block-slot inputs → BlockSlotCreateRequestDTO / BlockSlotEditRequestDTO (locationId added by the engine). */
export const blockSlotBody = (input: Input, ctx: Pick<Ctx, 'bundle'>) => {
  const calendarId = nonEmpty(input.calendarId);
  const assignedUserId = nonEmpty(input.assignedUserId);
  if (calendarId && assignedUserId) {
    throw new InputError(
      'Give a Calendar or an Assigned User, not both: GoHighLevel blocks time either on one calendar or for one user.',
      'assignedUserId',
    );
  }
  if (!calendarId && !assignedUserId) {
    throw new InputError('Choose the Calendar (or the Assigned User) whose time to block.', 'calendarId');
  }
  const zone = writeZone(input, ctx);
  const start = startOf(input, zone);
  const end = endOf(input, zone);
  checkOrder(start, end);
  return compact({
    title: input.title,
    calendarId,
    assignedUserId,
    startTime: iso(start, 'startTime', zone),
    endTime: iso(end, 'endTime', zone),
  });
};

// ---------------------------------------------------------------------------------------------------
// Calendar groups and calendars

export const groupInputs = (required: boolean): Field[] => [
  { key: 'name', label: 'Name', required },
  { key: 'description', label: 'Description', type: 'text', required },
  { key: 'slug', label: 'Slug', required, helpText: 'The group\'s booking-page path, e.g. sales-calls. Check it first with Validate Group Slug.' },
];

type As = 'number' | 'boolean';
interface Setting {
  field: Field;
  as?: As;
  /** Only CalendarCreateDTO declares it. */
  createOnly?: boolean;
}

const UNIT_CHOICES = { mins: 'Minutes', hours: 'Hours' };
const setting = (key: string, label: string, extra: Partial<Field> = {}, as?: As, createOnly?: boolean): Setting => ({
  field: { key, label, ...(as === 'boolean' ? { type: 'boolean' } : as === 'number' ? { type: 'number' } : {}), ...extra },
  as,
  createOnly,
});

/** Calendar settings shown before the group, team and meeting location inputs (input key = body key). */
const CALENDAR_HEAD_SETTINGS: Setting[] = [
  setting('description', 'Description', { type: 'text' }),
  setting(
    'calendarType',
    'Calendar Type',
    { choices: { event: 'Event', round_robin: 'Round Robin', class_booking: 'Class Booking', collective: 'Collective', service_booking: 'Service Booking', personal: 'Personal' } },
    undefined,
    true,
  ),
];

/** The other plain calendar settings (input key = body key). */
const CALENDAR_SETTINGS: Setting[] = [
  setting('slug', 'Slug', { helpText: 'The calendar\'s booking-page path, e.g. discovery-call.' }),
  setting('widgetSlug', 'Widget Slug'),
  setting('widgetType', 'Widget Type', { choices: { default: 'Neo', classic: 'Classic' } }),
  setting('eventTitle', 'Event Title', { helpText: 'Title of booked appointments; may use {{contact.name}}.' }),
  setting('eventColor', 'Event Color', { helpText: 'Hex color, e.g. #039be5.' }),
  setting('slotDuration', 'Slot Duration', { helpText: 'How long a meeting lasts (in Slot Duration Unit; default 30 minutes).' }, 'number'),
  setting('slotDurationUnit', 'Slot Duration Unit', { choices: UNIT_CHOICES }),
  setting('slotInterval', 'Slot Interval', { helpText: 'Time between the starts of bookable slots (default 30 minutes).' }, 'number'),
  setting('slotIntervalUnit', 'Slot Interval Unit', { choices: UNIT_CHOICES }),
  setting('preBuffer', 'Buffer Before (Minutes)', { helpText: 'Free time kept before each appointment.' }, 'number'),
  setting('slotBuffer', 'Buffer After (Minutes)', { helpText: 'Free time kept after each appointment.' }, 'number'),
  setting('appoinmentPerSlot', 'Appointments per Slot', { helpText: 'Bookings per slot and user (seats, for class calendars).' }, 'number'),
  setting('appoinmentPerDay', 'Appointments per Day', {}, 'number'),
  setting('allowBookingAfter', 'Minimum Scheduling Notice', { helpText: 'How soon before a slot it can still be booked (in the unit below).' }, 'number'),
  setting('allowBookingAfterUnit', 'Minimum Scheduling Notice Unit', { choices: { hours: 'Hours', days: 'Days', weeks: 'Weeks', months: 'Months' } }),
  setting('allowBookingFor', 'Booking Window', { helpText: 'How far ahead slots can be booked (in the unit below).' }, 'number'),
  setting('allowBookingForUnit', 'Booking Window Unit', { choices: { days: 'Days', weeks: 'Weeks', months: 'Months' } }),
  setting('autoConfirm', 'Auto-Confirm Bookings', {}, 'boolean'),
  setting('allowReschedule', 'Allow Rescheduling', {}, 'boolean'),
  setting('allowCancellation', 'Allow Cancellation', {}, 'boolean'),
  setting('stickyContact', 'Sticky Contact', { helpText: 'Pre-fill the booking form for returning contacts.' }, 'boolean'),
  setting('googleInvitationEmails', 'Send Google Invitation Emails', {}, 'boolean'),
  setting('shouldAssignContactToTeamMember', 'Assign Contact to Team Member', {}, 'boolean'),
  setting('formId', 'Form', { dynamic: 'dropdown_forms.id.name', helpText: 'The form used for bookings. Choose a form, or map a Form ID.' }),
  setting('notes', 'Notes', { type: 'text' }),
  setting('isActive', 'Active', { helpText: 'No to keep the calendar as a draft.' }, 'boolean'),
];

const LOCATION_KINDS = {
  custom: 'Custom',
  physical: 'Physical address',
  inbound_call: 'Inbound call',
  outbound_call: 'Outbound call',
  booker: 'Booker decides',
  zoom_conference: 'Zoom',
  google_conference: 'Google Meet',
  ms_teams_conference: 'Microsoft Teams',
};

/** Calendar inputs (Create Calendar: name required; Update Calendar: nothing required). */
export const calendarInputs = (mode: 'create' | 'update'): Field[] => {
  const create = mode === 'create';
  const fieldsOf = (list: Setting[]) => list.filter((s) => create || !s.createOnly).map((s) => s.field);
  return [
    ...(create ? [] : [calendarIdField()]),
    { key: 'name', label: 'Name', required: create },
    ...fieldsOf(CALENDAR_HEAD_SETTINGS),
    calendarGroupIdField({ required: false, helpText: 'The calendar group the calendar belongs to.' }),
    userIdField('teamMembers', 'Team Members', {
      list: true,
      helpText: 'Users who take the bookings (required for round robin, collective, class and service calendars; exactly one for personal ones).' +
        (create ? '' : ' Replaces the current team members.'),
    }),
    {
      key: 'meetingLocationKind',
      label: 'Meeting Location Type',
      choices: LOCATION_KINDS,
      helpText: 'Where meetings happen. Zoom, Google Meet and Teams are not available on event calendars.',
    },
    { key: 'meetingLocation', label: 'Meeting Location', helpText: 'The address, phone number or link for the Meeting Location Type.' },
    ...fieldsOf(CALENDAR_SETTINGS),
    {
      key: 'openHours',
      label: 'Open Hours (JSON)',
      type: 'text',
      helpText:
        'Weekly availability as GoHighLevel\'s JSON, e.g. [{"daysOfTheWeek":[1,2,3,4,5],"hours":[{"openHour":9,"openMinute":0,"closeHour":17,"closeMinute":0}]}] (0 = Sunday).',
    },
    { key: 'alertEmail', label: 'Alert Email', helpText: 'Where booking alerts are sent.' },
  ];
};

const parseJsonInput = (value: unknown, field: string, label: string): unknown => {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  if (typeof value === 'object') return value;
  try {
    return JSON.parse(String(value));
  } catch {
    throw new InputError(`The ${label} field is not valid JSON: "${String(value).slice(0, 60)}".`, field);
  }
};

/** Calendar inputs → CalendarCreateDTO / CalendarUpdateDTO (only the properties each declares). */
export const calendarBody = (input: Input, mode: 'create' | 'update'): Record<string, unknown> => {
  const body: Record<string, unknown> = { name: input.name, groupId: nonEmpty(input.groupId) };
  for (const s of [...CALENDAR_HEAD_SETTINGS, ...CALENDAR_SETTINGS]) {
    if (s.createOnly && mode !== 'create') continue;
    const { key, label = key } = s.field;
    const v = input[key];
    body[key] = s.as === 'number' ? toNumber(v, key, label) : s.as === 'boolean' ? toBool(v, key, label) : v;
  }
  const members = toList(input.teamMembers);
  if (members.length) body.teamMembers = members.map((userId) => ({ userId }));
  const kind = nonEmpty(input.meetingLocationKind);
  const where = nonEmpty(input.meetingLocation);
  if (where && !kind) throw new InputError('Choose a Meeting Location Type for the Meeting Location.', 'meetingLocationKind');
  if (kind) body.locationConfigurations = [compact({ kind, location: where })];
  const openHours = parseJsonInput(input.openHours, 'openHours', 'Open Hours (JSON)');
  if (openHours !== undefined && !Array.isArray(openHours)) {
    throw new InputError('The Open Hours (JSON) field must be a JSON list of {daysOfTheWeek, hours}.', 'openHours');
  }
  body.openHours = openHours;
  body.alertEmail = checkEmail(input.alertEmail, 'alertEmail', 'Alert Email');
  return compact(body);
};

// ---------------------------------------------------------------------------------------------------
// Samples and output fields (values from the spec's examples)

export const GROUP_SAMPLE = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'Sales calls',
  description: 'Discovery and demo calendars',
  slug: 'sales-calls',
  isActive: true,
};

export const GROUP_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Calendar Group ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description' },
  { key: 'slug', label: 'Slug' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
];

export const CALENDAR_SAMPLE = {
  id: '0TkCdp9PfvLeWKYRRvIz',
  locationId: 've9EPM428h8vShlRW1KT',
  groupId: 'BqTwX8QFwXzpegMve9EQ',
  name: 'Discovery call',
  description: '30-minute discovery call',
  slug: 'discovery-call',
  widgetSlug: 'discovery-call',
  calendarType: 'round_robin',
  widgetType: 'classic',
  eventType: 'RoundRobin_OptimizeForAvailability',
  eventTitle: '{{contact.name}}',
  eventColor: '#039be5',
  teamMembers: [{ userId: 'hxHGVRb1YJUscrCB8eXK', priority: 0.5, isPrimary: true }],
  locationConfigurations: [{ kind: 'custom', location: 'https://meet.google.com/yqp-gogr-wve' }],
  slotDuration: 30,
  slotDurationUnit: 'mins',
  slotInterval: 30,
  slotIntervalUnit: 'mins',
  slotBuffer: 0,
  preBuffer: 0,
  appoinmentPerSlot: 1,
  appoinmentPerDay: 0,
  allowBookingAfter: 1,
  allowBookingAfterUnit: 'days',
  allowBookingFor: 30,
  allowBookingForUnit: 'days',
  openHours: [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }],
  enableRecurring: false,
  autoConfirm: true,
  allowReschedule: true,
  allowCancellation: true,
  stickyContact: false,
  googleInvitationEmails: false,
  isActive: true,
};

export const CALENDAR_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Calendar ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'groupId', label: 'Calendar Group ID' },
  { key: 'name', label: 'Name' },
  { key: 'description', label: 'Description' },
  { key: 'slug', label: 'Slug' },
  { key: 'widgetSlug', label: 'Widget Slug' },
  { key: 'calendarType', label: 'Calendar Type' },
  { key: 'widgetType', label: 'Widget Type' },
  { key: 'eventType', label: 'Round Robin Mode' },
  { key: 'eventTitle', label: 'Event Title' },
  { key: 'eventColor', label: 'Event Color' },
  { key: 'teamMembers', label: 'Team Members' },
  { key: 'locationConfigurations', label: 'Meeting Locations' },
  { key: 'slotDuration', label: 'Slot Duration', type: 'number' },
  { key: 'slotDurationUnit', label: 'Slot Duration Unit' },
  { key: 'slotInterval', label: 'Slot Interval', type: 'number' },
  { key: 'slotIntervalUnit', label: 'Slot Interval Unit' },
  { key: 'slotBuffer', label: 'Buffer After', type: 'number' },
  { key: 'preBuffer', label: 'Buffer Before', type: 'number' },
  { key: 'appoinmentPerSlot', label: 'Appointments per Slot', type: 'number' },
  { key: 'appoinmentPerDay', label: 'Appointments per Day', type: 'number' },
  { key: 'allowBookingAfter', label: 'Minimum Scheduling Notice', type: 'number' },
  { key: 'allowBookingAfterUnit', label: 'Minimum Scheduling Notice Unit' },
  { key: 'allowBookingFor', label: 'Booking Window', type: 'number' },
  { key: 'allowBookingForUnit', label: 'Booking Window Unit' },
  { key: 'openHours', label: 'Open Hours' },
  { key: 'enableRecurring', label: 'Recurring Enabled', type: 'boolean' },
  { key: 'autoConfirm', label: 'Auto-Confirm', type: 'boolean' },
  { key: 'allowReschedule', label: 'Allow Rescheduling', type: 'boolean' },
  { key: 'allowCancellation', label: 'Allow Cancellation', type: 'boolean' },
  { key: 'stickyContact', label: 'Sticky Contact', type: 'boolean' },
  { key: 'googleInvitationEmails', label: 'Google Invitation Emails', type: 'boolean' },
  { key: 'isActive', label: 'Active', type: 'boolean' },
];

/** A calendar event (appointment) as GET /calendars/events and GET /calendars/events/appointments/{id} give it. */
export const EVENT_SAMPLE = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  title: 'Appointment with GHL Dev team',
  calendarId: 'BqTwX8QFwXzpegMve9EQ',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: '9NkT25Vor1v4aQatFsv2',
  groupId: '9NkT25Vor1v4aQatFsv2',
  appointmentStatus: 'confirmed',
  assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
  users: ['YlWd2wuCAZQzh2cH1fVZ', '9NkT25Vor1v4aQatFsv2'],
  notes: 'Some dummy note',
  description: 'Some dummy description',
  address: 'https://meet.google.com/yqp-gogr-wve',
  isRecurring: false,
  startTime: '2026-07-16T16:00:00+05:30',
  endTime: '2026-07-16T16:30:00+05:30',
  dateAdded: '2026-07-10T09:12:00+05:30',
  dateUpdated: '2026-07-10T09:12:00+05:30',
  assignedResources: [] as string[],
  createdBy: { userId: 'YlWd2wuCAZQzh2cH1fVZ', source: 'booking_widget' },
};

export const EVENT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Appointment ID' },
  { key: 'title', label: 'Title' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'groupId', label: 'Calendar Group ID' },
  { key: 'appointmentStatus', label: 'Status' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
  { key: 'users', label: 'Other User IDs' },
  { key: 'notes', label: 'Notes' },
  { key: 'description', label: 'Description' },
  { key: 'address', label: 'Address / Meeting Link' },
  { key: 'isRecurring', label: 'Recurring', type: 'boolean' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
  { key: 'assignedResources', label: 'Room and Equipment IDs' },
  { key: 'createdBy', label: 'Booked By' },
];

/** A blocked slot as GET /calendars/blocked-slots lists it. */
export const BLOCKED_SLOT_EVENT_SAMPLE = {
  id: 'Wd2wuCAZQzh2cH1fVZYl',
  title: 'Lunch break',
  calendarId: 'BqTwX8QFwXzpegMve9EQ',
  locationId: 've9EPM428h8vShlRW1KT',
  assignedUserId: 'YlWd2wuCAZQzh2cH1fVZ',
  startTime: '2026-07-16T13:00:00+05:30',
  endTime: '2026-07-16T14:00:00+05:30',
  dateAdded: '2026-07-10T09:12:00+05:30',
  dateUpdated: '2026-07-10T09:12:00+05:30',
};

export const BLOCKED_SLOT_EVENT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Blocked Slot ID' },
  { key: 'title', label: 'Title' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
];

/** What appointment create/update answer (AppointmentSchemaResponse: no envelope). */
export const APPOINTMENT_SAMPLE = {
  id: '0TkCdp9PfvLeWKYRRvIz',
  calendarId: 'CVokAlI8fgw4WYWoCtQz',
  locationId: 've9EPM428h8vShlRW1KT',
  contactId: '0007BWpSzSwfiuSl0tR2',
  startTime: '2026-07-16T10:00:00-05:00',
  endTime: '2026-07-16T10:30:00-05:00',
  title: 'Consultation with Rubika Deo',
  meetingLocationType: 'custom',
  appointmentStatus: 'confirmed',
  assignedUserId: 'hxHGVRb1YJUscrCB8eXK',
  address: 'https://meet.google.com/yqp-gogr-wve',
  isRecurring: false,
};

export const APPOINTMENT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Appointment ID' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
  { key: 'title', label: 'Title' },
  { key: 'meetingLocationType', label: 'Meeting Location Type' },
  { key: 'appointmentStatus', label: 'Status' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
  { key: 'address', label: 'Address / Meeting Link' },
  { key: 'isRecurring', label: 'Recurring', type: 'boolean' },
];

/** What block-slot create/update answer (BlockedSlotSuccessfulResponseDto: no envelope). */
export const BLOCK_SLOT_SAMPLE = {
  id: 'Wd2wuCAZQzh2cH1fVZYl',
  locationId: 've9EPM428h8vShlRW1KT',
  title: 'Lunch break',
  startTime: '2026-07-16T13:00:00+05:30',
  endTime: '2026-07-16T14:00:00+05:30',
  calendarId: 'CVokAlI8fgw4WYWoCtQz',
};

export const BLOCK_SLOT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Blocked Slot ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'title', label: 'Title' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
  { key: 'endTime', label: 'End Time', type: 'datetime' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'assignedUserId', label: 'Assigned User ID' },
];

export const SLOT_SAMPLE = {
  id: 'CVokAlI8fgw4WYWoCtQz:2026-07-16T15:00:00.000Z',
  calendarId: 'CVokAlI8fgw4WYWoCtQz',
  date: '2026-07-16',
  startTime: '2026-07-16T10:00:00-05:00',
};

export const SLOT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Slot ID' },
  { key: 'calendarId', label: 'Calendar ID' },
  { key: 'userId', label: 'User ID' },
  { key: 'date', label: 'Date' },
  { key: 'startTime', label: 'Start Time', type: 'datetime' },
];

/** Delete results: the deleted id, `deleted`, and GHL's own flag (`success` or `succeeded`). */
export const deletedOutputFields = (idLabel: string, flag: 'success' | 'succeeded'): OutputField[] => [
  { key: 'id', label: idLabel },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: flag, label: 'Succeeded', type: 'boolean' },
];

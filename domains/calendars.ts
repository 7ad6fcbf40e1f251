/**
 * What several Calendars & Appointments operations share: the calendar, group and event pickers, the
 * calendar, group, appointment and blocked-slot fields with their bindings, the time rules, the samples
 * and output fields.
 *
 * Times: every time input is a Zapier datetime. Each endpoint wants its own format:
 * - free slots: epoch milliseconds as numbers, a window of at most 31 days (`FREE_SLOTS_WINDOW`);
 * - event and blocked-slot listings: epoch milliseconds as strings (`eventsWindow`);
 * - appointment and block-slot writes: ISO-8601 with the offset of the chosen timezone (`isoInZone`,
 *   `appointmentEnd`, `blockSlotRule`).
 * A value without an offset (`2026-07-16 10:00`) is read in the step's Timezone input, else the Zap's
 * timezone (`bundle.meta.timezone`), else UTC. Windows the API would reject are input errors, raised
 * before any request.
 */
import { compact, ghlRequest, InputError } from '../lib/http';
import { contactIdField, idField, userIdField } from '../lib/fields';
import { defineDropdown } from '../lib/dropdown';
import {
  endBeforeStart,
  isBlank,
  nonEmpty,
  timeWindow,
  toBool,
  toEpochInZone,
  toIsoInZone,
  toList,
  toNumber,
  writeZone,
  type WindowSpec,
} from '../lib/transforms';
import type { Conversion, Ctx, Field, GhlRequest, Input, OutputField, RequestParts } from '../lib/types';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

// ---------------------------------------------------------------------------------------------------
// Pickers

export const calendarIdField = (
  opts: { required?: boolean; helpText?: string; altersDynamicFields?: boolean } = {},
): Field => idField('calendarId', 'Calendar', 'dropdown_calendars.id.name', opts);

/** The calendar a step works on (its path parameter). */
export const CALENDAR_ID: Field = calendarIdField();

/** The calendar whose notifications the Notification picker of the same step lists. */
export const NOTIFICATIONS_CALENDAR_ID: Field = calendarIdField({ altersDynamicFields: true });

export const calendarGroupIdField = (opts: { required?: boolean; helpText?: string } = {}): Field =>
  idField('groupId', 'Calendar Group', 'dropdown_calendar_groups.id.name', opts);

/** The calendar group a step works on (its path parameter). */
export const GROUP_ID: Field = calendarGroupIdField();

/**
 * An appointment or blocked slot (`eventId`): picked from the sub-account's recent and upcoming ones
 * (dropdown_appointments, dropdown_blocked_slots), or mapped.
 */
export const eventIdField = (label: string, helpText: string, picker: 'appointments' | 'blocked_slots' = 'appointments'): Field => ({
  key: 'eventId',
  label,
  required: true,
  dynamic: `dropdown_${picker}.id.label`,
  helpText,
});

/**
 * The meeting locations a calendar offers (GET /calendars/{calendarId}: `locationConfigurations`, its own
 * and each team member's), once per meeting id; those without one cannot be chosen by id.
 */
export const meetingLocationsOf = (data: any): any[] => {
  const calendar = data?.calendar ?? {};
  const configs: any[] = [
    ...(Array.isArray(calendar.locationConfigurations) ? calendar.locationConfigurations : []),
    ...(Array.isArray(calendar.teamMembers) ? calendar.teamMembers : []).flatMap((m: any) =>
      Array.isArray(m?.locationConfigurations) ? m.locationConfigurations : [],
    ),
  ];
  const seen = new Set<string>();
  return configs.filter((c) => {
    const id = String(c?.meetingId ?? '').trim();
    if (!id || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
};

const MEETING_KINDS: Record<string, string> = {
  custom: 'Custom',
  zoom_conference: 'Zoom',
  google_conference: 'Google Meet',
  ms_teams_conference: 'Microsoft Teams',
  inbound_call: 'Inbound call',
  outbound_call: 'Outbound call',
  physical: 'In person',
  booker: 'Booker chooses',
};
/** "In person: 3535 1st St N" or "Zoom". */
export const meetingLocationLabel = (c: any): string => {
  const kind = MEETING_KINDS[String(c?.kind)] ?? String(c?.kind ?? 'Location');
  const where = String(c?.location ?? '').trim();
  return where ? `${kind}: ${where}` : kind;
};

/** The window the appointment and blocked-slot pickers list: 30 days back to 90 days ahead. */
export const PICKER_WINDOW_DAYS = { back: 30, ahead: 90 };

/** At most this many calendars are read for a picker when the step names no calendar. */
export const PICKER_CALENDARS = 20;

/**
 * The query of an appointment or blocked-slot picker: the picker window, and the calendar the step names
 * (its Calendar input), if any.
 */
export const pickerWindow = (input: Input): RequestParts => {
  const now = Date.now();
  return {
    query: {
      startTime: String(now - PICKER_WINDOW_DAYS.back * DAY),
      endTime: String(now + PICKER_WINDOW_DAYS.ahead * DAY),
      ...(isBlank(input.calendarId) ? {} : { calendarId: String(input.calendarId).trim() }),
    },
  };
};

/**
 * Sends a picker's event listing: as built when the step names a calendar; otherwise once for each of the
 * sub-account's calendars (the first PICKER_CALENDARS, four at a time), the events of all in one answer.
 */
export const acrossCalendars = async (req: GhlRequest, ctx: Ctx): Promise<{ events: any[] }> => {
  if (!isBlank(req.query?.calendarId)) return { events: eventsIn(await ghlRequest(ctx.z, req, 'the events of the calendar')) };
  const listed = await ghlRequest(ctx.z, {
    method: 'GET',
    path: '/calendars/',
    query: { locationId: ctx.locationId },
    token: ctx.token,
  }, 'the calendars');
  const ids: string[] = (Array.isArray(listed?.calendars) ? listed.calendars : []).map((c: any) => c?.id).filter(Boolean).slice(0, PICKER_CALENDARS);
  const events: any[] = [];
  for (let i = 0; i < ids.length; i += 4) {
    const answers = await Promise.all(
      ids.slice(i, i + 4).map((calendarId) => ghlRequest(ctx.z, { ...req, query: { ...req.query, calendarId } }, 'the events of a calendar')),
    );
    for (const a of answers) events.push(...eventsIn(a));
  }
  return { events };
};

/**
 * An event picker (hidden dropdown) of the last 30 and the next 90 days, upcoming first: of the calendar the
 * step names, else of each of the sub-account's calendars (GHL lists events only per calendar, user or
 * group, in a window). Appointments (GET /calendars/events) and blocked slots (GET /calendars/blocked-slots).
 */
export const eventPicker = (key: string, noun: string, path: string, what: string) =>
  defineDropdown({
    key,
    noun,
    endpoint: { method: 'GET', path },
    scopes: ['calendars/events.readonly', 'calendars.readonly'],
    location: 'query',
    inputs: [{ key: 'calendarId', label: 'Calendar', helpText: 'The calendar the step names, if any.' }],
    request: pickerWindow,
    send: acrossCalendars,
    extraRequests: "the sub-account's calendars, and one listing per calendar (at most 20), when the step names no calendar",
    listKey: soonestFirst,
    labelKey: 'label',
    label: (e) => eventLabel(e, what),
  });
const eventsIn = (data: any): any[] => (Array.isArray(data?.events) ? data.events : []);

/** A picker's order: upcoming first (soonest first), then past ones (most recent first). */
export const soonestFirst = (data: { events: any[] }): any[] => {
  const now = Date.now();
  const at = (e: any) => Date.parse(String(e?.startTime ?? '')) || 0;
  const upcoming = data.events.filter((e) => at(e) >= now).sort((a, b) => at(a) - at(b));
  const past = data.events.filter((e) => at(e) < now).sort((a, b) => at(b) - at(a));
  return [...upcoming, ...past];
};

/** "Consultation with Rubika Deo · 2026-07-16 11:00" (the time as GHL wrote it, in its own zone). */
export const eventLabel = (e: any, what: string): string => {
  const when = String(e?.startTime ?? '').replace('T', ' ').slice(0, 16);
  return [String(e?.title || '').trim() || what, when].filter(Boolean).join(' · ');
};

export const timezoneField = (helpText?: string): Field => ({
  key: 'timezone',
  label: 'Timezone',
  helpText:
    helpText ??
    'IANA timezone name, e.g. America/New_York. Times are sent to GoHighLevel with this timezone\'s offset, and ' +
      'times you enter without an offset are read in it. Leave empty to use the Zap\'s timezone (UTC if Zapier has none).',
});

/** The timezone of appointment and block-slot writes (read by the time conversions, never sent). */
const TIMEZONE: Field = timezoneField();

// ---------------------------------------------------------------------------------------------------
// Time windows

/** GoHighLevel answers free-slot requests for at most this many days at a time. */
export const FREE_SLOTS_MAX_DAYS = 31;

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

/** The fields of the event and blocked-slot listings: calendar, user or group (query), and the window. */
export const eventsFields = (what: string): Field[] => {
  const oneOf = 'GoHighLevel needs a Calendar, a User or a Calendar Group: give at least one.';
  return [
    { ...calendarIdField({ required: false, helpText: `Only ${what} of this calendar. ${oneOf}` }), to: 'query', as: 'id' },
    { ...userIdField('userId', 'User', { helpText: `Only ${what} of this user. ${oneOf}` }), to: 'query', as: 'id' },
    { ...calendarGroupIdField({ required: false, helpText: `Only ${what} of the calendars in this group. ${oneOf}` }), to: 'query', as: 'id' },
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
};

/**
 * GET /calendars/events and /calendars/blocked-slots: one of calendar, user or group (the API answers
 * nothing useful without one), and the window as epoch ms strings.
 */
export const eventsWindow = (input: Input, ctx: Ctx): RequestParts => {
  if (isBlank(input.calendarId) && isBlank(input.userId) && isBlank(input.groupId)) {
    throw new InputError(
      'Choose a Calendar, a User or a Calendar Group: GoHighLevel lists events only for one of them.',
      'calendarId',
    );
  }
  const { start, end } = timeWindow(input, writeZone(input, ctx), EVENTS_WINDOW);
  return { query: { startTime: String(start), endTime: String(end) } };
};

// ---------------------------------------------------------------------------------------------------
// Appointments and block slots

const startOf = (input: Input, zone: string) => toEpochInZone(input.startTime, 'startTime', 'Start Time', zone);
const endOf = (input: Input, zone: string) => toEpochInZone(input.endTime, 'endTime', 'End Time', zone);

const checkOrder = (start: number | undefined, end: number | undefined): void => {
  if (start !== undefined && end !== undefined && end <= start) {
    throw endBeforeStart({ key: 'endTime', label: 'End Time' }, { label: 'Start Time' }, start, end);
  }
};

const APPOINTMENT_STATUSES = {
  new: 'New',
  confirmed: 'Confirmed',
  cancelled: 'Cancelled',
  showed: 'Showed',
  noshow: 'No-show',
  invalid: 'Invalid',
};

/** Read by `appointmentEnd` only: GoHighLevel takes an end time, not a duration. */
const DURATION: Field = {
  key: 'durationMinutes',
  label: 'Duration (Minutes)',
  type: 'integer',
  helpText: 'Used only when End Time is empty: the end is the Start Time plus this many minutes.',
};

const APPOINTMENT_TITLE: Field = { key: 'title', label: 'Title', helpText: 'e.g. "Consultation with Rubika Deo".', to: 'body' };

/** The appointment fields after the status, the same on create and update (AppointmentCreateSchema / EditSchema). */
const APPOINTMENT_DETAILS: Field[] = [
  {
    ...userIdField('assignedUserId', 'Assigned User', { helpText: 'The team member who owns the appointment. Choose a user, or map a User ID.' }),
    to: 'body',
    as: 'id',
  },
  { key: 'description', label: 'Description', type: 'text', to: 'body' },
  { key: 'address', label: 'Address / Meeting Link', helpText: 'Where the meeting happens: an address, a phone number or a meeting link.', to: 'body' },
  {
    key: 'meetingLocationType',
    label: 'Meeting Location Type',
    choices: { custom: 'Custom', zoom: 'Zoom', gmeet: 'Google Meet', phone: 'Phone', address: 'Address', ms_teams: 'Microsoft Teams', google: 'Google' },
    helpText: 'Defaults to Custom when an Address is given.',
    to: 'body',
  },
  {
    key: 'meetingLocationId',
    label: 'Meeting Location',
    dynamic: 'dropdown_meeting_locations.id.label',
    helpText: "One of the calendar's configured meeting locations (choose the Calendar first), or a mapped meeting location ID. Leave empty for the calendar's default.",
    to: 'body',
  },
  {
    key: 'overrideLocationConfig',
    label: 'Override Location Config',
    type: 'boolean',
    helpText: 'Yes when you give a Meeting Location Type instead of a Meeting Location ID.',
    to: 'body',
  },
  {
    key: 'ignoreFreeSlotValidation',
    label: 'Ignore Free Slot Check',
    type: 'boolean',
    helpText: 'Yes to book even if the time is not a free slot of the calendar.',
    to: 'body',
  },
  { key: 'ignoreDateRange', label: 'Ignore Scheduling Notice and Date Range', type: 'boolean', to: 'body' },
  {
    key: 'toNotify',
    label: 'Run Automations',
    type: 'boolean',
    helpText: 'No to book without running the calendar\'s automations and notifications.',
    to: 'body',
  },
  { key: 'rrule', label: 'Recurrence Rule', helpText: 'An iCalendar RRULE for a recurring appointment, e.g. RRULE:FREQ=WEEKLY;COUNT=4.', to: 'body' },
];

/**
 * Appointment fields. Create: calendar, contact and start are required; the end is optional: give an
 * End Time, or a Duration in minutes, or neither and GoHighLevel uses the calendar's slot duration
 * (no extra request is made to look it up). Times go as ISO-8601 with the offset of the timezone.
 */
export const appointmentFields = (mode: 'create' | 'update'): Field[] => {
  const create = mode === 'create';
  return [
    ...(create
      ? []
      : [eventIdField('Appointment', 'The appointment to change: choose one of the recent and upcoming ones, or map its ID (from Create Appointment or an appointment trigger).')]),
    {
      ...calendarIdField(create ? {} : { required: false, helpText: 'Move the appointment to this calendar. Leave empty to keep it.' }),
      to: 'body',
      as: 'id',
    },
    ...(create
      ? [{ ...contactIdField({ helpText: 'Who the appointment is with. Choose a contact, or map a Contact ID.' }), to: 'body' as const, as: 'id' as const }]
      : []),
    {
      key: 'startTime',
      label: 'Start Time',
      type: 'datetime',
      required: create,
      helpText: create ? 'When the appointment starts.' : 'New start time. Leave empty to keep it.',
      to: 'body',
      as: 'isoInZone',
    },
    {
      key: 'endTime',
      label: 'End Time',
      type: 'datetime',
      helpText: create
        ? 'When it ends. Leave empty (and Duration empty) to use the calendar\'s slot duration.'
        : 'New end time. Leave empty to keep it (or give a Duration with a new Start Time).',
      to: 'body',
      as: 'isoInZone',
    },
    DURATION,
    TIMEZONE,
    APPOINTMENT_TITLE,
    {
      key: 'appointmentStatus',
      label: 'Status',
      choices: APPOINTMENT_STATUSES,
      helpText: create ? 'Leave empty for GoHighLevel\'s default.' : 'Choose Cancelled to cancel the appointment without deleting it.',
      to: 'body',
    },
    ...APPOINTMENT_DETAILS,
  ];
};

/**
 * The appointment's end when only a Duration is given (the Start Time plus that many minutes), and the
 * check that the end comes after the start. Times are read in the write zone (an unknown timezone is an
 * input error even when no time is given).
 */
export const appointmentEnd = (input: Input, ctx: Ctx): RequestParts => {
  const zone = writeZone(input, ctx);
  const start = startOf(input, zone);
  const end = endOf(input, zone);
  const duration = toNumber(input.durationMinutes, 'durationMinutes', 'Duration (Minutes)');
  if (duration !== undefined && duration <= 0) {
    throw new InputError(`The Duration (Minutes) field must be more than 0, got ${duration}.`, 'durationMinutes');
  }
  if (end === undefined && duration !== undefined) {
    if (start === undefined) throw new InputError('The Duration (Minutes) field needs a Start Time.', 'durationMinutes');
    return { body: { endTime: toIsoInZone(start + duration * MINUTE, 'endTime', zone) } };
  }
  checkOrder(start, end);
  // An update that changes nothing still sends its (empty) JSON body.
  return { body: {} };
};

/** Block-slot fields: on a calendar or for a user (not both), start and end (`blockSlotRule` sends the times). */
export const blockSlotFields = (mode: 'create' | 'update'): Field[] => {
  const create = mode === 'create';
  const either = 'GoHighLevel needs a Calendar or an Assigned User, not both.';
  const keep = create ? {} : { helpText: 'Leave empty to keep it.' };
  return [
    ...(create
      ? []
      : [eventIdField('Blocked Slot', 'The blocked slot to change: choose one of the recent and upcoming ones, or map its ID (from Create Block Slot or List Blocked Slots).', 'blocked_slots')]),
    { ...calendarIdField({ required: false, helpText: `Block time on this calendar. ${either}` }), to: 'body', as: 'id' },
    { ...userIdField('assignedUserId', 'Assigned User', { helpText: `Block this user's time on all their calendars. ${either}` }), to: 'body', as: 'id' },
    { key: 'title', label: 'Title', helpText: 'e.g. "Lunch break".', to: 'body' },
    { key: 'startTime', label: 'Start Time', type: 'datetime', required: create, ...keep },
    { key: 'endTime', label: 'End Time', type: 'datetime', required: create, ...keep },
    TIMEZONE,
  ];
};

/**
 * Block slots (BlockSlotCreateRequestDTO / BlockSlotEditRequestDTO): time is blocked either on one
 * calendar or for one user, never both and never neither; then the start and end as ISO-8601 in the
 * write zone, the end after the start.
 */
export const blockSlotRule = (input: Input, ctx: Ctx): RequestParts => {
  const onCalendar = !isBlank(input.calendarId);
  const forUser = !isBlank(input.assignedUserId);
  if (onCalendar && forUser) {
    throw new InputError(
      'Give a Calendar or an Assigned User, not both: GoHighLevel blocks time either on one calendar or for one user.',
      'assignedUserId',
    );
  }
  if (!onCalendar && !forUser) throw new InputError('Choose the Calendar (or the Assigned User) whose time to block.', 'calendarId');
  const zone = writeZone(input, ctx);
  const start = startOf(input, zone);
  const end = endOf(input, zone);
  checkOrder(start, end);
  const iso = (ms: number | undefined, key: string) => (ms === undefined ? undefined : toIsoInZone(ms, key, zone));
  return { body: compact({ startTime: iso(start, 'startTime'), endTime: iso(end, 'endTime') }) };
};

// ---------------------------------------------------------------------------------------------------
// Calendar groups

/**
 * A yes/no sent only when the step gives one. The field's default pre-fills the Zap editor; a value left
 * empty (or mapped empty) at run time sends nothing, so GoHighLevel applies its own default, where the
 * engine would send the field's default.
 */
export const boolWhenGiven: Conversion = (value, field, input) =>
  isBlank(input[field.key]) ? undefined : toBool(value, field.key, field.label);

/** Name, description and slug: required by GoHighLevel on create and on update (GroupCreateDTO / GroupUpdateDTO). */
export const GROUP_FIELDS: Field[] = [
  { key: 'name', label: 'Name', required: true, to: 'body' },
  { key: 'description', label: 'Description', type: 'text', required: true, to: 'body' },
  {
    key: 'slug',
    label: 'Slug',
    required: true,
    helpText: 'The group\'s booking-page path, e.g. sales-calls. Check it first with Validate Group Slug.',
    to: 'body',
  },
];

// ---------------------------------------------------------------------------------------------------
// Calendars

/** User ids → GoHighLevel's team members (`[{userId}]`). */
export const teamMembersOf: Conversion = (value) => toList(value).map((userId) => ({ userId }));

/** Open hours as GoHighLevel's JSON: a list of `{daysOfTheWeek, hours}` (text or already parsed). */
export const openHoursOf: Conversion = (value, { key, label }) => {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  let parsed: unknown = value;
  if (typeof value !== 'object') {
    try {
      parsed = JSON.parse(String(value));
    } catch {
      throw new InputError(`The ${label} field is not valid JSON: "${String(value).slice(0, 60)}".`, key);
    }
  }
  if (parsed !== undefined && !Array.isArray(parsed)) {
    throw new InputError(`The ${label} field must be a JSON list of {daysOfTheWeek, hours}.`, key);
  }
  return parsed;
};

const UNIT_CHOICES = { mins: 'Minutes', hours: 'Hours' };

const CALENDAR_DESCRIPTION: Field = { key: 'description', label: 'Description', type: 'text', to: 'body' };

/** Only CalendarCreateDTO declares it: GoHighLevel cannot change a calendar's type. */
const CALENDAR_TYPE: Field = {
  key: 'calendarType',
  label: 'Calendar Type',
  choices: { event: 'Event', round_robin: 'Round Robin', class_booking: 'Class Booking', collective: 'Collective', service_booking: 'Service Booking', personal: 'Personal' },
  to: 'body',
};

const CALENDAR_GROUP: Field = {
  ...calendarGroupIdField({ required: false, helpText: 'The calendar group the calendar belongs to.' }),
  to: 'body',
  as: 'id',
};

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

/** The meeting location's two fields: `meetingLocation` sends them together (`locationConfigurations`). */
const MEETING_LOCATION_FIELDS: Field[] = [
  {
    key: 'meetingLocationKind',
    label: 'Meeting Location Type',
    choices: LOCATION_KINDS,
    helpText: 'Where meetings happen. Zoom, Google Meet and Teams are not available on event calendars.',
  },
  { key: 'meetingLocation', label: 'Meeting Location', helpText: 'The address, phone number or link for the Meeting Location Type.' },
];

/** The plain calendar settings (input key = body key; numbers and yes/no converted by their type). */
const CALENDAR_SETTINGS: Field[] = [
  { key: 'slug', label: 'Slug', helpText: 'The calendar\'s booking-page path, e.g. discovery-call.' },
  { key: 'widgetSlug', label: 'Widget Slug' },
  { key: 'widgetType', label: 'Widget Type', choices: { default: 'Neo', classic: 'Classic' } },
  { key: 'eventTitle', label: 'Event Title', helpText: 'Title of booked appointments; may use {{contact.name}}.' },
  { key: 'eventColor', label: 'Event Color', helpText: 'Hex color, e.g. #039be5.' },
  { key: 'slotDuration', label: 'Slot Duration', type: 'number', helpText: 'How long a meeting lasts (in Slot Duration Unit; default 30 minutes).' },
  { key: 'slotDurationUnit', label: 'Slot Duration Unit', choices: UNIT_CHOICES },
  { key: 'slotInterval', label: 'Slot Interval', type: 'number', helpText: 'Time between the starts of bookable slots (default 30 minutes).' },
  { key: 'slotIntervalUnit', label: 'Slot Interval Unit', choices: UNIT_CHOICES },
  { key: 'preBuffer', label: 'Buffer Before (Minutes)', type: 'number', helpText: 'Free time kept before each appointment.' },
  { key: 'slotBuffer', label: 'Buffer After (Minutes)', type: 'number', helpText: 'Free time kept after each appointment.' },
  { key: 'appoinmentPerSlot', label: 'Appointments per Slot', type: 'number', helpText: 'Bookings per slot and user (seats, for class calendars).' },
  { key: 'appoinmentPerDay', label: 'Appointments per Day', type: 'number' },
  {
    key: 'allowBookingAfter',
    label: 'Minimum Scheduling Notice',
    type: 'number',
    helpText: 'How soon before a slot it can still be booked (in the unit below).',
  },
  {
    key: 'allowBookingAfterUnit',
    label: 'Minimum Scheduling Notice Unit',
    choices: { hours: 'Hours', days: 'Days', weeks: 'Weeks', months: 'Months' },
  },
  { key: 'allowBookingFor', label: 'Booking Window', type: 'number', helpText: 'How far ahead slots can be booked (in the unit below).' },
  { key: 'allowBookingForUnit', label: 'Booking Window Unit', choices: { days: 'Days', weeks: 'Weeks', months: 'Months' } },
  { key: 'autoConfirm', label: 'Auto-Confirm Bookings', type: 'boolean' },
  { key: 'allowReschedule', label: 'Allow Rescheduling', type: 'boolean' },
  { key: 'allowCancellation', label: 'Allow Cancellation', type: 'boolean' },
  { key: 'stickyContact', label: 'Sticky Contact', type: 'boolean', helpText: 'Pre-fill the booking form for returning contacts.' },
  { key: 'googleInvitationEmails', label: 'Send Google Invitation Emails', type: 'boolean' },
  { key: 'shouldAssignContactToTeamMember', label: 'Assign Contact to Team Member', type: 'boolean' },
  { key: 'formId', label: 'Form', dynamic: 'dropdown_forms.id.name', helpText: 'The form used for bookings. Choose a form, or map a Form ID.' },
  { key: 'notes', label: 'Notes', type: 'text' },
  { key: 'isActive', label: 'Active', type: 'boolean', helpText: 'No to keep the calendar as a draft.' },
].map((f): Field => ({ ...(f as Field), to: 'body' }));

const OPEN_HOURS: Field = {
  key: 'openHours',
  label: 'Open Hours (JSON)',
  type: 'text',
  helpText:
    'Weekly availability as GoHighLevel\'s JSON, e.g. [{"daysOfTheWeek":[1,2,3,4,5],"hours":[{"openHour":9,"openMinute":0,"closeHour":17,"closeMinute":0}]}] (0 = Sunday).',
  to: 'body',
  as: openHoursOf,
};

const ALERT_EMAIL: Field = { key: 'alertEmail', label: 'Alert Email', helpText: 'Where booking alerts are sent.', to: 'body', as: 'email' };

/** Calendar fields (CalendarCreateDTO: name required; CalendarUpdateDTO: nothing required, no type). */
export const calendarFields = (mode: 'create' | 'update'): Field[] => {
  const create = mode === 'create';
  return [
    ...(create ? [] : [CALENDAR_ID]),
    { key: 'name', label: 'Name', required: create, to: 'body' },
    CALENDAR_DESCRIPTION,
    ...(create ? [CALENDAR_TYPE] : []),
    CALENDAR_GROUP,
    {
      ...userIdField('teamMembers', 'Team Members', {
        list: true,
        helpText:
          'Users who take the bookings (required for round robin, collective, class and service calendars; exactly one for personal ones).' +
          (create ? '' : ' Replaces the current team members.'),
      }),
      to: 'body',
      as: teamMembersOf,
    },
    ...MEETING_LOCATION_FIELDS,
    ...CALENDAR_SETTINGS,
    OPEN_HOURS,
    ALERT_EMAIL,
  ];
};

/**
 * The meeting location (`locationConfigurations`: one `{kind, location}`): a Meeting Location needs its
 * type. The update sends its JSON body even when nothing changes.
 */
export const meetingLocation = (input: Input): RequestParts => {
  const kind = nonEmpty(input.meetingLocationKind);
  const location = nonEmpty(input.meetingLocation);
  if (location && !kind) throw new InputError('Choose a Meeting Location Type for the Meeting Location.', 'meetingLocationKind');
  return { body: kind ? { locationConfigurations: [compact({ kind, location })] } : {} };
};

// ---------------------------------------------------------------------------------------------------
// Samples and output fields used by several operations (values from the spec's examples)

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
  notes: 'Bring previous X-rays.',
  description: 'First consultation about a whitening treatment.',
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

// ---------------------------------------------------------------------------------------------------
// Event triggers and searches of appointments and free slots (issue 14: New Appointment, Appointment
// Status Changed, Find Appointment, Find Free Slots).
// (Imports of this block are kept here, with the block, so parallel work on this module merges cleanly.)
import { listAt, MissingInAnswer } from '../lib/results';
import { chosenZone } from '../lib/transforms';
import { withZonedTimes } from './events';

const YEAR = 365 * DAY;

/**
 * The window the appointment triggers read from GET /calendars/events (one request, unpaged): appointments
 * starting from 30 days ago (status changes such as showed or no-show come after the appointment) to 5 years
 * ahead (a booking fires however far ahead it is scheduled, within that).
 */
export const APPOINTMENT_EVENTS_WINDOW = { back: 30 * DAY, ahead: 5 * YEAR };

/** Calendar or user: GET /calendars/events lists one of them (the triggers offer no calendar group). */
export const appointmentEventsFields = (what: string): Field[] => {
  const oneOf = 'Give a Calendar or a User.';
  return [
    { ...calendarIdField({ required: false, helpText: `Only ${what} of this calendar. ${oneOf}` }), to: 'query', as: 'id' },
    { ...userIdField('userId', 'User', { helpText: `Only ${what} assigned to this user, on any calendar. ${oneOf}` }), to: 'query', as: 'id' },
  ];
};

/** The window as epoch-ms strings, from now; a calendar or a user is needed. */
export const appointmentEventsRequest = (input: Input, now = Date.now()): RequestParts => {
  if (isBlank(input.calendarId) && isBlank(input.userId)) {
    throw new InputError('Choose a Calendar or a User: GoHighLevel lists appointments only for one of them.', 'calendarId');
  }
  return { query: { startTime: String(now - APPOINTMENT_EVENTS_WINDOW.back), endTime: String(now + APPOINTMENT_EVENTS_WINDOW.ahead) } };
};

const APPOINTMENT_TIMES = ['startTime', 'endTime', 'dateAdded', 'dateUpdated'];

/** An appointment as an event: its times with a zone, and its own id as `appointmentId`. */
export const appointmentEvent = (a: any): Record<string, any> => ({ ...withZonedTimes(a, APPOINTMENT_TIMES), appointmentId: a.id });

/**
 * One item per booking: GET /calendars/events lists each occurrence of a recurring appointment (ids
 * `master_start_duration`, with `masterEventId`); a recurring booking is one booking, shown by its first
 * occurrence in the window and identified by its master event.
 */
export const onePerBooking = (events: any[]): any[] => {
  const out: any[] = [];
  const seen = new Map<string, number>();
  for (const e of events) {
    const master = e && typeof e === 'object' && typeof e.masterEventId === 'string' && e.masterEventId ? e.masterEventId : undefined;
    if (!master) {
      out.push(e);
      continue;
    }
    const item = { ...e, id: master };
    const at = seen.get(master);
    if (at === undefined) {
      seen.set(master, out.length);
      out.push(item);
    } else if (Date.parse(item.startTime) < Date.parse(out[at].startTime)) out[at] = item;
  }
  return out;
};

/** The events of GET /calendars/events, which must be there (an answer without them is an error). */
export const eventsOf = (data: unknown): any[] => listAt(data, 'events');

/** Appointment statuses, for the status filter. */
export const APPOINTMENT_STATUS_CHOICES = APPOINTMENT_STATUSES;

/** An appointment as GET /calendars/events lists it, as the event triggers return it. */
export const APPOINTMENT_EVENT_SAMPLE = {
  ...EVENT_SAMPLE,
  title: 'Consultation with Rubika Deo',
  notes: 'Prefers a morning call; bring the insurance card.',
  description: 'First consultation about aligners',
  groupId: 'ocQHyuzHvysMo5N5VsXc',
  appointmentId: EVENT_SAMPLE.id,
};

export const APPOINTMENT_EVENT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Event ID' },
  { key: 'appointmentId', label: 'Appointment ID' },
  ...EVENT_OUTPUT_FIELDS.filter((f) => f.key !== 'id'),
  { key: 'masterEventId', label: 'Recurring Series ID' },
];

/** An appointment found by id: what GET /calendars/events/appointments/{eventId} answers. */
export const FOUND_APPOINTMENT_SAMPLE = (({ appointmentId: _a, ...rest }) => rest)(APPOINTMENT_EVENT_SAMPLE);

/**
 * The appointment to find: a dropdown of the recent and upcoming appointments (dropdown_appointments: of the
 * Calendar chosen in the same step, else of each calendar), or a mapped Appointment ID.
 */
export const APPOINTMENT_PICKER_CALENDAR: Field = calendarIdField({
  required: false,
  altersDynamicFields: true,
  helpText: 'Only to list its appointments in the Appointment dropdown. Leave empty when you map an Appointment ID.',
});
export const APPOINTMENT_ID: Field = eventIdField(
  'Appointment',
  'Choose one of the recent and upcoming appointments, or map an Appointment ID (from Create Appointment or New Appointment).',
);

/** The inputs of Find Free Slots: the window (at most 31 days), its timezone, and a team member. */
export const FREE_SLOTS_FIELDS: Field[] = [
  CALENDAR_ID,
  { key: 'startDate', label: 'Start Date', type: 'datetime', helpText: 'First moment to look for free slots. Leave empty for now.' },
  {
    key: 'endDate',
    label: 'End Date',
    type: 'datetime',
    helpText: `Last moment to look for free slots: at most ${FREE_SLOTS_MAX_DAYS} days after the Start Date. Leave empty for 7 days after it.`,
  },
  timezoneField(
    'IANA timezone name, e.g. America/New_York: slots are listed in it, and dates without an offset are read in it. ' +
      "Leave empty for the Zap's timezone (or the calendar's own when Zapier has none).",
  ),
  { ...userIdField('userId', 'User', { helpText: "Only this team member's free slots. Leave empty for the calendar's." }), to: 'query', as: 'id' },
];

/** The free slots query: the window as epoch ms numbers, read in the step's (or the Zap's) timezone. */
export const freeSlotsRequest = (input: Input, ctx: Ctx): RequestParts => {
  const zone = chosenZone(input, ctx);
  const { start, end } = timeWindow(input, zone ?? 'UTC', FREE_SLOTS_WINDOW);
  return { query: { startDate: start, endDate: end, timezone: zone } };
};

/** The free slots as one search result: the first slot's fields, and every slot as line items (`slots`). */
export const freeSlotsFound = (data: unknown, input: Input): Record<string, unknown>[] => {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw new MissingInAnswer('the free slots by date', data);
  const slots = slotsOf(data, input);
  return slots.length ? [{ ...slots[0], slotCount: slots.length, slots }] : [];
};

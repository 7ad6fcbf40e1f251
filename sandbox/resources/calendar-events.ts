/**
 * Calendar events: appointments (create, get, update, cancel, delete; a start that is not a free slot is
 * refused unless `ignoreFreeSlotValidation`), blocked slots (create, update), the event and blocked-slot
 * listings (`calendarId`|`userId`|`groupId`, epoch-ms window), and appointment notes. Times are answered
 * in ISO-8601 with the sub-account's offset, as GHL does.
 */
import { freeSlots, minutes, timezoneOf } from '../availability';
import { fail, Reply, type Handler, type Req } from '../http';
import { limitSkip, must, mustOwn, newestFirst, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newId, now, type Rec, type SandboxState } from '../state';
import { isoIn } from '../time';

const APPOINTMENT_KEYS = [
  'title', 'meetingLocationType', 'meetingLocationId', 'appointmentStatus', 'assignedUserId', 'description', 'address', 'rrule', 'calendarId',
];

const instant = (v: unknown, field: string): number => {
  const t = Date.parse(String(v));
  if (Number.isNaN(t)) throw fail(422, [`${field} must be a valid ISO 8601 date string`]);
  return t;
};

const calendarFor = (req: Req, state: SandboxState, id: string): Rec => {
  const calendar = must(state.table('calendars'), id, 'Calendar');
  const loc = req.grant?.locationId;
  if (loc && calendar.locationId !== loc) throw fail(404, `Calendar with id ${id} not found`);
  return calendar;
};

/** Applies a create/update body: times in the sub-account's zone, end from the calendar's slot length. */
const writeAppointment = (req: Req, state: SandboxState, appt: Rec, body: Rec, isNew: boolean): Rec => {
  const calendar = calendarFor(req, state, body.calendarId ?? appt.calendarId);
  const tz = timezoneOf(state, calendar);
  const start = body.startTime !== undefined ? instant(body.startTime, 'startTime') : Date.parse(appt.startTime);
  const end =
    body.endTime !== undefined
      ? instant(body.endTime, 'endTime')
      : body.startTime !== undefined || isNew
        ? start + minutes(calendar.slotDuration, calendar.slotDurationUnit, 30) * 60_000
        : Date.parse(appt.endTime);
  if (end <= start) throw fail(422, ['endTime must be after startTime']);
  if (body.assignedUserId && !(calendar.teamMembers || []).some((m: Rec) => m.userId === body.assignedUserId)) {
    throw fail(422, [`assignedUserId: user ${body.assignedUserId} is not a team member of calendar ${calendar.id}`]);
  }
  const moved = isNew || body.startTime !== undefined || body.endTime !== undefined || body.calendarId !== undefined;
  if (moved && !body.ignoreFreeSlotValidation) {
    const free = Object.values(freeSlots(state, calendar, start, start, tz, { exceptId: appt.id })).flat();
    if (!free.some((s) => Date.parse(s) === start)) throw fail(400, 'The slot you have selected is no longer available.');
  }
  for (const k of APPOINTMENT_KEYS) if (body[k] !== undefined) appt[k] = body[k];
  appt.startTime = isoIn(tz, start);
  appt.endTime = isoIn(tz, end);
  appt.groupId = calendar.groupId ?? '';
  appt.assignedUserId ??= (calendar.teamMembers || [])[0]?.userId ?? '';
  appt.users = [appt.assignedUserId].filter(Boolean);
  appt.isRecurring = !!appt.rrule;
  appt.dateUpdated = isoIn(tz, Date.now());
  return appt;
};

const createAppointment: Handler = (req, state) => {
  const b = req.body;
  const contact = must(state.table('contacts'), b.contactId, 'Contact');
  if (contact.locationId !== b.locationId) throw fail(404, `Contact with id ${b.contactId} not found`);
  const appt: Rec = {
    id: newId(),
    locationId: b.locationId,
    contactId: b.contactId,
    appointmentStatus: 'confirmed',
    title: b.title ?? `Appointment with ${contact.name ?? contact.email ?? 'contact'}`,
    address: '',
    notes: '',
    createdBy: { source: 'third_party', userId: req.grant!.userId },
  };
  writeAppointment(req, state, appt, b, true);
  appt.dateAdded = appt.dateUpdated;
  state.table('appointments').put(appt);
  return appointmentAnswer(appt);
};

/** The create/update answer (AppointmentSchemaResponse). */
const appointmentAnswer = (a: Rec): Rec =>
  pick(a, ['id', 'calendarId', 'locationId', 'contactId', 'startTime', 'endTime', 'title', 'meetingLocationType', 'appointmentStatus', 'assignedUserId', 'address', 'isRecurring', 'rrule']);

const appointmentOf = (req: Req, state: SandboxState, id = req.params.eventId): Rec => mustOwn(req, state.table('appointments'), id, 'Appointment');

const BLOCK_KEYS = ['title', 'calendarId', 'assignedUserId'];

const writeBlock = (req: Req, state: SandboxState, block: Rec, body: Rec): Rec => {
  const calendarId = body.calendarId ?? block.calendarId;
  const userId = body.assignedUserId ?? block.assignedUserId;
  if (!calendarId && !userId) throw fail(422, ['One of calendarId or assignedUserId is required']);
  const calendar = calendarId ? calendarFor(req, state, calendarId) : undefined;
  if (userId && !state.table('users').has(userId)) throw fail(422, [`assignedUserId: user ${userId} not found`]);
  const location = state.table('locations').get(block.locationId);
  const tz = calendar ? timezoneOf(state, calendar) : String(location?.timezone || 'UTC');
  const start = body.startTime !== undefined ? instant(body.startTime, 'startTime') : Date.parse(block.startTime);
  const end = body.endTime !== undefined ? instant(body.endTime, 'endTime') : Date.parse(block.endTime);
  if (Number.isNaN(start) || Number.isNaN(end)) throw fail(422, ['startTime and endTime are required']);
  if (end <= start) throw fail(422, ['endTime must be after startTime']);
  for (const k of BLOCK_KEYS) if (body[k] !== undefined) block[k] = body[k];
  block.title ??= 'Blocked';
  block.startTime = isoIn(tz, start);
  block.endTime = isoIn(tz, end);
  block.dateUpdated = isoIn(tz, Date.now());
  return block;
};

const blockAnswer = (b: Rec): Rec => pick(b, ['id', 'locationId', 'title', 'startTime', 'endTime', 'calendarId', 'assignedUserId']);

/** GET /calendars/events and /calendars/blocked-slots: one of calendarId, userId, groupId; epoch-ms window. */
const listing = (table: 'appointments' | 'blockSlots'): Handler => (req, state) => {
  const { calendarId, userId, groupId, startTime, endTime, locationId } = req.query;
  if (!calendarId && !userId && !groupId) throw fail(422, ['One of calendarId, userId or groupId is required']);
  if (!/^\d+$/.test(String(startTime)) || !/^\d+$/.test(String(endTime))) throw fail(422, ['startTime and endTime must be epoch milliseconds']);
  const inGroup = (calId: string) => state.table('calendars').get(calId)?.groupId === groupId;
  const events = state
    .table(table)
    .where(
      (e) =>
        e.locationId === locationId &&
        (!calendarId || e.calendarId === calendarId) &&
        (!userId || e.assignedUserId === userId) &&
        (!groupId || (e.calendarId && inGroup(e.calendarId))) &&
        Date.parse(e.endTime) >= Number(startTime) &&
        Date.parse(e.startTime) <= Number(endTime),
    )
    .sort((a, b) => Date.parse(a.startTime) - Date.parse(b.startTime));
  return { events: table === 'appointments' ? events : events.map(blockAsEvent) };
};

/** A blocked slot as the listing answers it (a CalendarEventDTO without a contact). */
const blockAsEvent = (b: Rec): Rec => ({
  ...b,
  contactId: '',
  groupId: '',
  appointmentStatus: 'confirmed',
  assignedUserId: b.assignedUserId ?? '',
  users: b.assignedUserId ? [b.assignedUserId] : [],
  dateAdded: b.dateAdded ?? b.dateUpdated,
});

const noteOf = (req: Req, state: SandboxState): Rec => {
  appointmentOf(req, state, req.params.appointmentId);
  const note = must(state.table('appointmentNotes'), req.params.noteId, 'Note');
  if (note.appointmentId !== req.params.appointmentId) throw fail(404, `Note with id ${req.params.noteId} not found`);
  return note;
};

const noteAnswer = (n: Rec): Rec => pick(n, ['id', 'body', 'userId', 'dateAdded', 'contactId', 'createdBy']);

const userName = (state: SandboxState, id: string): string => state.table('users').get(id)?.name ?? 'API';

export default defineResource({
  name: 'calendar-events',
  routes: (r) => {
    r.post('/calendars/events/appointments', createAppointment);
    r.get('/calendars/events/appointments/{eventId}', (req, s) => ({ event: appointmentOf(req, s) }));
    r.put('/calendars/events/appointments/{eventId}', (req, s) => appointmentAnswer(writeAppointment(req, s, appointmentOf(req, s), req.body || {}, false)));
    r.delete('/calendars/events/{eventId}', (req, s) => {
      const id = req.params.eventId;
      const table = s.table('appointments').has(id) ? s.table('appointments') : s.table('blockSlots');
      mustOwn(req, table, id, 'Event');
      table.delete(id);
      for (const n of s.table('appointmentNotes').where((x) => x.appointmentId === id)) s.table('appointmentNotes').delete(n.id);
      return new Reply(201, { succeeded: true });
    });
    r.get('/calendars/events', listing('appointments'));
    r.get('/calendars/blocked-slots', listing('blockSlots'));
    r.post('/calendars/events/block-slots', (req, s) => {
      const block = writeBlock(req, s, { id: newId(), locationId: req.body.locationId }, req.body);
      block.dateAdded = block.dateUpdated;
      return new Reply(201, blockAnswer(s.table('blockSlots').put(block)));
    });
    r.put('/calendars/events/block-slots/{eventId}', (req, s) => {
      const block = mustOwn(req, s.table('blockSlots'), req.params.eventId, 'Blocked slot');
      return new Reply(201, blockAnswer(writeBlock(req, s, block, req.body)));
    });

    r.get('/calendars/appointments/{appointmentId}/notes', (req, s) => {
      appointmentOf(req, s, req.params.appointmentId);
      const notes = s.table('appointmentNotes').where((n) => n.appointmentId === req.params.appointmentId).sort(newestFirst('dateAdded'));
      const page = limitSkip(notes, { limit: req.query.limit, skip: req.query.offset }, 10);
      return { notes: page.map(noteAnswer), hasMore: Number(req.query.offset || 0) + page.length < notes.length };
    });
    r.post('/calendars/appointments/{appointmentId}/notes', (req, s) => {
      const appt = appointmentOf(req, s, req.params.appointmentId);
      const userId = req.body.userId ?? req.grant!.userId;
      if (!s.table('users').has(userId)) throw fail(422, [`userId: user ${userId} not found`]);
      const note = s.table('appointmentNotes').put({
        id: newId(),
        appointmentId: appt.id,
        contactId: appt.contactId,
        body: req.body.body,
        userId,
        createdBy: { id: userId, name: userName(s, userId) },
        dateAdded: now(),
      });
      return new Reply(201, { note: noteAnswer(note) });
    });
    r.put('/calendars/appointments/{appointmentId}/notes/{noteId}', (req, s) => {
      const note = noteOf(req, s);
      Object.assign(note, pick(req.body, ['body', 'userId']));
      return { note: noteAnswer(note) };
    });
    r.delete('/calendars/appointments/{appointmentId}/notes/{noteId}', (req, s) => ({ success: s.table('appointmentNotes').delete(noteOf(req, s).id) }));
  },
  seed: (s) => {
    const { locationId, userId } = s.options;
    const tz = 'America/Chicago';
    // The seeded booking: 10:00 local on the next weekday at least two days ahead (a free slot when it was booked).
    const day = new Date(Date.now() + 2 * 86_400_000);
    while ([0, 6].includes(day.getUTCDay())) day.setUTCDate(day.getUTCDate() + 1);
    const start = Date.parse(`${day.toISOString().slice(0, 10)}T16:00:00.000Z`); // 10:00 or 11:00 in Chicago
    const added = isoIn(tz, Date.now() - 86_400_000);
    s.table('appointments').put({
      id: SEED.appointmentId,
      calendarId: SEED.calendarId,
      locationId,
      contactId: SEED.contacts.rubika,
      groupId: SEED.groupId,
      title: 'Consultation with Rubika Deo',
      startTime: isoIn(tz, start),
      endTime: isoIn(tz, start + 30 * 60_000),
      appointmentStatus: 'confirmed',
      assignedUserId: userId,
      users: [userId],
      meetingLocationType: 'custom',
      address: 'https://meet.google.com/yqp-gogr-wve',
      notes: '',
      description: 'First consultation',
      isRecurring: false,
      createdBy: { source: 'booking_widget', userId: '' },
      dateAdded: added,
      dateUpdated: added,
    });
    s.table('appointmentNotes').put({
      id: SEED.appointmentNoteId,
      appointmentId: SEED.appointmentId,
      contactId: SEED.contacts.rubika,
      body: 'Bring previous X-rays.',
      userId,
      createdBy: { id: userId, name: 'Jordan Smith' },
      dateAdded: new Date(Date.now() - 86_400_000).toISOString(),
    });
    const lunch = Date.parse(`${day.toISOString().slice(0, 10)}T18:00:00.000Z`); // noon or 1 pm in Chicago
    s.table('blockSlots').put({
      id: SEED.blockSlotId,
      locationId,
      calendarId: SEED.calendarId,
      title: 'Team lunch',
      startTime: isoIn(tz, lunch),
      endTime: isoIn(tz, lunch + 60 * 60_000),
      dateAdded: added,
      dateUpdated: added,
    });
  },
});

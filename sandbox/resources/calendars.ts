/**
 * Calendars and calendar groups (create, get, list, update, delete; group status and slug check), and
 * free slots: the calendar's open hours in its sub-account's timezone (or the `timezone` asked for), in
 * steps of its slot interval, minus the past, booked appointments and blocked slots; keyed by local date,
 * `{"2026-12-03": {"slots": ["2026-12-03T09:00:00-06:00", …]}, …, traceId}`.
 */
import { fail, type Handler, type Req } from '../http';
import { boolOf, listOf, lower, mustOwn, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newId, now, type Rec, type SandboxState } from '../state';
import { freeSlots, timezoneOf } from '../availability';

/** Every calendar setting a create or update may carry (the spec's CalendarCreateDTO). */
const SETTINGS = [
  'isActive', 'notifications', 'groupId', 'teamMembers', 'eventType', 'name', 'description', 'slug', 'widgetSlug', 'calendarType',
  'widgetType', 'eventTitle', 'eventColor', 'meetingLocation', 'locationConfigurations', 'slotDuration', 'slotDurationUnit',
  'slotInterval', 'slotIntervalUnit', 'slotBuffer', 'slotBufferUnit', 'preBuffer', 'preBufferUnit', 'appoinmentPerSlot',
  'appoinmentPerDay', 'allowBookingAfter', 'allowBookingAfterUnit', 'allowBookingFor', 'allowBookingForUnit', 'openHours',
  'enableRecurring', 'recurring', 'formId', 'stickyContact', 'isLivePaymentMode', 'autoConfirm', 'shouldSendAlertEmailsToAssignedMember',
  'alertEmail', 'googleInvitationEmails', 'allowReschedule', 'allowCancellation', 'shouldAssignContactToTeamMember',
  'shouldSkipAssigningContactForExisting', 'notes', 'pixelId', 'formSubmitType', 'formSubmitRedirectURL', 'formSubmitThanksMessage',
  'availabilityType', 'availabilities', 'guestType', 'consentLabel', 'calendarCoverImage', 'lookBusyConfig',
];

const WEEKDAYS_9_TO_5 = [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }];

const calendarOf = (req: Req, state: SandboxState, id = req.params.calendarId): Rec =>
  mustOwn(req, state.table('calendars'), id, 'Calendar');

const slugify = (v: unknown): string => lower(v).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

const checkRefs = (state: SandboxState, locationId: string, body: Rec): void => {
  if (body.groupId) {
    const group = state.table('calendarGroups').get(body.groupId);
    if (!group || group.locationId !== locationId) throw fail(422, [`groupId: group ${body.groupId} not found`]);
  }
  for (const m of body.teamMembers || []) {
    if (!state.table('users').has(m.userId)) throw fail(422, [`teamMembers: user ${m.userId} not found`]);
  }
  if (body.formId && !state.table('forms').has(body.formId)) throw fail(422, [`formId: form ${body.formId} not found`]);
};

const createCalendar: Handler = (req, state) => {
  const b = req.body;
  checkRefs(state, b.locationId, b);
  const slug = b.slug || slugify(b.name);
  if (state.table('calendars').where((c) => c.locationId === b.locationId && c.slug === slug).length) {
    throw fail(400, `The slug ${slug} is already taken`);
  }
  const calendar = state.table('calendars').put({
    id: newId(),
    locationId: b.locationId,
    isActive: true,
    calendarType: 'event',
    slotDuration: 30,
    slotDurationUnit: 'mins',
    slotInterval: 30,
    slotIntervalUnit: 'mins',
    openHours: WEEKDAYS_9_TO_5,
    teamMembers: [],
    ...pick(b, SETTINGS),
    slug,
    widgetSlug: b.widgetSlug || slug,
    dateAdded: now(),
    dateUpdated: now(),
  });
  return { calendar };
};

const updateCalendar: Handler = (req, state) => {
  const calendar = calendarOf(req, state);
  checkRefs(state, calendar.locationId, req.body || {});
  Object.assign(calendar, pick(req.body, SETTINGS), { dateUpdated: now() });
  return { calendar };
};

const getFreeSlots: Handler = (req, state) => {
  const calendar = calendarOf(req, state);
  const from = Number(req.query.startDate);
  const to = Number(req.query.endDate);
  if (to < from) throw fail(422, ['endDate must be after startDate']);
  if (to - from > 31 * 86_400_000) throw fail(422, ['The date range must be at most 31 days']);
  const users = [...listOf(req.query.userIds), ...listOf(req.query.userId)];
  for (const u of users) {
    if (!(calendar.teamMembers || []).some((m: Rec) => m.userId === u)) throw fail(422, [`userId: user ${u} is not a team member of this calendar`]);
  }
  const tz = timezoneOf(state, calendar, req.query.timezone);
  const byDate = freeSlots(state, calendar, from, to, tz, { userId: users[0] });
  const out: Rec = {};
  for (const [date, slots] of Object.entries(byDate)) out[date] = { slots };
  return out;
};

const groupOf = (req: Req, state: SandboxState): Rec => mustOwn(req, state.table('calendarGroups'), req.params.groupId, 'Group');

const slugTaken = (state: SandboxState, locationId: string, slug: string, except?: string): boolean =>
  state.table('calendarGroups').where((g) => g.locationId === locationId && g.slug === slug && g.id !== except).length > 0;

export default defineResource({
  name: 'calendars',
  routes: (r) => {
    r.get('/calendars/', (req, s) => {
      const q = req.query;
      const drafted = boolOf(q.showDrafted) ?? true;
      return {
        calendars: s.table('calendars').where((c) => c.locationId === q.locationId && (!q.groupId || c.groupId === q.groupId) && (drafted || c.isActive !== false)),
      };
    });
    r.post('/calendars/', createCalendar);
    r.get('/calendars/{calendarId}', (req, s) => ({ calendar: calendarOf(req, s) }));
    r.put('/calendars/{calendarId}', updateCalendar);
    r.delete('/calendars/{calendarId}', (req, s) => {
      const calendar = calendarOf(req, s);
      s.table('calendars').delete(calendar.id);
      return { success: true };
    });
    r.get('/calendars/{calendarId}/free-slots', getFreeSlots);

    r.get('/calendars/groups', (req, s) => ({ groups: s.table('calendarGroups').where((g) => g.locationId === req.query.locationId) }));
    r.post('/calendars/groups', (req, s) => {
      const b = req.body;
      if (slugTaken(s, b.locationId, b.slug)) throw fail(400, `The slug ${b.slug} is already taken`);
      const group = s.table('calendarGroups').put({ id: newId(), isActive: true, ...pick(b, ['locationId', 'name', 'description', 'slug', 'isActive']) });
      return { group };
    });
    r.put('/calendars/groups/{groupId}', (req, s) => {
      const group = groupOf(req, s);
      if (slugTaken(s, group.locationId, req.body.slug, group.id)) throw fail(400, `The slug ${req.body.slug} is already taken`);
      return { group: Object.assign(group, pick(req.body, ['name', 'description', 'slug'])) };
    });
    r.put('/calendars/groups/{groupId}/status', (req, s) => {
      groupOf(req, s).isActive = req.body.isActive;
      return { success: true };
    });
    r.delete('/calendars/groups/{groupId}', (req, s) => {
      const group = groupOf(req, s);
      s.table('calendarGroups').delete(group.id);
      for (const c of s.table('calendars').where((x) => x.groupId === group.id)) delete c.groupId;
      return { success: true };
    });
    r.post('/calendars/groups/validate-slug', (req, s) => ({ available: !slugTaken(s, req.body.locationId, req.body.slug) }));
  },
  seed: (s) => {
    const { locationId, userId } = s.options;
    s.table('calendarGroups').put({ id: SEED.groupId, locationId, name: 'Dental team', description: 'Dentists and hygienists', slug: 'dental-team', isActive: true });
    s.table('calendars').put({
      id: SEED.calendarId,
      locationId,
      groupId: SEED.groupId,
      name: 'Consultations',
      description: '30-minute first consultations',
      slug: 'consultations',
      widgetSlug: 'consultations',
      calendarType: 'round_robin',
      eventType: 'RoundRobin_OptimizeForAvailability',
      widgetType: 'classic',
      eventTitle: '{{contact.name}} — consultation',
      eventColor: '#039BE5',
      slotDuration: 30,
      slotDurationUnit: 'mins',
      slotInterval: 30,
      slotIntervalUnit: 'mins',
      isActive: true,
      autoConfirm: true,
      allowReschedule: true,
      allowCancellation: true,
      openHours: WEEKDAYS_9_TO_5,
      locationConfigurations: [
        { kind: 'physical', location: '3535 1st St N, Dolomite, AL 35061', meetingId: 'physical_0' },
        { kind: 'custom', location: 'https://meet.google.com/yqp-gogr-wve', meetingId: 'custom_0' },
      ],
      teamMembers: [
        { userId, priority: 0.5, meetingLocationType: 'custom', meetingLocation: 'https://meet.google.com/yqp-gogr-wve', isPrimary: true },
        { userId: SEED.users.frontDesk, priority: 0.5 },
      ],
      dateAdded: '2025-02-01T09:00:00.000Z',
      dateUpdated: '2025-02-01T09:00:00.000Z',
    });
  },
});

/**
 * Calendars & Appointments (groups, calendars, free slots, events, appointments, block slots): every
 * operation's exact request (method, path, query, Version 2021-04-15, body) and result shape, and the
 * input errors raised before any request.
 */
import { inputFields, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { InputError } from '../lib/http';
import { boolWhenGiven, openHoursOf, teamMembersOf } from '../domains/calendars';

setupNock();

const V = '2021-04-15';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** "Now" for the default windows: 2026-07-15T12:00:00Z. */
const NOW = Date.UTC(2026, 6, 15, 12);

const mockNow = () => jest.spyOn(Date, 'now').mockReturnValue(NOW);
afterEach(() => jest.restoreAllMocks());

const GROUP = {
  id: 'ocQHyuzHvysMo5N5VsXc',
  locationId: LOCATION_ID,
  name: 'Sales calls',
  description: 'Discovery and demo calendars',
  slug: 'sales-calls',
  isActive: true,
};
const CALENDAR = {
  id: '0TkCdp9PfvLeWKYRRvIz',
  locationId: LOCATION_ID,
  groupId: GROUP.id,
  name: 'Discovery call',
  calendarType: 'round_robin',
  slotDuration: 30,
  slotDurationUnit: 'mins',
  isActive: true,
};
const EVENT = {
  id: 'ev1',
  title: 'Consultation',
  calendarId: CALENDAR.id,
  locationId: LOCATION_ID,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  groupId: GROUP.id,
  appointmentStatus: 'confirmed',
  assignedUserId: 'hxHGVRb1YJUscrCB8eXK',
  users: [],
  startTime: '2026-07-16T10:00:00-05:00',
  endTime: '2026-07-16T10:30:00-05:00',
  dateAdded: '2026-07-10T09:00:00-05:00',
  dateUpdated: '2026-07-11T09:00:00-05:00',
};

describe('List Calendar Groups', () => {
  test('lists the groups of the sub-account (locationId in the query)', async () => {
    mockGhl({ method: 'GET', path: '/calendars/groups', query: { locationId: LOCATION_ID }, version: V, reply: { groups: [GROUP] } });
    expect(await perform('triggers', 'list_calendar_groups')).toEqual([GROUP]);
  });
});

describe('List Calendars', () => {
  test('filters by group and includes drafts when asked', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/',
      query: { locationId: LOCATION_ID, groupId: GROUP.id, showDrafted: 'true' },
      version: V,
      reply: { calendars: [CALENDAR] },
    });
    expect(await perform('triggers', 'list_calendars', { groupId: GROUP.id, showDrafted: 'true' })).toEqual([CALENDAR]);
  });

  test('without filters sends only the locationId', async () => {
    mockGhl({ method: 'GET', path: '/calendars/', query: { locationId: LOCATION_ID }, version: V, reply: { calendars: [] } });
    expect(await perform('triggers', 'list_calendars', { groupId: '', showDrafted: '' })).toEqual([]);
  });
});

describe('Get Calendar by ID', () => {
  test('fires once per version of the calendar (content hash: calendars have no update time)', async () => {
    mockGhl({ method: 'GET', path: `/calendars/${CALENDAR.id}`, version: V, reply: { calendar: CALENDAR } });
    const [result] = await perform('triggers', 'get_calendar_by_id', { calendarId: CALENDAR.id });
    expect(result).toEqual({ ...CALENDAR, record_version: expect.stringMatching(/^[0-9a-f]{16}$/) });
  });
});

describe('Get Free Slots', () => {
  const SLOTS = {
    '2026-07-17': { slots: ['2026-07-17T09:00:00-05:00'] },
    '2026-07-16': { slots: ['2026-07-16T11:00:00-05:00', '2026-07-16T10:00:00-05:00'] },
    traceId: 'trace-1',
  };

  test('sends the window as epoch ms, the timezone and user; one item per slot, soonest first, stable ids', async () => {
    mockGhl({
      method: 'GET',
      path: `/calendars/${CALENDAR.id}/free-slots`,
      query: {
        startDate: String(Date.UTC(2026, 6, 16, 5)),
        endDate: String(Date.UTC(2026, 6, 18, 5)),
        timezone: 'America/Chicago',
        userId: 'u1',
      },
      version: V,
      reply: SLOTS,
    });
    const result = await perform('triggers', 'get_free_slots', {
      calendarId: CALENDAR.id,
      startDate: '2026-07-16T00:00:00-05:00',
      endDate: '2026-07-18T00:00:00-05:00',
      timezone: 'America/Chicago',
      userId: 'u1',
    });
    expect(result).toEqual([
      { id: `${CALENDAR.id}:2026-07-16T15:00:00.000Z`, calendarId: CALENDAR.id, userId: 'u1', date: '2026-07-16', startTime: '2026-07-16T10:00:00-05:00' },
      { id: `${CALENDAR.id}:2026-07-16T16:00:00.000Z`, calendarId: CALENDAR.id, userId: 'u1', date: '2026-07-16', startTime: '2026-07-16T11:00:00-05:00' },
      { id: `${CALENDAR.id}:2026-07-17T14:00:00.000Z`, calendarId: CALENDAR.id, userId: 'u1', date: '2026-07-17', startTime: '2026-07-17T09:00:00-05:00' },
    ]);
  });

  test("defaults: from now for 7 days, in the Zap's timezone", async () => {
    mockNow();
    mockGhl({
      method: 'GET',
      path: `/calendars/${CALENDAR.id}/free-slots`,
      query: { startDate: String(NOW), endDate: String(NOW + 7 * DAY), timezone: 'Europe/Paris' },
      version: V,
      reply: {},
    });
    const result = await perform('triggers', 'get_free_slots', { calendarId: CALENDAR.id }, { meta: { timezone: 'Europe/Paris' } });
    expect(result).toEqual([]);
  });

  test('a date without an offset is read in the chosen timezone; no timezone sent when none is known', async () => {
    mockGhl({
      method: 'GET',
      path: `/calendars/${CALENDAR.id}/free-slots`,
      query: { startDate: String(Date.UTC(2026, 6, 16, 4)), endDate: String(Date.UTC(2026, 7, 16, 4)), timezone: 'America/New_York' },
      version: V,
      reply: {},
    });
    await perform('triggers', 'get_free_slots', { calendarId: CALENDAR.id, startDate: '2026-07-16', endDate: '2026-08-16', timezone: 'America/New_York' });
    mockGhl({
      method: 'GET',
      path: `/calendars/${CALENDAR.id}/free-slots`,
      query: { startDate: String(Date.UTC(2026, 6, 16)), endDate: String(Date.UTC(2026, 6, 23)) },
      version: V,
      reply: {},
    });
    await perform('triggers', 'get_free_slots', { calendarId: CALENDAR.id, startDate: '2026-07-16' });
  });

  test.each([
    [{ startDate: '2026-07-20T00:00:00Z', endDate: '2026-07-19T00:00:00Z' }, /End Date field \(2026-07-19T00:00:00.000Z\) must be after the Start Date/],
    [{ startDate: '2026-07-01T00:00:00Z', endDate: '2026-08-01T00:00:01Z' }, /End Date field must be at most 31 days after the Start Date/],
    [{ startDate: 'next tuesday-ish' }, /Start Date field is not a date GoHighLevel understands.*next tuesday-ish/],
    [{ startDate: '2026-02-30' }, /Start Date field is not a date/],
    [{ timezone: 'Mars/Olympus' }, /Mars\/Olympus.*is not a timezone name/],
  ])('input error before any request: %j', async (window, message) => {
    await expect(perform('triggers', 'get_free_slots', { calendarId: CALENDAR.id, ...window })).rejects.toThrow(message);
  });

  test('needs a calendar', async () => {
    await expect(perform('triggers', 'get_free_slots', { calendarId: '' })).rejects.toThrow(/Calendar field is required/);
  });
});

describe('List Calendar Events', () => {
  test('sends the window as epoch ms strings and the calendar; newest booked first', async () => {
    const older = { ...EVENT, id: 'ev0', dateAdded: '2026-07-01T09:00:00-05:00' };
    mockGhl({
      method: 'GET',
      path: '/calendars/events',
      query: {
        locationId: LOCATION_ID,
        calendarId: CALENDAR.id,
        startTime: String(Date.UTC(2026, 6, 1)),
        endTime: String(Date.UTC(2026, 7, 1)),
      },
      version: V,
      reply: { events: [older, EVENT] },
    });
    const result = await perform('triggers', 'list_calendar_events', {
      calendarId: CALENDAR.id,
      startTime: '2026-07-01T00:00:00Z',
      endTime: '2026-08-01T00:00:00Z',
    });
    expect(result).toEqual([EVENT, older]);
  });

  test('default window: 7 days ago to 30 days ahead; by user or by group', async () => {
    mockNow();
    const window = { startTime: String(NOW - 7 * DAY), endTime: String(NOW + 30 * DAY) };
    mockGhl({ method: 'GET', path: '/calendars/events', query: { locationId: LOCATION_ID, userId: 'u1', ...window }, version: V, reply: { events: [] } });
    expect(await perform('triggers', 'list_calendar_events', { userId: 'u1' })).toEqual([]);
    mockGhl({ method: 'GET', path: '/calendars/events', query: { locationId: LOCATION_ID, groupId: GROUP.id, ...window }, version: V, reply: { events: [] } });
    expect(await perform('triggers', 'list_calendar_events', { groupId: GROUP.id })).toEqual([]);
  });

  test('needs a calendar, a user or a group', async () => {
    await expect(perform('triggers', 'list_calendar_events', { calendarId: '', userId: ' ' })).rejects.toThrow(
      /Choose a Calendar, a User or a Calendar Group/,
    );
  });

  test('end before start is an input error naming the field', async () => {
    await expect(
      perform('triggers', 'list_calendar_events', { calendarId: CALENDAR.id, startTime: '2026-07-10T00:00:00Z', endTime: '2026-07-09T00:00:00Z' }),
    ).rejects.toThrow(/Window End field \(2026-07-09T00:00:00.000Z\) must be after the Window Start/);
  });

  test('the field help says one of calendar, user or group is needed', async () => {
    const fields = await inputFields('triggers', 'list_calendar_events');
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    for (const key of ['calendarId', 'userId', 'groupId']) {
      expect(byKey[key].helpText).toMatch(/needs a Calendar, a User or a Calendar Group/);
      expect(byKey[key].required).toBe(false);
    }
    expect(byKey.calendarId.dynamic).toBe('dropdown_calendars.id.name');
    expect(byKey.groupId.dynamic).toBe('dropdown_calendar_groups.id.name');
    expect(byKey.userId.dynamic).toBe('dropdown_users.id.name');
    expect(byKey.startTime.type).toBe('datetime');
  });
});

describe('List Blocked Slots', () => {
  test('same contract as events: millis as strings and a user', async () => {
    const slot = { id: 'bs1', title: 'Lunch', locationId: LOCATION_ID, assignedUserId: 'u1', startTime: '2026-07-16T12:00:00Z', endTime: '2026-07-16T13:00:00Z' };
    mockGhl({
      method: 'GET',
      path: '/calendars/blocked-slots',
      query: { locationId: LOCATION_ID, userId: 'u1', startTime: String(Date.UTC(2026, 6, 1)), endTime: String(Date.UTC(2026, 6, 31)) },
      version: V,
      reply: { events: [slot] },
    });
    const result = await perform('triggers', 'list_blocked_slots', { userId: 'u1', startTime: '2026-07-01T00:00:00Z', endTime: '2026-07-31T00:00:00Z' });
    expect(result).toEqual([slot]);
  });

  test('needs a calendar, a user or a group', async () => {
    await expect(perform('triggers', 'list_blocked_slots', {})).rejects.toThrow(/Choose a Calendar, a User or a Calendar Group/);
  });
});

describe('Get Appointment', () => {
  test('fires once per version of the appointment (id + dateUpdated)', async () => {
    mockGhl({ method: 'GET', path: '/calendars/events/appointments/ev1', version: V, reply: { event: EVENT } });
    expect(await perform('triggers', 'get_appointment', { eventId: 'ev1' })).toEqual([{ ...EVENT, record_version: EVENT.dateUpdated }]);
  });

  test('an empty id is an input error', async () => {
    await expect(perform('triggers', 'get_appointment', { eventId: '' })).rejects.toThrow(/Appointment field is required/);
  });
});

describe('Create Calendar Group', () => {
  test('sends locationId, name, description, slug and isActive; returns the group', async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/groups',
      version: V,
      body: { locationId: LOCATION_ID, name: GROUP.name, description: GROUP.description, slug: GROUP.slug, isActive: true },
      reply: { group: GROUP },
    });
    const result = await perform('creates', 'create_calendar_group', { name: GROUP.name, description: GROUP.description, slug: GROUP.slug, isActive: 'true' });
    expect(result).toEqual(GROUP);
  });
});

describe('Create Calendar Group: Active left empty', () => {
  test("sends no isActive (GoHighLevel's default), though the field's default pre-fills the editor", async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/groups',
      version: V,
      body: { locationId: LOCATION_ID, name: GROUP.name, description: GROUP.description, slug: GROUP.slug },
      reply: { group: GROUP },
    });
    await perform('creates', 'create_calendar_group', { name: GROUP.name, description: GROUP.description, slug: GROUP.slug, isActive: '' });
  });
});

describe('Update Calendar Group', () => {
  test('sends name, description and slug (all three required by GoHighLevel)', async () => {
    mockGhl({
      method: 'PUT',
      path: `/calendars/groups/${GROUP.id}`,
      version: V,
      body: { name: 'Demos', description: 'Demo calendars', slug: 'demos' },
      reply: { group: { ...GROUP, name: 'Demos', description: 'Demo calendars', slug: 'demos' } },
    });
    const result = await perform('creates', 'update_calendar_group', { groupId: GROUP.id, name: 'Demos', description: 'Demo calendars', slug: 'demos' });
    expect(result).toEqual({ ...GROUP, name: 'Demos', description: 'Demo calendars', slug: 'demos' });
  });

  test('a missing slug is an input error', async () => {
    await expect(perform('creates', 'update_calendar_group', { groupId: GROUP.id, name: 'x', description: 'y' })).rejects.toThrow(/Slug field is required/);
  });
});

describe('Update Group Status', () => {
  test('disables the group with {isActive: false}', async () => {
    mockGhl({ method: 'PUT', path: `/calendars/groups/${GROUP.id}/status`, version: V, body: { isActive: false }, reply: { success: true } });
    expect(await perform('creates', 'update_group_status', { groupId: GROUP.id, isActive: 'false' })).toEqual({ id: GROUP.id, isActive: false, success: true });
  });

  test('enables the group with {isActive: true}', async () => {
    mockGhl({ method: 'PUT', path: `/calendars/groups/${GROUP.id}/status`, version: V, body: { isActive: true }, reply: { success: true } });
    expect(await perform('creates', 'update_group_status', { groupId: GROUP.id, isActive: true })).toEqual({ id: GROUP.id, isActive: true, success: true });
  });
});

describe('Delete Calendar Group', () => {
  test('deletes and reports the deleted id', async () => {
    mockGhl({ method: 'DELETE', path: `/calendars/groups/${GROUP.id}`, version: V, reply: { success: true } });
    expect(await perform('creates', 'delete_calendar_group', { groupId: GROUP.id })).toEqual({ id: GROUP.id, deleted: true, success: true });
  });
});

describe('Validate Group Slug', () => {
  test('sends locationId and slug; returns the slug and its availability', async () => {
    mockGhl({ method: 'POST', path: '/calendars/groups/validate-slug', version: V, body: { locationId: LOCATION_ID, slug: 'sales-calls' }, reply: { available: false } });
    expect(await perform('creates', 'validate_group_slug', { slug: 'sales-calls' })).toEqual({ slug: 'sales-calls', available: false });
  });
});

describe('Create Calendar', () => {
  test('sends typed settings, team members, meeting location and open hours; returns the calendar', async () => {
    const openHours = [{ daysOfTheWeek: [1, 2, 3, 4, 5], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }];
    mockGhl({
      method: 'POST',
      path: '/calendars/',
      version: V,
      body: {
        locationId: LOCATION_ID,
        name: 'Discovery call',
        groupId: GROUP.id,
        description: '30 minutes',
        calendarType: 'round_robin',
        slug: 'discovery-call',
        slotDuration: 30,
        slotDurationUnit: 'mins',
        appoinmentPerSlot: 1,
        autoConfirm: false,
        isActive: true,
        teamMembers: [{ userId: 'u1' }, { userId: 'u2' }],
        locationConfigurations: [{ kind: 'custom', location: 'https://meet.example.com/x' }],
        openHours,
        alertEmail: 'alerts@deos.com',
      },
      reply: { calendar: CALENDAR },
    });
    const result = await perform('creates', 'create_calendar', {
      name: 'Discovery call',
      groupId: GROUP.id,
      description: '30 minutes',
      calendarType: 'round_robin',
      slug: 'discovery-call',
      slotDuration: '30',
      slotDurationUnit: 'mins',
      slotInterval: '',
      appoinmentPerSlot: 1,
      autoConfirm: 'false',
      isActive: 'true',
      teamMembers: ['u1, u2'],
      meetingLocationKind: 'custom',
      meetingLocation: 'https://meet.example.com/x',
      openHours: JSON.stringify(openHours),
      alertEmail: 'alerts@deos.com',
    });
    expect(result).toEqual(CALENDAR);
  });

  test.each([
    [{ openHours: '[{"daysOfTheWeek": [1]' }, /Open Hours \(JSON\) field is not valid JSON/],
    [{ openHours: '{"daysOfTheWeek": [1]}' }, /Open Hours \(JSON\) field must be a JSON list/],
    [{ slotDuration: 'half an hour' }, /Slot Duration field must be a number/],
    [{ alertEmail: 'alerts-at-deos' }, /Alert Email field is not a valid email address/],
    [{ meetingLocation: '12 Main St' }, /Choose a Meeting Location Type/],
  ])('input error before any request: %j', async (extra, message) => {
    await expect(perform('creates', 'create_calendar', { name: 'X', ...extra })).rejects.toThrow(message);
  });
});

describe('Update Calendar', () => {
  test('sends only the fields given, and only properties the update schema declares', async () => {
    mockGhl({
      method: 'PUT',
      path: `/calendars/${CALENDAR.id}`,
      version: V,
      body: { name: 'Discovery (45)', slotDuration: 45, allowReschedule: false },
      reply: { calendar: { ...CALENDAR, name: 'Discovery (45)', slotDuration: 45 } },
    });
    const result = await perform('creates', 'update_calendar', {
      calendarId: CALENDAR.id,
      name: 'Discovery (45)',
      slotDuration: 45,
      allowReschedule: false,
      calendarType: 'event', // not in CalendarUpdateDTO: never sent
    });
    expect(result).toEqual({ ...CALENDAR, name: 'Discovery (45)', slotDuration: 45 });
  });

  test('has no Calendar Type input (GoHighLevel cannot change it)', async () => {
    const keys = (await inputFields('creates', 'update_calendar')).map((f) => f.key);
    expect(keys).toContain('calendarId');
    expect(keys).not.toContain('calendarType');
  });
});

describe('Update Calendar: nothing filled in', () => {
  test('sends an empty JSON body', async () => {
    mockGhl({ method: 'PUT', path: `/calendars/${CALENDAR.id}`, version: V, body: {}, reply: { calendar: CALENDAR } });
    expect(await perform('creates', 'update_calendar', { calendarId: CALENDAR.id, name: '' })).toEqual(CALENDAR);
  });
});

describe('Delete Calendar', () => {
  test('deletes and reports the deleted id', async () => {
    mockGhl({ method: 'DELETE', path: `/calendars/${CALENDAR.id}`, version: V, reply: { success: true } });
    expect(await perform('creates', 'delete_calendar', { calendarId: CALENDAR.id })).toEqual({ id: CALENDAR.id, deleted: true, success: true });
  });
});

describe('Create Appointment', () => {
  const APPOINTMENT = {
    id: 'ap1',
    calendarId: CALENDAR.id,
    locationId: LOCATION_ID,
    contactId: 'c1',
    startTime: '2026-06-23T03:30:00+05:30',
    endTime: '2026-06-23T04:00:00+05:30',
    appointmentStatus: 'confirmed',
  };

  test("common case: start in the chosen timezone's offset, no endTime (the calendar's slot duration applies)", async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/events/appointments',
      version: V,
      body: {
        locationId: LOCATION_ID,
        calendarId: CALENDAR.id,
        contactId: 'c1',
        startTime: '2026-06-23T03:30:00+05:30',
        title: 'Consultation',
        appointmentStatus: 'confirmed',
        assignedUserId: 'u1',
      },
      reply: APPOINTMENT,
    });
    const result = await perform('creates', 'create_appointment', {
      calendarId: CALENDAR.id,
      contactId: 'c1',
      startTime: '2026-06-22T22:00:00Z',
      timezone: 'Asia/Kolkata',
      title: 'Consultation',
      appointmentStatus: 'confirmed',
      assignedUserId: 'u1',
    });
    expect(result).toEqual(APPOINTMENT);
  });

  test("a duration gives the end; the Zap's timezone applies when the step has none; optional flags are sent typed", async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/events/appointments',
      version: V,
      body: {
        locationId: LOCATION_ID,
        calendarId: CALENDAR.id,
        contactId: 'c1',
        startTime: '2026-07-16T10:00:00-05:00',
        endTime: '2026-07-16T10:45:00-05:00',
        address: '12 Main St',
        meetingLocationType: 'address',
        ignoreFreeSlotValidation: true,
        toNotify: false,
      },
      reply: APPOINTMENT,
    });
    await perform(
      'creates',
      'create_appointment',
      {
        calendarId: CALENDAR.id,
        contactId: 'c1',
        startTime: '2026-07-16T10:00:00', // no offset: read in the Zap's timezone
        durationMinutes: '45',
        address: '12 Main St',
        meetingLocationType: 'address',
        ignoreFreeSlotValidation: 'true',
        toNotify: 'false',
      },
      { meta: { timezone: 'America/Chicago' } },
    );
  });

  test('an explicit end wins over the duration; UTC when no timezone is known', async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/events/appointments',
      version: V,
      body: { locationId: LOCATION_ID, calendarId: CALENDAR.id, contactId: 'c1', startTime: '2026-07-16T15:00:00+00:00', endTime: '2026-07-16T16:00:00+00:00' },
      reply: APPOINTMENT,
    });
    await perform('creates', 'create_appointment', {
      calendarId: CALENDAR.id,
      contactId: 'c1',
      startTime: '2026-07-16T10:00:00-05:00',
      endTime: '2026-07-16T11:00:00-05:00',
      durationMinutes: 30,
    });
  });

  test.each([
    [{ endTime: '2026-07-16T09:00:00-05:00' }, /End Time field \(2026-07-16T14:00:00.000Z\) must be after the Start Time/],
    [{ endTime: 'soonish' }, /End Time field is not a date GoHighLevel understands/],
    [{ durationMinutes: '-5' }, /Duration \(Minutes\) field must be more than 0/],
    [{ durationMinutes: 'an hour' }, /Duration \(Minutes\) field must be a number/],
    [{ timezone: 'Nowhere/Land' }, /Nowhere\/Land.*is not a timezone name/],
  ])('input error before any request: %j', async (extra, message) => {
    await expect(
      perform('creates', 'create_appointment', { calendarId: CALENDAR.id, contactId: 'c1', startTime: '2026-07-16T10:00:00-05:00', ...extra }),
    ).rejects.toThrow(message);
  });

  test('calendar, contact and start are required', async () => {
    await expect(perform('creates', 'create_appointment', { calendarId: CALENDAR.id, contactId: 'c1' })).rejects.toThrow(/Start Time field is required/);
    await expect(perform('creates', 'create_appointment', { calendarId: CALENDAR.id, startTime: '2026-07-16T10:00:00Z' })).rejects.toThrow(/Contact field is required/);
  });
});

describe('Update Appointment', () => {
  test('cancels without deleting: only the status is sent', async () => {
    mockGhl({
      method: 'PUT',
      path: '/calendars/events/appointments/ap1',
      version: V,
      body: { appointmentStatus: 'cancelled' },
      reply: { id: 'ap1', calendarId: CALENDAR.id, locationId: LOCATION_ID, contactId: 'c1', appointmentStatus: 'cancelled' },
    });
    const result = await perform('creates', 'update_appointment', { eventId: 'ap1', appointmentStatus: 'cancelled', startTime: '', calendarId: '' });
    expect(result).toEqual({ id: 'ap1', calendarId: CALENDAR.id, locationId: LOCATION_ID, contactId: 'c1', appointmentStatus: 'cancelled' });
  });

  test('reschedules with a new start and duration in the chosen timezone', async () => {
    mockGhl({
      method: 'PUT',
      path: '/calendars/events/appointments/ap1',
      version: V,
      body: { calendarId: CALENDAR.id, startTime: '2026-12-01T09:00:00-05:00', endTime: '2026-12-01T09:30:00-05:00' },
      reply: { id: 'ap1' },
    });
    await perform('creates', 'update_appointment', {
      eventId: 'ap1',
      calendarId: CALENDAR.id,
      startTime: '2026-12-01 09:00',
      durationMinutes: 30,
      timezone: 'America/New_York',
    });
  });

  test('a duration without a start is an input error', async () => {
    await expect(perform('creates', 'update_appointment', { eventId: 'ap1', durationMinutes: 30 })).rejects.toThrow(/Duration \(Minutes\) field needs a Start Time/);
  });
});

describe('Update Appointment: nothing filled in', () => {
  test('sends an empty JSON body', async () => {
    mockGhl({ method: 'PUT', path: '/calendars/events/appointments/ap1', version: V, body: {}, reply: { id: 'ap1' } });
    expect(await perform('creates', 'update_appointment', { eventId: 'ap1' })).toEqual({ id: 'ap1' });
  });
});

describe('Delete Event', () => {
  test('deletes an appointment or blocked slot with the empty JSON body the spec declares', async () => {
    mockGhl({ method: 'DELETE', path: '/calendars/events/ev1', version: V, body: {}, reply: { succeeded: true } });
    expect(await perform('creates', 'delete_event', { eventId: 'ev1' })).toEqual({ id: 'ev1', deleted: true, succeeded: true });
  });
});

describe('Create Block Slot', () => {
  const BLOCK = { id: 'bs1', locationId: LOCATION_ID, title: 'Lunch', startTime: '2026-07-16T12:00:00-05:00', endTime: '2026-07-16T13:00:00-05:00', calendarId: CALENDAR.id };

  test('blocks time on a calendar, times with the offset of the timezone', async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/events/block-slots',
      version: V,
      body: { locationId: LOCATION_ID, title: 'Lunch', calendarId: CALENDAR.id, startTime: '2026-07-16T12:00:00-05:00', endTime: '2026-07-16T13:00:00-05:00' },
      reply: BLOCK,
    });
    const result = await perform('creates', 'create_block_slot', {
      calendarId: CALENDAR.id,
      title: 'Lunch',
      startTime: '2026-07-16T17:00:00Z',
      endTime: '2026-07-16T18:00:00Z',
      timezone: 'America/Chicago',
    });
    expect(result).toEqual(BLOCK);
  });

  test("blocks a user's time (assignedUserId instead of calendarId)", async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/events/block-slots',
      version: V,
      body: { locationId: LOCATION_ID, assignedUserId: 'u1', startTime: '2026-07-16T17:00:00+00:00', endTime: '2026-07-16T18:00:00+00:00' },
      reply: { ...BLOCK, calendarId: undefined, assignedUserId: 'u1' },
    });
    const result = await perform('creates', 'create_block_slot', { assignedUserId: 'u1', startTime: '2026-07-16T17:00:00Z', endTime: '2026-07-16T18:00:00Z' });
    expect(result).toMatchObject({ id: 'bs1', assignedUserId: 'u1' });
  });

  test.each([
    [{ calendarId: CALENDAR.id, assignedUserId: 'u1' }, /Give a Calendar or an Assigned User, not both/],
    [{}, /Choose the Calendar \(or the Assigned User\)/],
    [{ calendarId: CALENDAR.id, endTime: '2026-07-16T16:00:00Z' }, /End Time field \(2026-07-16T16:00:00.000Z\) must be after the Start Time/],
  ])('input error before any request: %j', async (extra, message) => {
    await expect(
      perform('creates', 'create_block_slot', { startTime: '2026-07-16T17:00:00Z', endTime: '2026-07-16T18:00:00Z', ...extra }),
    ).rejects.toThrow(message);
  });
});

describe('Update Block Slot', () => {
  test('sends locationId, the calendar and the new times', async () => {
    mockGhl({
      method: 'PUT',
      path: '/calendars/events/block-slots/bs1',
      version: V,
      body: { locationId: LOCATION_ID, title: 'Long lunch', calendarId: CALENDAR.id, endTime: '2026-07-16T14:00:00+02:00' },
      reply: { id: 'bs1', locationId: LOCATION_ID, title: 'Long lunch', startTime: '2026-07-16T12:00:00+02:00', endTime: '2026-07-16T14:00:00+02:00' },
    });
    const result = await perform(
      'creates',
      'update_block_slot',
      { eventId: 'bs1', calendarId: CALENDAR.id, title: 'Long lunch', endTime: '2026-07-16T12:00:00Z' },
      { meta: { timezone: 'Europe/Berlin' } },
    );
    expect(result).toMatchObject({ id: 'bs1', title: 'Long lunch' });
  });

  test('needs the calendar or the user', async () => {
    await expect(perform('creates', 'update_block_slot', { eventId: 'bs1', title: 'x' })).rejects.toThrow(/Choose the Calendar/);
  });
});

describe('Dropdowns', () => {
  test('calendars: drafts included and marked', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/',
      query: { locationId: LOCATION_ID, showDrafted: 'true' },
      version: V,
      reply: { calendars: [CALENDAR, { ...CALENDAR, id: 'cal2', name: 'Old', isActive: false }] },
    });
    const result = await perform('triggers', 'dropdown_calendars');
    expect(result.map((c: any) => [c.id, c.name])).toEqual([
      [CALENDAR.id, 'Discovery call'],
      ['cal2', 'Old (draft)'],
    ]);
  });

  describe('appointments and blocked slots: the last 30 and next 90 days, upcoming first', () => {
    const NOW = Date.parse('2026-07-10T12:00:00Z');
    const window = { startTime: String(NOW - 30 * 86_400_000), endTime: String(NOW + 90 * 86_400_000) };
    beforeEach(() => jest.spyOn(Date, 'now').mockReturnValue(NOW));
    afterEach(() => jest.restoreAllMocks());
    const appt = (id: string, title: string, startTime: string) => ({ id, title, startTime, calendarId: 'cal1' });

    test("of the step's calendar: one request", async () => {
      mockGhl({
        method: 'GET',
        path: '/calendars/events',
        query: { locationId: LOCATION_ID, calendarId: 'cal1', ...window },
        version: V,
        reply: { events: [appt('past', 'Checkup', '2026-07-01T09:00:00-05:00'), appt('later', 'Cleaning', '2026-08-01T09:00:00-05:00'), appt('soon', '', '2026-07-11T09:00:00-05:00')] },
      });
      const result = await perform('triggers', 'dropdown_appointments', { calendarId: 'cal1' });
      expect(result.map((e: any) => [e.id, e.label])).toEqual([
        ['soon', 'Appointment · 2026-07-11 09:00'],
        ['later', 'Cleaning · 2026-08-01 09:00'],
        ['past', 'Checkup · 2026-07-01 09:00'],
      ]);
    });

    test('without a calendar: each of the sub-account\'s calendars', async () => {
      mockGhl({ method: 'GET', path: '/calendars/', query: { locationId: LOCATION_ID }, version: V, reply: { calendars: [{ id: 'cal1' }, { id: 'cal2' }] } });
      mockGhl({ method: 'GET', path: '/calendars/events', query: { locationId: LOCATION_ID, calendarId: 'cal1', ...window }, version: V, reply: { events: [appt('a', 'One', '2026-07-12T10:00:00Z')] } });
      mockGhl({ method: 'GET', path: '/calendars/events', query: { locationId: LOCATION_ID, calendarId: 'cal2', ...window }, version: V, reply: { events: [appt('b', 'Two', '2026-07-11T10:00:00Z')] } });
      const result = await perform('triggers', 'dropdown_appointments', {});
      expect(result.map((e: any) => e.id)).toEqual(['b', 'a']);
    });

    test('blocked slots the same way, from /calendars/blocked-slots', async () => {
      mockGhl({
        method: 'GET',
        path: '/calendars/blocked-slots',
        query: { locationId: LOCATION_ID, calendarId: 'cal1', ...window },
        version: V,
        reply: { events: [{ id: 'bs1', title: 'Lunch', startTime: '2026-07-11T12:00:00Z' }] },
      });
      const result = await perform('triggers', 'dropdown_blocked_slots', { calendarId: 'cal1' });
      expect(result.map((e: any) => [e.id, e.label])).toEqual([['bs1', 'Lunch · 2026-07-11 12:00']]);
    });

    test('a calendar GHL refuses is its error, not an empty list', async () => {
      mockGhl({ method: 'GET', path: '/calendars/events', query: { locationId: LOCATION_ID, calendarId: 'nope', ...window }, version: V, status: 400, reply: { statusCode: 400, message: 'Calendar not found' } });
      await expect(perform('triggers', 'dropdown_appointments', { calendarId: 'nope' })).rejects.toThrow(/Calendar not found/);
    });

    test('the appointment inputs use them', async () => {
      const eventField = async (kind: 'triggers' | 'creates', key: string, field = 'eventId') =>
        (await inputFields(kind, key)).find((f: any) => f.key === field)?.dynamic;
      expect(await eventField('triggers', 'get_appointment')).toBe('dropdown_appointments.id.label');
      expect(await eventField('creates', 'update_appointment')).toBe('dropdown_appointments.id.label');
      expect(await eventField('creates', 'delete_event')).toBe('dropdown_appointments.id.label');
      expect(await eventField('creates', 'update_block_slot')).toBe('dropdown_blocked_slots.id.label');
      expect(await eventField('creates', 'create_appointment_note', 'appointmentId')).toBe('dropdown_appointments.id.label');
    });
  });

  test("meeting locations: the calendar's own and its team members', once per meeting id", async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/cal1',
      version: V,
      reply: {
        calendar: {
          id: 'cal1',
          locationConfigurations: [{ kind: 'physical', location: '3535 1st St N', meetingId: 'physical_0' }, { kind: 'zoom_conference' }],
          teamMembers: [
            { userId: 'u1', locationConfigurations: [{ kind: 'custom', location: 'https://meet.example.com/x', meetingId: 'custom_0' }] },
            { userId: 'u2', locationConfigurations: [{ kind: 'custom', location: 'https://meet.example.com/x', meetingId: 'custom_0' }] },
          ],
        },
      },
    });
    const result = await perform('triggers', 'dropdown_meeting_locations', { calendarId: 'cal1' });
    expect(result.map((l: any) => [l.id, l.label])).toEqual([
      ['physical_0', 'In person: 3535 1st St N'],
      ['custom_0', 'Custom: https://meet.example.com/x'],
    ]);
  });

  test('meeting locations need the calendar first', async () => {
    await expect(perform('triggers', 'dropdown_meeting_locations', {})).rejects.toThrow(/Calendar/);
  });

  test('email templates: GET /emails/builder, newest first, paged', async () => {
    mockGhl({
      method: 'GET',
      path: '/emails/builder',
      query: { locationId: LOCATION_ID, sortByDate: 'desc', limit: '100', offset: '0' },
      version: '2021-07-28',
      reply: { builders: [{ id: 't1', name: 'Appointment reminder' }, { id: 't2', name: '' }], total: [{ total: 2 }] },
    });
    const result = await perform('triggers', 'dropdown_email_templates');
    expect(result.map((t: any) => [t.id, t.name])).toEqual([
      ['t1', 'Appointment reminder'],
      ['t2', 'Untitled template'],
    ]);
  });

  test('calendar groups', async () => {
    mockGhl({ method: 'GET', path: '/calendars/groups', query: { locationId: LOCATION_ID }, version: V, reply: { groups: [GROUP] } });
    const result = await perform('triggers', 'dropdown_calendar_groups');
    expect(result.map((g: any) => [g.id, g.name])).toEqual([[GROUP.id, 'Sales calls']]);
  });
});

describe('Calendar conversions', () => {
  const ref = (key: string, label: string) => ({ key, label });
  const ctx = {} as any;

  test('teamMembersOf: user ids (a list or comma-separated) → [{userId}]', () => {
    const f = ref('teamMembers', 'Team Members');
    expect(teamMembersOf(['u1, u2', 'u3'], f, {}, ctx)).toEqual([{ userId: 'u1' }, { userId: 'u2' }, { userId: 'u3' }]);
    expect(teamMembersOf(' , ', f, {}, ctx)).toEqual([]);
  });

  test('openHoursOf: JSON text or a parsed list; anything else is an input error naming the field', () => {
    const f = ref('openHours', 'Open Hours (JSON)');
    const hours = [{ daysOfTheWeek: [1], hours: [{ openHour: 9, openMinute: 0, closeHour: 17, closeMinute: 0 }] }];
    expect(openHoursOf(JSON.stringify(hours), f, {}, ctx)).toEqual(hours);
    expect(openHoursOf(hours, f, {}, ctx)).toBe(hours);
    expect(openHoursOf(' ', f, {}, ctx)).toBeUndefined();
    expect(() => openHoursOf('{"daysOfTheWeek": [1]}', f, {}, ctx)).toThrow('The Open Hours (JSON) field must be a JSON list of {daysOfTheWeek, hours}.');
    try {
      openHoursOf(`[${'x'.repeat(80)}`, f, {}, ctx);
      throw new Error('no error');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as InputError).field).toBe('openHours');
      expect((e as Error).message).toBe(`The Open Hours (JSON) field is not valid JSON: "[${'x'.repeat(59)}".`);
    }
  });

  test('boolWhenGiven: the yes/no given; nothing when the step left the field empty, whatever the default', () => {
    const f = ref('isActive', 'Active');
    expect(boolWhenGiven('no', f, { isActive: 'no' }, ctx)).toBe(false);
    expect(boolWhenGiven(true, f, { isActive: true }, ctx)).toBe(true);
    expect(boolWhenGiven('true', f, { isActive: '' }, ctx)).toBeUndefined(); // the engine passes the default
    expect(boolWhenGiven('true', f, {}, ctx)).toBeUndefined();
    expect(() => boolWhenGiven('maybe', f, { isActive: 'maybe' }, ctx)).toThrow(/Active field must be true or false/);
  });
});

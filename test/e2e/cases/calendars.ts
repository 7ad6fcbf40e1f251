/** End-to-end cases: calendars, groups, free slots, appointments, blocked slots, notes, notifications, resources. */
import { dateIn, isoIn } from '../../../sandbox/time';
import { ids, nextWeekday, SEED, type Case } from '../harness';

const CAL = SEED.calendarId;
const TZ = 'America/Chicago';

/** The local date of the seeded appointment (a weekday two or more days ahead). */
const seededDay = (appointmentStart: string): string => dateIn(TZ, Date.parse(appointmentStart));

export const CALENDAR_CASES: Case[] = [
  {
    subject: 'triggers.get_free_slots',
    does: 'lists the free 30-minute slots of the seeded day: open hours minus the booking and the blocked lunch',
    input: ({ sandbox }) => {
      const day = seededDay(sandbox.state.table('appointments').get(SEED.appointmentId)!.startTime);
      return { calendarId: CAL, startDate: `${day}T00:00:00-06:00`, endDate: `${day}T23:59:00-06:00`, timezone: TZ };
    },
    expect: (out, t) => {
      const appt = t.state.table('appointments').get(SEED.appointmentId)!;
      const lunch = t.state.table('blockSlots').get(SEED.blockSlotId)!;
      const day = seededDay(appt.startTime);
      const all = [...Array(16)].map((_, i) => Date.parse(`${day}T09:00:00${appt.startTime.slice(-6)}`) + i * 30 * 60_000);
      const busy = (s: number) =>
        [appt, lunch].some((e) => s < Date.parse(e.endTime) && s + 30 * 60_000 > Date.parse(e.startTime));
      const free = all.filter((s) => !busy(s));
      expect(out.length).toBe(free.length);
      expect(out.map((s: any) => Date.parse(s.startTime))).toEqual(free);
      expect(out[0]).toMatchObject({ calendarId: CAL, date: day, startTime: isoIn(TZ, free[0]) });
      expect(out.every((s: any) => s.id === `${CAL}:${new Date(Date.parse(s.startTime)).toISOString()}`)).toBe(true);
    },
  },
  {
    subject: 'triggers.get_free_slots',
    does: 'with the default window (the next 7 days), returns slots',
    input: { calendarId: CAL },
    expect: (out) => {
      expect(out.length).toBeGreaterThan(16);
      expect(out.every((s: any) => Date.parse(s.startTime) > Date.now() - 60_000)).toBe(true);
    },
  },
  {
    subject: 'triggers.list_calendars',
    does: 'lists the sub-account\'s calendars',
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: CAL, name: 'Consultations', slotDuration: 30 })]),
  },
  {
    subject: 'triggers.get_calendar_by_id',
    does: 'returns the calendar',
    input: { calendarId: CAL },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: CAL, name: 'Consultations', groupId: SEED.groupId });
    },
  },
  {
    subject: 'triggers.list_calendar_groups',
    does: 'lists the groups',
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.groupId, name: 'Dental team', slug: 'dental-team' })]),
  },
  {
    subject: 'triggers.list_calendar_events',
    does: 'lists the calendar\'s appointments in the window',
    input: { calendarId: CAL },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.appointmentId, contactId: SEED.contacts.rubika, title: 'Consultation with Rubika Deo' })]),
  },
  {
    subject: 'triggers.list_calendar_events',
    does: 'lists a user\'s appointments',
    input: { userId: SEED.users.admin },
    expect: (out) => expect(ids(out)).toEqual([SEED.appointmentId]),
  },
  {
    subject: 'triggers.list_blocked_slots',
    does: 'lists the calendar\'s blocked slots',
    input: { calendarId: CAL },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.blockSlotId, title: 'Team lunch', calendarId: CAL })]),
  },
  {
    subject: 'triggers.get_appointment',
    does: 'returns the appointment',
    input: { eventId: SEED.appointmentId },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: SEED.appointmentId, calendarId: CAL, contactId: SEED.contacts.rubika, appointmentStatus: 'confirmed' });
    },
  },
  {
    subject: 'triggers.list_appointment_notes',
    does: 'lists the appointment\'s notes',
    input: { appointmentId: SEED.appointmentId },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.appointmentNoteId, body: 'Bring previous X-rays.' })]),
  },
  {
    subject: 'triggers.list_calendar_notifications',
    does: 'lists the calendar\'s notifications',
    input: { calendarId: CAL },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.notificationId, notificationType: 'reminder', channel: 'email' })]),
  },
  {
    subject: 'triggers.get_calendar_notification',
    does: 'returns the notification',
    input: { calendarId: CAL, notificationId: SEED.notificationId },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: SEED.notificationId, subject: 'Your consultation tomorrow', receiverType: 'contact' });
    },
  },
  {
    subject: 'triggers.list_calendar_resources',
    does: 'lists the equipment',
    input: { resourceType: 'equipments' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.equipmentId, name: 'Dental chair 1', resourceType: 'equipments' })]),
  },
  {
    subject: 'triggers.get_calendar_resource',
    does: 'returns the room',
    input: { resourceType: 'rooms', id: SEED.roomId },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: SEED.roomId, name: 'Treatment room A', capacity: 2 });
    },
  },
  {
    subject: 'creates.create_calendar_group',
    does: 'creates the group',
    input: { name: 'Orthodontics', description: 'Braces and aligners', slug: 'ortho' },
    expect: (out, t) => {
      expect(out).toMatchObject({ name: 'Orthodontics', slug: 'ortho', isActive: true });
      expect(t.state.table('calendarGroups').get(out.id)).toMatchObject({ locationId: SEED.locationId, slug: 'ortho' });
    },
  },
  {
    subject: 'creates.update_calendar_group',
    does: 'renames the group',
    input: { groupId: SEED.groupId, name: 'Dental & hygiene', description: 'Everyone', slug: 'dental-hygiene' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.groupId, name: 'Dental & hygiene', slug: 'dental-hygiene' });
      expect(t.state.table('calendarGroups').get(SEED.groupId)!.name).toBe('Dental & hygiene');
    },
  },
  {
    subject: 'creates.update_group_status',
    does: 'disables the group',
    input: { groupId: SEED.groupId, isActive: false },
    expect: (out, t) => {
      expect(out).toMatchObject({ success: true });
      expect(t.state.table('calendarGroups').get(SEED.groupId)!.isActive).toBe(false);
    },
  },
  {
    subject: 'creates.delete_calendar_group',
    does: 'deletes the group',
    input: { groupId: SEED.groupId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.groupId });
      expect(t.state.table('calendarGroups').has(SEED.groupId)).toBe(false);
    },
  },
  {
    subject: 'creates.validate_group_slug',
    does: 'says a taken slug is not available',
    input: { slug: 'dental-team' },
    expect: (out) => expect(out).toMatchObject({ available: false }),
  },
  {
    subject: 'creates.validate_group_slug',
    does: 'says a free slug is available',
    input: { slug: 'brand-new-slug' },
    expect: (out) => expect(out).toMatchObject({ available: true }),
  },
  {
    subject: 'creates.create_calendar',
    does: 'creates the calendar with its settings',
    input: { name: 'Whitening', description: 'Teeth whitening sessions', slotDuration: 60, slotDurationUnit: 'mins', groupId: SEED.groupId, teamMembers: [SEED.users.frontDesk] },
    expect: (out, t) => {
      expect(out).toMatchObject({ name: 'Whitening', slotDuration: 60, groupId: SEED.groupId, locationId: SEED.locationId });
      expect(t.state.table('calendars').get(out.id)!.teamMembers).toEqual([expect.objectContaining({ userId: SEED.users.frontDesk })]);
    },
  },
  {
    subject: 'creates.update_calendar',
    does: 'changes the slot length',
    input: { calendarId: CAL, slotDuration: 45 },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: CAL, name: 'Consultations', slotDuration: 45 });
      expect(t.state.table('calendars').get(CAL)!.slotDuration).toBe(45);
    },
  },
  {
    subject: 'creates.delete_calendar',
    does: 'deletes the calendar',
    input: { calendarId: CAL },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: CAL });
      expect(t.state.table('calendars').has(CAL)).toBe(false);
    },
  },
  {
    subject: 'creates.create_appointment',
    does: 'books a free slot; without an end it lasts the calendar\'s slot length',
    input: { calendarId: CAL, contactId: SEED.contacts.john, startTime: nextWeekday(3, 9), title: 'Cleaning' },
    expect: (out, t) => {
      expect(out).toMatchObject({ calendarId: CAL, contactId: SEED.contacts.john, title: 'Cleaning', appointmentStatus: 'confirmed' });
      expect(Date.parse(out.endTime) - Date.parse(out.startTime)).toBe(30 * 60_000);
      expect(Date.parse(out.startTime)).toBe(Date.parse(nextWeekday(3, 9)));
      expect(t.state.table('appointments').get(out.id)).toMatchObject({ contactId: SEED.contacts.john });
    },
  },
  {
    subject: 'creates.create_appointment',
    does: 'a booked slot is refused as GHL refuses it',
    input: ({ sandbox }) => ({ calendarId: CAL, contactId: SEED.contacts.john, startTime: sandbox.state.table('appointments').get(SEED.appointmentId)!.startTime }),
    allowStatuses: [400],
    fails: (err) => expect(err.message).toMatch(/The slot you have selected is no longer available/),
  },
  {
    subject: 'creates.update_appointment',
    does: 'moves the appointment to another free slot and renames it',
    input: { eventId: SEED.appointmentId, startTime: nextWeekday(4, 14), title: 'Consultation (moved)' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.appointmentId, title: 'Consultation (moved)' });
      expect(Date.parse(t.state.table('appointments').get(SEED.appointmentId)!.startTime)).toBe(Date.parse(nextWeekday(4, 14)));
    },
  },
  {
    subject: 'creates.update_appointment',
    does: 'cancels the appointment without deleting it',
    input: { eventId: SEED.appointmentId, appointmentStatus: 'cancelled' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.appointmentId, appointmentStatus: 'cancelled' });
      expect(t.state.table('appointments').get(SEED.appointmentId)!.appointmentStatus).toBe('cancelled');
    },
  },
  {
    subject: 'creates.delete_event',
    does: 'deletes the appointment',
    input: { eventId: SEED.appointmentId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.appointmentId });
      expect(t.state.table('appointments').has(SEED.appointmentId)).toBe(false);
    },
  },
  {
    subject: 'creates.create_block_slot',
    does: 'blocks an hour on the calendar; the slot is no longer free',
    input: { calendarId: CAL, startTime: nextWeekday(5, 13), endTime: nextWeekday(5, 14), title: 'Staff meeting' },
    expect: (out, t) => {
      expect(out).toMatchObject({ calendarId: CAL, title: 'Staff meeting' });
      expect(Date.parse(out.endTime) - Date.parse(out.startTime)).toBe(60 * 60_000);
      expect(t.state.table('blockSlots').get(out.id)).toMatchObject({ calendarId: CAL });
    },
  },
  {
    subject: 'creates.update_block_slot',
    does: 'renames the blocked slot and keeps its times',
    input: { eventId: SEED.blockSlotId, calendarId: CAL, title: 'Long lunch' },
    expect: (out, t) => {
      const block = t.state.table('blockSlots').get(SEED.blockSlotId)!;
      expect(out).toMatchObject({ id: SEED.blockSlotId, title: 'Long lunch', startTime: block.startTime, endTime: block.endTime });
      expect(block.title).toBe('Long lunch');
    },
  },
  {
    subject: 'creates.create_appointment_note',
    does: 'adds a note to the appointment',
    input: { appointmentId: SEED.appointmentId, body: 'Patient is nervous; go slowly.', userId: SEED.users.frontDesk },
    expect: (out, t) => {
      expect(out).toMatchObject({ body: 'Patient is nervous; go slowly.', userId: SEED.users.frontDesk });
      expect(t.state.table('appointmentNotes').get(out.id)).toMatchObject({ appointmentId: SEED.appointmentId });
    },
  },
  {
    subject: 'creates.update_appointment_note',
    does: 'changes the note',
    input: { appointmentId: SEED.appointmentId, noteId: SEED.appointmentNoteId, body: 'Bring X-rays and insurance card.' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.appointmentNoteId, body: 'Bring X-rays and insurance card.' });
      expect(t.state.table('appointmentNotes').get(SEED.appointmentNoteId)!.body).toBe('Bring X-rays and insurance card.');
    },
  },
  {
    subject: 'creates.delete_appointment_note',
    does: 'deletes the note',
    input: { appointmentId: SEED.appointmentId, noteId: SEED.appointmentNoteId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.appointmentNoteId });
      expect(t.state.table('appointmentNotes').has(SEED.appointmentNoteId)).toBe(false);
    },
  },
  {
    subject: 'creates.create_calendar_notification',
    does: 'creates an SMS confirmation for the contact',
    input: { calendarId: CAL, receiverType: 'contact', channel: 'sms', notificationType: 'confirmation', body: 'See you soon!' },
    expect: (out, t) => {
      expect(out).toMatchObject({ receiverType: 'contact', channel: 'sms', notificationType: 'confirmation', body: 'See you soon!' });
      const created = t.state.table('calendarNotifications').where((n) => n.channel === 'sms');
      expect(created).toHaveLength(1);
      expect(out.id).toBe(created[0]._id);
    },
  },
  {
    subject: 'creates.update_notification',
    does: 'changes the subject',
    input: { calendarId: CAL, notificationId: SEED.notificationId, subject: 'Tomorrow: your consultation' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.notificationId });
      expect(t.state.table('calendarNotifications').get(SEED.notificationId)!.subject).toBe('Tomorrow: your consultation');
    },
  },
  {
    subject: 'creates.delete_notification',
    does: 'deletes the notification',
    input: { calendarId: CAL, notificationId: SEED.notificationId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.notificationId });
      expect(t.state.table('calendarNotifications').get(SEED.notificationId)!.deleted).toBe(true);
    },
  },
  {
    subject: 'creates.create_calendar_resource',
    does: 'creates a room for the calendar',
    input: { resourceType: 'rooms', name: 'Treatment room B', description: 'First floor', quantity: 1, outOfService: 0, capacity: 3, calendarIds: [CAL] },
    expect: (out, t) => {
      expect(out).toMatchObject({ name: 'Treatment room B', resourceType: 'rooms', capacity: 3, calendarIds: [CAL] });
      expect(t.state.table('calendarResources').get(out.id)).toMatchObject({ locationId: SEED.locationId });
    },
  },
  {
    subject: 'creates.update_calendar_resource',
    does: 'marks a chair out of service',
    input: { resourceType: 'equipments', id: SEED.equipmentId, outOfService: 1 },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.equipmentId, outOfService: 1, name: 'Dental chair 1' });
      expect(t.state.table('calendarResources').get(SEED.equipmentId)!.outOfService).toBe(1);
    },
  },
  {
    subject: 'creates.delete_calendar_resource',
    does: 'deletes the room',
    input: { resourceType: 'rooms', id: SEED.roomId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.roomId });
      expect(t.state.table('calendarResources').has(SEED.roomId)).toBe(false);
    },
  },
];


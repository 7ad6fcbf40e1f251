/** End-to-end cases: the searches of issue 14 (by id, free slots, user, business), found and not found. */
import { SEED, type Case } from '../harness';

const { rubika } = SEED.contacts;

export const FIND_CASES: Case[] = [
  {
    subject: 'searches.find_contact_by_id',
    does: 'finds the contact, with custom fields by name',
    input: { contactId: rubika },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: rubika, email: 'rubika@deos.com', customFieldsByName: { Pincode: '35061' } })]),
  },
  {
    subject: 'searches.find_contact_by_id',
    does: 'finds nothing for an unknown id (GHL\'s 404)',
    input: { contactId: 'Zz9NoSuchContact0001' },
    allowStatuses: [404],
    expect: (out) => expect(out).toEqual([]),
  },
  {
    subject: 'searches.find_opportunity_by_id',
    does: 'finds the opportunity with its contact',
    input: { opportunityId: SEED.opportunityId },
    expect: (out) =>
      expect(out).toEqual([expect.objectContaining({ id: SEED.opportunityId, name: 'Corporate plan — Tesla Inc', contact: expect.objectContaining({ id: SEED.contacts.john }) })]),
  },
  {
    subject: 'searches.find_opportunity_by_id',
    does: 'finds nothing for an unknown id',
    input: { opportunityId: 'Zz9NoSuchOpportunity' },
    allowStatuses: [404],
    expect: (out) => expect(out).toEqual([]),
  },
  {
    subject: 'searches.find_appointment',
    does: 'finds the appointment, its times with the sub-account\'s offset',
    input: { calendarId: SEED.calendarId, eventId: SEED.appointmentId },
    expect: (out) =>
      expect(out).toEqual([
        expect.objectContaining({ id: SEED.appointmentId, contactId: rubika, startTime: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}-0[56]:00$/) }),
      ]),
  },
  {
    subject: 'searches.find_appointment',
    does: 'finds nothing for an unknown id',
    input: { eventId: 'Zz9NoSuchAppointment' },
    allowStatuses: [404],
    expect: (out) => expect(out).toEqual([]),
  },
  {
    subject: 'searches.find_free_slots',
    does: 'gives the soonest free slot at the top and every slot of the week as line items',
    input: { calendarId: SEED.calendarId, timezone: 'America/Chicago' },
    expect: (out) => {
      expect(out).toHaveLength(1);
      const [found] = out;
      expect(found.slots.length).toBeGreaterThan(20);
      expect(found.slotCount).toBe(found.slots.length);
      expect(found).toMatchObject({ id: found.slots[0].id, startTime: found.slots[0].startTime, calendarId: SEED.calendarId });
      const starts = found.slots.map((s: any) => Date.parse(s.startTime));
      expect([...starts].sort((a, b) => a - b)).toEqual(starts);
      for (const s of found.slots) expect(s.startTime).toMatch(/-0[56]:00$/);
    },
  },
  {
    subject: 'searches.find_free_slots',
    does: 'finds nothing on a weekend-only window',
    input: () => {
      const d = new Date(Date.now() + 7 * 86_400_000);
      while (d.getUTCDay() !== 6) d.setUTCDate(d.getUTCDate() + 1);
      const sat = d.toISOString().slice(0, 10);
      return { calendarId: SEED.calendarId, timezone: 'America/Chicago', startDate: `${sat}T06:00:00`, endDate: `${sat}T20:00:00` };
    },
    expect: (out) => expect(out).toEqual([]),
  },
  {
    subject: 'searches.find_user',
    does: 'finds the user by email, exactly',
    input: { email: 'PRIYA@acmedental.example.com' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.users.frontDesk, name: 'Priya Patel' })]),
  },
  {
    subject: 'searches.find_user',
    does: 'finds nothing for a part of a name',
    input: { name: 'Pri' },
    connections: ['sub-account'],
    expect: (out) => expect(out).toEqual([]),
  },
  {
    subject: 'searches.find_business',
    does: 'finds the business by name, any case',
    input: { name: 'dgs volmax' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.businessId, name: 'DGS VolMAX' })]),
  },
  {
    subject: 'searches.find_business',
    does: 'finds nothing for a name no business has',
    input: { name: 'Acme Widgets' },
    expect: (out) => expect(out).toEqual([]),
  },
];

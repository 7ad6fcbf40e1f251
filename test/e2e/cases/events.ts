/**
 * End-to-end cases: the CRM event triggers of issue 14 (contacts, opportunities, appointments, tasks), each
 * after the change it fires for, made through the sandbox's API. The poll-twice-across-a-change tests are in
 * test/e2e/events.test.ts; `api` is shared with them.
 */
import { DEFAULTS } from '../../../sandbox/state';
import type { Sandbox } from '../../../sandbox/server';
import { SEED, type Case } from '../harness';

const { rubika, john, maria } = SEED.contacts;
const OPP = SEED.opportunityId;

/** A request to the sandbox as GoHighLevel takes it (the seeded sub-account token), its JSON answer; fails on a refusal. */
export const api = async (sandbox: Sandbox, method: string, path: string, body?: unknown): Promise<any> => {
  const headers: Record<string, string> = {
    Accept: 'application/json',
    Authorization: `Bearer ${DEFAULTS.accessToken}`,
    Version: /^\/(calendars|conversations)/.test(path) ? '2021-04-15' : '2021-07-28',
  };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(sandbox.url + path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  if (res.status >= 400) throw new Error(`sandbox refused ${method} ${path}: ${res.status} ${text}`);
  return text ? JSON.parse(text) : undefined;
};

/** Lets the sandbox's clock move on (its times are to the millisecond), so two changes never share a time. */
export const tick = (ms = 5) => new Promise((r) => setTimeout(r, ms));

/** The next weekday at least `daysAhead` ahead, 10:00 in the seeded sub-account's zone (America/Chicago), as UTC ISO. */
export const weekdayAhead = (daysAhead: number): string => {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  while ([0, 6].includes(d.getUTCDay())) d.setUTCDate(d.getUTCDate() + 1);
  return `${d.toISOString().slice(0, 10)}T16:00:00Z`; // 10:00 or 11:00 in Chicago: inside the calendar's open hours
};

export const EVENT_CASES: Case[] = [
  {
    subject: 'triggers.new_contact',
    does: 'lists the contacts newest added first, each with its own id and custom fields by name',
    before: async ({ sandbox }) => {
      await api(sandbox, 'POST', '/contacts/', { locationId: SEED.locationId, firstName: 'Walk', lastName: 'In', email: 'walk.in@example.com' });
    },
    expect: (out) => {
      expect(out.map((c: any) => c.name)).toEqual(['Walk In', 'Maria Lopez', 'John Deo', 'Rubika Deo']);
      for (const c of out) expect(c.id).toBe(c.contactId);
      expect(out.find((c: any) => c.id === rubika).customFieldsByName).toMatchObject({ Pincode: '35061' });
    },
  },
  {
    subject: 'triggers.updated_contact',
    does: 'puts the contact changed last first, its event id made of its id and dateUpdated',
    before: async ({ sandbox }) => {
      await tick();
      await api(sandbox, 'PUT', `/contacts/${john}`, { city: 'Austin' });
    },
    expect: (out, t) => {
      const updated = t.state.table('contacts').get(john)!.dateUpdated;
      expect(out[0]).toMatchObject({ id: `${john}:${updated}`, contactId: john, city: 'Austin' });
      expect(out.map((c: any) => c.contactId)).toEqual([john, maria, rubika]);
    },
  },
  {
    subject: 'triggers.tag_added_to_contact',
    does: 'lists the contacts carrying the tag, one event per contact and tag',
    input: { tag: 'VIP' },
    before: async ({ sandbox }) => {
      await tick();
      await api(sandbox, 'POST', `/contacts/${maria}/tags`, { tags: ['vip'] });
    },
    expect: (out) => {
      expect(out.map((c: any) => c.id)).toEqual([`${maria}:vip`, `${john}:vip`, `${rubika}:vip`]);
      expect(out[0]).toMatchObject({ contactId: maria, tag: 'vip', tags: ['newsletter', 'vip'] });
    },
  },
  {
    subject: 'triggers.new_opportunity',
    does: 'lists the opportunities newest created first, with custom fields by name',
    input: { pipelineId: SEED.pipelineId },
    before: async ({ sandbox }) => {
      await api(sandbox, 'POST', '/opportunities/', { pipelineId: SEED.pipelineId, locationId: SEED.locationId, name: 'Aligners — Maria', status: 'open', contactId: maria });
    },
    expect: (out) => {
      expect(out.map((o: any) => o.name)).toEqual(['Aligners — Maria', 'Corporate plan — Tesla Inc']);
      for (const o of out) expect(o.id).toBe(o.opportunityId);
      expect(out[1].customFieldsByName).toMatchObject({ 'Deal Source': 'Referral' });
    },
  },
  {
    subject: 'triggers.opportunity_stage_changed',
    does: 'gives the stage the deal entered, its event id made of the deal, the stage and the time',
    input: { pipelineId: SEED.pipelineId, pipelineStageId: SEED.stages.proposal },
    before: async ({ sandbox }) => {
      await tick();
      await api(sandbox, 'PUT', `/opportunities/${OPP}`, { pipelineStageId: SEED.stages.proposal });
    },
    expect: (out, t) => {
      const o = t.state.table('opportunities').get(OPP)!;
      expect(out).toEqual([expect.objectContaining({ id: `${OPP}:${SEED.stages.proposal}:${o.lastStageChangeAt}`, opportunityId: OPP, pipelineStageId: SEED.stages.proposal })]);
    },
  },
  {
    subject: 'triggers.opportunity_status_changed',
    does: 'gives the status the deal got, its event id made of the deal, the status and the time',
    input: { status: 'won' },
    before: async ({ sandbox }) => {
      await tick();
      await api(sandbox, 'PUT', `/opportunities/${OPP}/status`, { status: 'won' });
    },
    expect: (out, t) => {
      const o = t.state.table('opportunities').get(OPP)!;
      expect(out).toEqual([expect.objectContaining({ id: `${OPP}:won:${o.lastStatusChangeAt}`, opportunityId: OPP, status: 'won' })]);
    },
  },
  {
    subject: 'triggers.new_appointment',
    does: 'lists the calendar\'s bookings newest booked first, a booking a year ahead included',
    input: { calendarId: SEED.calendarId },
    before: async ({ sandbox }) => {
      await api(sandbox, 'POST', '/calendars/events/appointments', { calendarId: SEED.calendarId, locationId: SEED.locationId, contactId: john, startTime: weekdayAhead(365) });
    },
    expect: (out) => {
      expect(out).toHaveLength(2);
      expect(out[0]).toMatchObject({ contactId: john, title: 'Appointment with John Deo' });
      expect(out[0].id).toBe(out[0].appointmentId);
      expect(out[1]).toMatchObject({ id: SEED.appointmentId, appointmentId: SEED.appointmentId, startTime: expect.stringMatching(/[+-]\d{2}:\d{2}$/) });
    },
  },
  {
    subject: 'triggers.appointment_status_changed',
    does: 'gives the cancelled appointment, its event id made of the appointment and the status',
    input: { calendarId: SEED.calendarId, appointmentStatus: 'cancelled' },
    before: async ({ sandbox }) => {
      await api(sandbox, 'PUT', `/calendars/events/appointments/${SEED.appointmentId}`, { appointmentStatus: 'cancelled' });
    },
    expect: (out) => {
      expect(out).toEqual([expect.objectContaining({ id: `${SEED.appointmentId}:cancelled`, appointmentId: SEED.appointmentId, appointmentStatus: 'cancelled' })]);
    },
  },
  {
    subject: 'triggers.new_task',
    does: 'lists every contact\'s tasks newest first, each with its own id',
    before: async ({ sandbox }) => {
      await tick();
      await api(sandbox, 'POST', `/contacts/${john}/tasks`, { title: 'Send the contract', dueDate: '2026-12-01T10:00:00Z', completed: false, assignedTo: SEED.users.frontDesk });
    },
    expect: (out) => {
      expect(out.map((t: any) => t.title)).toEqual(['Send the contract', 'Call back about the quote']);
      expect(out[1]).toMatchObject({ id: SEED.taskId, taskId: SEED.taskId, contactId: rubika, contactDetails: { firstName: 'Rubika' } });
    },
  },
  {
    subject: 'triggers.new_task',
    does: 'only the chosen user\'s tasks',
    input: { assignedTo: SEED.users.frontDesk },
    before: async ({ sandbox }) => {
      await api(sandbox, 'POST', `/contacts/${john}/tasks`, { title: 'Send the contract', dueDate: '2026-12-01T10:00:00Z', completed: false, assignedTo: SEED.users.frontDesk });
    },
    connections: ['sub-account'],
    expect: (out) => expect(out.map((t: any) => t.title)).toEqual(['Send the contract']),
  },
  {
    subject: 'triggers.task_completed',
    does: 'gives the task marked completed, its event id the task and "completed"',
    before: async ({ sandbox }) => {
      await api(sandbox, 'PUT', `/contacts/${rubika}/tasks/${SEED.taskId}/completed`, { completed: true });
    },
    expect: (out) => {
      expect(out).toEqual([expect.objectContaining({ id: `${SEED.taskId}:completed`, taskId: SEED.taskId, completed: true })]);
    },
  },
];

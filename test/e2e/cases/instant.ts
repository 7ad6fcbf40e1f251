/**
 * End-to-end cases of the instant triggers (issue 17): each subscribes at a relay running against the
 * sandbox, gets GoHighLevel's documented delivery of its event for the sandbox's sub-account (signed,
 * posted to the relay, delivered to a local target), turns it into its item, and unsubscribes.
 */
import { expect } from '@jest/globals';
import type { Case } from '../harness';
import { SEED } from '../harness';
import { exampleOf } from '../../../domains/webhooks';
import { relayRoundTrip, type RoundTrip } from '../relay';

type Rec = Record<string, any>;

interface InstantCase {
  key: string;
  input?: Rec;
  /** The event GoHighLevel sends (default: its documented example of the trigger's first event). */
  event: string;
  /** The delivery's changes for the sandbox's records. */
  with?: Rec;
  /** The item's id, as the polling twin makes it (a pattern where it holds a time the sandbox keeps). */
  id: (d: Rec) => string | RegExp;
}

const CASES: InstantCase[] = [
  { key: 'new_contact_instant', event: 'ContactCreate', id: (d) => d.id },
  { key: 'updated_contact_instant', event: 'ContactUpdate', id: (d) => `${d.id}:${d.dateUpdated}` },
  { key: 'tag_added_to_contact_instant', event: 'ContactTagUpdate', input: { tag: 'VIP' }, id: (d) => `${d.id}:vip` },
  { key: 'new_opportunity_instant', event: 'OpportunityCreate', input: { pipelineId: SEED.pipelineId }, id: (d) => d.id },
  {
    key: 'opportunity_stage_changed_instant',
    event: 'OpportunityStageUpdate',
    with: { pipelineStageId: SEED.stages.proposal },
    input: { pipelineId: SEED.pipelineId, pipelineStageId: SEED.stages.proposal },
    // lastStageChangeAt is read from the sandbox's opportunity (the delivery lacks it).
    id: (d) => new RegExp(`^${d.id}:${d.pipelineStageId}:\\d{4}-\\d{2}-\\d{2}T`),
  },
  { key: 'opportunity_status_changed_instant', event: 'OpportunityStatusUpdate', input: { status: 'won' }, id: (d) => new RegExp(`^${d.id}:won:\\d{4}-`) },
  { key: 'new_appointment_instant', event: 'AppointmentCreate', input: { calendarId: 'BqTwX8QFwXzpegMve9EQ' }, id: (d) => d.appointment.id },
  {
    key: 'appointment_updated_instant',
    event: 'AppointmentUpdate',
    input: { userId: 'YlWd2wuCAZQzh2cH1fVZ' },
    id: (d) => `${d.appointment.id}:${d.appointment.dateUpdated}`,
  },
  { key: 'new_task_instant', event: 'TaskCreate', id: (d) => d.id },
  { key: 'task_completed_instant', event: 'TaskComplete', id: (d) => `${d.id}:completed` },
  { key: 'new_inbound_message_instant', event: 'InboundMessage', input: { channel: 'TYPE_SMS' }, id: (d) => d.messageId },
  { key: 'new_order_instant', event: 'OrderCreate', input: { paymentStatus: 'paid' }, id: (d) => d._id },
  { key: 'new_invoice_instant', event: 'InvoiceCreate', input: { contactId: SEED.contacts.rubika }, id: (d) => d._id },
  { key: 'invoice_paid_instant', event: 'InvoicePaid', id: (d) => `${d._id}:paid` },
  { key: 'new_custom_object_record_instant', event: 'RecordCreate', input: { schemaKey: SEED.objectKeys.treatmentPlan }, id: (d) => d.id },
  {
    key: 'new_gohighlevel_event_instant',
    event: 'NoteCreate',
    input: { event: 'NoteCreate' },
    with: { id: SEED.noteId, body: 'Called back about the quote', contactId: SEED.contacts.rubika },
    id: (d) => d.webhookId,
  },
];

/** The delivery GoHighLevel sends for the case, for the sandbox's sub-account. */
const deliveryOf = (c: InstantCase): Rec => ({ ...exampleOf(c.event), ...(c.with || {}), type: c.event, locationId: SEED.locationId });

export const INSTANT_CASES: Case[] = CASES.map((c) => ({
  subject: `triggers.${c.key}`,
  does: `subscribes at a relay on the sandbox; a signed ${c.event} webhook reaches the target and becomes the item; unsubscribes`,
  input: c.input,
  run: ({ sandbox, connection, input }) => relayRoundTrip(c.key, sandbox, connection, input, deliveryOf(c)),
  expect: (out: RoundTrip, t) => {
    const locationId = t.connection === 'agency' ? t.input.locationId : SEED.locationId;
    expect(out.subscribeData).toMatchObject({ locationId, events: expect.arrayContaining([c.event]) });
    expect(out.delivered).toHaveLength(1);
    expect(out.delivered[0]).toMatchObject({ ...deliveryOf(c), timestamp: expect.any(String), webhookId: expect.any(String) });
    const id = c.id(out.delivered[0]);
    expect(out.items).toHaveLength(1);
    if (id instanceof RegExp) expect(out.items[0].id).toMatch(id);
    else expect(out.items[0].id).toBe(id);
    expect(out.unsubscribed).toEqual({ removed: out.subscribeData.subscriptions.map((s: Rec) => s.id) });
    expect(out.afterUnsubscribe).toBe(0);
    // The relay checked the connection's token with the sandbox (GET /locations/{locationId}), as GoHighLevel would.
    expect(t.requests.filter((r) => r.path === `/locations/${locationId}` && r.method === 'GET' && r.status === 200).length).toBeGreaterThan(0);
  },
}));

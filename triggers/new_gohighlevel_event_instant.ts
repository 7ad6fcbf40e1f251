import { defineInstant } from '../lib/instant';
import { GHL_EVENTS } from '../lib/ghl-events';
import { humanize, InputError } from '../lib/http';
import { stableHash } from '../lib/transforms';
import { exampleOf } from '../domains/webhooks';

const EVENT_CHOICES = Object.fromEntries(GHL_EVENTS.map((e) => [e, e]));
const eventOf = (input: Record<string, any>): string => String(input.event ?? '').trim();
/** A delivery as the item: GoHighLevel's event as it sent it, its webhookId as the id (one item per event). */
const asItem = (_record: Record<string, any>, _input: unknown, delivery: Record<string, any>) => ({ ...delivery });
const LABELS: Record<string, string> = { id: 'Event ID (the webhook ID)', type: 'Event', locationId: 'Sub-Account ID', timestamp: 'Sent At', webhookId: 'Webhook ID' };
const sampleOf = (event: string, locationId: string) => {
  const d = { ...exampleOf(event), ...(locationId ? { locationId } : {}) };
  return { ...d, id: String(d.webhookId) };
};

const SAMPLE = sampleOf('ContactCreate', '');

/**
 * Any of GoHighLevel's 58 webhook events, as GoHighLevel sent it: no polling twin (no API lists past
 * events), so the samples are GoHighLevel's documented example of the event.
 */
export default defineInstant({
  key: 'new_gohighlevel_event_instant',
  label: 'New GoHighLevel Event (Instant)',
  description: 'Triggers when the chosen webhook event happens in the sub-account, with its data as sent.',
  noun: 'Event',
  scopes: [],
  events: (input) => [eventOf(input)],
  inputFields: [
    {
      key: 'event',
      label: 'Event',
      required: true,
      choices: EVENT_CHOICES,
      helpText: "GoHighLevel's webhook event, e.g. ContactDndUpdate, NoteCreate, InvoiceVoid. The app's Marketplace settings must include its scope.",
    },
  ],
  check: (input) => {
    if (!GHL_EVENTS.includes(eventOf(input) as (typeof GHL_EVENTS)[number])) {
      throw new InputError(`Event must be one of GoHighLevel's webhook events (${GHL_EVENTS.join(', ')}).`, 'event');
    }
  },
  item: asItem,
  idOf: (item) => item.webhookId ?? stableHash(item),
  about: 'Fires once for each event of the chosen kind that GoHighLevel sends for the sub-account.',
  samples: (input, locationId) => [sampleOf(eventOf(input) || 'ContactCreate', locationId)],
  sample: SAMPLE,
  // The envelope every event has, then the sample's (a contact's) fields.
  outputFields: [...new Set(['id', 'type', 'locationId', 'timestamp', 'webhookId', ...Object.keys(SAMPLE)])].map((key) => ({
    key,
    label: LABELS[key] ?? humanize(key),
    ...(key === 'timestamp' ? { type: 'datetime' as const } : {}),
  })),
  example: (input) => exampleOf(eventOf(input) || 'ContactCreate'),
});

/**
 * GoHighLevel's 58 webhook event names. One list for the relay and the app's instant triggers: it lives in
 * the app's lib/ghl-events.ts (plain data, importing nothing), which the relay reads.
 */
export { GHL_EVENTS, isGhlEvent, type GhlEvent } from '../lib/ghl-events';

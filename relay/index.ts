/** The relay's programmatic interface (docs/RELAY.md). */
export { startRelay, type Relay } from './relay';
export { DEFAULTS, type RelayOptions } from './config';
export { GHL_EVENTS, type GhlEvent } from './events';
export { GHL_ED25519_PUBLIC_KEY } from './keys';
export type { Subscription } from './store';
export type { LogEntry, LogSink } from './log';

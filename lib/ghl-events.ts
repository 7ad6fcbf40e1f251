/**
 * GoHighLevel's 58 webhook event names (`type` in each delivery), as listed in ../shared/docs/webhooks.md:
 * plain data, read by the app's instant triggers (lib/instant.ts, the New GoHighLevel Event choice) and by
 * the webhook relay (relay/events.ts). A relay subscription names exactly one of them.
 */
export const GHL_EVENTS = [
  // App, location, user
  'AppInstall',
  'AppUninstall',
  'LocationCreate',
  'LocationUpdate',
  'PlanChange',
  'UserCreate',
  // Appointments
  'AppointmentCreate',
  'AppointmentUpdate',
  'AppointmentDelete',
  // Associations and custom objects
  'AssociationCreate',
  'AssociationUpdate',
  'AssociationDelete',
  'RelationCreate',
  'RelationDelete',
  'ObjectSchemaCreate',
  'ObjectSchemaUpdate',
  'RecordCreate',
  'RecordUpdate',
  'RecordDelete',
  // Contacts, notes, tasks
  'ContactCreate',
  'ContactUpdate',
  'ContactDelete',
  'ContactDndUpdate',
  'ContactTagUpdate',
  'NoteCreate',
  'NoteUpdate',
  'NoteDelete',
  'TaskCreate',
  'TaskComplete',
  'TaskDelete',
  // Campaigns and messaging
  'CampaignStatusUpdate',
  'ConversationUnreadWebhook',
  'InboundMessage',
  'OutboundMessage',
  'ProviderOutboundMessage',
  'LCEmailStats',
  // Invoices
  'InvoiceCreate',
  'InvoiceUpdate',
  'InvoiceDelete',
  'InvoiceSent',
  'InvoicePaid',
  'InvoicePartiallyPaid',
  'InvoiceVoid',
  // Opportunities
  'OpportunityCreate',
  'OpportunityUpdate',
  'OpportunityDelete',
  'OpportunityStageUpdate',
  'OpportunityStatusUpdate',
  'OpportunityAssignedToUpdate',
  'OpportunityMonetaryValueUpdate',
  // Commerce
  'OrderCreate',
  'OrderStatusUpdate',
  'ProductCreate',
  'ProductUpdate',
  'ProductDelete',
  'PriceCreate',
  'PriceUpdate',
  'PriceDelete',
] as const;

export type GhlEvent = (typeof GHL_EVENTS)[number];

const NAMES: ReadonlySet<string> = new Set(GHL_EVENTS);

export const isGhlEvent = (value: unknown): value is GhlEvent => typeof value === 'string' && NAMES.has(value);

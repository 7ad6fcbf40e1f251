import { defineInstant } from '../lib/instant';
import { declarationOf } from '../lib/operation';
import { exampleOf, orderMatches } from '../domains/webhooks';
import twin from './new_order';

/** New Order, from GoHighLevel's OrderCreate webhook: New Order's item and id (the order's). */
export default defineInstant({
  key: 'new_order_instant',
  label: 'New Order (Instant)',
  description: 'Triggers when an order is placed (a funnel, website or store checkout).',
  counterpart: twin,
  events: ['OrderCreate'],
  // The twin's filters as they are: Payment Status and Contact.
  inputFields: declarationOf(twin)!.inputFields,
  matches: orderMatches,
  about: 'Fires once for each order placed (OrderCreate) that matches the filters.',
  example: () => exampleOf('OrderCreate'),
});

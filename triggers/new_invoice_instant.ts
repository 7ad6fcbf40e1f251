import { defineInstant } from '../lib/instant';
import { INVOICE_CONTACT_FILTER } from '../domains/commerce';
import { exampleOf, invoiceMatches } from '../domains/webhooks';
import twin from './new_invoice';

/** New Invoice, from GoHighLevel's InvoiceCreate webhook: New Invoice's item and id (the invoice's). */
export default defineInstant({
  key: 'new_invoice_instant',
  label: 'New Invoice (Instant)',
  description: 'Triggers when an invoice is created (drafts included).',
  counterpart: twin,
  events: ['InvoiceCreate'],
  inputFields: [INVOICE_CONTACT_FILTER],
  matches: invoiceMatches,
  about: 'Fires once for each invoice created (InvoiceCreate), whatever its issue date.',
  example: () => exampleOf('InvoiceCreate'),
});

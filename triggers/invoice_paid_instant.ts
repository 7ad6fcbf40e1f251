import { defineInstant } from '../lib/instant';
import { INVOICE_CONTACT_FILTER } from '../domains/commerce';
import { exampleOf, invoiceMatches, paidInvoiceRecord } from '../domains/webhooks';
import twin from './invoice_paid';

/** Invoice Paid, from GoHighLevel's InvoicePaid webhook: Invoice Paid's item and id (`invoiceId:paid`). */
export default defineInstant({
  key: 'invoice_paid_instant',
  label: 'Invoice Paid (Instant)',
  description: 'Triggers when an invoice is paid in full.',
  counterpart: twin,
  events: ['InvoicePaid'],
  inputFields: [INVOICE_CONTACT_FILTER],
  record: paidInvoiceRecord,
  matches: invoiceMatches,
  about: 'Fires once for each invoice paid in full (InvoicePaid; a partial payment does not fire).',
  example: () => exampleOf('InvoicePaid'),
});

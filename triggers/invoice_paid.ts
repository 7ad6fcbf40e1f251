import { defineOperation } from '../lib/operation';
import { listAt } from '../lib/results';
import {
  INVOICE_CONTACT_FILTER,
  INVOICE_EVENT_OUTPUT_FIELDS,
  INVOICE_EVENT_SAMPLE,
  invoiceEvent,
  invoiceListQuery,
} from '../domains/commerce';

/**
 * Fires once per invoice, when it becomes paid in full (dedupe on the invoice's id and its status: the
 * event id is `<invoiceId>:paid`). Reads GHL's paid invoices (`status=paid`); a partial payment is not
 * "paid" and does not fire. "Newest" is the invoice's last change (GHL answers no payment time).
 */
export default defineOperation({
  key: 'invoice_paid',
  kind: 'trigger',
  noun: 'Invoice',
  label: 'Invoice Paid',
  description: 'Triggers when an invoice is paid in full.',
  endpoint: { method: 'GET', path: '/invoices/' },
  scopes: ['invoices.readonly'],
  inputFields: [
    {
      key: 'help',
      label: 'How it works',
      type: 'copy',
      helpText:
        'Fires once per invoice, when its status becomes Paid (a partial payment does not fire). Paid invoices are read by issue date, newest first: one paid now whose issue date is older than the 100 most recently issued paid invoices is not seen.',
    },
    INVOICE_CONTACT_FILTER,
  ],
  request: (_input, ctx) => ({ query: { ...invoiceListQuery(ctx), status: 'paid' } }),
  list: {
    // Only what GHL says is paid fires, whatever the filter let through.
    key: (data) => listAt(data, 'invoices').filter((invoice) => invoice?.status === 'paid'),
    paging: { style: 'limit/offset', size: 100 },
    sortBy: 'updatedAt',
    each: (invoice) => invoiceEvent(invoice, (id) => `${id}:${invoice.status}`),
  },
  sample: { ...INVOICE_EVENT_SAMPLE, id: `${INVOICE_EVENT_SAMPLE._id}:paid`, status: 'paid', amountPaid: 270.63, amountDue: 0 },
  outputFields: INVOICE_EVENT_OUTPUT_FIELDS,
});

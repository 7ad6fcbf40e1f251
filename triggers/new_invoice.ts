import { defineOperation } from '../lib/operation';
import {
  INVOICE_CONTACT_FILTER,
  INVOICE_EVENT_OUTPUT_FIELDS,
  INVOICE_EVENT_SAMPLE,
  invoiceEvent,
  invoiceListQuery,
} from '../domains/commerce';

/**
 * Fires once per invoice, when it is created (dedupe on the invoice's id). GHL lists invoices by issue date
 * only (`sortField: issueDate`); a normal poll reads the 100 most recently issued, and the items go newest
 * created first.
 */
export default defineOperation({
  key: 'new_invoice',
  kind: 'trigger',
  noun: 'Invoice',
  label: 'New Invoice',
  description: 'Triggers when a new invoice is created.',
  endpoint: { method: 'GET', path: '/invoices/' },
  scopes: ['invoices.readonly'],
  inputFields: [
    {
      key: 'help',
      label: 'How it works',
      type: 'copy',
      helpText:
        'Fires once for each new invoice (drafts included). Invoices are read by issue date, newest first: an invoice created with an issue date older than the 100 most recently issued ones is not seen.',
    },
    INVOICE_CONTACT_FILTER,
  ],
  request: (_input, ctx) => ({ query: invoiceListQuery(ctx) }),
  list: {
    key: 'invoices',
    paging: { style: 'limit/offset', size: 100 },
    sortBy: 'createdAt',
    each: (invoice) => invoiceEvent(invoice, (id) => id),
  },
  sample: INVOICE_EVENT_SAMPLE,
  outputFields: INVOICE_EVENT_OUTPUT_FIELDS,
});

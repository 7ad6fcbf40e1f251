import { defineOperation } from '../lib/operation';
import { recordAt } from '../lib/results';
import { altOf, INVOICE_ID, INVOICE_OUTPUT_FIELDS, INVOICE_SAMPLE, invoiceOut } from '../domains/commerce';

export default defineOperation({
  key: 'void_invoice',
  kind: 'create',
  noun: 'Invoice',
  label: 'Void Invoice',
  description: 'Voids an invoice, so that it can no longer be paid.',
  endpoint: { method: 'POST', path: '/invoices/{invoiceId}/void' },
  scopes: ['invoices.write'],
  warning: '**This voids the invoice:** its contact can no longer pay it. It cannot be undone.',
  inputFields: [INVOICE_ID],
  request: (_input, ctx) => ({ body: altOf(ctx) }),
  result: (data) => invoiceOut(recordAt(data, '', ['_id'])),
  sample: { ...INVOICE_SAMPLE, status: 'void' },
  outputFields: INVOICE_OUTPUT_FIELDS,
});

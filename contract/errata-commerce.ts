/**
 * Errata of the commerce endpoints (invoices, products, payments): the shapes GoHighLevel answers where
 * its invoice schemas are wrong, and the manual payment body. Part of `ERRATA` (contract/errata.ts); see
 * docs/CONTRACT.md for the table.
 */
import type { Erratum } from './erratum';
import type { Json } from './spec';
import type { HttpMethod } from './types';

const NUMBER: Json = { type: 'number' };
const TEXT: Json = { type: 'string' };

/** An invoice as GHL answers it: the spec's InvoiceDto, with its line items as objects and its number as text. */
const INVOICE: Json = {
  type: 'object',
  required: [
    '_id', 'status', 'liveMode', 'amountPaid', 'altId', 'altType', 'name', 'businessDetails', 'invoiceNumber', 'currency',
    'contactDetails', 'issueDate', 'dueDate', 'invoiceItems', 'total', 'title', 'amountDue', 'createdAt', 'updatedAt',
  ],
  properties: {
    _id: TEXT,
    status: { type: 'string', enum: ['draft', 'sent', 'payment_processing', 'paid', 'void', 'partially_paid'] },
    liveMode: { type: 'boolean' },
    amountPaid: NUMBER,
    altId: TEXT,
    altType: { type: 'string', enum: ['location'] },
    name: TEXT,
    businessDetails: { type: 'object' },
    invoiceNumber: TEXT,
    currency: TEXT,
    contactDetails: { type: 'object' },
    issueDate: TEXT,
    dueDate: TEXT,
    discount: { type: 'object' },
    invoiceItems: {
      type: 'array',
      items: {
        type: 'object',
        required: ['_id', 'name', 'currency', 'amount', 'qty'],
        properties: { _id: TEXT, name: TEXT, description: TEXT, currency: TEXT, amount: NUMBER, qty: NUMBER, taxes: { type: 'array', items: { type: 'object' } } },
      },
    },
    total: NUMBER,
    title: TEXT,
    amountDue: NUMBER,
    createdAt: TEXT,
    updatedAt: TEXT,
    totalSummary: { type: 'object', required: ['subTotal', 'discount', 'tax'], properties: { subTotal: NUMBER, discount: NUMBER, tax: NUMBER } },
  },
};

const INVOICE_REASON =
  'The spec types invoiceItems as a list of strings, yet its own example (and the create body\'s items) are objects; ' +
  'and invoiceNumber as a number, while its example ("19") and the create body\'s invoiceNumber ("1001") are text.';

const invoiceAnswers: Array<{ endpoint: string; operations: string[]; schema: Json }> = [
  {
    endpoint: 'GET /invoices/',
    operations: ['New Invoice', 'Invoice Paid', 'Find Invoice'],
    schema: { type: 'object', required: ['invoices', 'total'], properties: { invoices: { type: 'array', items: { ...(INVOICE as object), required: [...((INVOICE as any).required as string[]), 'totalSummary'] } }, total: NUMBER } },
  },
  { endpoint: 'POST /invoices/', operations: ['Create Invoice'], schema: INVOICE },
  { endpoint: 'GET /invoices/{invoiceId}', operations: ['Record Invoice Payment'], schema: { ...(INVOICE as object), required: [...((INVOICE as any).required as string[]), 'totalSummary'] } },
  {
    endpoint: 'POST /invoices/{invoiceId}/send',
    operations: ['Send Invoice'],
    schema: { type: 'object', required: ['invoice', 'smsData', 'emailData'], properties: { invoice: INVOICE, smsData: { type: 'object' }, emailData: { type: 'object' } } },
  },
  {
    endpoint: 'POST /invoices/{invoiceId}/record-payment',
    operations: ['Record Invoice Payment'],
    schema: { type: 'object', required: ['success', 'invoice'], properties: { success: { type: 'boolean' }, invoice: INVOICE } },
  },
  { endpoint: 'POST /invoices/{invoiceId}/void', operations: ['Void Invoice'], schema: INVOICE },
];

export const COMMERCE_ERRATA: Erratum[] = [
  ...invoiceAnswers.map(
    ({ endpoint, operations, schema }): Erratum => ({
      method: endpoint.split(' ')[0] as HttpMethod,
      path: endpoint.split(' ')[1],
      operations,
      change: { kind: 'responseSchema', schema },
      reason: INVOICE_REASON,
    }),
  ),
  {
    method: 'POST',
    path: '/invoices/{invoiceId}/record-payment',
    operations: ['Record Invoice Payment'],
    change: { kind: 'bodyNotRequired', properties: ['card', 'cheque'] },
    reason:
      'A payment has one mode: the card details belong to card payments, the cheque number to cheques. The spec requires ' +
      'both on every payment; the same manual payment body of POST /payments/orders/{orderId}/record-payment marks them optional.',
  },
];

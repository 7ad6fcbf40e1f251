import { defineOperation } from '../lib/operation';
import { ghlRequest, InputError } from '../lib/http';
import { recordAt } from '../lib/results';
import { isBlank } from '../lib/transforms';
import type { Ctx, Input } from '../lib/types';
import {
  altOf,
  checkCurrency,
  CURRENCY_CHOICES,
  INVOICE_ID,
  INVOICE_OUTPUT_FIELDS,
  INVOICE_SAMPLE,
  invoiceOut,
  oneOf,
} from '../domains/commerce';

const MODES = { cash: 'Cash', card: 'Card', cheque: 'Cheque', bank_transfer: 'Bank transfer', other: 'Other' };
const CARD_BRANDS = { visa: 'Visa', mastercard: 'Mastercard', amex: 'American Express', discover: 'Discover', other: 'Other' };

const text = (v: unknown): string | undefined => (isBlank(v) ? undefined : String(v).trim());

/**
 * What the payment method adds: the card (brand and last four digits) for card payments, the cheque
 * number for cheques, and a note saying how it was paid when none is given (GHL requires a note).
 */
export const paymentDetails = (input: Input, mode: string, ctx: Ctx): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  let how = `${MODES[mode as keyof typeof MODES]} payment`;
  if (mode === 'card') {
    const brand = oneOf(CARD_BRANDS)(input.cardBrand, { key: 'cardBrand', label: 'Card Brand' }, input, ctx) as string | undefined;
    const last4 = text(input.cardLast4);
    if (last4 !== undefined && !/^\d{4}$/.test(last4)) throw new InputError(`The Card Last 4 Digits field must be four digits, got "${last4}".`, 'cardLast4');
    if (!brand !== !last4) {
      throw new InputError('A card payment takes both the Card Brand and the Card Last 4 Digits, or neither.', brand ? 'cardLast4' : 'cardBrand');
    }
    if (brand && last4) {
      out.card = { brand, last4 };
      how += ` (${CARD_BRANDS[brand as keyof typeof CARD_BRANDS]} ending ${last4})`;
    }
  }
  if (mode === 'cheque') {
    const number = text(input.chequeNumber);
    if (number) {
      out.cheque = { number };
      how += ` (no. ${number})`;
    }
  }
  if (isBlank(input.notes)) out.notes = how;
  return out;
};

export default defineOperation({
  key: 'record_invoice_payment',
  kind: 'create',
  noun: 'Payment',
  label: 'Record Invoice Payment',
  description: 'Records a manual payment (cash, card, cheque, bank transfer) on an invoice.',
  endpoint: { method: 'POST', path: '/invoices/{invoiceId}/record-payment' },
  scopes: ['invoices.write', 'invoices.readonly'],
  extraRequests: "GET /invoices/{invoiceId} when a Currency is given (the invoice's currency, checked before paying)",
  inputFields: [
    INVOICE_ID,
    { key: 'mode', label: 'Payment Method', required: true, choices: MODES, helpText: 'How the contact paid.', to: 'body', as: oneOf(MODES) },
    {
      key: 'amount',
      label: 'Amount',
      type: 'number',
      helpText: "A number in the invoice's currency, e.g. 120 or 99.50 (no currency symbol). Empty: the whole amount due.",
      to: 'body',
    },
    {
      key: 'currency',
      label: 'Currency',
      choices: CURRENCY_CHOICES,
      helpText: "The amount's currency, checked against the invoice's before anything is recorded: a payment in another currency is refused.",
    },
    { key: 'notes', label: 'Note', type: 'text', helpText: 'Recorded with the payment. Empty: how it was paid (e.g. "Cheque payment (no. 129)").', to: 'body' },
    { key: 'cardBrand', label: 'Card Brand', choices: CARD_BRANDS, helpText: 'Card payments: the card network.' },
    { key: 'cardLast4', label: 'Card Last 4 Digits', helpText: 'Card payments: the last four digits, e.g. 4242.' },
    { key: 'chequeNumber', label: 'Cheque Number', helpText: 'Cheque payments: the cheque number.' },
    { key: 'fulfilledAt', label: 'Paid At', type: 'datetime', helpText: 'When the payment was received. Empty: now.', to: 'body', as: 'isoUtc' },
  ],
  request: async (input, ctx) => {
    const mode = oneOf(MODES)(input.mode, { key: 'mode', label: 'Payment Method' }, input, ctx) as string;
    const details = paymentDetails(input, mode, ctx);
    const currency = checkCurrency(input.currency, 'currency', 'Currency');
    if (currency) {
      const invoice = recordAt(
        await ghlRequest(
          ctx.z,
          { method: 'GET', path: '/invoices/{invoiceId}', pathParams: { invoiceId: input.invoiceId }, labels: { invoiceId: 'Invoice' }, query: altOf(ctx), token: ctx.token },
          'Record Invoice Payment: reading the invoice',
        ),
        '',
        ['_id'],
      );
      if (String(invoice.currency).toUpperCase() !== currency) {
        const which = invoice.invoiceNumber ? `#${invoice.invoiceNumber}` : String(invoice._id);
        throw new InputError(
          `The Currency field is ${currency}, but invoice ${which} is in ${invoice.currency}: a payment is recorded in the invoice's currency. Nothing was recorded.`,
          'currency',
        );
      }
    }
    return { body: { ...altOf(ctx), ...details } };
  },
  result: (data) => invoiceOut(recordAt(data, 'invoice', ['_id'])),
  sample: { ...INVOICE_SAMPLE, status: 'paid', amountPaid: 270.63, amountDue: 0 },
  outputFields: INVOICE_OUTPUT_FIELDS,
});

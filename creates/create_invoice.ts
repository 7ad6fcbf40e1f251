import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { ghlRequest, InputError } from '../lib/http';
import { recordAt } from '../lib/results';
import { toDateOnly, toNumber, writeZone } from '../lib/transforms';
import type { Field } from '../lib/types';
import {
  altOf,
  CURRENCY_CHOICES,
  currencyCode,
  INVOICE_OUTPUT_FIELDS,
  INVOICE_SAMPLE,
  invoiceBusiness,
  invoiceContact,
  invoiceOut,
  lineItems,
  oneOf,
  todayIn,
} from '../domains/commerce';

const DISCOUNT_TYPES = { percentage: 'Percentage of the subtotal', fixed: 'Fixed amount' };

/**
 * Zapier line items: one row per item (mapped line items from an earlier step give one row each). Child keys
 * are unique across the step (Zapier's rule), and a field with children has no help text of its own.
 */
const LINE_ITEMS: Field = {
  key: 'items',
  label: 'Line Items',
  required: true,
  children: [
    { key: 'itemName', label: 'Item Name', required: true, helpText: 'One line item per row, e.g. "Teeth whitening".' },
    { key: 'itemDescription', label: 'Item Description', helpText: 'Shown under the name on the invoice.' },
    { key: 'quantity', label: 'Quantity', type: 'number', helpText: 'Default 1.' },
    { key: 'price', label: 'Unit Price', type: 'number', required: true, helpText: 'In the invoice currency, a number such as 250 or 99.50 (no currency symbol).' },
    { key: 'itemCurrency', label: 'Item Currency', choices: CURRENCY_CHOICES, helpText: "Empty: the invoice's currency. Any other currency is refused." },
    { key: 'taxName', label: 'Tax Name', helpText: 'e.g. "Sales tax" (needs a Tax Rate).' },
    { key: 'taxRate', label: 'Tax Rate (%)', type: 'number', helpText: 'A percentage added to the item, e.g. 8.25.' },
  ],
  to: 'body',
  as: lineItems,
};

export default defineOperation({
  key: 'create_invoice',
  kind: 'create',
  noun: 'Invoice',
  label: 'Create Invoice',
  description: 'Creates a draft invoice for a contact, with line items, a due date and terms.',
  endpoint: { method: 'POST', path: '/invoices/' },
  scopes: ['invoices.write', 'contacts.readonly', 'locations.readonly'],
  extraRequests: "GET /contacts/{contactId} (the contact's details the invoice carries) and GET /locations/{locationId} (the business details)",
  inputFields: [
    contactIdField({ helpText: 'Who the invoice is for (it carries their name, email and phone). Choose a contact, or map a Contact ID.' }),
    { key: 'name', label: 'Invoice Name', required: true, default: 'Invoice', helpText: 'e.g. "Teeth whitening — July".', to: 'body', as: 'trim' },
    {
      key: 'currency',
      label: 'Currency',
      required: true,
      default: 'USD',
      choices: CURRENCY_CHOICES,
      helpText: 'The three-letter code of the invoice currency, e.g. USD. Every line item is in this currency.',
      to: 'body',
      as: currencyCode,
    },
    LINE_ITEMS,
    { key: 'issueDate', label: 'Issue Date', type: 'datetime', helpText: "Empty: today, in the Zap's time zone. Sent as YYYY-MM-DD.", to: 'body', as: 'dateOnly' },
    { key: 'dueDate', label: 'Due Date', type: 'datetime', helpText: 'On or after the issue date. Sent as YYYY-MM-DD.', to: 'body', as: 'dateOnly' },
    { key: 'termsNotes', label: 'Terms', type: 'text', helpText: 'Terms and notes printed on the invoice (HTML allowed), e.g. "Payment is due within 14 days."', to: 'body' },
    { key: 'title', label: 'Title', helpText: 'The heading of the invoice, e.g. INVOICE or TAX INVOICE.', to: 'body', as: 'trim' },
    { key: 'invoiceNumber', label: 'Invoice Number', helpText: 'Empty: the next number of the sub-account.', to: 'body', as: 'trim' },
    { key: 'invoiceNumberPrefix', label: 'Invoice Number Prefix', helpText: 'e.g. INV-.', to: 'body', as: 'trim' },
    { key: 'discountValue', label: 'Discount', type: 'number', helpText: 'A percentage (e.g. 10) or an amount, as the Discount Type says.' },
    { key: 'discountType', label: 'Discount Type', choices: DISCOUNT_TYPES, default: 'percentage' },
    { key: 'liveMode', label: 'Live Mode', type: 'boolean', default: 'true', helpText: 'No: a test-mode invoice (paid with test payments).', to: 'body' },
  ],
  request: async (input, ctx) => {
    const alt = altOf(ctx);
    const issue = toDateOnly(input.issueDate, 'issueDate', 'Issue Date') ?? todayIn(writeZone(input, ctx));
    const due = toDateOnly(input.dueDate, 'dueDate', 'Due Date');
    if (due && due < issue) throw new InputError(`The Due Date field (${due}) must be on or after the Issue Date (${issue}).`, 'dueDate');
    const type = oneOf(DISCOUNT_TYPES)(input.discountType, { key: 'discountType', label: 'Discount Type' }, input, ctx) ?? 'percentage';
    const value = toNumber(input.discountValue, 'discountValue', 'Discount') ?? 0;
    if (value < 0 || (type === 'percentage' && value > 100)) {
      throw new InputError(`The Discount field must be ${type === 'percentage' ? 'a percentage from 0 to 100' : 'an amount of 0 or more'}, got ${value}.`, 'discountValue');
    }
    const [contact, location] = await Promise.all([
      ghlRequest(ctx.z, { method: 'GET', path: '/contacts/{contactId}', pathParams: { contactId: input.contactId }, labels: { contactId: 'Contact' }, token: ctx.token }, 'Create Invoice: reading the contact'),
      ghlRequest(ctx.z, { method: 'GET', path: '/locations/{locationId}', pathParams: { locationId: ctx.locationId }, token: ctx.token }, 'Create Invoice: reading the business details'),
    ]);
    return {
      body: {
        ...alt,
        ...invoiceContact(recordAt(contact, 'contact'), 'contactId', 'Contact'),
        businessDetails: invoiceBusiness(recordAt(location, 'location')),
        discount: { type, value },
        issueDate: issue,
      },
    };
  },
  result: (data) => invoiceOut(recordAt(data, '', ['_id'])),
  sample: { ...INVOICE_SAMPLE, status: 'draft' },
  outputFields: INVOICE_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { listAt } from '../lib/results';
import { isBlank } from '../lib/transforms';
import {
  INVOICE_CONTACT_FILTER,
  INVOICE_OUTPUT_FIELDS,
  INVOICE_SAMPLE,
  INVOICE_STATUS_CHOICES,
  invoiceListQuery,
  invoiceOut,
  oneOf,
} from '../domains/commerce';

/** How many invoices one search reads (newest issue date first). */
const SEARCH_LIMIT = 20;

/**
 * Finds invoices by number, contact or text (GHL's `search` matches an invoice's id, name, email and phone;
 * the number is searched as text and then matched exactly). Nothing found is an empty result.
 */
export default defineOperation({
  key: 'find_invoice',
  kind: 'search',
  noun: 'Invoice',
  label: 'Find Invoice',
  description: 'Finds an invoice by its number, its contact or a search text (newest first).',
  endpoint: { method: 'GET', path: '/invoices/' },
  scopes: ['invoices.readonly'],
  inputFields: [
    {
      key: 'invoiceNumber',
      label: 'Invoice Number',
      helpText: 'The invoice number without its prefix, e.g. 1002 for INV-1002. Only an invoice with exactly this number is found.',
    },
    INVOICE_CONTACT_FILTER,
    {
      key: 'search',
      label: 'Search Text',
      helpText: "Matched against the invoice's name and its contact's name, email and phone (ignored when an Invoice Number is given).",
    },
    {
      key: 'status',
      label: 'Status',
      choices: INVOICE_STATUS_CHOICES,
      helpText: 'Only invoices with this status (empty: any status).',
      to: 'query',
      as: oneOf(INVOICE_STATUS_CHOICES),
    },
  ],
  request: (input, ctx) => {
    const number = isBlank(input.invoiceNumber) ? undefined : String(input.invoiceNumber).trim().replace(/^#/, '');
    const text = isBlank(input.search) ? undefined : String(input.search).trim();
    if (!number && !text && isBlank(input.contactId)) {
      throw new InputError('Give an Invoice Number, a Contact or a Search Text to find an invoice by.', 'invoiceNumber');
    }
    return { query: { ...invoiceListQuery(ctx), search: number ?? text, limit: SEARCH_LIMIT, offset: 0 } };
  },
  list: {
    key: (data, input) => {
      const number = isBlank(input.invoiceNumber) ? undefined : String(input.invoiceNumber).trim().replace(/^#/, '');
      const found = listAt(data, 'invoices').filter((inv) => number === undefined || String(inv?.invoiceNumber) === number);
      return found.map(invoiceOut);
    },
  },
  sample: INVOICE_SAMPLE,
  outputFields: INVOICE_OUTPUT_FIELDS,
});

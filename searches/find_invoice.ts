import { defineOperation } from '../lib/operation';
import { ghlRequest, InputError } from '../lib/http';
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
/** Looking for a number GHL's text search did not match: at most this many pages of the newest invoices. */
const SCAN_PAGES = 3;
const SCAN_SIZE = 100;

const numberOf = (input: Record<string, unknown>): string | undefined =>
  isBlank(input.invoiceNumber) ? undefined : String(input.invoiceNumber).trim().replace(/^#/, '');

/**
 * Finds invoices by number, contact or text, newest issue date first; nothing found is an empty result.
 * GHL's `search` is documented to match an invoice's id, name, email and phone, not its number: a number is
 * searched as text first (one request when GHL does match it), and when no invoice there has exactly that
 * number, the newest invoices (with the other filters) are read page by page, at most SCAN_PAGES pages.
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
  extraRequests: 'GET /invoices/ again, page by page, when the text search did not match the Invoice Number',
  request: (input, ctx) => {
    const number = numberOf(input);
    const text = isBlank(input.search) ? undefined : String(input.search).trim();
    if (!number && !text && isBlank(input.contactId)) {
      throw new InputError('Give an Invoice Number, a Contact or a Search Text to find an invoice by.', 'invoiceNumber');
    }
    return { query: { ...invoiceListQuery(ctx), search: number ?? text, limit: SEARCH_LIMIT, offset: 0 } };
  },
  send: async (req, ctx) => {
    const number = numberOf(ctx.bundle.inputData || {});
    const first = await ghlRequest(ctx.z, req, 'Find Invoice');
    const exact = (data: unknown) => listAt(data, 'invoices').filter((inv) => number === undefined || String(inv?.invoiceNumber) === number);
    if (number === undefined || exact(first).length) return { invoices: exact(first) };
    const { search: _search, ...rest } = req.query || {};
    for (let page = 0; page < SCAN_PAGES; page++) {
      const data = await ghlRequest(ctx.z, { ...req, query: { ...rest, limit: SCAN_SIZE, offset: page * SCAN_SIZE } }, 'Find Invoice');
      const found = exact(data);
      if (found.length || listAt(data, 'invoices').length < SCAN_SIZE) return { invoices: found };
    }
    return { invoices: [] };
  },
  list: { key: (data) => listAt(data, 'invoices').map(invoiceOut) },
  sample: INVOICE_SAMPLE,
  outputFields: INVOICE_OUTPUT_FIELDS,
});

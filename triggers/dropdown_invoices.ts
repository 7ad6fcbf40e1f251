import { defineDropdown } from '../lib/dropdown';
import { invoiceListQuery } from '../domains/commerce';

/** "#1002 Teeth whitening — July · Rubika Deo · 270.63 USD (sent)" from an invoice. */
export const invoiceLabel = (inv: any): string => {
  const money = typeof inv?.total === 'number' ? `${inv.total.toFixed(2)} ${inv.currency ?? ''}`.trim() : '';
  const parts = [[inv?.invoiceNumber ? `#${inv.invoiceNumber}` : '', inv?.name].filter(Boolean).join(' '), inv?.contactDetails?.name, money].filter(Boolean);
  return `${parts.join(' · ')}${inv?.status ? ` (${inv.status})` : ''}`;
};

/** Invoices, newest issue date first; "load more" pages through them. */
export default defineDropdown({
  key: 'dropdown_invoices',
  noun: 'Invoice',
  endpoint: { method: 'GET', path: '/invoices/' },
  scopes: ['invoices.readonly'],
  listKey: 'invoices',
  paging: { style: 'limit/offset', size: 100 },
  request: (_input, ctx) => ({ query: invoiceListQuery(ctx) }),
  idOf: (inv) => inv._id,
  label: invoiceLabel,
});

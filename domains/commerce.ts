/**
 * What several commerce operations (invoices, orders, transactions, products) share: the invoice picker,
 * the sub-account as GHL's `altId`/`altType`, the currency and line item conversions, the invoice as Zapier
 * sees it (its `id`, times with a zone), the invoice statuses, the contact filter of the invoice triggers and
 * search, and the invoice sample and output fields.
 *
 * Money is what GHL takes and answers: numbers in the currency's major unit (250.5 is $250.50), always with
 * the currency beside them. An invoice has one currency: a line item in another is an input error.
 */
import { contactIdField, idField } from '../lib/fields';
import { InputError } from '../lib/http';
import { isBlank, shown, stableHash, toNumber } from '../lib/transforms';
import type { Conversion, Ctx, Field, OutputField } from '../lib/types';

// ---------------------------------------------------------------------------------------------------------
// The sub-account as the invoice and payment endpoints name it

/**
 * The invoice and payment endpoints name the sub-account `altId` (with `altType: "location"`) instead of
 * `locationId`; the engine's `location` placements do not know that name, so their requests add it.
 */
export const altOf = (ctx: Pick<Ctx, 'locationId'>): { altId: string; altType: 'location' } => {
  if (!ctx.locationId) {
    throw new InputError('This step needs a sub-account: connect with a sub-account, or choose the Sub-Account field.', 'locationId');
  }
  return { altId: ctx.locationId, altType: 'location' };
};

/**
 * A value of a fixed set (a choice field that also takes mapped values), lower-cased as GHL's enums are:
 * anything else is an input error naming the field and the values it takes.
 */
export const oneOf =
  (choices: Record<string, string>): Conversion =>
  (value, { key, label }) => {
    if (isBlank(value)) return undefined;
    const v = String(value).trim();
    const found = Object.keys(choices).find((c) => c.toLowerCase() === v.toLowerCase());
    if (!found) throw new InputError(`The ${label} field must be one of ${Object.keys(choices).join(', ')}, got ${shown(value)}.`, key);
    return found;
  };

// ---------------------------------------------------------------------------------------------------------
// Currencies and line items

/** Common currencies for the dropdown; any other three-letter ISO 4217 code is accepted as typed. */
export const CURRENCY_CHOICES: Record<string, string> = {
  USD: 'USD — US dollar',
  EUR: 'EUR — Euro',
  GBP: 'GBP — British pound',
  CAD: 'CAD — Canadian dollar',
  AUD: 'AUD — Australian dollar',
  NZD: 'NZD — New Zealand dollar',
  INR: 'INR — Indian rupee',
  ZAR: 'ZAR — South African rand',
  MXN: 'MXN — Mexican peso',
  BRL: 'BRL — Brazilian real',
  CHF: 'CHF — Swiss franc',
  SGD: 'SGD — Singapore dollar',
};

/** A currency code, upper-cased ("usd" → "USD"); anything but three letters is an input error naming the field. */
export const checkCurrency = (value: unknown, key: string, label: string): string | undefined => {
  if (isBlank(value)) return undefined;
  const code = String(value).trim().toUpperCase();
  if (!/^[A-Z]{3}$/.test(code)) {
    throw new InputError(`The ${label} field must be a three-letter currency code such as USD or EUR, got ${shown(value)}.`, key);
  }
  return code;
};

export const currencyCode: Conversion = (value, f) => checkCurrency(value, f.key, f.label);

/** One tax on a line item, as GHL keeps it on the invoice (a copy with an `_id` of its own). */
interface ItemTax {
  _id: string;
  name: string;
  rate: number;
  calculation: 'exclusive';
}

/** A line item as GHL's invoice takes it (`items[]` of POST /invoices/). */
export interface InvoiceItem {
  name: string;
  description?: string;
  currency: string;
  amount: number;
  qty: number;
  type: 'one_time';
  taxes?: ItemTax[];
}

/**
 * The id of a line item's tax copy: GHL keeps the tax on the invoice as an embedded copy (`taxes[]._id`,
 * with `taxId` naming a tax of the sub-account's settings, which has no list endpoint). The same name and
 * rate give the same id, so the same tax on several items is one tax of the invoice.
 */
export const taxIdOf = (name: string, rate: number): string => stableHash(['invoice-item-tax', name, rate]).padEnd(24, '0').slice(0, 24);

const asItems = (value: unknown, label: string, key: string): Record<string, unknown>[] => {
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? [value] : undefined;
  if (!list || list.some((it) => !it || typeof it !== 'object' || Array.isArray(it))) {
    throw new InputError(`The ${label} field must be line items (each with an Item Name and a Unit Price), got ${shown(value)}.`, key);
  }
  return list as Record<string, unknown>[];
};

/**
 * Zapier line items (`itemName`, `itemDescription`, `quantity`, `price`, `itemCurrency`, `taxName`, `taxRate`: child
 * keys are unique across a step, so they do not clash with the invoice's Name and Currency) → GHL's
 * invoice items. Each item needs a name and a price (a number, not below 0); the quantity is a number above 0
 * (default 1); an item's currency, when given, must be the invoice's (the step's Currency field): an invoice
 * has one currency. A tax is a rate in percent (0–100) with an optional name. Every problem is an input
 * error naming the item and its field.
 */
export const lineItems: Conversion = (value, { key, label }, input) => {
  const currency = checkCurrency(input.currency, 'currency', 'Currency');
  if (!currency) throw new InputError('The Currency field is required but was empty.', 'currency');
  const items = asItems(value, label, key);
  const out = items.map((item, i): InvoiceItem => {
    const which = `${label}: item ${i + 1}`;
    const name = isBlank(item.itemName) ? '' : String(item.itemName).trim();
    if (!name) throw new InputError(`${which} has no Item Name: every line item needs a name.`, key);
    const price = toNumber(item.price, key, `${which} (${name}) Unit Price`);
    if (price === undefined) throw new InputError(`${which} (${name}) has no Unit Price.`, key);
    if (price < 0) throw new InputError(`${which} (${name}) has a negative Unit Price (${price}); a discount is not a line item.`, key);
    const qty = toNumber(item.quantity, key, `${which} (${name}) Quantity`) ?? 1;
    if (qty <= 0) throw new InputError(`${which} (${name}) must have a Quantity above 0, got ${qty}.`, key);
    const own = checkCurrency(item.itemCurrency, key, `${which} (${name}) Item Currency`);
    if (own && own !== currency) {
      throw new InputError(`${which} (${name}) is in ${own}, but the invoice is in ${currency}: an invoice has one currency (the Currency field).`, key);
    }
    const rate = toNumber(item.taxRate, key, `${which} (${name}) Tax Rate`);
    const taxName = isBlank(item.taxName) ? '' : String(item.taxName).trim();
    if (rate === undefined && taxName) throw new InputError(`${which} (${name}) has a Tax Name (${taxName}) but no Tax Rate.`, key);
    if (rate !== undefined && (rate < 0 || rate > 100)) {
      throw new InputError(`${which} (${name}) Tax Rate must be a percentage from 0 to 100, got ${rate}.`, key);
    }
    const description = isBlank(item.itemDescription) ? undefined : String(item.itemDescription);
    const taxes =
      rate === undefined ? undefined : [{ _id: taxIdOf(taxName || `Tax ${rate}%`, rate), name: taxName || `Tax ${rate}%`, rate, calculation: 'exclusive' as const }];
    return { name, ...(description ? { description } : {}), currency, amount: price, qty, type: 'one_time', ...(taxes ? { taxes } : {}) };
  });
  if (!out.length) throw new InputError(`The ${label} field needs at least one line item.`, key);
  return out;
};

// ---------------------------------------------------------------------------------------------------------
// Times with a zone

const ZONED = /(Z|[+-]\d{2}:?\d{2})$/i;
const ZONELESS = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(:\d{2}(\.\d+)?)?)$/;

/**
 * A time GHL answered, as ISO-8601 with a zone: epoch numbers (milliseconds, or seconds below 10^11) and
 * zone-less timestamps ("2026-07-16 11:00:00", which GHL keeps in UTC) become `…Z`; zoned ISO stays as it
 * is; a date alone ("2026-07-15", an issue or due date) is a calendar date and stays one.
 */
export const zonedTime = (value: unknown): unknown => {
  if (typeof value === 'number' && Number.isFinite(value)) return new Date(value < 1e11 ? value * 1000 : value).toISOString();
  if (typeof value !== 'string') return value;
  const v = value.trim();
  if (/^\d{10,13}$/.test(v)) return zonedTime(Number(v));
  const m = ZONELESS.exec(v);
  if (m && !ZONED.test(v)) return `${m[1]}T${m[2]}${m[3] ? '' : ':00'}Z`;
  return value;
};

/** A record with its time keys (those present) made zoned (`zonedTime`). */
export const withZonedTimes = <T extends Record<string, any>>(record: T, keys: string[]): T => {
  const out: Record<string, any> = { ...record };
  for (const k of keys) if (out[k] !== undefined && out[k] !== null) out[k] = zonedTime(out[k]);
  return out as T;
};

// ---------------------------------------------------------------------------------------------------------
// Invoices

export const INVOICE_STATUS_CHOICES: Record<string, string> = {
  draft: 'Draft',
  sent: 'Sent',
  payment_processing: 'Payment processing',
  partially_paid: 'Partially paid',
  paid: 'Paid',
  void: 'Void',
};

/** The invoice to act on (`{invoiceId}` in the path): a dropdown of the newest invoices, or a mapped ID. */
export const INVOICE_ID: Field = {
  ...idField('invoiceId', 'Invoice', 'dropdown_invoices.id.name', {
    helpText: 'Choose an invoice, or map an Invoice ID from an earlier step (for example New Invoice, Find Invoice or Create Invoice).',
  }),
  to: 'path',
};

/** Triggers and Find Invoice: only the invoices of this contact (`contactId` in the query). */
export const INVOICE_CONTACT_FILTER: Field = {
  ...contactIdField({ required: false, helpText: 'Only invoices of this contact. Choose a contact, or map a Contact ID.' }),
  to: 'query',
  as: 'id',
};

/** Every invoice list read (triggers, dropdown, search): the sub-account, newest issue date first. */
export const invoiceListQuery = (ctx: Pick<Ctx, 'locationId'>) => ({ ...altOf(ctx), sortField: 'issueDate', sortOrder: 'descend' });

const INVOICE_TIMES = ['createdAt', 'updatedAt', 'sentAt', 'paidAt', 'lastVisitedAt'];

/** An invoice as the steps return it: GHL's record, with its `_id` as `id` too, and times with a zone. */
export const invoiceOut = (invoice: Record<string, any>): Record<string, any> => ({
  id: invoice._id,
  ...withZonedTimes(invoice, INVOICE_TIMES),
});

/**
 * An invoice event (New Invoice, Invoice Paid): the event's own `id` (made of the invoice's id by `eventId`),
 * the invoice's id as `invoiceId`. An invoice GHL answered without an id gets the engine's content hash.
 */
export const invoiceEvent = (invoice: Record<string, any>, eventId: (invoiceId: string) => string): Record<string, any> => {
  const own = isBlank(invoice?._id) ? undefined : String(invoice._id);
  return { ...invoiceOut(invoice), id: own === undefined ? undefined : eventId(own), invoiceId: own };
};

export const INVOICE_SAMPLE = {
  id: '6578278e879ad2646715ba9c',
  _id: '6578278e879ad2646715ba9c',
  status: 'sent',
  liveMode: true,
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  name: 'Teeth whitening — July',
  title: 'INVOICE',
  invoiceNumber: '1002',
  currency: 'USD',
  businessDetails: {
    name: 'Acme Dental',
    address: { addressLine1: '3535 1st St N', city: 'Dolomite', state: 'AL', countryCode: 'US', postalCode: '35061' },
    phoneNo: '+12055550100',
    website: 'https://acmedental.example.com',
  },
  contactDetails: {
    id: 'seD4PfOuKoVMLkEZqohJ',
    name: 'Rubika Deo',
    email: 'rubika@deos.com',
    phoneNo: '+18832327657',
    companyName: 'DGS VolMAX',
  },
  issueDate: '2026-07-01',
  dueDate: '2026-07-15',
  discount: { type: 'percentage', value: 0 },
  invoiceItems: [
    {
      _id: '6578278e879ad2646715ba9d',
      name: 'Teeth whitening',
      description: 'In-office session, 60 minutes',
      currency: 'USD',
      amount: 250,
      qty: 1,
      type: 'one_time',
      taxes: [{ _id: '654492a4e6bef380114de15a', name: 'Sales tax', rate: 8.25, calculation: 'exclusive' }],
    },
  ],
  totalSummary: { subTotal: 250, discount: 0, tax: 20.63 },
  total: 270.63,
  amountPaid: 0,
  amountDue: 270.63,
  termsNotes: '<p>Payment is due within 14 days.</p>',
  sentTo: { email: ['rubika@deos.com'], phoneNo: ['+18832327657'] },
  createdAt: '2026-07-01T15:04:11.355Z',
  updatedAt: '2026-07-01T15:09:42.120Z',
};

export const INVOICE_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Invoice ID' },
  { key: '_id', label: 'Invoice Record ID' },
  { key: 'status', label: 'Status' },
  { key: 'liveMode', label: 'Live Mode', type: 'boolean' },
  { key: 'altId', label: 'Sub-Account ID' },
  { key: 'altType', label: 'Account Type' },
  { key: 'name', label: 'Invoice Name' },
  { key: 'title', label: 'Title' },
  { key: 'invoiceNumber', label: 'Invoice Number' },
  { key: 'currency', label: 'Currency' },
  { key: 'businessDetails', label: 'Business Details' },
  { key: 'businessDetails__name', label: 'Business Name' },
  { key: 'contactDetails', label: 'Contact Details' },
  { key: 'contactDetails__id', label: 'Contact ID' },
  { key: 'contactDetails__name', label: 'Contact Name' },
  { key: 'contactDetails__email', label: 'Contact Email' },
  { key: 'contactDetails__phoneNo', label: 'Contact Phone' },
  { key: 'issueDate', label: 'Issue Date' },
  { key: 'dueDate', label: 'Due Date' },
  { key: 'discount', label: 'Discount' },
  { key: 'invoiceItems', label: 'Line Items' },
  { key: 'invoiceItems[]name', label: 'Line Item Name' },
  { key: 'invoiceItems[]amount', label: 'Line Item Price', type: 'number' },
  { key: 'invoiceItems[]qty', label: 'Line Item Quantity', type: 'number' },
  { key: 'invoiceItems[]currency', label: 'Line Item Currency' },
  { key: 'totalSummary', label: 'Totals' },
  { key: 'totalSummary__subTotal', label: 'Subtotal', type: 'number' },
  { key: 'totalSummary__discount', label: 'Discount Amount', type: 'number' },
  { key: 'totalSummary__tax', label: 'Tax Amount', type: 'number' },
  { key: 'total', label: 'Total', type: 'number' },
  { key: 'amountPaid', label: 'Amount Paid', type: 'number' },
  { key: 'amountDue', label: 'Amount Due', type: 'number' },
  { key: 'termsNotes', label: 'Terms' },
  { key: 'sentTo', label: 'Sent To' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

/** The invoice triggers' items: the invoice, its event id, and its own id as `invoiceId`. */
export const INVOICE_EVENT_SAMPLE = { ...INVOICE_SAMPLE, invoiceId: INVOICE_SAMPLE._id };
export const INVOICE_EVENT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Event ID' },
  { key: 'invoiceId', label: 'Invoice ID' },
  ...INVOICE_OUTPUT_FIELDS.filter((f) => f.key !== 'id'),
];

// ---------------------------------------------------------------------------------------------------------
// What Create Invoice copies onto the invoice: its contact and the sub-account's business

/** Today's date (YYYY-MM-DD) in a time zone. */
export const todayIn = (timeZone: string, now = Date.now()): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(now));

const compactDeep = (obj: Record<string, unknown>): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null || (typeof v === 'string' && v.trim() === '')) continue;
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const inner = compactDeep(v as Record<string, unknown>);
      if (Object.keys(inner).length) out[k] = inner;
    } else out[k] = v;
  }
  return out;
};

/**
 * The invoice's `contactDetails` and `sentTo` from the contact record (GET /contacts/{contactId}). The spec
 * requires the contact's id, name, email and phone on every invoice (and the email to send it to): a contact
 * without an email or a phone is an input error naming the Contact field, before anything is created.
 */
export const invoiceContact = (contact: Record<string, any>, key = 'contactId', label = 'Contact') => {
  const name = String(contact.name || [contact.firstName, contact.lastName].filter(Boolean).join(' ') || contact.companyName || contact.email || '').trim();
  const who = name || `contact ${contact.id}`;
  const missing = [isBlank(contact.email) ? 'email' : '', isBlank(contact.phone) ? 'phone number' : ''].filter(Boolean);
  if (missing.length) {
    throw new InputError(
      `The ${label} field: ${who} has no ${missing.join(' and no ')}. An invoice carries its contact's email and ` +
        `phone number: add them to the contact first, or choose another contact.`,
      key,
    );
  }
  const contactDetails = compactDeep({
    id: contact.id,
    name: name || contact.email,
    email: contact.email,
    phoneNo: contact.phone,
    companyName: contact.companyName,
    address: { addressLine1: contact.address1, city: contact.city, state: contact.state, countryCode: contact.country, postalCode: contact.postalCode },
  });
  return { contactDetails, sentTo: { email: [String(contact.email)], phoneNo: [String(contact.phone)] } };
};

/** The invoice's `businessDetails` from the sub-account (GET /locations/{locationId}): its business profile. */
export const invoiceBusiness = (location: Record<string, any>): Record<string, unknown> => {
  const b = location.business || {};
  return compactDeep({
    name: b.name || location.name,
    phoneNo: location.phone,
    website: b.website || location.website,
    logoUrl: b.logoUrl || location.logoUrl,
    address: {
      addressLine1: b.address || location.address,
      city: b.city || location.city,
      state: b.state || location.state,
      countryCode: b.country || location.country,
      postalCode: b.postalCode || location.postalCode,
    },
  });
};

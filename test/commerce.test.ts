/**
 * Commerce (invoices, orders, transactions, products): every operation's exact request (method, path,
 * query, Version, body, token) and result, the input errors found before sending (malformed line items,
 * another currency, a contact without an email), the conversions of domains/commerce.ts, and the
 * operation rules of issue 14 §3 checked on every commerce operation.
 */
import { AGENCY_AUTH, App, COMPANY_ID, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import {
  checkCurrency,
  currencyCode,
  invoiceBusiness,
  invoiceContact,
  invoiceEvent,
  invoiceOut,
  lineItems,
  oneOf,
  taxIdOf,
  todayIn,
  withZonedTimes,
  zonedTime,
} from '../domains/commerce';
import { invoiceLabel } from '../triggers/dropdown_invoices';
import { paymentDetails } from '../creates/record_invoice_payment';
import { priceBody } from '../creates/create_product';
import type { Ctx } from '../lib/types';

setupNock();

const V = '2021-07-28';
const ALT = { altId: LOCATION_ID, altType: 'location' };
const LIST_QUERY = { ...ALT, sortField: 'issueDate', sortOrder: 'descend' };
const field = (key: string, label: string) => ({ key, label });
const ctx = { locationId: LOCATION_ID } as Ctx;

/** A GHL invoice answer (the shape GET /invoices/ and the invoice endpoints answer). */
const invoice = (over: Record<string, unknown> = {}) => ({
  _id: 'inv1',
  status: 'sent',
  liveMode: true,
  amountPaid: 0,
  altId: LOCATION_ID,
  altType: 'location',
  name: 'Teeth whitening',
  businessDetails: { name: 'Acme Dental' },
  invoiceNumber: '1002',
  currency: 'USD',
  contactDetails: { id: 'c1', name: 'Rubika Deo', email: 'rubika@deos.com', phoneNo: '+18832327657' },
  issueDate: '2026-07-01',
  dueDate: '2026-07-15',
  invoiceItems: [{ _id: 'it1', name: 'Teeth whitening', currency: 'USD', amount: 250, qty: 1 }],
  total: 270.63,
  title: 'INVOICE',
  amountDue: 270.63,
  totalSummary: { subTotal: 250, discount: 0, tax: 20.63 },
  createdAt: '2026-07-01T15:04:11.355Z',
  updatedAt: '2026-07-01T15:09:42.120Z',
  ...over,
});

/** The Zapier error a perform rejected with: `{message, code, status}`. */
const failure = async (p: Promise<unknown>): Promise<{ message: string; code: string }> => {
  try {
    await p;
  } catch (err: any) {
    try {
      return JSON.parse(err.message);
    } catch {
      return { message: err.message, code: 'NOT_JSON' };
    }
  }
  throw new Error('expected the step to fail');
};

const CONTACT = { id: 'c1', name: 'Rubika Deo', firstName: 'Rubika', lastName: 'Deo', email: 'rubika@deos.com', phone: '+18832327657', companyName: 'DGS VolMAX', address1: '3535 1st St N', city: 'Dolomite', state: 'AL', country: 'US', postalCode: '35061' };
const LOCATION = { id: LOCATION_ID, name: 'Acme Dental', phone: '+12055550100', business: { name: 'Acme Dental', address: '3535 1st St N', city: 'Dolomite', state: 'AL', country: 'US', postalCode: '35061', website: 'https://acmedental.example.com' } };
const BUSINESS = {
  name: 'Acme Dental',
  phoneNo: '+12055550100',
  website: 'https://acmedental.example.com',
  address: { addressLine1: '3535 1st St N', city: 'Dolomite', state: 'AL', countryCode: 'US', postalCode: '35061' },
};
const CONTACT_DETAILS = {
  id: 'c1',
  name: 'Rubika Deo',
  email: 'rubika@deos.com',
  phoneNo: '+18832327657',
  companyName: 'DGS VolMAX',
  address: { addressLine1: '3535 1st St N', city: 'Dolomite', state: 'AL', countryCode: 'US', postalCode: '35061' },
};
const mockContactAndLocation = (contact: Record<string, unknown> = CONTACT, token?: string, locationId = LOCATION_ID) => {
  mockGhl({ method: 'GET', path: `/contacts/${contact.id}`, version: V, reply: { contact }, token });
  mockGhl({ method: 'GET', path: `/locations/${locationId}`, version: V, reply: { location: { ...LOCATION, id: locationId } }, token });
};

// ---------------------------------------------------------------------------------------------------------
describe('conversions (domains/commerce.ts)', () => {
  test('currency codes: upper-cased; anything but three letters names the field', () => {
    expect(checkCurrency(' usd ', 'currency', 'Currency')).toBe('USD');
    expect(checkCurrency('', 'currency', 'Currency')).toBeUndefined();
    expect(() => currencyCode('Dollars', field('currency', 'Currency'), {}, ctx)).toThrow('The Currency field must be a three-letter currency code such as USD or EUR, got "Dollars".');
    expect(() => checkCurrency('$', 'currency', 'Currency')).toThrow(/three-letter/);
  });

  test('oneOf: a value of the set (any case), else an error listing the values', () => {
    const mode = oneOf({ cash: 'Cash', bank_transfer: 'Bank transfer' });
    expect(mode('CASH', field('mode', 'Payment Method'), {}, ctx)).toBe('cash');
    expect(mode('', field('mode', 'Payment Method'), {}, ctx)).toBeUndefined();
    expect(() => mode('bitcoin', field('mode', 'Payment Method'), {}, ctx)).toThrow('The Payment Method field must be one of cash, bank_transfer, got "bitcoin".');
  });

  describe('lineItems: Zapier line items → GHL invoice items', () => {
    const convert = (items: unknown, currency: unknown = 'USD') => lineItems(items, field('items', 'Line Items'), { currency }, ctx);

    test('name, description, quantity (default 1), unit price, the invoice currency, a tax as a copy with a stable id', () => {
      expect(
        convert([
          { itemName: ' Crown ', itemDescription: 'Porcelain', quantity: '2', price: '1200.50', taxName: 'Sales tax', taxRate: '8.25' },
          { itemName: 'X-ray', price: 45, itemCurrency: 'usd' },
        ]),
      ).toEqual([
        {
          name: 'Crown',
          description: 'Porcelain',
          currency: 'USD',
          amount: 1200.5,
          qty: 2,
          type: 'one_time',
          taxes: [{ _id: taxIdOf('Sales tax', 8.25), name: 'Sales tax', rate: 8.25, calculation: 'exclusive' }],
        },
        { name: 'X-ray', currency: 'USD', amount: 45, qty: 1, type: 'one_time' },
      ]);
      expect(taxIdOf('Sales tax', 8.25)).toMatch(/^[0-9a-f]{24}$/);
      expect(taxIdOf('Sales tax', 8.25)).toBe(taxIdOf('Sales tax', 8.25));
      expect(taxIdOf('Sales tax', 8.25)).not.toBe(taxIdOf('Sales tax', 7));
    });

    test('a single item object is one line item; a rate without a name gets one', () => {
      expect(convert({ itemName: 'Cleaning', price: '90', taxRate: '5' })).toEqual([
        { name: 'Cleaning', currency: 'USD', amount: 90, qty: 1, type: 'one_time', taxes: [{ _id: taxIdOf('Tax 5%', 5), name: 'Tax 5%', rate: 5, calculation: 'exclusive' }] },
      ]);
    });

    test.each([
      [[{ price: '10' }], 'Line Items: item 1 has no Item Name: every line item needs a name.'],
      [[{ itemName: 'Crown' }], 'Line Items: item 1 (Crown) has no Unit Price.'],
      [[{ itemName: 'Crown', price: '12,50' }], 'The Line Items: item 1 (Crown) Unit Price field must be a number, got "12,50". Use digits with a "." decimal point, e.g. 1250.50.'],
      [[{ itemName: 'Crown', price: '-5' }], 'Line Items: item 1 (Crown) has a negative Unit Price (-5); a discount is not a line item.'],
      [[{ itemName: 'Crown', price: '5', quantity: '0' }], 'Line Items: item 1 (Crown) must have a Quantity above 0, got 0.'],
      [[{ itemName: 'Crown', price: '5' }, { itemName: 'Travel', price: '40', itemCurrency: 'EUR' }], 'Line Items: item 2 (Travel) is in EUR, but the invoice is in USD: an invoice has one currency (the Currency field).'],
      [[{ itemName: 'Crown', price: '5', itemCurrency: 'euro' }], 'The Line Items: item 1 (Crown) Item Currency field must be a three-letter currency code such as USD or EUR, got "euro".'],
      [[{ itemName: 'Crown', price: '5', taxName: 'VAT' }], 'Line Items: item 1 (Crown) has a Tax Name (VAT) but no Tax Rate.'],
      [[{ itemName: 'Crown', price: '5', taxRate: '120' }], 'Line Items: item 1 (Crown) Tax Rate must be a percentage from 0 to 100, got 120.'],
      ['Crown, 5', 'The Line Items field must be line items (each with an Item Name and a Unit Price), got "Crown, 5".'],
      [[], 'The Line Items field needs at least one line item.'],
    ])('malformed line items are an error naming the field: %j', (items, message) => {
      let error: any;
      try {
        convert(items);
      } catch (err) {
        error = err;
      }
      expect({ message: error?.message, field: error?.field }).toEqual({ message, field: 'items' });
    });

    test('the invoice currency itself must be valid', () => {
      expect(() => convert([{ itemName: 'Crown', price: '5' }], '')).toThrow('The Currency field is required but was empty.');
      expect(() => convert([{ itemName: 'Crown', price: '5' }], 'US Dollar')).toThrow(/Currency field must be a three-letter/);
    });
  });

  test('zonedTime: epoch numbers and zone-less timestamps become ISO with Z; zoned ISO and dates stay', () => {
    expect(zonedTime(1_783_000_000_000)).toBe(new Date(1_783_000_000_000).toISOString());
    expect(zonedTime(1_783_000_000)).toBe(new Date(1_783_000_000_000).toISOString());
    expect(zonedTime('1783000000000')).toBe(new Date(1_783_000_000_000).toISOString());
    expect(zonedTime('2026-07-16 11:00:00')).toBe('2026-07-16T11:00:00Z');
    expect(zonedTime('2026-07-16T11:00')).toBe('2026-07-16T11:00:00Z');
    expect(zonedTime('2026-07-16T11:00:00.250')).toBe('2026-07-16T11:00:00.250Z');
    expect(zonedTime('2026-07-16T11:00:00+05:30')).toBe('2026-07-16T11:00:00+05:30');
    expect(zonedTime('2026-07-16T11:00:00.000Z')).toBe('2026-07-16T11:00:00.000Z');
    expect(zonedTime('2026-07-16')).toBe('2026-07-16');
    expect(zonedTime(undefined)).toBeUndefined();
    expect(withZonedTimes({ a: '2026-07-16 11:00:00', b: 'x', c: null }, ['a', 'c', 'missing'])).toEqual({ a: '2026-07-16T11:00:00Z', b: 'x', c: null });
  });

  test('invoiceOut / invoiceEvent: the record with its id, times zoned; events keep the invoice id apart', () => {
    const inv = invoice({ createdAt: '2026-07-01 15:04:11' });
    expect(invoiceOut(inv)).toEqual({ ...inv, id: 'inv1', createdAt: '2026-07-01T15:04:11Z' });
    expect(invoiceEvent(inv, (id) => `${id}:paid`)).toMatchObject({ id: 'inv1:paid', invoiceId: 'inv1', _id: 'inv1' });
    expect(invoiceEvent({ name: 'No id' }, (id) => `${id}:paid`)).toEqual({ name: 'No id', id: undefined, invoiceId: undefined });
  });

  test("invoiceContact: the contact's details and where the invoice is sent; no email or phone names the Contact field", () => {
    expect(invoiceContact(CONTACT)).toEqual({ contactDetails: CONTACT_DETAILS, sentTo: { email: ['rubika@deos.com'], phoneNo: ['+18832327657'] } });
    expect(invoiceContact({ id: 'c2', firstName: 'Ann', email: 'ann@x.com', phone: '+1' }).contactDetails).toEqual({ id: 'c2', name: 'Ann', email: 'ann@x.com', phoneNo: '+1' });
    let error: any;
    try {
      invoiceContact({ id: 'c3', name: 'Sam Lee', phone: '' });
    } catch (err) {
      error = err;
    }
    expect({ message: error?.message, field: error?.field }).toEqual({
      message: "The Contact field: Sam Lee has no email and no phone number. An invoice carries its contact's email and phone number: add them to the contact first, or choose another contact.",
      field: 'contactId',
    });
  });

  test("invoiceBusiness: the sub-account's business profile, its own details as fallbacks", () => {
    expect(invoiceBusiness(LOCATION)).toEqual(BUSINESS);
    expect(invoiceBusiness({ name: 'Harbor Physio', city: 'Mobile', phone: '' })).toEqual({ name: 'Harbor Physio', address: { city: 'Mobile' } });
  });

  test("todayIn: the date in the zone, not UTC's", () => {
    const at = Date.parse('2026-07-01T03:00:00Z');
    expect(todayIn('America/Chicago', at)).toBe('2026-06-30');
    expect(todayIn('UTC', at)).toBe('2026-07-01');
  });

  test('invoiceLabel: number, name, contact, total with currency, status', () => {
    expect(invoiceLabel(invoice())).toBe('#1002 Teeth whitening · Rubika Deo · 270.63 USD (sent)');
    expect(invoiceLabel({ _id: 'x', name: 'Draft' })).toBe('Draft');
  });

  test('paymentDetails: card or cheque details for their mode only, a note saying how when none is given', () => {
    expect(paymentDetails({ cardBrand: 'visa', cardLast4: '4242' }, 'card', ctx)).toEqual({ card: { brand: 'visa', last4: '4242' }, notes: 'Card payment (Visa ending 4242)' });
    expect(paymentDetails({ cardBrand: 'visa', cardLast4: '4242', chequeNumber: '12', notes: 'Paid at the desk' }, 'cash', ctx)).toEqual({});
    expect(paymentDetails({ chequeNumber: '129-129' }, 'cheque', ctx)).toEqual({ cheque: { number: '129-129' }, notes: 'Cheque payment (no. 129-129)' });
    expect(paymentDetails({}, 'bank_transfer', ctx)).toEqual({ notes: 'Bank transfer payment' });
    expect(() => paymentDetails({ cardLast4: '42' }, 'card', ctx)).toThrow('The Card Last 4 Digits field must be four digits, got "42".');
    expect(() => paymentDetails({ cardBrand: 'visa' }, 'card', ctx)).toThrow('A card payment takes both the Card Brand and the Card Last 4 Digits, or neither.');
  });

  test('priceBody: one-time or recurring, the product name by default; bad prices name their field', () => {
    expect(priceBody({ name: 'Kit', amount: '89', currency: 'usd', interval: 'month' }, ctx)).toEqual({ name: 'Kit', type: 'one_time', currency: 'USD', amount: 89, locationId: LOCATION_ID });
    expect(priceBody({ name: 'Plan', priceName: 'Monthly', priceType: 'recurring', amount: '49.99', currency: 'USD', interval: 'month', intervalCount: '3' }, ctx)).toEqual({
      name: 'Monthly',
      type: 'recurring',
      currency: 'USD',
      amount: 49.99,
      recurring: { interval: 'month', intervalCount: 3 },
      locationId: LOCATION_ID,
    });
    expect(() => priceBody({ name: 'Plan', priceType: 'recurring', amount: '5', currency: 'USD' }, ctx)).toThrow('A recurring price needs a Billing Interval (day, week, month or year).');
    expect(() => priceBody({ name: 'Plan', amount: '-1', currency: 'USD' }, ctx)).toThrow('The Price field must be 0 or more, got -1.');
    expect(() => priceBody({ name: 'Plan', amount: '5', currency: 'USD', priceType: 'weekly' }, ctx)).toThrow('The Price Type field must be one of one_time, recurring, got "weekly".');
  });
});

// ---------------------------------------------------------------------------------------------------------
describe('New Invoice', () => {
  test('GET /invoices/ with altId/altType, newest issue date first, limit/offset; event id = invoice id; newest created first', async () => {
    mockGhl({
      method: 'GET',
      path: '/invoices/',
      query: { ...LIST_QUERY, limit: '100', offset: '0', contactId: 'c1' },
      version: V,
      reply: { invoices: [invoice({ _id: 'older', createdAt: '2026-06-01T00:00:00Z' }), invoice({ _id: 'newer', createdAt: '2026-07-01 10:00:00' })], total: 2 },
    });
    const out = await perform('triggers', 'new_invoice', { contactId: 'c1' });
    expect(out.map((i: any) => [i.id, i.invoiceId, i.createdAt])).toEqual([
      ['newer', 'newer', '2026-07-01T10:00:00Z'],
      ['older', 'older', '2026-06-01T00:00:00Z'],
    ]);
    expect(out[0]).toMatchObject({ total: 270.63, currency: 'USD', invoiceNumber: '1002' });
  });

  test('an empty answer is nothing new; an answer without the list is an error', async () => {
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, limit: '100', offset: '0' }, version: V, reply: '' });
    expect(await perform('triggers', 'new_invoice')).toEqual([]);
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, limit: '100', offset: '0' }, version: V, reply: { total: 0 } });
    expect((await failure(perform('triggers', 'new_invoice'))).message).toMatch(/New Invoice: GoHighLevel answered 200 without the "invoices" list/);
  });

  test('while Zapier populates its dedupe store, more pages (up to a short one)', async () => {
    const page = (n: number, size: number) => Array.from({ length: size }, (_, i) => invoice({ _id: `p${n}-${i}` }));
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, limit: '100', offset: '0' }, version: V, reply: { invoices: page(0, 100), total: 130 } });
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, limit: '100', offset: '100' }, version: V, reply: { invoices: page(1, 30), total: 130 } });
    expect(await perform('triggers', 'new_invoice', {}, { meta: { isPopulatingDedupe: true } })).toHaveLength(130);
  });

  test('agency connection: the chosen sub-account, with a minted token', async () => {
    mockGhl({ method: 'POST', path: '/oauth/locationToken', version: V, token: AGENCY_AUTH.access_token, body: { companyId: COMPANY_ID, locationId: 'sub1' }, reply: { access_token: 'minted', expires_in: 86399 } });
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, altId: 'sub1', limit: '100', offset: '0' }, version: V, token: 'minted', reply: { invoices: [invoice()], total: 1 } });
    expect((await perform('triggers', 'new_invoice', { locationId: 'sub1' }, { authData: AGENCY_AUTH })).map((i: any) => i.id)).toEqual(['inv1']);
  });
});

describe('Invoice Paid', () => {
  test('GET /invoices/?status=paid; event id "<id>:paid"; only what GHL says is paid fires; newest change first', async () => {
    mockGhl({
      method: 'GET',
      path: '/invoices/',
      query: { ...LIST_QUERY, status: 'paid', limit: '100', offset: '0' },
      version: V,
      reply: {
        invoices: [
          invoice({ _id: 'a', status: 'paid', updatedAt: '2026-07-01T00:00:00Z' }),
          invoice({ _id: 'b', status: 'partially_paid' }),
          invoice({ _id: 'c', status: 'paid', updatedAt: '2026-07-03T00:00:00Z' }),
        ],
        total: 3,
      },
    });
    const out = await perform('triggers', 'invoice_paid');
    expect(out.map((i: any) => [i.id, i.invoiceId, i.status])).toEqual([
      ['c:paid', 'c', 'paid'],
      ['a:paid', 'a', 'paid'],
    ]);
  });
});

describe('New Order', () => {
  test('GET /payments/orders with locationId and altId (no altType: the spec declares none), the payment status and contact; event id = order id', async () => {
    mockGhl({
      method: 'GET',
      path: '/payments/orders',
      query: { locationId: LOCATION_ID, altId: LOCATION_ID, paymentStatus: 'partially_paid', contactId: 'c1', limit: '100', offset: '0' },
      version: V,
      reply: { data: [{ _id: 'o1', altId: LOCATION_ID, altType: 'location', status: 'completed', sourceType: 'funnel', amount: 89, currency: 'USD', createdAt: '2026-07-02T16:20:31.515Z', updatedAt: '2026-07-02T16:20:31.515Z' }], totalCount: 1 },
    });
    expect(await perform('triggers', 'new_order', { paymentStatus: 'Partially_Paid', contactId: 'c1' })).toEqual([
      expect.objectContaining({ id: 'o1', orderId: 'o1', amount: 89, currency: 'USD', createdAt: '2026-07-02T16:20:31.515Z' }),
    ]);
  });

  test('an unknown payment status is an input error before any request', async () => {
    expect(await failure(perform('triggers', 'new_order', { paymentStatus: 'pending' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'The Payment Status field must be one of paid, unpaid, partially_paid, refunded, got "pending".',
    });
  });
});

describe('New Transaction', () => {
  test('GET /payments/transactions with locationId, altId, altType and the contact; event id = transaction id; times zoned', async () => {
    mockGhl({
      method: 'GET',
      path: '/payments/transactions',
      query: { locationId: LOCATION_ID, ...ALT, contactId: 'c1', limit: '100', offset: '0' },
      version: V,
      reply: {
        data: [
          { _id: 't1', ...ALT, amount: 20, currency: 'USD', status: 'succeeded', entitySourceType: 'invoice', createdAt: '2026-07-01T00:00:00Z', updatedAt: '2026-07-01T00:00:00Z', fulfilledAt: 1_783_000_000_000 },
          { _id: 't2', ...ALT, amount: 30, currency: 'USD', status: 'succeeded', entitySourceType: 'funnel', createdAt: '2026-07-02T00:00:00Z', updatedAt: '2026-07-02T00:00:00Z', fulfilledAt: '2026-07-02 00:00:00' },
        ],
        totalCount: 2,
      },
    });
    const out = await perform('triggers', 'new_transaction', { contactId: 'c1' });
    expect(out.map((t: any) => [t.id, t.transactionId, t.fulfilledAt])).toEqual([
      ['t2', 't2', '2026-07-02T00:00:00Z'],
      ['t1', 't1', new Date(1_783_000_000_000).toISOString()],
    ]);
  });
});

describe('Invoice dropdown', () => {
  test('GET /invoices/ newest issue date first, paged; labelled by number, name, contact, total and status', async () => {
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, limit: '100', offset: '100' }, version: V, reply: { invoices: [invoice()], total: 101 } });
    expect(await perform('triggers', 'dropdown_invoices', {}, { meta: { page: 1 } })).toEqual([
      expect.objectContaining({ id: 'inv1', name: '#1002 Teeth whitening · Rubika Deo · 270.63 USD (sent)' }),
    ]);
  });
});

describe('Find Invoice', () => {
  test('by number: the text search first; an exact number match is the result (one request)', async () => {
    mockGhl({
      method: 'GET',
      path: '/invoices/',
      query: { ...LIST_QUERY, search: '1002', limit: '20', offset: '0' },
      version: V,
      reply: { invoices: [invoice({ _id: 'x', invoiceNumber: '11002' }), invoice()], total: 2 },
    });
    expect((await perform('searches', 'find_invoice', { invoiceNumber: '#1002' })).map((i: any) => [i.id, i.invoiceNumber])).toEqual([['inv1', '1002']]);
  });

  test('by number, when the text search does not match numbers: the newest invoices page by page, stopping at a short page', async () => {
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, search: '1002', status: 'sent', limit: '20', offset: '0' }, version: V, reply: { invoices: [], total: 0 } });
    const page0 = Array.from({ length: 100 }, (_, i) => invoice({ _id: `n${i}`, invoiceNumber: String(2000 + i) }));
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, status: 'sent', limit: '100', offset: '0' }, version: V, reply: { invoices: page0, total: 150 } });
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, status: 'sent', limit: '100', offset: '100' }, version: V, reply: { invoices: [invoice({ _id: 'other', invoiceNumber: '900' })], total: 150 } });
    expect(await perform('searches', 'find_invoice', { invoiceNumber: '1002', status: 'sent' })).toEqual([]);
  });

  test('by contact and text: GHL answers them; 404 and an empty list are "not found", other errors are errors', async () => {
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, search: 'rubika', contactId: 'c1', limit: '20', offset: '0' }, version: V, reply: { invoices: [invoice()], total: 1 } });
    expect((await perform('searches', 'find_invoice', { contactId: 'c1', search: ' rubika ' })).map((i: any) => i.id)).toEqual(['inv1']);
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, contactId: 'c1', limit: '20', offset: '0' }, version: V, reply: { invoices: [], total: 0 } });
    expect(await perform('searches', 'find_invoice', { contactId: 'c1' })).toEqual([]);
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, contactId: 'c1', limit: '20', offset: '0' }, version: V, status: 404, reply: { statusCode: 404, message: 'Not found' } });
    expect(await perform('searches', 'find_invoice', { contactId: 'c1' })).toEqual([]);
    mockGhl({ method: 'GET', path: '/invoices/', query: { ...LIST_QUERY, contactId: 'c1', limit: '20', offset: '0' }, version: V, status: 422, reply: { statusCode: 422, message: ['altId must be a string'] } });
    expect((await failure(perform('searches', 'find_invoice', { contactId: 'c1' }))).message).toMatch(/altId must be a string/);
  });

  test('nothing to search by is an input error before any request', async () => {
    expect(await failure(perform('searches', 'find_invoice', { status: 'paid' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'Give an Invoice Number, a Contact or a Search Text to find an invoice by.',
    });
  });
});

// ---------------------------------------------------------------------------------------------------------
describe('Create Invoice', () => {
  const INPUT = {
    contactId: 'c1',
    name: 'Crown — lower molar',
    currency: 'usd',
    items: [
      { itemName: 'Crown', itemDescription: 'Porcelain', quantity: '1', price: '1200', taxName: 'Sales tax', taxRate: '8.25' },
      { itemName: 'X-ray', quantity: '2', price: '45.50' },
    ],
    issueDate: '2026-07-01',
    dueDate: '2026-07-15T09:00:00-05:00',
    termsNotes: 'Payment is due within 14 days.',
    title: 'INVOICE',
    invoiceNumber: ' 1004 ',
    discountValue: '10',
    discountType: 'percentage',
    liveMode: 'true',
  };
  const BODY = {
    ...ALT,
    name: 'Crown — lower molar',
    currency: 'USD',
    items: [
      { name: 'Crown', description: 'Porcelain', currency: 'USD', amount: 1200, qty: 1, type: 'one_time', taxes: [{ _id: taxIdOf('Sales tax', 8.25), name: 'Sales tax', rate: 8.25, calculation: 'exclusive' }] },
      { name: 'X-ray', currency: 'USD', amount: 45.5, qty: 2, type: 'one_time' },
    ],
    issueDate: '2026-07-01',
    dueDate: '2026-07-15',
    termsNotes: 'Payment is due within 14 days.',
    title: 'INVOICE',
    invoiceNumber: '1004',
    liveMode: true,
    contactDetails: CONTACT_DETAILS,
    sentTo: { email: ['rubika@deos.com'], phoneNo: ['+18832327657'] },
    businessDetails: BUSINESS,
    discount: { type: 'percentage', value: 10 },
  };

  test("reads the contact and the business, then POST /invoices/ with the line items; the result carries the total", async () => {
    mockContactAndLocation();
    mockGhl({ method: 'POST', path: '/invoices/', version: V, body: BODY, reply: invoice({ _id: 'new1', status: 'draft', total: 1251.9, amountDue: 1251.9, traceId: 't-1' }) });
    const out = await perform('creates', 'create_invoice', INPUT);
    expect(out).toMatchObject({ id: 'new1', _id: 'new1', status: 'draft', total: 1251.9, amountDue: 1251.9, currency: 'USD' });
    expect(out.traceId).toBeUndefined();
  });

  test("defaults: today in the Zap's time zone as the issue date, no discount, live mode", async () => {
    mockContactAndLocation();
    const today = todayIn('America/Chicago');
    mockGhl({
      method: 'POST',
      path: '/invoices/',
      version: V,
      body: {
        ...ALT,
        name: 'Invoice',
        currency: 'EUR',
        items: [{ name: 'Crown', currency: 'EUR', amount: 900, qty: 1, type: 'one_time' }],
        liveMode: true,
        contactDetails: CONTACT_DETAILS,
        sentTo: BODY.sentTo,
        businessDetails: BUSINESS,
        discount: { type: 'percentage', value: 0 },
        issueDate: today,
      },
      reply: invoice({ _id: 'new2', currency: 'EUR' }),
    });
    const out = await perform('creates', 'create_invoice', { contactId: 'c1', name: 'Invoice', currency: 'EUR', liveMode: 'true', items: [{ itemName: 'Crown', price: '900' }] }, { meta: { timezone: 'America/Chicago' } });
    expect(out).toMatchObject({ id: 'new2', currency: 'EUR' });
  });

  test('agency connection: the contact, the business and the invoice with the minted token, altId the chosen sub-account', async () => {
    mockGhl({ method: 'POST', path: '/oauth/locationToken', version: V, token: AGENCY_AUTH.access_token, body: { companyId: COMPANY_ID, locationId: 'sub1' }, reply: { access_token: 'minted', expires_in: 86399 } });
    mockContactAndLocation(CONTACT, 'minted', 'sub1');
    mockGhl({ method: 'POST', path: '/invoices/', version: V, token: 'minted', body: { ...BODY, altId: 'sub1' }, reply: invoice({ _id: 'new3', altId: 'sub1' }) });
    expect(await perform('creates', 'create_invoice', { ...INPUT, locationId: 'sub1' }, { authData: AGENCY_AUTH })).toMatchObject({ id: 'new3', altId: 'sub1' });
  });

  test.each([
    [{ items: [{ itemName: 'Crown', price: '5' }, { itemName: 'Travel fee', price: '40', itemCurrency: 'EUR' }] }, 'Line Items: item 2 (Travel fee) is in EUR, but the invoice is in USD: an invoice has one currency (the Currency field).'],
    [{ items: [{ itemName: 'Crown', price: 'twelve' }] }, /Line Items: item 1 \(Crown\) Unit Price field must be a number, got "twelve"/],
    [{ items: [] }, 'The Line Items field is required but was empty.'],
    [{ currency: 'dollars' }, 'The Currency field must be a three-letter currency code such as USD or EUR, got "dollars".'],
    [{ dueDate: '2026-06-30' }, 'The Due Date field (2026-06-30) must be on or after the Issue Date (2026-07-01).'],
    [{ discountValue: '120' }, 'The Discount field must be a percentage from 0 to 100, got 120.'],
    [{ discountType: 'coupon' }, 'The Discount Type field must be one of percentage, fixed, got "coupon".'],
    [{ contactId: '' }, 'The Contact field is required but was empty.'],
  ])('bad input is an error naming the field, before any request: %j', async (over, message) => {
    const err = await failure(perform('creates', 'create_invoice', { ...INPUT, ...over }));
    expect(err.code).toBe('INVALID_INPUT');
    expect(err.message).toEqual(typeof message === 'string' ? message : expect.stringMatching(message));
  });

  test('a contact without a phone number: an error naming the Contact, nothing created', async () => {
    mockContactAndLocation({ ...CONTACT, phone: undefined });
    expect(await failure(perform('creates', 'create_invoice', INPUT))).toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringMatching(/^The Contact field: Rubika Deo has no phone number\./),
    });
  });

  test("GHL's own refusal, readable", async () => {
    mockContactAndLocation();
    mockGhl({ method: 'POST', path: '/invoices/', version: V, body: BODY, status: 400, reply: { statusCode: 400, message: 'Invoice number 1004 is already in use' } });
    expect((await failure(perform('creates', 'create_invoice', INPUT))).message).toMatch(/Invoice number 1004 is already in use/);
  });
});

describe('Send Invoice', () => {
  test('POST /invoices/{id}/send with the channel, the sending user and sender; the result is the sent invoice', async () => {
    mockGhl({
      method: 'POST',
      path: '/invoices/inv1/send',
      version: V,
      body: { ...ALT, action: 'sms_and_email', userId: 'u1', sentFrom: { fromName: 'Acme Dental billing', fromEmail: 'Billing@AcmeDental.com' }, liveMode: true },
      reply: { invoice: invoice({ status: 'sent' }), smsData: {}, emailData: {} },
    });
    const out = await perform('creates', 'send_invoice', { invoiceId: 'inv1', action: 'SMS_AND_EMAIL', userId: 'u1', fromName: ' Acme Dental billing ', fromEmail: 'Billing@AcmeDental.com', liveMode: 'true' });
    expect(out).toMatchObject({ id: 'inv1', status: 'sent', total: 270.63 });
  });

  test('an unknown channel, or no user, is an input error before any request', async () => {
    expect((await failure(perform('creates', 'send_invoice', { invoiceId: 'inv1', action: 'fax', userId: 'u1' }))).message).toBe(
      'The Send By field must be one of email, sms, sms_and_email, send_manually, got "fax".',
    );
    expect((await failure(perform('creates', 'send_invoice', { invoiceId: 'inv1', action: 'email' }))).message).toBe('The From User field is required but was empty.');
  });

  test('an answer without the invoice is an error naming the step', async () => {
    mockGhl({ method: 'POST', path: '/invoices/inv1/send', version: V, body: { ...ALT, action: 'email', userId: 'u1', liveMode: true }, reply: { smsData: {}, emailData: {} } });
    expect((await failure(perform('creates', 'send_invoice', { invoiceId: 'inv1', action: 'email', userId: 'u1' }))).message).toMatch(/Send Invoice: GoHighLevel answered 200 without the "invoice" record/);
  });
});

describe('Record Invoice Payment', () => {
  test('with a Currency: reads the invoice (same currency), then POST …/record-payment with mode, amount, card and note', async () => {
    mockGhl({ method: 'GET', path: '/invoices/inv1', query: ALT, version: V, reply: invoice() });
    mockGhl({
      method: 'POST',
      path: '/invoices/inv1/record-payment',
      version: V,
      body: { ...ALT, mode: 'card', amount: 100, card: { brand: 'visa', last4: '4242' }, notes: 'Card payment (Visa ending 4242)', fulfilledAt: '2026-07-08T14:30:00.000Z' },
      reply: { success: true, invoice: invoice({ status: 'partially_paid', amountPaid: 100, amountDue: 170.63 }) },
    });
    const out = await perform('creates', 'record_invoice_payment', { invoiceId: 'inv1', mode: 'Card', amount: '100', currency: 'usd', cardBrand: 'visa', cardLast4: '4242', fulfilledAt: '2026-07-08T14:30:00Z' });
    expect(out).toMatchObject({ id: 'inv1', status: 'partially_paid', amountPaid: 100, amountDue: 170.63, total: 270.63, currency: 'USD' });
  });

  test('without a Currency: one request; the whole amount due when no amount is given; the note as written', async () => {
    mockGhl({
      method: 'POST',
      path: '/invoices/inv1/record-payment',
      version: V,
      body: { ...ALT, mode: 'cheque', notes: 'Cheque from the front desk', cheque: { number: '129-129' } },
      reply: { success: true, invoice: invoice({ status: 'paid', amountPaid: 270.63, amountDue: 0 }) },
    });
    expect(await perform('creates', 'record_invoice_payment', { invoiceId: 'inv1', mode: 'cheque', chequeNumber: '129-129', notes: 'Cheque from the front desk' })).toMatchObject({ status: 'paid', amountDue: 0 });
  });

  test('an invoice in another currency: an error naming the Currency field, nothing recorded', async () => {
    mockGhl({ method: 'GET', path: '/invoices/inv1', query: ALT, version: V, reply: invoice({ currency: 'EUR' }) });
    expect(await failure(perform('creates', 'record_invoice_payment', { invoiceId: 'inv1', mode: 'cash', amount: '100', currency: 'USD' }))).toEqual({
      code: 'INVALID_INPUT',
      status: 400,
      message: "The Currency field is USD, but invoice #1002 is in EUR: a payment is recorded in the invoice's currency. Nothing was recorded.",
    });
  });

  test.each([
    [{ mode: 'crypto' }, 'The Payment Method field must be one of cash, card, cheque, bank_transfer, other, got "crypto".'],
    [{ mode: 'cash', amount: '1,50' }, 'The Amount field must be a number, got "1,50". Use digits with a "." decimal point, e.g. 1250.50.'],
    [{ mode: 'card', cardBrand: 'visa', cardLast4: 'abcd' }, 'The Card Last 4 Digits field must be four digits, got "abcd".'],
    [{ mode: 'cash', currency: 'dollars' }, 'The Currency field must be a three-letter currency code such as USD or EUR, got "dollars".'],
    [{ mode: '' }, 'The Payment Method field is required but was empty.'],
  ])('bad input is an error naming the field, before any request: %j', async (over, message) => {
    expect(await failure(perform('creates', 'record_invoice_payment', { invoiceId: 'inv1', ...over }))).toMatchObject({ code: 'INVALID_INPUT', message });
  });
});

describe('Void Invoice', () => {
  test('POST /invoices/{id}/void with altId/altType; the result is the void invoice; the editor warns first', async () => {
    mockGhl({ method: 'POST', path: '/invoices/inv1/void', version: V, body: ALT, reply: invoice({ status: 'void' }) });
    expect(await perform('creates', 'void_invoice', { invoiceId: 'inv1' })).toMatchObject({ id: 'inv1', status: 'void' });
    const warning = (App as any).creates.void_invoice.operation.inputFields[0];
    expect(warning).toMatchObject({ key: 'warning', type: 'copy', helpText: expect.stringMatching(/cannot be undone/) });
  });

  test('an id with dot segments never reaches GHL', async () => {
    expect(await failure(perform('creates', 'void_invoice', { invoiceId: '..' }))).toMatchObject({ code: 'INVALID_INPUT', message: 'The Invoice field is not a valid GoHighLevel id: "..".' });
  });
});

describe('Create Product', () => {
  const PRODUCT = { _id: 'p1', locationId: LOCATION_ID, name: 'Aligner care plan', productType: 'SERVICE', createdAt: '2026-07-02T10:23:36.515Z', updatedAt: '2026-07-02T10:23:36.515Z' };
  const PRICE = { _id: 'pr1', product: 'p1', name: 'Aligner care plan', type: 'recurring', currency: 'USD', amount: 49.99, recurring: { interval: 'month', intervalCount: 1 }, createdAt: '2026-07-02 10:23:37', updatedAt: '2026-07-02T10:23:37Z' };

  test('POST /products/ (locationId in the body), then POST /products/{id}/price; the result is the product with its price', async () => {
    mockGhl({ method: 'POST', path: '/products/', version: V, status: 201, body: { locationId: LOCATION_ID, name: 'Aligner care plan', description: 'Monthly retainer checks', productType: 'SERVICE', availableInStore: false }, reply: PRODUCT });
    mockGhl({
      method: 'POST',
      path: '/products/p1/price',
      version: V,
      status: 201,
      body: { name: 'Aligner care plan', type: 'recurring', currency: 'USD', amount: 49.99, recurring: { interval: 'month', intervalCount: 1 }, locationId: LOCATION_ID },
      reply: PRICE,
    });
    const out = await perform('creates', 'create_product', {
      name: ' Aligner care plan ',
      description: 'Monthly retainer checks',
      productType: 'service',
      availableInStore: 'false',
      priceType: 'recurring',
      amount: '49.99',
      currency: 'USD',
      interval: 'Month',
    });
    expect(out).toEqual({ ...PRODUCT, id: 'p1', price: { ...PRICE, id: 'pr1', createdAt: '2026-07-02T10:23:37Z' } });
  });

  test('a bad price is refused before the product is created', async () => {
    expect(await failure(perform('creates', 'create_product', { name: 'Plan', productType: 'SERVICE', priceType: 'recurring', amount: '5', currency: 'USD' }))).toMatchObject({
      code: 'INVALID_INPUT',
      message: 'A recurring price needs a Billing Interval (day, week, month or year).',
    });
  });

  test('a price GHL refuses after the product exists: the error says the product was created, and why the price was not', async () => {
    mockGhl({ method: 'POST', path: '/products/', version: V, status: 201, body: { locationId: LOCATION_ID, name: 'Kit', productType: 'PHYSICAL' }, reply: PRODUCT });
    mockGhl({ method: 'POST', path: '/products/p1/price', version: V, status: 422, reply: { statusCode: 422, message: ['amount must not be less than 0'] } });
    const err = await failure(perform('creates', 'create_product', { name: 'Kit', productType: 'PHYSICAL', priceType: 'one_time', amount: '5', currency: 'USD' }));
    expect(err.code).toBe('GHL_PRICE_NOT_CREATED');
    expect(err.message).toMatch(/^The product "Aligner care plan" was created \(ID p1\) but its price was not: .*amount must not be less than 0/);
  });
});

// ---------------------------------------------------------------------------------------------------------
/** Issue 14 §3's rules, on every commerce operation (the app-wide test of that issue will hold them for all). */
describe('the commerce operations follow the operation rules', () => {
  const KEYS = {
    triggers: ['new_invoice', 'invoice_paid', 'new_order', 'new_transaction'],
    searches: ['find_invoice'],
    creates: ['create_invoice', 'send_invoice', 'record_invoice_payment', 'void_invoice', 'create_product'],
  } as const;
  const ops = Object.entries(KEYS).flatMap(([kind, keys]) => keys.map((key) => ({ kind, op: (App as any)[kind][key] })));
  const PLACEHOLDER = /\b(test|string|dummy|lorem|foo|bar|john deo|x-xxx)\b|^description$|^alt$/i;
  const DATE_TIME = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
  const ZONED = /(Z|[+-]\d{2}:\d{2})$/;
  const strings = (v: unknown, path = ''): Array<[string, string]> =>
    typeof v === 'string' ? [[path, v]] : v && typeof v === 'object' ? Object.entries(v).flatMap(([k, x]) => strings(x, `${path}.${k}`)) : [];

  test.each(ops.map((o) => [o.op.key, o] as const))('%s', (_key, { kind, op }) => {
    const d: string = op.display.description;
    expect(d.length).toBeLessThanOrEqual(100);
    expect(d).toMatch(kind === 'triggers' ? /^Triggers when / : /^(Finds|Creates|Sends|Records|Voids) /);
    expect(d.replace(/\.$/, '')).not.toMatch(/\.\s/);
    expect(d).not.toMatch(/GoHighLevel|HighLevel|LeadConnector|Zapier/i);
    expect(op.display.label.split(' ')).toContain(op.noun);
    const sample = op.operation.sample;
    for (const [where, value] of strings(sample)) {
      expect({ where, value, placeholder: PLACEHOLDER.test(value) }).toEqual({ where, value, placeholder: false });
      if (DATE_TIME.test(value)) expect({ where, value, zoned: ZONED.test(value) }).toEqual({ where, value, zoned: true });
    }
    const labelled = new Map(op.operation.outputFields.map((f: any) => [f.key, f.label]));
    for (const k of Object.keys(sample)) expect({ key: k, label: !!labelled.get(k) }).toEqual({ key: k, label: true });
    for (const f of op.operation.inputFields) {
      if (typeof f === 'function') continue;
      if (/(Id|Ids)$/.test(f.key)) expect({ key: f.key, dynamic: !!f.dynamic }).toEqual({ key: f.key, dynamic: true });
    }
  });
});

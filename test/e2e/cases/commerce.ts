/** End-to-end cases: invoices, orders, transactions and products (the commerce operations of issues 14 and 15). */
import { ids, SEED, type Case, type RunContext } from '../harness';

const { rubika, john } = SEED.contacts;
const INV = SEED.invoices;
const ISO_ZONED = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;

/** The requests a run made to GHL's API (the agency mint left out), as `METHOD /path`. */
const calls = (t: RunContext): string[] => t.requests.filter((r) => !r.path.startsWith('/oauth/')).map((r) => `${r.method} ${r.path.split('?')[0]}`);

const LINE_ITEMS = [
  { itemName: 'Crown', itemDescription: 'Porcelain crown, lower molar', quantity: '1', price: '1200', taxName: 'Sales tax', taxRate: '8.25' },
  { itemName: 'X-ray', quantity: '2', price: '45.50', itemCurrency: 'usd' },
];

export const COMMERCE_CASES: Case[] = [
  // Event triggers
  {
    subject: 'triggers.new_invoice',
    does: "lists the sub-account's invoices newest created first, each event id its invoice id, times zoned",
    expect: (out, t) => {
      expect(ids(out)).toEqual([INV.draft, INV.sent, INV.paid]);
      for (const item of out) {
        expect(item.invoiceId).toBe(item._id);
        expect(item.id).toBe(item._id);
        expect(item.createdAt).toMatch(ISO_ZONED);
        expect(item.total).toEqual(expect.any(Number));
      }
      expect(out[1]).toMatchObject({ invoiceNumber: '1002', currency: 'USD', total: 270.63, amountDue: 270.63, status: 'sent', contactDetails: { id: rubika } });
      expect(calls(t)).toEqual(['GET /invoices/']);
    },
  },
  {
    subject: 'triggers.new_invoice',
    does: "only the chosen contact's invoices",
    input: { contactId: rubika },
    expect: (out) => expect(ids(out)).toEqual([INV.sent]),
  },
  {
    subject: 'triggers.invoice_paid',
    does: 'lists the paid invoices only, each event id "<invoice id>:paid"',
    expect: (out) => {
      expect(ids(out)).toEqual([`${INV.paid}:paid`]);
      expect(out[0]).toMatchObject({ invoiceId: INV.paid, status: 'paid', amountDue: 0, invoiceNumber: '1001' });
    },
  },
  {
    subject: 'triggers.new_order',
    does: 'lists the orders newest first, each event id its order id',
    expect: (out) => {
      expect(ids(out)).toEqual([SEED.orders.unpaid, SEED.orders.paid, SEED.orders.refunded]);
      expect(out[0]).toMatchObject({ orderId: SEED.orders.unpaid, amount: 178, currency: 'USD', paymentStatus: 'unpaid', contactId: john });
      for (const item of out) expect(item.createdAt).toMatch(ISO_ZONED);
    },
  },
  {
    subject: 'triggers.new_order',
    does: 'only orders with the chosen payment status',
    input: { paymentStatus: 'paid' },
    expect: (out) => expect(ids(out)).toEqual([SEED.orders.paid]),
  },
  {
    subject: 'triggers.new_transaction',
    does: "lists the payments newest first, the invoice's manual payment among them",
    expect: (out) => {
      expect(ids(out)).toEqual([SEED.transactions.paidOrder, SEED.transactions.refunded, INV.paidPaymentId]);
      expect(out[2]).toMatchObject({ transactionId: INV.paidPaymentId, entityType: 'invoice', entityId: INV.paid, amount: 180, currency: 'USD', status: 'succeeded' });
      for (const item of out) expect(item.fulfilledAt).toMatch(ISO_ZONED);
    },
  },
  // Search
  {
    subject: 'searches.find_invoice',
    does: 'finds the invoice with exactly that number (the list search does not match numbers: it reads the newest invoices)',
    input: { invoiceNumber: '1002' },
    expect: (out, t) => {
      expect(ids(out)).toEqual([INV.sent]);
      expect(out[0]).toMatchObject({ invoiceNumber: '1002', total: 270.63, currency: 'USD' });
      expect(calls(t)).toEqual(['GET /invoices/', 'GET /invoices/']);
    },
  },
  {
    subject: 'searches.find_invoice',
    does: "finds a contact's invoices by text (their email)",
    input: { search: 'john@deo.com' },
    expect: (out) => expect(ids(out)).toEqual([INV.paid]),
  },
  {
    subject: 'searches.find_invoice',
    does: 'finds nothing for an unknown number: an empty result, not an error',
    input: { invoiceNumber: '9999' },
    expect: (out) => expect(out).toEqual([]),
  },
  // Actions
  {
    subject: 'creates.create_invoice',
    does: "creates a draft for the contact, with the line items, taxes, their details and the business's, and returns its total",
    input: { contactId: rubika, name: 'Crown — lower molar', currency: 'USD', items: LINE_ITEMS, issueDate: '2026-07-01', dueDate: '2026-07-15', termsNotes: 'Payment is due within 14 days.' },
    expect: (out, t) => {
      expect(out).toMatchObject({
        status: 'draft',
        name: 'Crown — lower molar',
        currency: 'USD',
        issueDate: '2026-07-01',
        dueDate: '2026-07-15',
        totalSummary: { subTotal: 1291, discount: 0, tax: 99 },
        total: 1390,
        amountDue: 1390,
        contactDetails: { id: rubika, name: 'Rubika Deo', email: 'rubika@deos.com', phoneNo: expect.any(String) },
        businessDetails: { name: 'Acme Dental' },
        termsNotes: 'Payment is due within 14 days.',
      });
      expect(out.invoiceItems.map((i: any) => [i.name, i.qty, i.amount, i.currency])).toEqual([
        ['Crown', 1, 1200, 'USD'],
        ['X-ray', 2, 45.5, 'USD'],
      ]);
      expect(out.id).toBe(out._id);
      expect(out.createdAt).toMatch(ISO_ZONED);
      expect(t.state.table('invoices').get(out.id)).toMatchObject({ altId: SEED.locationId, invoiceNumber: '1004', sentTo: { email: ['rubika@deos.com'] } });
      expect(calls(t).sort()).toEqual(['GET /contacts/' + rubika, `GET /locations/${SEED.locationId}`, 'POST /invoices/'].sort());
    },
  },
  {
    subject: 'creates.create_invoice',
    does: 'refuses a line item in another currency, naming the item, before anything is sent',
    input: { contactId: rubika, name: 'Crown', currency: 'USD', items: [{ itemName: 'Crown', price: '1200' }, { itemName: 'Travel fee', price: '40', itemCurrency: 'EUR' }] },
    fails: (err, t) => {
      expect(err.message).toMatch(/Line Items: item 2 \(Travel fee\) is in EUR, but the invoice is in USD/);
      expect(calls(t)).toEqual([]);
      expect(t.state.table('invoices').size).toBe(4);
    },
  },
  {
    subject: 'creates.send_invoice',
    does: 'sends the draft by email from a user: it becomes sent',
    input: { invoiceId: INV.draft, action: 'email', userId: SEED.users.frontDesk },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: INV.draft, status: 'sent', invoiceNumber: '1003', total: 455 });
      expect(t.state.table('invoices').get(INV.draft)!.status).toBe('sent');
    },
  },
  {
    subject: 'creates.record_invoice_payment',
    does: 'records a partial card payment in the checked currency: the invoice is partially paid, with what is still due',
    input: { invoiceId: INV.sent, mode: 'card', amount: '100', currency: 'USD', cardBrand: 'visa', cardLast4: '4242' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: INV.sent, status: 'partially_paid', amountPaid: 100, amountDue: 170.63, total: 270.63, currency: 'USD' });
      expect(t.state.table('invoicePayments').where((p) => p.invoiceId === INV.sent)).toEqual([
        expect.objectContaining({ amount: 100, mode: 'card', card: { brand: 'visa', last4: '4242' }, notes: 'Card payment (Visa ending 4242)' }),
      ]);
      expect(calls(t)).toEqual([`GET /invoices/${INV.sent}`, `POST /invoices/${INV.sent}/record-payment`]);
    },
  },
  {
    subject: 'creates.record_invoice_payment',
    does: 'refuses a payment in another currency than the invoice, naming the field, and records nothing',
    input: { invoiceId: INV.sent, mode: 'cash', amount: '100', currency: 'EUR' },
    fails: (err, t) => {
      expect(err.message).toMatch(/The Currency field is EUR, but invoice #1002 is in USD/);
      expect(calls(t)).toEqual([`GET /invoices/${INV.sent}`]);
      expect(t.state.table('invoices').get(INV.sent)!.amountPaid).toBe(0);
    },
  },
  {
    subject: 'creates.void_invoice',
    does: 'voids the draft',
    input: { invoiceId: INV.draft },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: INV.draft, status: 'void' });
      expect(t.state.table('invoices').get(INV.draft)!.status).toBe('void');
    },
  },
  {
    subject: 'creates.void_invoice',
    does: "GHL's own refusal of a paid invoice, readable",
    input: { invoiceId: INV.paid },
    allowStatuses: [400],
    fails: (err) => expect(err.message).toMatch(/An invoice with recorded payments cannot be voided/),
  },
  {
    subject: 'creates.create_product',
    does: 'creates the product and its monthly price',
    input: { name: 'Aligner care plan', productType: 'SERVICE', priceType: 'recurring', amount: '49.99', currency: 'USD', interval: 'month' },
    expect: (out, t) => {
      expect(out).toMatchObject({ name: 'Aligner care plan', productType: 'SERVICE', price: { name: 'Aligner care plan', type: 'recurring', amount: 49.99, currency: 'USD', recurring: { interval: 'month', intervalCount: 1 } } });
      expect(out.id).toBe(out._id);
      expect(t.state.table('products').get(out.id)).toMatchObject({ locationId: SEED.locationId });
      expect(t.state.table('prices').get(out.price.id)).toMatchObject({ product: out.id, amount: 49.99 });
    },
  },
];

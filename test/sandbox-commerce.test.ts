/**
 * The sandbox's commerce modules over HTTP (no app): invoices (numbering, totals, the sub-account as
 * `altId`, sending, manual payments, voiding), products and prices, orders and transactions; every request
 * checked against the specs, every answer against the spec's (or the errata's) response schema.
 */
import { DEFAULTS, startSandbox, type Sandbox } from '../sandbox/server';
import { SEED } from '../sandbox/seed-ids';

let sandbox: Sandbox;
let token: string = DEFAULTS.accessToken;

beforeEach(async () => {
  sandbox = await startSandbox();
  token = DEFAULTS.accessToken;
});
afterEach(async () => {
  expect(sandbox.state.answerProblems).toEqual([]);
  await sandbox.close();
});

const LOC = DEFAULTS.locationId;
const ALT = { altId: LOC, altType: 'location' };
const INV = SEED.invoices;

const call = async (method: string, p: string, body?: unknown) => {
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${token}`, Version: '2021-07-28' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await fetch(sandbox.url + p, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
};
const qs = (q: Record<string, string | number>) => new URLSearchParams(Object.entries(q).map(([k, v]): [string, string] => [k, String(v)])).toString();
const listInvoices = (q: Record<string, string | number> = {}) => call('GET', `/invoices/?${qs({ ...ALT, limit: 100, offset: 0, ...q })}`);

const CONTACT_DETAILS = { id: SEED.contacts.rubika, name: 'Rubika Deo', email: 'rubika@deos.com', phoneNo: '+18832327657' };
const newInvoice = (over: Record<string, unknown> = {}) => ({
  ...ALT,
  name: 'Crown',
  businessDetails: { name: 'Acme Dental' },
  currency: 'USD',
  items: [
    { name: 'Crown', currency: 'USD', amount: 1200, qty: 1, taxes: [{ _id: '654492a4e6bef380114de15a', name: 'Sales tax', rate: 10 }] },
    { name: 'X-ray', currency: 'USD', amount: 50, qty: 2 },
  ],
  discount: { type: 'fixed', value: 100 },
  contactDetails: CONTACT_DETAILS,
  issueDate: '2026-07-01',
  dueDate: '2026-07-15',
  sentTo: { email: ['rubika@deos.com'] },
  liveMode: true,
  ...over,
});

describe('invoices', () => {
  test("the seed: Acme Dental's three invoices, newest issue date first, in GHL's shape", async () => {
    const res = await listInvoices({ sortField: 'issueDate', sortOrder: 'descend' });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(3);
    expect(res.body.invoices.map((i: any) => [i._id, i.invoiceNumber, i.status, i.total])).toEqual([
      [INV.draft, '1003', 'draft', 455],
      [INV.sent, '1002', 'sent', 270.63],
      [INV.paid, '1001', 'paid', 180],
    ]);
    expect((await listInvoices({ sortField: 'issueDate', sortOrder: 'ascend' })).body.invoices[0]._id).toBe(INV.paid);
  });

  test('filters: status, contact, search by name/email/phone (not by number), issue dates, paging', async () => {
    expect((await listInvoices({ status: 'paid' })).body.invoices.map((i: any) => i._id)).toEqual([INV.paid]);
    expect((await listInvoices({ contactId: SEED.contacts.maria })).body.invoices.map((i: any) => i._id)).toEqual([INV.draft]);
    expect((await listInvoices({ search: 'WHITENING' })).body.invoices.map((i: any) => i._id)).toEqual([INV.sent]);
    expect((await listInvoices({ search: 'john@deo.com' })).body.invoices.map((i: any) => i._id)).toEqual([INV.paid]);
    expect((await listInvoices({ search: '1002' })).body.invoices).toEqual([]);
    const sent = sandbox.state.table('invoices').get(INV.sent)!;
    expect((await listInvoices({ startAt: sent.issueDate, endAt: sent.issueDate })).body.invoices.map((i: any) => i._id)).toEqual([INV.sent]);
    const page = await listInvoices({ sortField: 'issueDate', sortOrder: 'descend', limit: 1, offset: 1 });
    expect(page.body).toMatchObject({ total: 3, invoices: [expect.objectContaining({ _id: INV.sent })] });
  });

  test('the sub-account is altId: another one is refused (403); its invoices are never found (404)', async () => {
    expect((await listInvoices({ altId: SEED.secondLocationId })).status).toBe(403);
    expect((await call('GET', `/invoices/${INV.otherLocation}?${qs(ALT)}`)).status).toBe(404);
    expect((await call('POST', `/invoices/${INV.otherLocation}/void`, ALT)).status).toBe(404);
    expect((await listInvoices()).body.invoices.map((i: any) => i._id)).not.toContain(INV.otherLocation);
  });

  test("an agency token reaches its company's sub-accounts by altId", async () => {
    token = DEFAULTS.agencyAccessToken;
    expect((await listInvoices({ altId: SEED.secondLocationId })).body.invoices.map((i: any) => i._id)).toEqual([INV.otherLocation]);
  });

  test('requests are checked against the spec: missing altType, a body without its required properties', async () => {
    const res = await call('GET', `/invoices/?${qs({ altId: LOC, limit: 10, offset: 0 })}`);
    expect(res).toMatchObject({ status: 422, body: { message: ['required query parameter "altType" is missing'] } });
    const { sentTo: _s, ...body } = newInvoice();
    expect((await call('POST', '/invoices/', body)).body.message).toEqual(['body misses required property "sentTo"']);
  });

  test('create: a numbered draft with its totals (fixed discount, tax on the discounted share)', async () => {
    const res = await call('POST', '/invoices/', newInvoice());
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'draft',
      invoiceNumber: '1004',
      altId: LOC,
      totalSummary: { subTotal: 1300, discount: 100, tax: 110.77 },
      total: 1310.77,
      amountDue: 1310.77,
      amountPaid: 0,
      title: 'INVOICE',
    });
    expect(res.body.invoiceItems).toEqual([
      expect.objectContaining({ _id: expect.stringMatching(/^[0-9a-f]{24}$/), name: 'Crown', amount: 1200, qty: 1 }),
      expect.objectContaining({ name: 'X-ray', amount: 50, qty: 2, taxes: [] }),
    ]);
    expect(sandbox.state.table('invoices').get(res.body._id)).toBeDefined();
  });

  test("create: GHL's rules (a taken number, a contact of another sub-account, items in another currency, due before issue)", async () => {
    expect(await call('POST', '/invoices/', newInvoice({ invoiceNumber: '1002' }))).toMatchObject({ status: 400, body: { message: 'Invoice number 1002 is already in use' } });
    expect((await call('POST', '/invoices/', newInvoice({ contactDetails: { ...CONTACT_DETAILS, id: 'nope0000000000000000' } }))).status).toBe(400);
    const eur = await call('POST', '/invoices/', newInvoice({ items: [{ name: 'Crown', currency: 'EUR', amount: 5, qty: 1 }] }));
    expect(eur).toMatchObject({ status: 422, body: { message: ['items.0.currency EUR is not the invoice currency USD'] } });
    expect((await call('POST', '/invoices/', newInvoice({ dueDate: '2026-06-01' }))).status).toBe(400);
  });

  test('send: a draft becomes sent; email needs the contact\'s email; a void invoice and a user without access are refused', async () => {
    const send = (id: string, body: Record<string, unknown>) => call('POST', `/invoices/${id}/send`, { ...ALT, liveMode: true, ...body });
    const res = await send(INV.draft, { action: 'email', userId: SEED.users.frontDesk, sentFrom: { fromEmail: 'billing@acmedental.example.com' } });
    expect(res).toMatchObject({ status: 200, body: { invoice: { _id: INV.draft, status: 'sent' }, emailData: { to: 'maria.lopez@example.com', from: 'billing@acmedental.example.com' }, smsData: {} } });
    expect((await send(INV.draft, { action: 'email', userId: SEED.users.hygienist })).status).toBe(400);
    sandbox.state.table('invoices').get(INV.sent)!.contactDetails.email = '';
    expect(await send(INV.sent, { action: 'sms_and_email', userId: SEED.users.admin })).toMatchObject({ status: 400, body: { message: 'The contact of this invoice has no email address' } });
    expect((await send(INV.sent, { action: 'sms', userId: SEED.users.admin })).status).toBe(200);
    await call('POST', `/invoices/${INV.draft}/void`, ALT);
    expect((await send(INV.draft, { action: 'send_manually', userId: SEED.users.admin })).status).toBe(400);
  });

  test('record payment: partial, then the rest (the whole amount due by default); too much, or on a paid invoice, is refused', async () => {
    const pay = (body: Record<string, unknown>) => call('POST', `/invoices/${INV.sent}/record-payment`, { ...ALT, notes: 'Front desk', ...body });
    expect((await pay({ mode: 'cash', amount: 300 })).body.message).toBe('The amount 300 is more than the amount due (270.63 USD)');
    expect(await pay({ mode: 'card', amount: 70.63, card: { brand: 'visa', last4: '4242' } })).toMatchObject({ status: 200, body: { success: true, invoice: { status: 'partially_paid', amountPaid: 70.63, amountDue: 200 } } });
    expect((await pay({ mode: 'card' })).body).toMatchObject({ statusCode: 422, message: ['card is required for card payments'] });
    expect(await pay({ mode: 'bank_transfer' })).toMatchObject({ status: 200, body: { invoice: { status: 'paid', amountPaid: 270.63, amountDue: 0 } } });
    expect((await pay({ mode: 'cash', amount: 1 })).body.message).toBe('This invoice is already paid');
    expect(sandbox.state.table('invoicePayments').where((p) => p.invoiceId === INV.sent).map((p) => [p.amount, p.mode])).toEqual([
      [70.63, 'card'],
      [200, 'bank_transfer'],
    ]);
  });

  test('void: a draft becomes void (once); an invoice with payments is refused; a void invoice takes no payment', async () => {
    expect(await call('POST', `/invoices/${INV.draft}/void`, ALT)).toMatchObject({ status: 200, body: { _id: INV.draft, status: 'void' } });
    expect((await call('POST', `/invoices/${INV.draft}/void`, ALT)).body.message).toBe('This invoice is already void');
    expect((await call('POST', `/invoices/${INV.paid}/void`, ALT)).body.message).toBe('An invoice with recorded payments cannot be voided');
    expect((await call('POST', `/invoices/${INV.draft}/record-payment`, { ...ALT, mode: 'cash', notes: 'x' })).body.message).toBe('A payment cannot be recorded on a void invoice');
  });

  test('get: the invoice of the sub-account', async () => {
    expect(await call('GET', `/invoices/${INV.sent}?${qs(ALT)}`)).toMatchObject({ status: 200, body: { _id: INV.sent, currency: 'USD', totalSummary: { subTotal: 250, tax: 20.63 } } });
    expect((await call('GET', `/invoices/nope?${qs(ALT)}`)).status).toBe(404);
  });
});

describe('products and prices', () => {
  test('create a product, then its recurring price; list both', async () => {
    const product = await call('POST', '/products/', { locationId: LOC, name: 'Aligner care plan', productType: 'SERVICE' });
    expect(product).toMatchObject({ status: 201, body: { name: 'Aligner care plan', productType: 'SERVICE', locationId: LOC } });
    const id = product.body._id;
    const price = await call('POST', `/products/${id}/price`, { locationId: LOC, name: 'Monthly', type: 'recurring', currency: 'USD', amount: 49.99, recurring: { interval: 'month', intervalCount: 1 } });
    expect(price).toMatchObject({ status: 201, body: { product: id, type: 'recurring', amount: 49.99, recurring: { interval: 'month', intervalCount: 1 } } });
    expect((await call('GET', `/products/${id}/price?locationId=${LOC}`)).body).toMatchObject({ total: 1, prices: [{ _id: price.body._id }] });
    const list = await call('GET', `/products/?locationId=${LOC}&limit=10&offset=0`);
    expect(list.body.products.map((p: any) => p.name)).toEqual(['Aligner care plan', 'Whitening kit']);
    expect(list.body.total).toEqual([{ total: 2 }]);
    expect((await call('GET', `/products/?locationId=${LOC}&search=kit`)).body.products.map((p: any) => p._id)).toEqual([SEED.productId]);
  });

  test('a recurring price without its interval, a negative amount, a product of another sub-account', async () => {
    const body = { locationId: LOC, name: 'Monthly', type: 'recurring', currency: 'USD', amount: -1 };
    expect((await call('POST', `/products/${SEED.productId}/price`, body)).body.message).toEqual(['amount must not be less than 0', 'recurring must be given for a recurring price']);
    expect((await call('POST', `/products/${SEED.productId}/price`, { ...body, locationId: SEED.secondLocationId, amount: 1 })).status).toBe(403);
    expect((await call('GET', `/products/nope?locationId=${LOC}`)).status).toBe(404);
  });
});

describe('orders and transactions', () => {
  const orders = (q: Record<string, string> = {}) => call('GET', `/payments/orders?${qs({ altId: LOC, ...q })}`);
  const transactions = (q: Record<string, string> = {}) => call('GET', `/payments/transactions?${qs({ ...ALT, ...q })}`);

  test('orders newest first, filtered by payment status and contact; another sub-account refused', async () => {
    expect((await orders()).body).toMatchObject({ totalCount: 3, data: [{ _id: SEED.orders.unpaid }, { _id: SEED.orders.paid }, { _id: SEED.orders.refunded }] });
    expect((await orders({ paymentStatus: 'refunded' })).body.data.map((o: any) => o._id)).toEqual([SEED.orders.refunded]);
    expect((await orders({ contactId: SEED.contacts.rubika })).body.data.map((o: any) => o._id)).toEqual([SEED.orders.paid]);
    expect((await orders({ paymentStatus: 'pending' })).status).toBe(422);
    expect((await orders({ altId: SEED.secondLocationId })).status).toBe(403);
    expect((await orders({ limit: '1', offset: '1' })).body.data.map((o: any) => o._id)).toEqual([SEED.orders.paid]);
    expect((await call('GET', `/payments/orders/${SEED.orders.paid}?altId=${LOC}`)).body).toMatchObject({ _id: SEED.orders.paid, paymentStatus: 'paid' });
  });

  test("a manual payment on an order makes it paid and adds its transaction; an invoice's manual payment is a transaction too", async () => {
    const pay = await call('POST', `/payments/orders/${SEED.orders.unpaid}/record-payment`, { ...ALT, mode: 'cash' });
    expect(pay).toMatchObject({ status: 200, body: { success: true } });
    expect((await call('GET', `/payments/orders/${SEED.orders.unpaid}?altId=${LOC}`)).body.paymentStatus).toBe('paid');
    expect((await call('POST', `/payments/orders/${SEED.orders.unpaid}/record-payment`, { ...ALT, mode: 'cash' })).status).toBe(400);
    await call('POST', `/invoices/${INV.sent}/record-payment`, { ...ALT, mode: 'cheque', cheque: { number: '129' }, notes: 'Cheque', amount: 20 });
    const list = (await transactions()).body;
    expect(list.totalCount).toBe(5);
    expect(list.data.slice(0, 2)).toEqual([
      expect.objectContaining({ entityType: 'invoice', entityId: INV.sent, amount: 20, paymentMethod: { mode: 'cheque', cheque: { number: '129' } } }),
      expect.objectContaining({ entityType: 'order', entityId: SEED.orders.unpaid, amount: 178, contactId: SEED.contacts.john }),
    ]);
    expect((await transactions({ contactId: SEED.contacts.maria })).body.data.map((t: any) => t._id)).toEqual([SEED.transactions.refunded]);
    expect((await transactions({ entityId: INV.paid })).body.data.map((t: any) => t._id)).toEqual([INV.paidPaymentId]);
    expect((await call('GET', `/payments/transactions/${INV.paidPaymentId}?${qs(ALT)}`)).body).toMatchObject({ amount: 180, entityType: 'invoice' });
    expect((await call('GET', `/payments/transactions/nope?${qs(ALT)}`)).status).toBe(404);
  });
});

/**
 * End to end: invoices, orders, transactions and products (test/e2e/cases/commerce.ts), sub-account and
 * agency connections; and each event trigger polled across a change, counting what fires as Zapier's
 * dedupe would (an item fires when its id was not seen before).
 */
import { describeCases, e2eFor, freshSandbox, perform, SEED } from './harness';
import { COMMERCE_CASES } from './cases/commerce';
import type { Sandbox } from '../../sandbox/server';

describeCases('commerce end to end (app tester → sandbox)', COMMERCE_CASES);

/** Zapier's dedupe for one Zap: the ids seen so far; a poll fires the items with ids never seen. */
class Zap {
  private readonly seen = new Set<string>();
  constructor(
    private readonly sandbox: Sandbox,
    private readonly trigger: string,
    private readonly input: Record<string, unknown> = {},
  ) {}

  /** Turning the Zap on: Zapier populates its dedupe store (nothing fires). Returns the requests made. */
  async turnOn(): Promise<number> {
    const before = this.sandbox.state.requests.length;
    const items = await perform(`triggers.${this.trigger}`, this.sandbox, 'sub-account', this.input, { isPopulatingDedupe: true });
    for (const item of items) this.seen.add(item.id);
    return this.sandbox.state.requests.length - before;
  }

  /** A normal poll: what fires, and how many requests it took. */
  async poll(): Promise<{ fired: any[]; requests: number }> {
    const before = this.sandbox.state.requests.length;
    const items = await perform(`triggers.${this.trigger}`, this.sandbox, 'sub-account', this.input);
    const fired = items.filter((item: any) => !this.seen.has(item.id));
    for (const item of fired) this.seen.add(item.id);
    expect(this.sandbox.state.requests.slice(before).filter((r) => r.status >= 400)).toEqual([]);
    return { fired, requests: this.sandbox.state.requests.length - before };
  }
}

const run = (sandbox: Sandbox, subject: string, input: Record<string, unknown>) => perform(subject, sandbox, 'sub-account', input);

(e2eFor('oauth') ? describe : describe.skip)('commerce event triggers fire once per event, polled across a change', () => {
  jest.setTimeout(30_000);
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await freshSandbox();
  });
  afterEach(async () => {
    expect(sandbox.state.answerProblems).toEqual([]);
    await sandbox.close();
    delete process.env.GHL_BASE_URL;
  });

  test('New Invoice: a created invoice fires once; sending and paying it never fire again', async () => {
    const zap = new Zap(sandbox, 'new_invoice');
    await zap.turnOn();
    expect(await zap.poll()).toEqual({ fired: [], requests: 1 });
    const created = await run(sandbox, 'creates.create_invoice', { contactId: SEED.contacts.john, name: 'Filling', currency: 'USD', items: [{ itemName: 'Composite filling', price: '150' }] });
    const { fired, requests } = await zap.poll();
    expect(requests).toBe(1);
    expect(fired.map((f) => [f.id, f.invoiceId, f.name, f.total])).toEqual([[created.id, created.id, 'Filling', 150]]);
    await run(sandbox, 'creates.send_invoice', { invoiceId: created.id, action: 'email', userId: SEED.users.frontDesk });
    await run(sandbox, 'creates.record_invoice_payment', { invoiceId: created.id, mode: 'cash' });
    expect((await zap.poll()).fired).toEqual([]);
  });

  test('Invoice Paid: a partial payment does not fire; the payment that completes it fires once, and never again', async () => {
    const zap = new Zap(sandbox, 'invoice_paid');
    await zap.turnOn();
    expect((await zap.poll()).fired).toEqual([]);
    await run(sandbox, 'creates.record_invoice_payment', { invoiceId: SEED.invoices.sent, mode: 'cash', amount: '70.63' });
    expect((await zap.poll()).fired).toEqual([]);
    await run(sandbox, 'creates.record_invoice_payment', { invoiceId: SEED.invoices.sent, mode: 'cheque', chequeNumber: '129' });
    const { fired, requests } = await zap.poll();
    expect(requests).toBe(1);
    expect(fired).toEqual([expect.objectContaining({ id: `${SEED.invoices.sent}:paid`, invoiceId: SEED.invoices.sent, status: 'paid', amountPaid: 270.63, amountDue: 0 })]);
    expect((await zap.poll()).fired).toEqual([]);
  });

  test('New Order: an order placed between polls fires once; with Payment Status "paid", an unpaid order fires once when it is paid', async () => {
    const all = new Zap(sandbox, 'new_order');
    const paid = new Zap(sandbox, 'new_order', { paymentStatus: 'paid' });
    await all.turnOn();
    await paid.turnOn();
    // A checkout on a funnel (orders have no create endpoint in GHL's API): the order appears in the sub-account.
    const stamp = new Date().toISOString();
    const order = { ...sandbox.state.table('orders').get(SEED.orders.unpaid)!, _id: '653f5e0cde5a1314e62a8400', amount: 89, paid: 0, createdAt: stamp, updatedAt: stamp };
    sandbox.state.table('orders').put(order);
    const first = await all.poll();
    expect(first.requests).toBe(1);
    expect(first.fired.map((o) => [o.id, o.orderId, o.paymentStatus])).toEqual([[order._id, order._id, 'unpaid']]);
    expect((await paid.poll()).fired).toEqual([]);
    // The front desk takes the payment (GHL's API: record a manual payment on the order).
    const res = await fetch(`${sandbox.url}/payments/orders/${order._id}/record-payment`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${sandbox.state.authData('sub-account').access_token}`, Version: '2021-07-28', 'Content-Type': 'application/json' },
      body: JSON.stringify({ altId: SEED.locationId, altType: 'location', mode: 'cash' }),
    });
    expect(res.status).toBe(200);
    expect((await all.poll()).fired).toEqual([]);
    expect((await paid.poll()).fired.map((o) => [o.id, o.paymentStatus])).toEqual([[order._id, 'paid']]);
    expect((await paid.poll()).fired).toEqual([]);
  });

  test('New Transaction: a recorded invoice payment fires once, and not on the next poll', async () => {
    const zap = new Zap(sandbox, 'new_transaction');
    await zap.turnOn();
    expect((await zap.poll()).fired).toEqual([]);
    await run(sandbox, 'creates.record_invoice_payment', { invoiceId: SEED.invoices.sent, mode: 'card', amount: '20', cardBrand: 'mastercard', cardLast4: '5555' });
    const { fired, requests } = await zap.poll();
    expect(requests).toBe(1);
    expect(fired).toEqual([expect.objectContaining({ entityType: 'invoice', entityId: SEED.invoices.sent, amount: 20, currency: 'USD', contactId: SEED.contacts.rubika })]);
    expect(fired[0].transactionId).toBe(fired[0].id);
    expect((await zap.poll()).fired).toEqual([]);
  });
});

/**
 * Payments: orders (list by `altId` with `paymentStatus`, `status`, `contactId`, `search`, `startAt`/`endAt`,
 * `paymentMode`, `limit`/`offset`, newest first; get; record a manual payment, which makes an unpaid order
 * paid or partially paid and adds its transaction) and transactions (list and get, newest first): the
 * sub-account's own, and the manual invoice payments the invoices module keeps (`invoicePayments`).
 *
 * Orders come from funnels, stores and checkouts, which the API does not create: the seed has three, and a
 * test adds one as a checkout would (`state.table('orders').put(…)`).
 */
import { altIdOf } from '../alt';
import { fail, type Handler, type Req } from '../http';
import { matchesText } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newHexId, now, type Rec, type SandboxState } from '../state';

const round2 = (n: number): number => Math.round(n * 100) / 100;
const byNewest = (a: Rec, b: Rec): number => Date.parse(b.createdAt) - Date.parse(a.createdAt);
const page = (items: Rec[], q: Rec): Rec[] => {
  const offset = Math.max(0, Number(q.offset) || 0);
  return items.slice(offset, offset + (Number(q.limit) > 0 ? Number(q.limit) : 10));
};
const inWindow = (q: Rec, at: string): boolean => (!q.startAt || at.slice(0, 10) >= q.startAt) && (!q.endAt || at.slice(0, 10) <= q.endAt);
const modeFits = (q: Rec, liveMode: boolean): boolean => !q.paymentMode || (q.paymentMode === 'test' ? !liveMode : q.paymentMode === 'live' ? liveMode : true);

/** An order as GHL lists it (what the sandbox keeps beside it stays out). */
const orderShown = ({ paid: _p, ...o }: Rec): Rec => o;

/** A manual invoice payment (invoices module) as the transaction GHL records for it. */
const invoiceTransaction = (p: Rec): Rec => ({
  _id: p._id,
  altId: p.altId,
  altType: 'location',
  contactId: p.contactId,
  contactName: p.contactName,
  contactEmail: p.contactEmail,
  currency: p.currency,
  amount: p.amount,
  status: 'succeeded',
  liveMode: p.liveMode,
  entityType: 'invoice',
  entityId: p.invoiceId,
  entitySourceType: 'invoice',
  entitySourceName: p.invoiceName,
  entitySourceId: p.invoiceId,
  paymentProviderType: 'manual',
  paymentMethod: { mode: p.mode, ...(p.card ? { card: p.card } : {}), ...(p.cheque ? { cheque: p.cheque } : {}) },
  amountRefunded: 0,
  ...(p.notes ? { meta: { notes: p.notes } } : {}),
  createdAt: p.createdAt,
  updatedAt: p.createdAt,
  fulfilledAt: p.fulfilledAt,
});

const transactionsOf = (state: SandboxState, altId: string): Rec[] =>
  [...state.table('transactions').where((t) => t.altId === altId), ...state.table('invoicePayments').where((p) => p.altId === altId).map(invoiceTransaction)].sort(byNewest);

const orderOf = (req: Req, state: SandboxState, altId: unknown): Rec => {
  const loc = altIdOf(req, state, altId);
  const o = state.table('orders').get(req.params.orderId);
  if (!o || o.altId !== loc) throw fail(404, `Order with id ${req.params.orderId} not found`);
  return o;
};

const listOrders: Handler = (req, state) => {
  const q = req.query;
  const loc = altIdOf(req, state, q.altId);
  const found = state
    .table('orders')
    .where(
      (o) =>
        o.altId === loc &&
        (!q.status || o.status === q.status) &&
        (!q.paymentStatus || o.paymentStatus === q.paymentStatus) &&
        (!q.contactId || o.contactId === q.contactId) &&
        (!q.sourceId || o.sourceId === q.sourceId) &&
        modeFits(q, o.liveMode) &&
        inWindow(q, o.createdAt) &&
        matchesText(q.search, o.name, o.contactName, o.sourceName),
    )
    .sort(byNewest);
  return { data: page(found, q).map(orderShown), totalCount: found.length };
};

const recordOrderPayment: Handler = (req, state) => {
  const b = req.body;
  const o = orderOf(req, state, b.altId);
  if (o.paymentStatus === 'paid' || o.paymentStatus === 'refunded') throw fail(400, `This order is already ${o.paymentStatus}`);
  const due = round2(o.amount - (o.paid ?? 0));
  const amount = b.amount === undefined ? due : round2(Number(b.amount));
  if (!(amount > 0) || amount > due) throw fail(400, `The amount must be more than 0 and at most the amount due (${due} ${o.currency})`);
  if (amount < due && !b.isPartialPayment) throw fail(400, 'The amount is less than the amount due: set isPartialPayment for a partial payment');
  const stamp = now();
  o.paid = round2((o.paid ?? 0) + amount);
  o.paymentStatus = o.paid >= o.amount ? 'paid' : 'partially_paid';
  o.updatedAt = stamp;
  state.table('transactions').put({
    _id: newHexId(),
    altId: o.altId,
    altType: 'location',
    contactId: o.contactId,
    contactName: o.contactName,
    contactEmail: o.contactEmail,
    currency: o.currency,
    amount,
    status: 'succeeded',
    liveMode: o.liveMode,
    entityType: 'order',
    entityId: o._id,
    entitySourceType: o.sourceType,
    entitySourceName: o.sourceName,
    entitySourceId: o.sourceId,
    paymentProviderType: 'manual',
    paymentMethod: { mode: b.mode, ...(b.card ? { card: b.card } : {}), ...(b.cheque ? { cheque: b.cheque } : {}) },
    amountRefunded: 0,
    createdAt: stamp,
    updatedAt: stamp,
    fulfilledAt: stamp,
  });
  return { success: true };
};

export default defineResource({
  name: 'payments',
  routes: (r) => {
    r.get('/payments/orders', listOrders);
    r.get('/payments/orders/{orderId}', (req, s) => orderShown(orderOf(req, s, req.query.altId)));
    r.post('/payments/orders/{orderId}/record-payment', recordOrderPayment);
    r.get('/payments/transactions', (req, s) => {
      const q = req.query;
      const loc = altIdOf(req, s, q.altId);
      const found = transactionsOf(s, loc).filter(
        (t) =>
          (!q.contactId || t.contactId === q.contactId) &&
          (!q.entityId || t.entityId === q.entityId) &&
          (!q.entitySourceType || t.entitySourceType === q.entitySourceType) &&
          (!q.subscriptionId || t.subscriptionId === q.subscriptionId) &&
          modeFits(q, t.liveMode) &&
          inWindow(q, t.createdAt) &&
          matchesText(q.search, t.contactName, t.entitySourceName),
      );
      return { data: page(found, q), totalCount: found.length };
    });
    r.get('/payments/transactions/{transactionId}', (req, s) => {
      const loc = altIdOf(req, s, req.query.altId);
      const t = transactionsOf(s, loc).find((x) => x._id === req.params.transactionId);
      if (!t) throw fail(404, `Transaction with id ${req.params.transactionId} not found`);
      return t;
    });
  },
  seed: (s) => {
    const { locationId } = s.options;
    const at = (hoursAgo: number): string => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
    const order = (id: string, contactId: string, contactName: string, contactEmail: string, amount: number, paymentStatus: string, hoursAgo: number, extra: Rec = {}) =>
      s.table('orders').put({
        _id: id,
        altId: locationId,
        altType: 'location',
        contactId,
        contactName,
        contactEmail,
        currency: 'USD',
        amount,
        subtotal: amount,
        discount: 0,
        status: 'completed',
        paymentStatus,
        paid: paymentStatus === 'paid' || paymentStatus === 'refunded' ? amount : 0,
        liveMode: true,
        totalProducts: 1,
        sourceType: 'funnel',
        sourceName: 'Whitening kit checkout',
        sourceId: 'kDj7BHej9Zyyq3QakJmz',
        sourceSubType: 'one_step_order_form',
        fulfillmentStatus: 'unfulfilled',
        onetimeProducts: 1,
        recurringProducts: 0,
        createdAt: at(hoursAgo),
        updatedAt: at(hoursAgo),
        ...extra,
      });
    order(SEED.orders.refunded, SEED.contacts.maria, 'Maria Lopez', 'maria.lopez@example.com', 89, 'refunded', 24 * 9, { status: 'refunded' });
    order(SEED.orders.paid, SEED.contacts.rubika, 'Rubika Deo', 'rubika@deos.com', 89, 'paid', 24 * 3);
    order(SEED.orders.unpaid, SEED.contacts.john, 'John Deo', 'john@deo.com', 178, 'unpaid', 30, { status: 'pending', totalProducts: 2, onetimeProducts: 2, sourceSubType: 'two_step_order_form' });
    const tx = (id: string, orderId: string, contactId: string, contactName: string, contactEmail: string, amount: number, hoursAgo: number, extra: Rec = {}) =>
      s.table('transactions').put({
        _id: id,
        altId: locationId,
        altType: 'location',
        contactId,
        contactName,
        contactEmail,
        currency: 'USD',
        amount,
        status: 'succeeded',
        liveMode: true,
        entityType: 'order',
        entityId: orderId,
        entitySourceType: 'funnel',
        entitySourceSubType: 'one_step_order_form',
        entitySourceName: 'Whitening kit checkout',
        entitySourceId: 'kDj7BHej9Zyyq3QakJmz',
        chargeId: `ch_${id.slice(0, 12)}`,
        paymentProviderType: 'stripe',
        paymentMethod: { card: { brand: 'visa', last4: '4242' } },
        amountRefunded: 0,
        createdAt: at(hoursAgo),
        updatedAt: at(hoursAgo),
        fulfilledAt: at(hoursAgo),
        ...extra,
      });
    tx(SEED.transactions.refunded, SEED.orders.refunded, SEED.contacts.maria, 'Maria Lopez', 'maria.lopez@example.com', 89, 24 * 9, { status: 'refunded', amountRefunded: 89 });
    tx(SEED.transactions.paidOrder, SEED.orders.paid, SEED.contacts.rubika, 'Rubika Deo', 'rubika@deos.com', 89, 24 * 3);
  },
});

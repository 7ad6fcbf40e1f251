/**
 * Invoices: create (a draft, numbered, with its totals), list (`altId`/`altType`, `status`, `contactId`,
 * `search` by id, name, email or phone, `startAt`/`endAt` issue dates, `sortField=issueDate`, `sortOrder`,
 * `limit`/`offset`), get, send (email, SMS, both, or marked sent), record a manual payment (partial or
 * whole; the invoice becomes partially paid or paid), and void. Mongo-style `_id`s, as GHL answers them.
 *
 * The sub-account is `altId` (with `altType: location`), which the server's own location check does not
 * know: each route checks it. Manual payments are kept in `invoicePayments` (the payments module lists
 * them as transactions).
 */
import { altIdOf } from '../alt';
import { fail, type Handler, type Req } from '../http';
import { lower, matchesText, must } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newHexId, now, type Rec, type SandboxState } from '../state';

const round2 = (n: number): number => Math.round(n * 100) / 100;

const invoiceOf = (req: Req, state: SandboxState, altId: unknown): Rec => {
  const loc = altIdOf(req, state, altId);
  const inv = state.table('invoices').get(req.params.invoiceId);
  if (!inv || inv.altId !== loc) throw fail(404, `Invoice with id ${req.params.invoiceId} not found`);
  return inv;
};

/** Subtotal, discount, taxes (on each item's share after the discount) and total, in the invoice's currency. */
const totalsOf = (items: Rec[], discount: Rec): Rec => {
  const subTotal = round2(items.reduce((s, it) => s + it.amount * it.qty, 0));
  const off = round2(discount?.type === 'fixed' ? Math.min(Number(discount.value) || 0, subTotal) : (subTotal * (Number(discount?.value) || 0)) / 100);
  const share = subTotal ? (subTotal - off) / subTotal : 0;
  const tax = round2(items.reduce((s, it) => s + (it.taxes || []).reduce((t: number, x: Rec) => t + (it.amount * it.qty * share * Number(x.rate)) / 100, 0), 0));
  return { subTotal, discount: off, tax, total: round2(subTotal - off + tax) };
};

const nextNumber = (state: SandboxState, altId: string): string => {
  const used = state.table('invoices').where((i) => i.altId === altId).map((i) => Number(i.invoiceNumber)).filter(Number.isFinite);
  return String(used.length ? Math.max(...used) + 1 : 1001);
};

/** The invoice as GHL answers it (what the sandbox keeps beside it stays out). */
const shown = ({ sentAt: _s, ...inv }: Rec): Rec => inv;

const build = (state: SandboxState, altId: string, b: Rec, stamp = now()): Rec => {
  const contact = state.table('contacts').get(b.contactDetails.id);
  if (!contact || contact.locationId !== altId) throw fail(400, `Contact with id ${b.contactDetails.id} not found`);
  const problems = (b.items as Rec[]).flatMap((it, i) => (lower(it.currency) !== lower(b.currency) ? [`items.${i}.currency ${it.currency} is not the invoice currency ${b.currency}`] : []));
  if (problems.length) throw fail(422, problems);
  const dueDate = b.dueDate ?? b.issueDate;
  if (dueDate < b.issueDate) throw fail(400, 'dueDate must be on or after issueDate');
  const number = b.invoiceNumber ?? nextNumber(state, altId);
  if (state.table('invoices').where((i) => i.altId === altId && i.invoiceNumber === number).length) throw fail(400, `Invoice number ${number} is already in use`);
  const invoiceItems = (b.items as Rec[]).map((it) => ({ _id: newHexId(), taxes: [], type: 'one_time', ...it }));
  const t = totalsOf(invoiceItems, b.discount);
  return {
    _id: newHexId(),
    status: 'draft',
    liveMode: b.liveMode,
    amountPaid: 0,
    altId,
    altType: 'location',
    name: b.name,
    businessDetails: b.businessDetails,
    invoiceNumber: number,
    ...(b.invoiceNumberPrefix ? { invoiceNumberPrefix: b.invoiceNumberPrefix } : {}),
    currency: b.currency,
    contactDetails: b.contactDetails,
    issueDate: b.issueDate,
    dueDate,
    discount: b.discount,
    invoiceItems,
    total: t.total,
    title: b.title ?? 'INVOICE',
    ...(b.termsNotes ? { termsNotes: b.termsNotes } : {}),
    sentTo: b.sentTo,
    amountDue: t.total,
    totalSummary: { subTotal: t.subTotal, discount: t.discount, tax: t.tax },
    createdAt: stamp,
    updatedAt: stamp,
  };
};

const list: Handler = (req, state) => {
  const q = req.query;
  const loc = altIdOf(req, state, q.altId);
  const dir = q.sortOrder === 'ascend' ? 1 : -1;
  const found = state
    .table('invoices')
    .where(
      (i) =>
        i.altId === loc &&
        (!q.status || i.status === q.status) &&
        (!q.contactId || i.contactDetails?.id === q.contactId) &&
        (!q.paymentMode || (q.paymentMode === 'test' ? !i.liveMode : q.paymentMode === 'live' ? i.liveMode : true)) &&
        (!q.startAt || i.issueDate >= q.startAt) &&
        (!q.endAt || i.issueDate <= q.endAt) &&
        // GHL's list searches an invoice "by id / name / email / phoneNo" (the spec), not by its number.
        matchesText(q.search, i._id, i.name, i.contactDetails?.name, i.contactDetails?.email, i.contactDetails?.phoneNo),
    )
    .sort((a, b) => (q.sortField === 'issueDate' ? (a.issueDate < b.issueDate ? -1 : a.issueDate > b.issueDate ? 1 : 0) * dir : 0) || Date.parse(b.createdAt) - Date.parse(a.createdAt));
  const offset = Math.max(0, Number(q.offset) || 0);
  const limit = Math.max(1, Number(q.limit) || 10);
  return { invoices: found.slice(offset, offset + limit).map(shown), total: found.length };
};

const send: Handler = (req, state) => {
  const inv = invoiceOf(req, state, req.body.altId);
  const b = req.body;
  if (inv.status === 'void') throw fail(400, 'A void invoice cannot be sent');
  const user = state.table('users').get(b.userId);
  if (!user || user.deleted || !(user.roles?.locationIds || []).includes(inv.altId)) throw fail(400, `User with id ${b.userId} has no access to this location`);
  const byEmail = b.action === 'email' || b.action === 'sms_and_email';
  const bySms = b.action === 'sms' || b.action === 'sms_and_email';
  if (byEmail && !inv.contactDetails?.email) throw fail(400, 'The contact of this invoice has no email address');
  if (bySms && !inv.contactDetails?.phoneNo) throw fail(400, 'The contact of this invoice has no phone number');
  if (inv.status === 'draft') inv.status = 'sent';
  inv.sentAt = now();
  inv.updatedAt = inv.sentAt;
  return {
    invoice: shown(inv),
    smsData: bySms ? { to: inv.contactDetails.phoneNo } : {},
    emailData: byEmail ? { to: inv.contactDetails.email, ...(b.sentFrom?.fromEmail ? { from: b.sentFrom.fromEmail } : {}) } : {},
  };
};

const recordPayment: Handler = (req, state) => {
  const inv = invoiceOf(req, state, req.body.altId);
  const b = req.body;
  if (inv.status === 'void') throw fail(400, 'A payment cannot be recorded on a void invoice');
  if (inv.status === 'paid' || inv.amountDue <= 0) throw fail(400, 'This invoice is already paid');
  const amount = b.amount === undefined ? inv.amountDue : round2(Number(b.amount));
  if (!(amount > 0)) throw fail(422, ['amount must be a positive number']);
  if (amount > inv.amountDue) throw fail(400, `The amount ${amount} is more than the amount due (${inv.amountDue} ${inv.currency})`);
  if (b.mode === 'card' && b.card === undefined) throw fail(422, ['card is required for card payments']);
  if (b.mode === 'cheque' && b.cheque === undefined) throw fail(422, ['cheque is required for cheque payments']);
  const stamp = now();
  inv.amountPaid = round2(inv.amountPaid + amount);
  inv.amountDue = round2(inv.total - inv.amountPaid);
  inv.status = inv.amountDue <= 0 ? 'paid' : 'partially_paid';
  inv.updatedAt = stamp;
  state.table('invoicePayments').put({
    _id: newHexId(),
    invoiceId: inv._id,
    altId: inv.altId,
    contactId: inv.contactDetails?.id,
    contactName: inv.contactDetails?.name,
    contactEmail: inv.contactDetails?.email,
    invoiceName: inv.name,
    currency: inv.currency,
    amount,
    mode: b.mode,
    ...(b.card ? { card: b.card } : {}),
    ...(b.cheque ? { cheque: b.cheque } : {}),
    notes: b.notes,
    liveMode: inv.liveMode,
    fulfilledAt: b.fulfilledAt ?? stamp,
    createdAt: stamp,
  });
  return { success: true, invoice: shown(inv) };
};

const voidInvoice: Handler = (req, state) => {
  const inv = invoiceOf(req, state, req.body.altId);
  if (inv.status === 'void') throw fail(400, 'This invoice is already void');
  if (inv.amountPaid > 0) throw fail(400, 'An invoice with recorded payments cannot be voided');
  inv.status = 'void';
  inv.updatedAt = now();
  return shown(inv);
};

export default defineResource({
  name: 'invoices',
  routes: (r) => {
    r.get('/invoices/', list);
    r.post('/invoices/', (req, s) => {
      const loc = altIdOf(req, s, req.body.altId);
      return shown(s.table('invoices').put(build(s, loc, req.body)));
    });
    r.get('/invoices/{invoiceId}', (req, s) => shown(invoiceOf(req, s, req.query.altId)));
    r.post('/invoices/{invoiceId}/send', send);
    r.post('/invoices/{invoiceId}/record-payment', recordPayment);
    r.post('/invoices/{invoiceId}/void', voidInvoice);
  },
  seed: (s) => {
    const { locationId } = s.options;
    const day = 86_400_000;
    const at = (daysAgo: number, hour = 15): string => new Date(Math.floor(Date.now() / day - daysAgo) * day + hour * 3_600_000).toISOString();
    const date = (daysAgo: number): string => at(daysAgo).slice(0, 10);
    const business = {
      name: 'Acme Dental',
      phoneNo: '+12055550100',
      website: 'https://acmedental.example.com',
      address: { addressLine1: '3535 1st St N', city: 'Dolomite', state: 'AL', countryCode: 'US', postalCode: '35061' },
    };
    const contactDetails = (id: string): Rec => {
      const c = must(s.table('contacts'), id, 'Contact');
      return { id, name: c.name, email: c.email, phoneNo: c.phone, ...(c.companyName ? { companyName: c.companyName } : {}) };
    };
    const seed = (id: string, number: string, contact: string, name: string, items: Rec[], daysAgo: number, extra: Rec = {}): Rec => {
      const cd = contactDetails(contact);
      const inv = build(
        s,
        locationId,
        { name, businessDetails: business, currency: 'USD', items, discount: { type: 'percentage', value: 0 }, contactDetails: cd, issueDate: date(daysAgo), dueDate: date(daysAgo - 14), sentTo: { email: [cd.email], phoneNo: [cd.phoneNo] }, liveMode: true, invoiceNumber: number, termsNotes: '<p>Payment is due within 14 days.</p>' },
        at(daysAgo),
      );
      return s.table('invoices').put({ ...inv, _id: id, invoiceItems: inv.invoiceItems.map((it: Rec, i: number) => ({ ...it, _id: `${id.slice(0, 22)}${String(i).padStart(2, '0')}` })), ...extra });
    };
    const cleaning = seed(SEED.invoices.paid, '1001', SEED.contacts.john, 'Cleaning and check-up', [{ name: 'Cleaning and check-up', currency: 'USD', amount: 180, qty: 1 }], 20);
    Object.assign(cleaning, { status: 'paid', amountPaid: cleaning.total, amountDue: 0, updatedAt: at(18) });
    s.table('invoicePayments').put({
      _id: SEED.invoices.paidPaymentId,
      invoiceId: cleaning._id,
      altId: locationId,
      contactId: SEED.contacts.john,
      contactName: cleaning.contactDetails.name,
      contactEmail: cleaning.contactDetails.email,
      invoiceName: cleaning.name,
      currency: 'USD',
      amount: cleaning.total,
      mode: 'cash',
      notes: 'Paid at the front desk',
      liveMode: true,
      fulfilledAt: at(18),
      createdAt: at(18),
    });
    const whitening = seed(
      SEED.invoices.sent,
      '1002',
      SEED.contacts.rubika,
      'Teeth whitening — July',
      [{ name: 'Teeth whitening', description: 'In-office session, 60 minutes', currency: 'USD', amount: 250, qty: 1, taxes: [{ _id: '654492a4e6bef380114de15a', name: 'Sales tax', rate: 8.25, calculation: 'exclusive' }] }],
      5,
    );
    Object.assign(whitening, { status: 'sent', updatedAt: at(5, 16) });
    seed(SEED.invoices.draft, '1003', SEED.contacts.maria, 'Night guard', [{ name: 'Custom night guard', currency: 'USD', amount: 395, qty: 1 }, { name: 'Fitting appointment', currency: 'USD', amount: 60, qty: 1 }], 1);
    // Another sub-account's invoice: never seen with Acme Dental's token.
    s.table('invoices').put({ ...whitening, _id: SEED.invoices.otherLocation, altId: SEED.secondLocationId, invoiceNumber: '1001', name: 'Aligner consultation' });
  },
});

/**
 * Products and their prices: create a product (`locationId` in the body), list (`search`, `limit`/`offset`,
 * `sortOrder`), get, and a product's prices (create: one-time, or recurring with an interval; list).
 * Mongo-style `_id`s, as GHL answers them.
 */
import { fail, type Handler, type Req } from '../http';
import { limitSkip, matchesText, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newHexId, now, type Rec, type SandboxState } from '../state';

const PRODUCT_KEYS = ['name', 'description', 'productType', 'image', 'statementDescriptor', 'availableInStore', 'collectionIds', 'isTaxesEnabled', 'taxes', 'slug', 'taxInclusive'];
const PRICE_KEYS = ['name', 'type', 'currency', 'amount', 'recurring', 'description', 'trialPeriod', 'totalCycles', 'setupFee', 'compareAtPrice', 'sku'];

const productOf = (req: Req, state: SandboxState, locationId: unknown): Rec => {
  const p = state.table('products').get(req.params.productId);
  if (!p || p.locationId !== locationId) throw fail(404, `Product with id ${req.params.productId} not found`);
  return p;
};

const createPrice: Handler = (req, state) => {
  const b = req.body;
  const product = productOf(req, state, b.locationId);
  const problems: string[] = [];
  if (b.amount < 0) problems.push('amount must not be less than 0');
  if (!/^[A-Z]{3}$/.test(b.currency)) problems.push('currency must be a three-letter ISO currency code');
  if (b.type === 'recurring' && !b.recurring) problems.push('recurring must be given for a recurring price');
  if (b.type === 'recurring' && b.recurring && !(b.recurring.intervalCount >= 1)) problems.push('recurring.intervalCount must not be less than 1');
  if (problems.length) throw fail(422, problems);
  const stamp = now();
  const price = state.table('prices').put({
    _id: newHexId(),
    product: product._id,
    locationId: b.locationId,
    membershipOffers: [],
    variantOptionIds: [],
    ...pick(b, PRICE_KEYS),
    ...(b.type === 'recurring' ? {} : { recurring: undefined }),
    createdAt: stamp,
    updatedAt: stamp,
  });
  return JSON.parse(JSON.stringify(price));
};

export default defineResource({
  name: 'products',
  routes: (r) => {
    r.post('/products/', (req, s) => {
      const stamp = now();
      return s.table('products').put({ _id: newHexId(), locationId: req.body.locationId, variants: [], availableInStore: false, ...pick(req.body, PRODUCT_KEYS), createdAt: stamp, updatedAt: stamp });
    });
    r.get('/products/', (req, s) => {
      const q = req.query;
      const dir = q.sortOrder === 'asc' ? 1 : -1;
      const all = s
        .table('products')
        .where((p) => p.locationId === q.locationId && matchesText(q.search, p.name) && (q.availableInStore === undefined || String(p.availableInStore) === String(q.availableInStore)))
        .sort((a, b) => (Date.parse(a.createdAt) - Date.parse(b.createdAt)) * dir);
      return { products: limitSkip(all, { limit: Number(q.limit) || 20, offset: q.offset }), total: [{ total: all.length }] };
    });
    r.get('/products/{productId}', (req, s) => productOf(req, s, req.query.locationId));
    r.post('/products/{productId}/price', createPrice);
    r.get('/products/{productId}/price', (req, s) => {
      const product = productOf(req, s, req.query.locationId);
      const ids = req.query.ids ? String(req.query.ids).split(',') : undefined;
      const all = s.table('prices').where((p) => p.product === product._id && (!ids || ids.includes(p._id)));
      return { prices: limitSkip(all, { limit: Number(req.query.limit) || 20, offset: req.query.offset }), total: all.length };
    });
  },
  seed: (s) => {
    const { locationId } = s.options;
    const stamp = new Date(Date.now() - 30 * 86_400_000).toISOString();
    s.table('products').put({
      _id: SEED.productId,
      locationId,
      name: 'Whitening kit',
      description: 'Take-home whitening trays and two gel syringes.',
      productType: 'PHYSICAL',
      availableInStore: true,
      variants: [],
      createdAt: stamp,
      updatedAt: stamp,
    });
    s.table('prices').put({ _id: SEED.priceId, product: SEED.productId, locationId, name: 'Whitening kit', type: 'one_time', currency: 'USD', amount: 89, membershipOffers: [], variantOptionIds: [], createdAt: stamp, updatedAt: stamp });
  },
});

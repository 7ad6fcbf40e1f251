import { defineOperation } from '../lib/operation';
import { callGhl, InputError } from '../lib/http';
import { recordAt } from '../lib/results';
import { isBlank, toInteger, toNumber } from '../lib/transforms';
import type { Ctx, Input } from '../lib/types';
import { checkCurrency, CURRENCY_CHOICES, oneOf, withZonedTimes } from '../domains/commerce';

const PRODUCT_TYPES = { SERVICE: 'Service', PHYSICAL: 'Physical', DIGITAL: 'Digital', 'PHYSICAL/DIGITAL': 'Physical and digital' };
const PRICE_TYPES = { one_time: 'One-time', recurring: 'Recurring' };
const INTERVALS = { day: 'Day', week: 'Week', month: 'Month', year: 'Year' };

/**
 * The price GHL creates for the product (POST /products/{productId}/price): its name (the product's by
 * default), type, amount and currency, and for recurring prices the interval (ignored for one-time prices).
 * Checked before the product is created, so a bad price never leaves a product without one.
 */
export const priceBody = (input: Input, ctx: Pick<Ctx, 'locationId'>): Record<string, unknown> => {
  const type = oneOf(PRICE_TYPES)(input.priceType, { key: 'priceType', label: 'Price Type' }, input, ctx as Ctx) ?? 'one_time';
  const amount = toNumber(input.amount, 'amount', 'Price');
  if (amount === undefined) throw new InputError('The Price field is required but was empty.', 'amount');
  if (amount < 0) throw new InputError(`The Price field must be 0 or more, got ${amount}.`, 'amount');
  const currency = checkCurrency(input.currency, 'currency', 'Currency');
  if (!currency) throw new InputError('The Currency field is required but was empty.', 'currency');
  const interval = oneOf(INTERVALS)(input.interval, { key: 'interval', label: 'Billing Interval' }, input, ctx as Ctx);
  const intervalCount = toInteger(input.intervalCount, 'intervalCount', 'Billing Every') ?? 1;
  if (type === 'recurring' && !interval) throw new InputError('A recurring price needs a Billing Interval (day, week, month or year).', 'interval');
  if (type === 'recurring' && intervalCount < 1) throw new InputError(`The Billing Every field must be 1 or more, got ${intervalCount}.`, 'intervalCount');
  return {
    name: isBlank(input.priceName) ? String(input.name).trim() : String(input.priceName).trim(),
    type,
    currency,
    amount,
    ...(type === 'recurring' ? { recurring: { interval, intervalCount } } : {}),
    locationId: ctx.locationId,
  };
};

const SAMPLE = {
  id: '655b33a82209e60b6adb87a5',
  _id: '655b33a82209e60b6adb87a5',
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'Whitening kit',
  description: 'Take-home whitening trays and two gel syringes.',
  productType: 'PHYSICAL',
  availableInStore: true,
  image: 'https://storage.googleapis.com/acme-dental/media/whitening-kit.png',
  createdAt: '2026-07-02T10:23:36.515Z',
  updatedAt: '2026-07-02T10:23:36.515Z',
  price: {
    id: '655b33aa2209e60b6adb87a7',
    _id: '655b33aa2209e60b6adb87a7',
    product: '655b33a82209e60b6adb87a5',
    name: 'Whitening kit',
    type: 'recurring',
    currency: 'USD',
    amount: 49.99,
    recurring: { interval: 'month', intervalCount: 1 },
    createdAt: '2026-07-02T10:23:37.011Z',
    updatedAt: '2026-07-02T10:23:37.011Z',
  },
};

export default defineOperation({
  key: 'create_product',
  kind: 'create',
  noun: 'Product',
  label: 'Create Product',
  description: 'Creates a product with its price, one-time or recurring.',
  endpoint: { method: 'POST', path: '/products/' },
  scopes: ['products.write', 'products/prices.write'],
  extraRequests: "POST /products/{productId}/price (the product's price, once the product exists)",
  location: 'body',
  inputFields: [
    { key: 'name', label: 'Product Name', required: true, helpText: 'e.g. "Whitening kit".', to: 'body', as: 'trim' },
    { key: 'description', label: 'Product Description', type: 'text', to: 'body' },
    { key: 'productType', label: 'Product Type', required: true, default: 'SERVICE', choices: PRODUCT_TYPES, to: 'body', as: oneOf(PRODUCT_TYPES) },
    { key: 'image', label: 'Image URL', helpText: 'A public URL of the product image.', to: 'body', as: 'trim' },
    { key: 'availableInStore', label: 'Available in Store', type: 'boolean', to: 'body' },
    { key: 'priceType', label: 'Price Type', required: true, default: 'one_time', choices: PRICE_TYPES, helpText: 'One-time, or recurring (a subscription).' },
    { key: 'amount', label: 'Price', type: 'number', required: true, helpText: 'A number such as 49.99 (no currency symbol).' },
    { key: 'currency', label: 'Currency', required: true, default: 'USD', choices: CURRENCY_CHOICES, helpText: 'The three-letter code of the price currency, e.g. USD.' },
    { key: 'interval', label: 'Billing Interval', choices: INTERVALS, helpText: 'Recurring prices: how often it is billed.' },
    { key: 'intervalCount', label: 'Billing Every', type: 'integer', helpText: 'Recurring prices: bill every N intervals (e.g. 3 with Month: quarterly). Default 1.' },
    { key: 'priceName', label: 'Price Name', helpText: "Empty: the product's name." },
  ],
  // The price is checked before anything is created.
  request: (input, ctx) => (priceBody(input, ctx), {}),
  send: async (req, ctx) => {
    const { data, traceId } = await callGhl(ctx.z, req, 'Create Product');
    const product = recordAt(data, '', ['_id']);
    let price: Record<string, any>;
    try {
      const answer = await callGhl(
        ctx.z,
        { method: 'POST', path: '/products/{productId}/price', pathParams: { productId: product._id }, body: priceBody(ctx.bundle.inputData || {}, ctx), token: ctx.token },
        'Create Product: adding its price',
      );
      price = recordAt(answer.data, '', ['_id']);
    } catch (err: any) {
      // The product exists: say so (retrying the step would create it again), with GoHighLevel's reason.
      throw new ctx.z.errors.Error(
        `The product "${product.name}" was created (ID ${product._id}${traceId ? `, traceId ${traceId}` : ''}) but its price was not: ${err?.message ?? err}`,
        'GHL_PRICE_NOT_CREATED',
        Number(err?.status) || 500,
      );
    }
    return { product, price };
  },
  result: ({ product, price }) => ({
    id: product._id,
    ...withZonedTimes(product, ['createdAt', 'updatedAt']),
    price: { id: price._id, ...withZonedTimes(price, ['createdAt', 'updatedAt']) },
  }),
  sample: SAMPLE,
  outputFields: [
    { key: 'id', label: 'Product ID' },
    { key: '_id', label: 'Product Record ID' },
    { key: 'locationId', label: 'Sub-Account ID' },
    { key: 'name', label: 'Product Name' },
    { key: 'description', label: 'Product Description' },
    { key: 'productType', label: 'Product Type' },
    { key: 'availableInStore', label: 'Available in Store', type: 'boolean' },
    { key: 'image', label: 'Image URL' },
    { key: 'createdAt', label: 'Created At', type: 'datetime' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
    { key: 'price', label: 'Price' },
    { key: 'price__id', label: 'Price ID' },
    { key: 'price__name', label: 'Price Name' },
    { key: 'price__type', label: 'Price Type' },
    { key: 'price__amount', label: 'Price Amount', type: 'number' },
    { key: 'price__currency', label: 'Price Currency' },
    { key: 'price__recurring__interval', label: 'Billing Interval' },
    { key: 'price__recurring__intervalCount', label: 'Billing Every', type: 'integer' },
  ],
});

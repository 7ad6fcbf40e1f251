import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { oneOf, withZonedTimes } from '../domains/commerce';

/** Payment statuses an order can have (the filter GET /payments/orders takes). */
const PAYMENT_STATUS_CHOICES: Record<string, string> = {
  paid: 'Paid',
  unpaid: 'Unpaid',
  partially_paid: 'Partially paid',
  refunded: 'Refunded',
};

const SAMPLE = {
  id: '653f5e0cde5a1314e62a837c',
  orderId: '653f5e0cde5a1314e62a837c',
  _id: '653f5e0cde5a1314e62a837c',
  altId: 've9EPM428h8vShlRW1KT',
  altType: 'location',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  contactName: 'Rubika Deo',
  contactEmail: 'rubika@deos.com',
  currency: 'USD',
  amount: 89,
  subtotal: 99,
  discount: 10,
  status: 'completed',
  paymentStatus: 'paid',
  liveMode: true,
  totalProducts: 1,
  sourceType: 'funnel',
  sourceName: 'Whitening kit checkout',
  sourceId: 'kDj7BHej9Zyyq3QakJmz',
  sourceSubType: 'one_step_order_form',
  couponCode: 'SMILE10',
  fulfillmentStatus: 'unfulfilled',
  onetimeProducts: 1,
  recurringProducts: 0,
  createdAt: '2026-07-02T16:20:31.515Z',
  updatedAt: '2026-07-02T16:20:33.846Z',
};

/**
 * Fires once per order (dedupe on the order's id), newest first; with a Payment Status, once per order that
 * has it (an unpaid order fires "Paid" when it is paid). GHL's order list has no sort parameter and answers
 * newest first.
 */
export default defineOperation({
  key: 'new_order',
  kind: 'trigger',
  noun: 'Order',
  label: 'New Order',
  description: 'Triggers when a new order is placed, optionally only orders with a chosen payment status.',
  endpoint: { method: 'GET', path: '/payments/orders' },
  scopes: ['payments/orders.readonly'],
  location: 'query',
  inputFields: [
    {
      key: 'paymentStatus',
      label: 'Payment Status',
      choices: PAYMENT_STATUS_CHOICES,
      helpText: 'Only orders with this payment status; an order fires once, when it is first seen with it. Empty: every new order.',
      to: 'query',
      as: oneOf(PAYMENT_STATUS_CHOICES),
    },
    { ...contactIdField({ required: false, helpText: 'Only orders of this contact. Choose a contact, or map a Contact ID.' }), to: 'query', as: 'id' },
  ],
  request: (_input, ctx) => ({ query: { altId: ctx.locationId } }),
  list: {
    key: 'data',
    paging: { style: 'limit/offset', size: 100 },
    sortBy: 'createdAt',
    each: (order) => ({ ...withZonedTimes(order, ['createdAt', 'updatedAt']), id: order._id, orderId: order._id }),
  },
  sample: SAMPLE,
  outputFields: [
    { key: 'id', label: 'Event ID' },
    { key: 'orderId', label: 'Order ID' },
    { key: '_id', label: 'Order Record ID' },
    { key: 'altId', label: 'Sub-Account ID' },
    { key: 'altType', label: 'Account Type' },
    { key: 'contactId', label: 'Contact ID' },
    { key: 'contactName', label: 'Contact Name' },
    { key: 'contactEmail', label: 'Contact Email' },
    { key: 'currency', label: 'Currency' },
    { key: 'amount', label: 'Amount', type: 'number' },
    { key: 'subtotal', label: 'Subtotal', type: 'number' },
    { key: 'discount', label: 'Discount', type: 'number' },
    { key: 'status', label: 'Order Status' },
    { key: 'paymentStatus', label: 'Payment Status' },
    { key: 'liveMode', label: 'Live Mode', type: 'boolean' },
    { key: 'totalProducts', label: 'Products', type: 'number' },
    { key: 'sourceType', label: 'Source Type' },
    { key: 'sourceName', label: 'Source Name' },
    { key: 'sourceId', label: 'Source ID' },
    { key: 'sourceSubType', label: 'Source Sub-Type' },
    { key: 'couponCode', label: 'Coupon Code' },
    { key: 'fulfillmentStatus', label: 'Fulfillment Status' },
    { key: 'onetimeProducts', label: 'One-Time Products', type: 'number' },
    { key: 'recurringProducts', label: 'Recurring Products', type: 'number' },
    { key: 'createdAt', label: 'Created At', type: 'datetime' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  ],
});

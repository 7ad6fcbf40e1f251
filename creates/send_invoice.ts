import { defineOperation } from '../lib/operation';
import { userIdField } from '../lib/fields';
import { recordAt } from '../lib/results';
import { altOf, INVOICE_ID, INVOICE_OUTPUT_FIELDS, INVOICE_SAMPLE, invoiceOut, oneOf } from '../domains/commerce';

const SEND_BY = {
  email: 'Email',
  sms: 'SMS',
  sms_and_email: 'Email and SMS',
  send_manually: 'Mark as sent (send nothing)',
};

export default defineOperation({
  key: 'send_invoice',
  kind: 'create',
  noun: 'Invoice',
  label: 'Send Invoice',
  description: 'Sends an invoice to its contact by email, SMS or both.',
  endpoint: { method: 'POST', path: '/invoices/{invoiceId}/send' },
  scopes: ['invoices.write'],
  inputFields: [
    INVOICE_ID,
    {
      key: 'action',
      label: 'Send By',
      required: true,
      default: 'email',
      choices: SEND_BY,
      helpText: "Email, SMS or both, to the invoice's contact; or only mark it as sent (you sent it another way).",
      to: 'body',
      as: oneOf(SEND_BY),
    },
    {
      ...userIdField('userId', 'From User', {
        required: true,
        helpText: 'The user the invoice is sent from: replies and payment notifications go to them. Choose a user, or map a User ID.',
      }),
      to: 'body',
    },
    { key: 'fromName', label: 'From Name', helpText: 'The sender name of the email, e.g. "Acme Dental billing".', to: 'body', name: 'sentFrom.fromName', as: 'trim' },
    { key: 'fromEmail', label: 'From Email', helpText: 'The sender address of the email, e.g. billing@acmedental.com.', to: 'body', name: 'sentFrom.fromEmail', as: 'email' },
    { key: 'liveMode', label: 'Live Mode', type: 'boolean', default: 'true', helpText: 'No: the payment link takes test payments.', to: 'body' },
  ],
  request: (_input, ctx) => ({ body: altOf(ctx) }),
  result: (data) => invoiceOut(recordAt(data, 'invoice', ['_id'])),
  sample: INVOICE_SAMPLE,
  outputFields: INVOICE_OUTPUT_FIELDS,
});

import { CUSTOM_FIELDS_SCOPE, defsForInput } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE, contactBody, contactInputs, contactResult } from '../lib/contacts';
import { recordAt } from '../lib/results';

export default defineOperation({
  key: 'create_contact',
  kind: 'create',
  noun: 'Contact',
  label: 'Create Contact',
  description: 'Creates a new contact in the sub-account, with tags and custom fields.',
  endpoint: { method: 'POST', path: '/contacts/' },
  scopes: ['contacts.write', CUSTOM_FIELDS_SCOPE],
  location: 'body',
  inputFields: contactInputs({ gender: true }),
  request: async (input, ctx) => ({ body: contactBody(input, await defsForInput(input, ctx, 'contact')) }),
  result: (data, _input, ctx) => contactResult(recordAt(data, 'contact'), ctx),
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
  extraRequests: 'custom field definitions, when the contact has custom fields',
});

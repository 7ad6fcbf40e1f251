import { CUSTOM_FIELDS_SCOPE, defsForInput } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { contactIdField } from '../lib/fields';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE, contactBody, contactInputs, contactResult } from '../lib/contacts';
import { recordAt } from '../lib/results';

export default defineOperation({
  key: 'update_contact',
  kind: 'create',
  noun: 'Contact',
  label: 'Update Contact',
  description: 'Updates an existing contact. Only the fields you fill in are changed.',
  endpoint: { method: 'PUT', path: '/contacts/{contactId}' },
  scopes: ['contacts.write', CUSTOM_FIELDS_SCOPE],
  inputFields: [contactIdField(), ...contactInputs({ companyName: false })],
  request: async (input, ctx) => {
    const { companyName: _ignored, ...body } = contactBody(input, await defsForInput(input, ctx, 'contact'));
    return { body };
  },
  result: (data, _input, ctx) => contactResult(recordAt(data, 'contact'), ctx),
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
  extraRequests: 'custom field definitions, when the contact has custom fields',
});

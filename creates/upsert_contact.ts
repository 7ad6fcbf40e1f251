import { CUSTOM_FIELDS_SCOPE, defsForInput } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE, contactBody, contactInputs, contactResult } from '../lib/contacts';
import { toBool } from '../lib/transforms';
import { recordAt } from '../lib/results';

export default defineOperation({
  key: 'upsert_contact',
  kind: 'create',
  noun: 'Contact',
  label: 'Upsert Contact',
  description:
    "Creates a contact, or updates the existing one that matches by email or phone (following the sub-account's duplicate-contact settings).",
  endpoint: { method: 'POST', path: '/contacts/upsert' },
  scopes: ['contacts.write', CUSTOM_FIELDS_SCOPE],
  location: 'body',
  inputFields: [
    ...contactInputs({ gender: true }),
    {
      key: 'createNewIfDuplicateAllowed',
      label: 'Create New If Duplicates Allowed',
      type: 'boolean',
      helpText: 'If the sub-account allows duplicate contacts, create a new contact instead of updating the match.',
    },
  ],
  request: async (input, ctx) => ({
    body: { ...contactBody(input, await defsForInput(input, ctx, 'contact')), createNewIfDuplicateAllowed: toBool(input.createNewIfDuplicateAllowed, 'createNewIfDuplicateAllowed', 'Create New If Duplicates Allowed') },
  }),
  result: async (data, _input, ctx) => ({ ...(await contactResult(recordAt(data, 'contact'), ctx)), new: Boolean(data.new) }),
  sample: { ...CONTACT_SAMPLE, new: true },
  outputFields: [...CONTACT_OUTPUT_FIELDS, { key: 'new', label: 'Was Created', type: 'boolean' }],
  extraRequests: 'custom field definitions, when the contact has custom fields',
});

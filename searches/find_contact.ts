import { CUSTOM_FIELDS_SCOPE } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { checkEmail, normalizePhone } from '../lib/transforms';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE, contactResult } from '../lib/contacts';
import { recordAt } from '../lib/results';

export default defineOperation({
  key: 'find_contact',
  kind: 'search',
  noun: 'Contact',
  label: 'Find Contact',
  searchOrCreate: 'create_contact',
  description: 'Finds a contact by email or phone number.',
  endpoint: { method: 'GET', path: '/contacts/search/duplicate' },
  scopes: ['contacts.readonly', CUSTOM_FIELDS_SCOPE],
  location: 'query',
  inputFields: [
    { key: 'email', label: 'Email', helpText: 'Give an email, a phone number, or both (email is matched first).' },
    { key: 'number', label: 'Phone', helpText: 'With country code, e.g. +1 888-888-8888.' },
  ],
  request: (input) => {
    const email = checkEmail(input.email, 'email');
    const number = normalizePhone(input.number, 'number', 'Phone');
    if (!email && !number) throw new InputError('Give an Email or a Phone to search for.', 'email');
    return { query: { email, number } };
  },
  result: (data, _input, ctx) => (data.contact === null ? null : contactResult(recordAt(data, 'contact'), ctx)),
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
  extraRequests: 'custom field definitions, when the contact has custom fields',
});

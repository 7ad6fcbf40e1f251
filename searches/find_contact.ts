import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { isBlank } from '../lib/transforms';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE } from '../domains/contacts';
import { recordAt } from '../lib/results';

export default defineOperation({
  key: 'find_contact',
  kind: 'search',
  noun: 'Contact',
  label: 'Find Contact',
  searchOrCreate: 'create_contact',
  description: 'Finds a contact by email or phone number.',
  endpoint: { method: 'GET', path: '/contacts/search/duplicate' },
  scopes: ['contacts.readonly'],
  customFields: 'contact',
  location: 'query',
  inputFields: [
    { key: 'email', label: 'Email', helpText: 'Give an email, a phone number, or both (email is matched first).', to: 'query', as: 'email' },
    { key: 'number', label: 'Phone', helpText: 'With country code, e.g. +1 888-888-8888.', to: 'query', as: 'phone' },
  ],
  request: (input) => {
    if (isBlank(input.email) && isBlank(input.number)) throw new InputError('Give an Email or a Phone to search for.', 'email');
    return {};
  },
  result: (data) => (data.contact === null ? null : recordAt(data, 'contact')),
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
});

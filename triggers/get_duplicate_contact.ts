import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { isBlank } from '../lib/transforms';
import { CONTACT_OUTPUT_FIELDS, CONTACT_SAMPLE } from '../domains/contacts';
import { recordAt } from '../lib/results';

export default defineOperation({
  key: 'get_duplicate_contact',
  kind: 'trigger',
  noun: 'Contact',
  label: 'Get Duplicate Contact',
  description: 'Triggers when a contact with the given email or phone exists or changes.',
  endpoint: { method: 'GET', path: '/contacts/search/duplicate' },
  scopes: ['contacts.readonly'],
  customFields: 'contact',
  location: 'query',
  inputFields: [
    { key: 'email', label: 'Email', helpText: 'Give an email, a phone number, or both.', to: 'query', as: 'email' },
    { key: 'number', label: 'Phone', helpText: 'With country code, e.g. +1 888-888-8888.', to: 'query', as: 'phone' },
  ],
  request: (input) => {
    if (isBlank(input.email) && isBlank(input.number)) throw new InputError('Give an Email or a Phone to look for.', 'email');
    return {};
  },
  result: (data) => (data.contact === null ? null : recordAt(data, 'contact')),
  versionKey: 'dateUpdated',
  sample: CONTACT_SAMPLE,
  outputFields: CONTACT_OUTPUT_FIELDS,
});

import { defineDropdown } from '../lib/dropdown';

/** The sub-account's phone numbers (Send Message's sender number), the default number marked. */
export default defineDropdown({
  key: 'dropdown_phone_numbers',
  noun: 'Phone Number',
  endpoint: { method: 'GET', path: '/phone-system/numbers/location/{locationId}' },
  scopes: ['phonenumbers.read'],
  location: 'path',
  listKey: 'numbers',
  idOf: (n) => n?.phoneNumber,
  label: (n) => [n.friendlyName ? `${n.friendlyName} (${n.phoneNumber})` : n.phoneNumber, n.isDefaultNumber ? '(default)' : ''].filter(Boolean).join(' '),
});

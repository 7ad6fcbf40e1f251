import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { idField } from '../lib/fields';
import { isBlank } from '../lib/transforms';
import { LOCATION_OUTPUT_FIELDS } from '../domains/locations';

export default defineOperation({
  key: 'find_location_by_id',
  kind: 'search',
  noun: 'Location',
  label: 'Find Location by ID',
  description: "Finds a sub-account (location) by its ID, or the connection's own sub-account.",
  endpoint: { method: 'GET', path: '/locations/{locationId}' },
  scopes: ['locations.readonly'],
  token: 'either',
  inputFields: [
    {
      ...idField('locationId', 'Location', 'dropdown_locations.id.name', {
        required: false,
        helpText:
          'The sub-account (location) to look up: choose one, or map a Location ID. Leave empty to use the ' +
          "connection's own sub-account (agency connections must choose one).",
      }),
      to: 'path',
      as: 'id',
    },
  ],
  // An empty Location is the connection's own sub-account (the engine's `location: 'path'` would always use
  // the connection's); an agency connection has none.
  request: (input, ctx) => {
    if (!isBlank(input.locationId)) return {};
    if (!ctx.locationId) {
      throw new InputError('Choose the Location to find: an agency connection has no sub-account of its own.', 'locationId');
    }
    return { path: { locationId: ctx.locationId } };
  },
  result: 'location',
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    companyId: '5DP4iH6HLkQsiKESj6rh',
    name: 'dentist',
    domain: 'test.msgsndr.com',
    address: 'ganthi nagar, gyanbabu chauk motihati',
    city: 'motihari',
    state: 'Loca',
    logoUrl: 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/logo.png',
    country: 'IN',
    postalCode: '567654',
    website: 'https://gohighlevel.com/',
    timezone: 'America/Chicago',
    firstName: 'Dr. Rane',
    lastName: 'deo',
    email: 'rane@due.com',
    phone: '+919039160788',
    business: { name: 'dentist', address: 'MIG 14, Delhi', city: 'delhi', country: 'IN', timezone: 'America/Chicago' },
    social: { facebookUrl: 'https://www.facebook.com/' },
    settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false },
    reseller: {},
  },
  outputFields: [
    ...LOCATION_OUTPUT_FIELDS,
    { key: 'companyId', label: 'Company ID' },
    { key: 'domain', label: 'Domain' },
    { key: 'logoUrl', label: 'Logo URL' },
    { key: 'firstName', label: 'Owner First Name' },
    { key: 'lastName', label: 'Owner Last Name' },
    { key: 'business', label: 'Business' },
    { key: 'reseller', label: 'Reseller' },
  ],
});

import { unwrapRecord } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { isBlank } from '../lib/transforms';
import type { Field, Input } from '../lib/types';
import { countryCode, LOCATION_OUTPUT_FIELDS } from '../domains/locations';

/*
 * The inputs → the spec's CreateLocationDto (only declared properties). Text is sent trimmed (`as: 'id'`,
 * the engine's trimmed text); the settings, social links and the prospect, Twilio and Mailgun groups nest
 * in the body by their wire names.
 */

/** Boolean settings of a new sub-account (the spec's SettingsSchema). */
const SETTINGS: Array<[string, string]> = [
  ['allowDuplicateContact', 'Allow Duplicate Contacts'],
  ['allowDuplicateOpportunity', 'Allow Duplicate Opportunities'],
  ['allowFacebookNameMerge', 'Allow Facebook Name Merge'],
  ['disableContactTimezone', 'Disable Contact Timezone'],
];

/** Social links of a new sub-account (the spec's SocialSchema). */
const SOCIAL: Array<[string, string]> = [
  ['facebookUrl', 'Facebook URL'],
  ['googlePlus', 'Google+ URL'],
  ['linkedIn', 'LinkedIn URL'],
  ['foursquare', 'Foursquare URL'],
  ['twitter', 'Twitter URL'],
  ['yelp', 'Yelp URL'],
  ['instagram', 'Instagram URL'],
  ['youtube', 'YouTube URL'],
  ['pinterest', 'Pinterest URL'],
  ['blogRss', 'Blog RSS URL'],
  ['googlePlacesId', 'Google Places ID'],
];

const PROSPECT: Field[] = [
  {
    key: 'prospectFirstName',
    label: 'Prospect First Name',
    helpText: 'Prospect: give first name, last name and email together, or none.',
    to: 'body',
    name: 'prospectInfo.firstName',
    as: 'id',
  },
  { key: 'prospectLastName', label: 'Prospect Last Name', to: 'body', name: 'prospectInfo.lastName', as: 'id' },
  { key: 'prospectEmail', label: 'Prospect Email', to: 'body', name: 'prospectInfo.email', as: 'email' },
];

const TWILIO: Field[] = [
  {
    key: 'twilioSid',
    label: 'Twilio Account SID',
    helpText: 'Twilio: give the SID and auth token together, or neither.',
    to: 'body',
    name: 'twilio.sid',
    as: 'id',
  },
  {
    key: 'twilioAuthToken',
    label: 'Twilio Auth Token',
    type: 'password',
    helpText: "The new sub-account's own Twilio auth token (from Twilio's console), not your connection's; give it with the Twilio Account SID.",
    to: 'body',
    name: 'twilio.authToken',
    as: 'id',
  },
];

const MAILGUN: Field[] = [
  {
    key: 'mailgunApiKey',
    label: 'Mailgun API Key',
    type: 'password',
    helpText: "The new sub-account's own Mailgun API key, not your connection's: give it with the Mailgun domain, or neither.",
    to: 'body',
    name: 'mailgun.apiKey',
    as: 'id',
  },
  { key: 'mailgunDomain', label: 'Mailgun Domain', helpText: 'e.g. replies.yourdomain.com', to: 'body', name: 'mailgun.domain', as: 'id' },
];

/** The groups whose properties the spec requires together: all or none. */
const GROUPS: Array<[string, Field[]]> = [
  ['Prospect', PROSPECT],
  ['Twilio', TWILIO],
  ['Mailgun', MAILGUN],
];

const allOrNone = (input: Input): void => {
  for (const [group, fields] of GROUPS) {
    const missing = fields.filter((f) => isBlank(input[f.key]));
    if (missing.length && missing.length < fields.length) {
      throw new InputError(`${group}: ${missing.map((f) => f.label).join(' and ')} must be given too (or leave all of them empty).`, fields[0].key);
    }
  }
};

export default defineOperation({
  key: 'create_location',
  kind: 'create',
  noun: 'Location',
  label: 'Create Location',
  description: 'Creates a new sub-account (location) in the agency, optionally from a snapshot.',
  endpoint: { method: 'POST', path: '/locations/' },
  scopes: ['locations.write'],
  token: 'agency',
  inputFields: [
    { key: 'name', label: 'Name', required: true, helpText: 'The name of the new sub-account, e.g. the business name.', to: 'body', as: 'id' },
    { key: 'phone', label: 'Phone', helpText: 'The business phone number with country code, e.g. +1 410 039 940.', to: 'body', as: 'phone' },
    { key: 'address', label: 'Address', to: 'body', as: 'id' },
    { key: 'city', label: 'City', to: 'body', as: 'id' },
    { key: 'state', label: 'State', to: 'body', as: 'id' },
    { key: 'country', label: 'Country', helpText: 'Two-letter country code (ISO 3166-1 alpha-2), e.g. US, GB, IN.', to: 'body', as: countryCode },
    { key: 'postalCode', label: 'Postal Code', to: 'body', as: 'id' },
    { key: 'website', label: 'Website', helpText: 'e.g. https://yourwebsite.com', to: 'body', as: 'id' },
    { key: 'timezone', label: 'Timezone', helpText: 'A timezone name such as US/Central or America/New_York.', to: 'body', as: 'id' },
    {
      key: 'snapshotId',
      label: 'Snapshot',
      dynamic: 'dropdown_location_snapshots.id.name',
      helpText: 'A snapshot to load into the new sub-account (optional). Choose one, or map a Snapshot ID.',
      to: 'body',
      as: 'id',
    },
    ...PROSPECT,
    ...SETTINGS.map(([key, label]): Field => ({ key, label, type: 'boolean', helpText: 'Sub-account setting (optional).', to: 'body', name: `settings.${key}` })),
    ...SOCIAL.map(([key, label]): Field => ({ key: `social_${key}`, label, to: 'body', name: `social.${key}`, as: 'id' })),
    ...TWILIO,
    ...MAILGUN,
  ],
  request: (input, ctx) => {
    if (!ctx.companyId) throw new InputError('The GoHighLevel connection has no company (agency) id; reconnect it.', 'companyId');
    allOrNone(input);
    return { body: { companyId: ctx.companyId } };
  },
  // The spec answers the new location at the top level; accept a `location` wrapper too.
  result: (data) => unwrapRecord(data, ['location']),
  sample: {
    id: 've9EPM428h8vShlRW1KT',
    companyId: 'UAXssdawIWAWD',
    name: 'Mark Shoes',
    phone: '+1410039940',
    email: 'john.doe@mail.com',
    address: '4th fleet street',
    city: 'New York',
    state: 'Illinois',
    domain: 'test.msgsndr.com',
    country: 'US',
    postalCode: '567654',
    website: 'https://yourwebsite.com',
    timezone: 'US/Central',
    settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false, disableContactTimezone: false },
    social: { facebookUrl: 'https://www.facebook.com/' },
  },
  outputFields: [...LOCATION_OUTPUT_FIELDS, { key: 'companyId', label: 'Company ID' }, { key: 'domain', label: 'Domain' }],
});

/**
 * Sub-accounts (locations), their custom field definitions, and the agency (company): samples, output
 * fields, the Location dropdown field and the Create Location body.
 */
import type { Field, Input, OutputField } from './types';
import { compact, InputError } from './http';
import { idField } from './fields';
import { checkEmail, normalizePhone, toBool } from './transforms';

/** A location as `GET /locations/search` lists it (the spec's example values). */
export const LOCATION_SAMPLE = {
  id: 've9EPM428h8vShlRW1KT',
  name: 'Mark Shoes',
  phone: '+1410039940',
  email: 'john.doe@mail.com',
  address: '4th fleet street',
  city: 'New York',
  state: 'Illinois',
  country: 'US',
  postalCode: '567654',
  website: 'https://yourwebsite.com',
  timezone: 'US/Central',
  settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false, disableContactTimezone: false },
  social: { facebookUrl: 'https://www.facebook.com/', linkedIn: 'https://www.linkedIn.com/', googlePlacesId: 'ChIJJGPdVbQTrjsRGUkefteUeFk' },
};

const LOCATION_FIELDS: OutputField[] = [
  { key: 'id', label: 'Location ID' },
  { key: 'name', label: 'Name' },
  { key: 'phone', label: 'Phone' },
  { key: 'email', label: 'Email' },
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'country', label: 'Country' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'website', label: 'Website' },
  { key: 'timezone', label: 'Timezone' },
  { key: 'settings', label: 'Settings' },
  { key: 'social', label: 'Social Links' },
];

export const LOCATION_OUTPUT_FIELDS: OutputField[] = LOCATION_FIELDS;

/** A location as `GET /locations/{locationId}` answers it (inside `location`). */
export const LOCATION_DETAIL_SAMPLE = {
  id: 've9EPM428h8vShlRW1KT',
  companyId: '5DP4iH6HLkQsiKESj6rh',
  name: 'dentist',
  domain: 'test.msgsndr.com',
  address: 'ganthi nagar, gyanbabu chauk motihati',
  city: 'motihari',
  state: 'Loca',
  logoUrl: 'https://dummyimage.com/o/locationPhotos%2Fve9EPM428h8vShlRW1KT.jpeg',
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
};

export const LOCATION_DETAIL_OUTPUT_FIELDS: OutputField[] = [
  ...LOCATION_FIELDS,
  { key: 'companyId', label: 'Company ID' },
  { key: 'domain', label: 'Domain' },
  { key: 'logoUrl', label: 'Logo URL' },
  { key: 'firstName', label: 'Owner First Name' },
  { key: 'lastName', label: 'Owner Last Name' },
  { key: 'business', label: 'Business' },
  { key: 'reseller', label: 'Reseller' },
];

/** `POST /locations/` answers the new location at the top level. */
export const CREATED_LOCATION_SAMPLE = {
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
};

export const CREATED_LOCATION_OUTPUT_FIELDS: OutputField[] = [
  ...LOCATION_FIELDS,
  { key: 'companyId', label: 'Company ID' },
  { key: 'domain', label: 'Domain' },
];

/**
 * The Location input of Find Location by ID. Optional: empty means the connection's own sub-account
 * (sub-account connections); agency connections must choose one.
 */
export const locationIdField = (): Field =>
  idField('locationId', 'Location', 'dropdown_locations.id.name', {
    required: false,
    helpText:
      'The sub-account (location) to look up: choose one, or map a Location ID. Leave empty to use the ' +
      "connection's own sub-account (agency connections must choose one).",
  });

/** A custom field definition as `GET /locations/{locationId}/customFields` lists it. */
export const CUSTOM_FIELD_SAMPLE = {
  id: '3sv6UEo51C9Bmpo1cKTq',
  name: 'pincode',
  fieldKey: 'contact.pincode',
  placeholder: 'Pin code',
  dataType: 'TEXT',
  position: 0,
  picklistOptions: ['first option'],
  picklistImageOptions: [],
  isAllowedCustomOption: false,
  isMultiFileAllowed: true,
  maxFileLimit: 4,
  locationId: 've9EPM428h8vShlRW1KT',
  model: 'contact',
};

export const CUSTOM_FIELD_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Custom Field ID' },
  { key: 'name', label: 'Name' },
  { key: 'fieldKey', label: 'Field Key' },
  { key: 'placeholder', label: 'Placeholder' },
  { key: 'dataType', label: 'Data Type' },
  { key: 'position', label: 'Position', type: 'number' },
  { key: 'picklistOptions', label: 'Options' },
  { key: 'picklistImageOptions', label: 'Image Options' },
  { key: 'isAllowedCustomOption', label: 'Allows Custom Option', type: 'boolean' },
  { key: 'isMultiFileAllowed', label: 'Allows Several Files', type: 'boolean' },
  { key: 'maxFileLimit', label: 'Max Files', type: 'number' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'model', label: 'Model' },
];

/** The agency as `GET /companies/{companyId}` answers it (inside `company`; a selection of its keys). */
export const COMPANY_SAMPLE = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  name: 'Tesla inc',
  email: 'john@deo.com',
  logoUrl: 'https://firebasestorage.googleapis.com/v0/b/highlevel-staging.appspot.com/o/companyPhotos%2F5DP4iH6HLkQsiKESj6rh.gif',
  phone: '+1202-555-0107',
  website: 'https://www.tesla.com',
  domain: 'https://app.myawesomedomain.com',
  spareDomain: 'link.msgsndr.com',
  privacyPolicy: 'https://app.gohighlevel.com/privacy_policy',
  termsConditions: 'https://app.gohighlevel.com/terms-of-service',
  address: '3500 Deer Creek Road',
  city: 'Palo Alto',
  postalCode: '94304',
  country: 'US',
  state: 'CA',
  timezone: 'US/Central',
  relationshipNumber: 'x-xxx-xxx',
  subdomain: 'https://app.myawesomedomain.com/subdomain',
  plan: 1,
  currency: '',
  customerType: 'agency',
  isReselling: true,
  status: 'active-trial',
  locationCount: 10,
  businessNiche: 'Accounting School',
  businessCategory: 'Automotive',
  isSandboxAccount: true,
};

export const COMPANY_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Company ID' },
  { key: 'name', label: 'Name' },
  { key: 'email', label: 'Email' },
  { key: 'logoUrl', label: 'Logo URL' },
  { key: 'phone', label: 'Phone' },
  { key: 'website', label: 'Website' },
  { key: 'domain', label: 'Domain' },
  { key: 'spareDomain', label: 'Spare Domain' },
  { key: 'privacyPolicy', label: 'Privacy Policy URL' },
  { key: 'termsConditions', label: 'Terms and Conditions URL' },
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'country', label: 'Country' },
  { key: 'state', label: 'State' },
  { key: 'timezone', label: 'Timezone' },
  { key: 'relationshipNumber', label: 'Relationship Number' },
  { key: 'subdomain', label: 'Subdomain' },
  { key: 'plan', label: 'Plan', type: 'number' },
  { key: 'currency', label: 'Currency' },
  { key: 'customerType', label: 'Customer Type' },
  { key: 'isReselling', label: 'Is Reselling', type: 'boolean' },
  { key: 'status', label: 'Status' },
  { key: 'locationCount', label: 'Sub-Account Count', type: 'number' },
  { key: 'businessNiche', label: 'Business Niche' },
  { key: 'businessCategory', label: 'Business Category' },
  { key: 'isSandboxAccount', label: 'Is Sandbox Account', type: 'boolean' },
];

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

export const createLocationInputs = (): Field[] => [
  { key: 'name', label: 'Name', required: true, helpText: 'The name of the new sub-account, e.g. the business name.' },
  { key: 'phone', label: 'Phone', helpText: 'The business phone number with country code, e.g. +1 410 039 940.' },
  { key: 'address', label: 'Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'country', label: 'Country', helpText: 'Two-letter country code (ISO 3166-1 alpha-2), e.g. US, GB, IN.' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'website', label: 'Website', helpText: 'e.g. https://yourwebsite.com' },
  { key: 'timezone', label: 'Timezone', helpText: 'A timezone name such as US/Central or America/New_York.' },
  {
    key: 'snapshotId',
    label: 'Snapshot',
    dynamic: 'dropdown_location_snapshots.id.name',
    helpText: 'A snapshot to load into the new sub-account (optional). Choose one, or map a Snapshot ID.',
  },
  { key: 'prospectFirstName', label: 'Prospect First Name', helpText: 'Prospect: give first name, last name and email together, or none.' },
  { key: 'prospectLastName', label: 'Prospect Last Name' },
  { key: 'prospectEmail', label: 'Prospect Email' },
  ...SETTINGS.map(([key, label]): Field => ({ key, label, type: 'boolean', helpText: 'Sub-account setting (optional).' })),
  ...SOCIAL.map(([key, label]): Field => ({ key: `social_${key}`, label })),
  { key: 'twilioSid', label: 'Twilio Account SID', helpText: 'Twilio: give the SID and auth token together, or neither.' },
  { key: 'twilioAuthToken', label: 'Twilio Auth Token', type: 'password' },
  { key: 'mailgunApiKey', label: 'Mailgun API Key', type: 'password', helpText: 'Mailgun: give the API key and domain together, or neither.' },
  { key: 'mailgunDomain', label: 'Mailgun Domain', helpText: 'e.g. replies.yourdomain.com' },
];

const hasAny = (...values: unknown[]): boolean => values.some((v) => v !== undefined && v !== null && String(v).trim() !== '');
const str = (v: unknown): string | undefined => (hasAny(v) ? String(v).trim() : undefined);

/** A group of properties the spec requires together (prospect, twilio, mailgun): all or none. */
const group = (
  label: string,
  field: string,
  parts: Record<string, [unknown, string]>,
): Record<string, string> | undefined => {
  const entries = Object.entries(parts);
  if (!hasAny(...entries.map(([, [v]]) => v))) return undefined;
  const missing = entries.filter(([, [v]]) => !hasAny(v)).map(([, [, l]]) => l);
  if (missing.length) {
    throw new InputError(`${label}: ${missing.join(' and ')} must be given too (or leave all of them empty).`, field);
  }
  return Object.fromEntries(entries.map(([k, [v]]) => [k, String(v).trim()]));
};

/** Create Location inputs → the spec's CreateLocationDto (only declared properties). */
export const createLocationBody = (input: Input, companyId: string): Record<string, unknown> => {
  const country = str(input.country)?.toUpperCase();
  if (country !== undefined && !/^[A-Z]{2}$/.test(country)) {
    throw new InputError(`The Country field must be a two-letter country code such as US, got "${input.country}".`, 'country');
  }
  const prospect = group('Prospect', 'prospectFirstName', {
    firstName: [input.prospectFirstName, 'Prospect First Name'],
    lastName: [input.prospectLastName, 'Prospect Last Name'],
    email: [input.prospectEmail, 'Prospect Email'],
  });
  if (prospect) prospect.email = checkEmail(prospect.email, 'prospectEmail', 'Prospect Email')!;
  const settings = compact(Object.fromEntries(SETTINGS.map(([k, label]) => [k, toBool(input[k], k, label)])));
  const social = compact(Object.fromEntries(SOCIAL.map(([k]) => [k, str(input[`social_${k}`])])));
  return compact({
    name: str(input.name),
    phone: normalizePhone(input.phone, 'phone'),
    companyId,
    address: str(input.address),
    city: str(input.city),
    state: str(input.state),
    country,
    postalCode: str(input.postalCode),
    website: str(input.website),
    timezone: str(input.timezone),
    prospectInfo: prospect,
    settings: Object.keys(settings).length ? settings : undefined,
    social: Object.keys(social).length ? social : undefined,
    twilio: group('Twilio', 'twilioSid', { sid: [input.twilioSid, 'Twilio Account SID'], authToken: [input.twilioAuthToken, 'Twilio Auth Token'] }),
    mailgun: group('Mailgun', 'mailgunApiKey', { apiKey: [input.mailgunApiKey, 'Mailgun API Key'], domain: [input.mailgunDomain, 'Mailgun Domain'] }),
    snapshotId: str(input.snapshotId),
  });
};

import { unwrapRecord } from './results';
/**
 * What the business operations share: the business inputs, the body they become, GHL's business record
 * unwrapped, and the business sample and output fields (values from the spec's examples).
 */
import { compact, InputError } from './http';
import type { Field, Input, OutputField } from './types';
import { checkEmail, normalizePhone } from './transforms';

/** The business inputs; the name is required on create only. */
export const businessInputs = (opts: { nameRequired: boolean }): Field[] => [
  { key: 'name', label: 'Business Name', required: opts.nameRequired },
  { key: 'phone', label: 'Phone', helpText: 'With country code, e.g. +1 883-232-7657.' },
  { key: 'email', label: 'Email', helpText: 'e.g. john@deo.com' },
  { key: 'website', label: 'Website', helpText: 'e.g. www.xyz.com' },
  { key: 'address', label: 'Street Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'country', label: 'Country', helpText: 'e.g. us' },
  { key: 'description', label: 'Description', type: 'text' },
];

/** Business inputs → GHL's business body (email checked, phone normalised, empty values left out). */
export const businessBody = (input: Input): Record<string, unknown> =>
  compact({
    name: input.name,
    phone: normalizePhone(input.phone, 'phone'),
    email: checkEmail(input.email, 'email'),
    website: input.website,
    address: input.address,
    city: input.city,
    state: input.state,
    postalCode: input.postalCode,
    country: input.country,
    description: input.description,
  });

/** An update needs at least one value to change. */
export const businessUpdateBody = (input: Input): Record<string, unknown> => {
  const body = businessBody(input);
  if (Object.keys(body).length === 0) {
    throw new InputError('Give at least one business field to update (name, phone, email, address…).', 'name');
  }
  return body;
};

/** GHL's business record: `business` (reads) or `buiseness` (the spec's spelling on create/update). */
export const businessOf = (data: any): Record<string, any> => unwrapRecord(data, ['business', 'buiseness']);

export const BUSINESS_SAMPLE = {
  id: '63771dcac1116f0e21de8e12',
  name: 'Microsoft',
  phone: '+18832327657',
  email: 'abc@microsoft.com',
  website: 'microsoft.com',
  address: '1 Microsoft Way',
  city: 'Redmond',
  state: 'WA',
  postalCode: '98052',
  country: 'united states',
  description: 'business description',
  locationId: 've9EPM428h8vShlRW1KT',
  createdAt: '2026-07-02T05:18:26.704Z',
  updatedAt: '2026-07-03T09:12:44.112Z',
};

export const BUSINESS_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Business ID' },
  { key: 'name', label: 'Business Name' },
  { key: 'phone', label: 'Phone' },
  { key: 'email', label: 'Email' },
  { key: 'website', label: 'Website' },
  { key: 'address', label: 'Street Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'country', label: 'Country' },
  { key: 'description', label: 'Description' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'createdBy', label: 'Created By' },
  { key: 'updatedBy', label: 'Updated By' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

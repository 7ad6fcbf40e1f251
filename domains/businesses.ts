/**
 * What several business operations share: the business to act on, the business fields with their bindings
 * (create and update write them to the body), where GHL's answer keeps the record, and the business sample
 * and output fields (values from the spec's examples).
 */
import { businessIdField } from '../lib/fields';
import { InputError } from '../lib/http';
import { toList } from '../lib/transforms';
import type { Conversion, Field, OutputField } from '../lib/types';

/** The business to act on: `{businessId}` in the path. */
export const BUSINESS_ID: Field = businessIdField();

/** GHL's business record: `business` (reads) or `buiseness` (the spec's spelling on create/update). */
export const BUSINESS_KEYS = ['business', 'buiseness'];

/** The business name (required on create only), bound to the body. */
export const BUSINESS_NAME: Field = { key: 'name', label: 'Business Name', required: true, to: 'body' };

/** The other business fields, bound to the body (the email checked, the phone normalised). */
export const BUSINESS_DETAILS: Field[] = [
  { key: 'phone', label: 'Phone', helpText: 'With country code, e.g. +1 883-232-7657.', to: 'body', as: 'phone' },
  { key: 'email', label: 'Email', helpText: 'e.g. john@deo.com', to: 'body', as: 'email' },
  { key: 'website', label: 'Website', helpText: 'e.g. www.xyz.com', to: 'body' },
  { key: 'address', label: 'Street Address', to: 'body' },
  { key: 'city', label: 'City', to: 'body' },
  { key: 'state', label: 'State', to: 'body' },
  { key: 'postalCode', label: 'Postal Code', to: 'body' },
  { key: 'country', label: 'Country', helpText: 'e.g. us', to: 'body' },
  { key: 'description', label: 'Description', type: 'text', to: 'body' },
];

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

// ---------------------------------------------------------------------------------------------------
// Find Business (issue 14): a business by name. GET /businesses/ has no name filter: the search reads the
// sub-account's businesses page by page (100 a page) until one has the name, at most FIND_BUSINESS_PAGES.
// (Imports of this block are kept here, with the block, so parallel work on this module merges cleanly.)
import { AnswerError, ghlRequest } from '../lib/http';
import { summarize } from '../lib/results';
import type { Ctx, GhlRequest, Input } from '../lib/types';

export const FIND_BUSINESS_PAGE = 100;
/** At most this many pages are read (1 000 businesses) before the search answers "not found". */
export const FIND_BUSINESS_PAGES = 10;

const sameName = (a: unknown, b: unknown): boolean =>
  String(a ?? '').trim().replace(/\s+/g, ' ').toLowerCase() === String(b ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * Reads the businesses page by page until some have the name asked for (any case, spaces collapsed) or a
 * page is short; answers `{businesses}` with those (an empty list when none has it).
 */
export const findBusinessesNamed = async (req: GhlRequest, ctx: Ctx): Promise<{ businesses: any[] }> => {
  const name = (ctx.bundle.inputData as Input)?.name;
  for (let page = 0; page < FIND_BUSINESS_PAGES; page++) {
    const data: any = await ghlRequest(
      ctx.z,
      { ...req, query: { ...req.query, limit: FIND_BUSINESS_PAGE, skip: page * FIND_BUSINESS_PAGE } },
      'Find Business',
    );
    if (!data || !Array.isArray(data.businesses)) {
      throw new AnswerError(`Find Business: GoHighLevel answered without the "businesses" list (got ${summarize(data)}).`);
    }
    const named = data.businesses.filter((b: any) => sameName(b?.name, name));
    if (named.length || data.businesses.length < FIND_BUSINESS_PAGE) return { businesses: named };
  }
  return { businesses: [] };
};

/** A business as the search finds it (realistic values; the spec's description is a placeholder). */
export const FOUND_BUSINESS_SAMPLE = {
  ...BUSINESS_SAMPLE,
  description: 'Corporate dental plan for 40 employees',
  createdBy: { id: 'hxHGVRb1YJUscrCB8eXK', name: 'Jordan Smith', source: 'WEB_USER' },
  updatedBy: { id: 'hxHGVRb1YJUscrCB8eXK', name: 'Jordan Smith', source: 'WEB_USER' },
};

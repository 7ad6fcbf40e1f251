/**
 * Plausible input data from an operation's input fields: ids like 'abc123', datetimes as ISO-8601,
 * numbers, booleans, list fields as arrays, choices → the first choice, defaults as they are.
 */
import type { Field } from '../lib/operation';

export const LOCATION_ID = 've9EPM428h8vShlRW1KT';
export const COMPANY_ID = '5DP4iH6HLkQsiKESj6rh';
export const USER_ID = 'hxHGVRb1YJUscrCB8eXK';
export const INPUT_DATETIME = '2026-07-08T14:30:00Z';
/** For the end of a window (endDate, endTime, windowEnd, dateTo…): a day after INPUT_DATETIME. */
export const INPUT_DATETIME_END = '2026-07-09T15:30:00Z';

const isEndKey = (key: string): boolean => /(end|until|finish)/i.test(key) || /To$/.test(key);

/** Connection data of a sub-account connection. */
export const LOCATION_AUTH: Record<string, string> = {
  access_token: 'contract-location-token',
  refresh_token: 'contract-location-refresh',
  locationId: LOCATION_ID,
  companyId: COMPANY_ID,
  userType: 'Location',
  userId: USER_ID,
};

/** Connection data of an agency connection. */
export const AGENCY_AUTH: Record<string, string> = {
  access_token: 'contract-agency-token',
  refresh_token: 'contract-agency-refresh',
  companyId: COMPANY_ID,
  userType: 'Company',
  userId: USER_ID,
};

/** Connection data of the private-token app: a sub-account's Private Integration token (what the issue names). */
export const PRIVATE_TOKEN_AUTH: Record<string, string> = {
  privateToken: 'contract-private-token',
  locationId: LOCATION_ID,
};

/** Connection data of the private-token app with an agency's Private Integration token. */
export const AGENCY_PRIVATE_TOKEN_AUTH: Record<string, string> = {
  privateToken: 'contract-agency-private-token',
  locationId: LOCATION_ID,
  userType: 'Company',
};

/** The connections a contract run uses, and what the agency connection of that build of the app can do. */
export interface ContractConnections {
  /** The build, in run output: `OAuth`, `private token`. */
  title: string;
  subAccount: Record<string, string>;
  agency: Record<string, string>;
  /** The agency connection's bearer token: what agency endpoints must carry. */
  agencyToken: string;
  /**
   * Whether the agency connection opens sub-accounts (mints a sub-account token, OAuth); else its
   * sub-account steps must be refused before any request (an agency's private token).
   */
  agencyMints: boolean;
  /** Requests the connection itself makes besides the mint (a private token's read of its own sub-account). */
  isConnectionRequest: (req: { method: string; path: string }) => boolean;
  /** Private Integration tokens: GoHighLevel takes them only where an endpoint's security admits them. */
  privateTokens: boolean;
}

export const OAUTH_CONNECTIONS: ContractConnections = {
  title: 'OAuth',
  subAccount: LOCATION_AUTH,
  agency: AGENCY_AUTH,
  agencyToken: AGENCY_AUTH.access_token,
  agencyMints: true,
  isConnectionRequest: () => false,
  privateTokens: false,
};

export const PRIVATE_TOKEN_CONNECTIONS: ContractConnections = {
  title: 'private-token',
  subAccount: PRIVATE_TOKEN_AUTH,
  agency: AGENCY_PRIVATE_TOKEN_AUTH,
  agencyToken: AGENCY_PRIVATE_TOKEN_AUTH.privateToken,
  agencyMints: false,
  // lib/connection.ts reads the company id of a private token's connection from its sub-account.
  isConnectionRequest: (req) => req.method === 'GET' && req.path === `/locations/${LOCATION_ID}`,
  privateTokens: true,
};

const firstChoice = (choices: Field['choices']): string | undefined => {
  if (!choices) return undefined;
  if (Array.isArray(choices)) return choices[0]?.value;
  return Object.keys(choices)[0];
};

/** One value for a (non-list) field. */
const scalarFor = (field: Field): unknown => {
  const key = field.key;
  const label = field.label || '';
  const choice = firstChoice(field.choices);
  if (choice !== undefined) return choice;
  switch (field.type) {
    case 'boolean':
      return true;
    case 'integer':
      return 5;
    case 'number':
      return 12.5;
    case 'datetime':
      return isEndKey(key) ? INPUT_DATETIME_END : INPUT_DATETIME;
    case 'file':
      return 'https://example.com/files/contract.pdf';
    case 'json':
      return '{"example": "value"}';
    default:
      break;
  }
  if (key === 'locationId') return LOCATION_ID;
  if (key === 'companyId') return COMPANY_ID;
  const isId = /(^id$|Id$|_id$|Ids$)/.test(key);
  const labelIsId = /\bIDs?\b/.test(label);
  if ((/email/i.test(label) && !labelIsId) || (/email/i.test(key) && !isId && !labelIsId)) return 'jane.doe@example.com';
  if (/phone/i.test(key) || /phone/i.test(label) || /^(number|\w*Number)$/.test(key)) return '+15550102030';
  if (/slug/i.test(key)) return 'example-slug';
  if (/(url|website|link)s?$/i.test(key)) return 'https://example.com/page';
  if (/colou?r$/i.test(key)) return '#FFAA00';
  if (/timezone/i.test(key)) return 'America/Chicago';
  if (/^country$/i.test(key)) return 'US';
  if (field.dynamic || isId) return 'abc123';
  if (/(date|time)/i.test(key)) return isEndKey(key) ? INPUT_DATETIME_END : INPUT_DATETIME;
  if (/key$/i.test(key)) return 'example_key';
  return `Example ${label || key}`;
};

/** A value for a field, or undefined for fields that take none (copy text, computed). */
export const valueFor = (field: Field): unknown => {
  if (field.type === 'copy' || field.computed) return undefined;
  if (field.children && field.children.length) {
    const row: Record<string, unknown> = {};
    for (const c of field.children) {
      const v = valueFor(c);
      if (v !== undefined) row[c.key] = v;
    }
    return [row];
  }
  if (field.dict) return { example_key: 'example value' };
  if (field.default !== undefined && field.default !== '') {
    return field.list ? [field.default] : field.default;
  }
  const v = scalarFor(field);
  return field.list ? [v] : v;
};

/** Inputs for a list of fields: every field (`all`) or the required ones only (`required`). */
export const inputsFor = (fields: Field[], fill: 'all' | 'required'): Record<string, unknown> => {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!f || typeof f !== 'object' || !f.key) continue;
    if (fill === 'required' && !f.required) continue;
    const v = valueFor(f);
    if (v !== undefined) out[f.key] = v;
  }
  return out;
};

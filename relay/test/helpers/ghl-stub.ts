/**
 * A tiny GoHighLevel for the subscription checks: `GET /locations/{id}` answers 200 when the bearer token
 * may read that location, 401 for an unknown token, 403 otherwise — and 400 when the Version or Accept
 * header is not what GoHighLevel requires, so a wrong header fails the tests.
 */
import { startTestServer, type TestServer } from './http';

import { randomUUID } from 'crypto';
import { LOCATION_ID } from './signing';

/** A sub-account token: reads its own location, LOCATION_ID, only. */
export const SUB_ACCOUNT_TOKEN = 'ghl-sub-account-token-5f0c2d9a7e';
/** An agency token (or one minted from it): reads LOCATION_ID and every `loc-…` location. */
export const AGENCY_TOKEN = 'ghl-agency-token-b81e44c3a0';
/** A location of the agency, new for each test so that tests sharing a relay do not see each other's events. */
export const agencyLocation = (): string => `loc-${randomUUID()}`;

const GRANTS: Record<string, (locationId: string) => boolean> = {
  [SUB_ACCOUNT_TOKEN]: (id) => id === LOCATION_ID,
  [AGENCY_TOKEN]: (id) => id === LOCATION_ID || id.startsWith('loc-'),
};

export const startGhlStub = (): Promise<TestServer> =>
  startTestServer((r) => {
    const m = /^\/locations\/([^/?]+)$/.exec(r.path);
    if (r.method !== 'GET' || !m) return 404;
    if (r.headers.version !== '2021-07-28' || r.headers.accept !== 'application/json') return 400;
    const token = /^Bearer (.+)$/.exec(String(r.headers.authorization || ''))?.[1] ?? '';
    const grant = GRANTS[token];
    if (!grant) return { status: 401, body: { statusCode: 401, message: 'Invalid JWT' } };
    const id = decodeURIComponent(m[1]);
    if (!grant(id)) return { status: 403, body: { statusCode: 403, message: 'The token does not have access to this location' } };
    return { status: 200, body: { location: { id, name: 'Acme Dental' } } };
  });

/**
 * What a connection's authData holds, in either build of the app (a leaf: it imports nothing):
 *
 * - the OAuth app (`index.ts`): GoHighLevel's token answer, `access_token` with `userType`, `locationId`,
 *   `companyId` and `userId` (authentication.ts);
 * - the private-token app (`index.private-token.ts`): what the user entered, `privateToken`, `locationId`
 *   and `userType` (authentication.private-token.ts). GoHighLevel's Private Integration tokens are static
 *   bearer tokens: no refresh, no company id in authData.
 *
 * lib/http.ts puts the bearer token on every request from here, and lib/connection.ts decides the
 * sub-account, the company and what a connection cannot do: the two places the builds differ.
 */

/** The authData keys of the private-token app's connection fields. */
export const PRIVATE_TOKEN = 'privateToken';
export const LOCATION_ID = 'locationId';
export const USER_TYPE = 'userType';

type AuthData = Record<string, string | undefined> | undefined;

/** A connection of the private-token app (its authData holds the pasted token). */
export const isPrivateToken = (authData: AuthData): boolean => typeof authData?.[PRIVATE_TOKEN] === 'string';

/** An agency (Company) connection: GoHighLevel's `userType` (OAuth) or the Connection Type chosen (private token). */
export const isAgencyAuth = (authData: AuthData): boolean => authData?.[USER_TYPE] === 'Company';

/**
 * The connection's own bearer token: the pasted private token (without the spaces or line break a paste can
 * bring along), else the OAuth access token.
 */
export const bearerTokenOf = (authData: AuthData): string | undefined =>
  isPrivateToken(authData) ? authData![PRIVATE_TOKEN]!.trim() || undefined : authData?.access_token || undefined;

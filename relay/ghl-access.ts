/**
 * Whether a GoHighLevel token may read a sub-account (location): `GET /locations/{locationId}` with the
 * token, as the app itself would call it. A sub-account token works for its own location; an agency
 * token, or a sub-account token minted from it, for the agency's locations.
 */
export type Access = 'allowed' | 'unauthorized' | 'forbidden' | 'unavailable';

export const LOCATIONS_VERSION = '2021-07-28';
const TIMEOUT_MS = 10_000;

export const checkLocationAccess = async (baseUrl: string, token: string, locationId: string): Promise<Access> => {
  let res: Response;
  try {
    res = await fetch(`${baseUrl}/locations/${encodeURIComponent(locationId)}`, {
      headers: { authorization: `Bearer ${token}`, accept: 'application/json', version: LOCATIONS_VERSION },
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch {
    return 'unavailable';
  }
  const body = (await res.json().catch(() => undefined)) as { location?: { id?: unknown } } | undefined;
  if (res.ok) {
    const id = body?.location?.id;
    return id === undefined || id === locationId ? 'allowed' : 'forbidden';
  }
  if (res.status === 401) return 'unauthorized';
  if (res.status === 429 || res.status >= 500) return 'unavailable';
  return 'forbidden'; // 400/403/404/422: no such location for this token
};

/**
 * Facts about a sub-account the app needs now and then, kept a day per sub-account (lib/cache.ts): its
 * timezone, to read the times some endpoints answer without a zone (`2026-07-16 11:00:00`, in the
 * sub-account's local time) as the instants they are.
 */
import { store } from './cache';
import { ghlRequest } from './http';
import { isBlank, offsetOf, toIsoInZone } from './transforms';
import type { Ctx } from './types';

const zones = store<string>(86_400, { scope: 'auth' });
/** For tests: forget the kept timezones. */
export const forgetSubAccountZones = (): void => zones.clear();

const reading = new Map<string, Promise<string>>();

/** The sub-account's timezone (GET /locations/{locationId}, kept a day, read once however many records ask); UTC when GHL gives none. */
export const subAccountTimezone = async (ctx: Pick<Ctx, 'z' | 'locationId' | 'token'>): Promise<string> => {
  const key = `ghl-location-timezone:${ctx.locationId}`;
  const kept = await zones.get(ctx.z, key);
  if (kept) return kept;
  const pending = reading.get(key);
  if (pending) return pending;
  const read = (async () => {
    const data = await ghlRequest(ctx.z, { method: 'GET', path: '/locations/{locationId}', pathParams: { locationId: ctx.locationId }, token: ctx.token });
    let zone = String(data?.location?.timezone ?? '').trim();
    try {
      if (zone) offsetOf(zone, Date.now());
    } catch {
      zone = ''; // a name Intl does not know: read the times as UTC rather than fail the step
    }
    const chosen = zone || 'UTC';
    await zones.set(ctx.z, key, chosen);
    return chosen;
  })();
  reading.set(key, read);
  try {
    return await read;
  } finally {
    reading.delete(key);
  }
};

/** The record with its zone-less local times (the given keys) as ISO-8601 instants in `zone`. */
export const withZonedTimes = (record: Record<string, any>, keys: string[], zone: string): Record<string, any> => {
  const out = { ...record };
  for (const k of keys) if (!isBlank(out[k])) out[k] = toIsoInZone(out[k], k, zone, k);
  return out;
};

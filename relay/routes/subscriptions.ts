/**
 * The REST-hook subscription API the app's instant triggers call (docs/RELAY.md, "The subscription API"):
 * `POST /subscriptions` and `DELETE /subscriptions/{id}`, each with a GoHighLevel token that can read the
 * subscription's location.
 */
import type { IncomingHttpHeaders } from 'http';
import { GHL_EVENTS, isGhlEvent } from '../events';
import { checkLocationAccess, type Access } from '../ghl-access';
import type { Reply, Route } from '../http/server';
import { problem, reply } from '../http/server';
import type { Logger } from '../log';
import { originOf } from '../log';
import type { Store } from '../store';
import { targetUrlProblem } from '../target-url';

export interface SubscriptionDeps {
  store: Store;
  log: Logger;
  ghlBaseUrl: string;
  allowInsecureTargets: boolean;
}

const bearer = (headers: IncomingHttpHeaders): string | undefined =>
  /^Bearer\s+(\S+)\s*$/i.exec(String(headers.authorization || ''))?.[1];

const NO_TOKEN = problem(401, 'Send the GoHighLevel access token of the sub-account as "Authorization: Bearer <token>".');

/** The answer when the token may not read the location, or undefined when it may. */
const refusal = (access: Access, locationId: string): Reply | undefined => {
  switch (access) {
    case 'allowed':
      return undefined;
    case 'unauthorized':
      return problem(401, 'GoHighLevel did not accept the token (expired or revoked?).');
    case 'forbidden':
      return problem(403, `The token cannot read the sub-account ${locationId}.`);
    case 'unavailable':
      return problem(502, 'GoHighLevel could not be asked whether the token can read the sub-account; try again.');
  }
};

const parseJson = (body: Buffer): Record<string, unknown> | undefined => {
  try {
    const value: unknown = JSON.parse(body.toString('utf8'));
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
};

export const subscriptionRoutes = ({ store, log, ghlBaseUrl, allowInsecureTargets }: SubscriptionDeps): Route[] => {
  const authorize = async (token: string, locationId: string, action: string): Promise<Reply | undefined> => {
    const refused = refusal(await checkLocationAccess(ghlBaseUrl, token, locationId), locationId);
    if (refused) log.warn('subscription.refused', { action, locationId, status: refused.status });
    return refused;
  };

  return [
    {
      method: 'POST',
      path: '/subscriptions',
      handler: async ({ headers, body }) => {
        const token = bearer(headers);
        if (!token) return NO_TOKEN;
        const input = parseJson(body);
        if (!input) return problem(400, 'The body must be a JSON object: {"locationId", "event", "targetUrl"}.');
        const { locationId, event, targetUrl } = input;
        if (typeof locationId !== 'string' || !locationId.trim()) {
          return problem(400, 'locationId is required: the id of the GoHighLevel sub-account.');
        }
        if (!isGhlEvent(event)) {
          return problem(400, `event must be one of GoHighLevel's ${GHL_EVENTS.length} event names.`, { events: GHL_EVENTS });
        }
        const badTarget = targetUrlProblem(targetUrl, allowInsecureTargets);
        if (badTarget) return problem(400, badTarget);
        const refused = await authorize(token, locationId, 'subscribe');
        if (refused) return refused;
        const created = await store.subscribe(locationId, event, targetUrl as string);
        log.info('subscription.created', { id: created.id, locationId, event, target: originOf(created.targetUrl) });
        return reply(201, created);
      },
    },
    {
      method: 'DELETE',
      path: '/subscriptions/:id',
      handler: async ({ headers, params }) => {
        const token = bearer(headers);
        if (!token) return NO_TOKEN;
        const found = await store.subscription(params.id);
        if (!found) return problem(404, `There is no subscription ${params.id}.`);
        const refused = await authorize(token, found.locationId, 'unsubscribe');
        if (refused) return refused;
        await store.unsubscribe(found.id);
        log.info('subscription.deleted', { id: found.id, locationId: found.locationId, event: found.event });
        return reply(204);
      },
    },
  ];
};

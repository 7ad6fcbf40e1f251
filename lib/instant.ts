/**
 * Instant (REST-hook) triggers. GoHighLevel sends webhooks only to the Marketplace app's one URL and has no
 * subscription API, so the app subscribes at its own webhook relay (relay/, docs/RELAY.md), found at
 * `RELAY_URL`: turning a Zap on subscribes Zapier's target URL there for the Zap's sub-account and events,
 * turning it off removes the subscription, and the relay delivers each of GoHighLevel's events to the URL.
 *
 * Each instant trigger names its polling twin (`counterpart`, a trigger of triggers/) and says how a
 * delivery becomes the record the twin's list holds; the engine gives the record the twin's own `each` and
 * `idOf`, so a delivery and a poll make the same item, with the same id. The twin's filters (tag, pipeline,
 * stage, …) apply to deliveries (`matches`); `performList` (Zap editor samples, Zap testing) is the twin's
 * poll. One declaration per trigger: `defineInstant`.
 */
import type { Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import { forgetLocationToken, isAgency, isPrivateToken, locationToken, resolveConnection, SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE } from './connection';
import { bearerTokenOf } from './credentials';
import { AnswerError, checkIdValue, ghlRequest, InputError, requestTimeoutMs, send } from './http';
import { withCustomFieldNames } from './custom-fields';
import { checkIds, checkRequired, declarationOf, defineOperation, toZapierError, type ZapierOperation } from './operation';
import { summarize } from './results';
import type { Connection, Ctx, Declaration, Delivery, Field, HookCtx, HookSpec, Input, InputField, OutputField } from './types';

// ---------------------------------------------------------------------------------------------------------
// The relay: where it is, and its subscription API (relay/routes/subscriptions.ts)

/** How the publisher sets the relay's address for a version of the app (Zapier's environment variables). */
export const RELAY_URL_COMMAND = 'zapier-platform env:set <version> RELAY_URL=https://<relay-host>';

/** The relay's base URL from `RELAY_URL` (set with `zapier env:set`): a clear error when unset or not a URL. */
export const relayUrl = (z: ZObject): string => {
  const raw = String(process.env.RELAY_URL ?? '').trim();
  const fix = `Whoever publishes this app sets it once per version: \`${RELAY_URL_COMMAND}\` (docs/RELAY.md).`;
  if (!raw) {
    throw new z.errors.Error(
      `Instant triggers need the app's webhook relay, and RELAY_URL is not set. ${fix}`,
      'RELAY_URL_MISSING',
      500,
    );
  }
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (!url || !/^https?:$/.test(url.protocol) || url.username || url.password) {
    throw new z.errors.Error(
      `RELAY_URL must be the webhook relay's http(s) address without a user or password, such as https://relay.example.com. ${fix}`,
      'RELAY_URL_INVALID',
      500,
    );
  }
  return raw.replace(/\/+$/, '');
};

const originOf = (url: string): string => {
  try {
    return new URL(url).origin;
  } catch {
    return 'the relay';
  }
};

/** A text without the given secrets (a token, Zapier's hook URL): never in an error or a log. */
const scrubbed = (text: string, secrets: Array<string | undefined>): string =>
  secrets.filter((s): s is string => !!s && s.length > 3).reduce((t, s) => t.split(s).join('[hidden]'), text);

/** Errors that already speak to the user or to core's refresh and throttling logic pass through. */
const PASS_THROUGH = new Set(['RefreshAuthError', 'ThrottledError', 'ExpiredAuthError', 'HaltedError', 'AppError']);

interface RelayAnswer {
  status: number;
  body: any;
}

/**
 * One call of the relay's subscription API with a GoHighLevel bearer token (the relay checks it against
 * GoHighLevel and forgets it). A 401 is core's (it refreshes the connection and tries again); every other
 * answer is the caller's to judge.
 */
const callRelay = async (
  z: ZObject,
  req: { method: 'POST' | 'DELETE'; url: string; token: string; body?: unknown },
  what: string,
): Promise<RelayAnswer> => {
  const headers: Record<string, string> = { Accept: 'application/json', Authorization: `Bearer ${req.token}` };
  if (req.body !== undefined) headers['Content-Type'] = 'application/json';
  let response: HttpResponse;
  try {
    response = await send(z, {
      url: req.url,
      method: req.method,
      headers,
      ...(req.body !== undefined ? { body: JSON.stringify(req.body) } : {}),
      skipThrowForStatus: true,
      timeout: requestTimeoutMs(),
    });
  } catch (err: any) {
    if (err && PASS_THROUGH.has(err.name)) throw err;
    const reason = scrubbed(String(err?.message || err), [req.token]).replace(/^request to \S+ failed, reason: /, '');
    throw new z.errors.Error(
      `${what}: could not reach the webhook relay at ${originOf(req.url)} (${reason}). Try again later; if it keeps failing, check RELAY_URL (docs/RELAY.md).`,
      'RELAY_UNREACHABLE',
      502,
    );
  }
  const body = response.data !== undefined && response.data !== null ? response.data : undefined;
  return { status: response.status, body };
};

/** The relay's refusal in the user's words: what it said, what to do; never the token or the target URL. */
const relayFailure = (z: ZObject, answer: RelayAnswer, what: string, locationId: string, secrets: Array<string | undefined>): Error => {
  const said = typeof answer.body?.error === 'string' ? scrubbed(answer.body.error, secrets) : '';
  const quote = said ? ` It said: ${said}` : '';
  let message: string;
  if (answer.status === 401) {
    // Only a private token gets here (under OAuth core refreshes the connection on a 401 first).
    return new z.errors.ExpiredAuthError(
      `${what}: GoHighLevel no longer accepts this connection's token (the webhook relay asked it). Reconnect GoHighLevel with a valid token.`,
    );
  }
  if (answer.status === 403) {
    message = `${what}: the connection cannot read sub-account ${locationId} (the webhook relay asked GoHighLevel).${quote} Choose a sub-account this connection can use, or reconnect GoHighLevel.`;
  } else if (answer.status === 400) {
    message = `${what}: the webhook relay refused the subscription (400).${quote}`;
  } else if (answer.status === 404) {
    message = `${what}: RELAY_URL does not point at the webhook relay: its subscription API answered 404.${quote} Check RELAY_URL (docs/RELAY.md).`;
  } else if (answer.status === 502 || answer.status === 503) {
    message = `${what}: the webhook relay could not ask GoHighLevel about the connection (${answer.status}).${quote} Try again later.`;
  } else if (answer.status >= 500) {
    message = `${what}: the webhook relay had a problem (${answer.status}).${quote} Try again later.`;
  } else {
    message = `${what}: the webhook relay answered ${answer.status}.${quote}`;
  }
  return new z.errors.Error(message, `RELAY_${answer.status}`, answer.status);
};

/** What Zapier keeps of a subscription (`bundle.subscribeData`): the relay's ids, the sub-account, the events. */
export interface SubscribeData {
  /** The first subscription's id (the Zap's). */
  id: string;
  locationId: string;
  events: string[];
  subscriptions: Array<{ id: string; event: string }>;
}

// ---------------------------------------------------------------------------------------------------------
// Deliveries → items

/** The top-level key an output field describes (`contact__email` → contact, `invoiceItems[]name` → invoiceItems). */
const topKey = (key: string): string => key.split(/__|\[\]/)[0];

const omitKeys = <T extends Record<string, any>>(obj: T, keys: Set<string>): T =>
  keys.size ? (Object.fromEntries(Object.entries(obj).filter(([k]) => !keys.has(k))) as T) : obj;

/** What every GoHighLevel webhook adds around the object: not part of the record. */
const ENVELOPE = new Set(['type', 'webhookId', 'timestamp']);

/** The record a delivery carries: the delivery without its envelope (`type`, `webhookId`, `timestamp`). */
export const withoutEnvelope = (delivery: Delivery): Record<string, any> => omitKeys(delivery, ENVELOPE);

/** The events a delivery may be: an object, or a list of them (as GoHighLevel sends one, the relay one). */
const deliveriesOf = (body: unknown, what: string): Delivery[] => {
  const list = Array.isArray(body) ? body : [body];
  if (!list.length || list.some((d) => !d || typeof d !== 'object' || Array.isArray(d) || typeof (d as Delivery).type !== 'string')) {
    throw new AnswerError(`${what}: the webhook relay delivered something that is not a GoHighLevel event (got ${summarize(body)}).`);
  }
  return list as Delivery[];
};

/** The Zap's sub-account without a request: the connection's, or (agency) the chosen Sub-Account, checked. */
const zapLocation = (bundle: Bundle): string => {
  if (!isAgency(bundle)) return String(bundle.authData?.locationId ?? '');
  // An agency's Private Integration token cannot open a sub-account: refused as every sub-account step is (lib/connection.ts).
  if (isPrivateToken(bundle)) throw new InputError(SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE);
  const chosen = (bundle.inputData as Input)?.locationId;
  checkIdValue(chosen, 'locationId', 'Sub-Account');
  return String(chosen ?? '').trim();
};

/** The step's connection (sub-account, token) for GoHighLevel and the relay: a minted token for an agency. */
const connectionFor = async (z: ZObject, bundle: Bundle): Promise<{ connection: Connection; token: string }> => {
  const connection = await resolveConnection(z, bundle, 'sub-account');
  if (!connection.locationId) {
    throw new InputError('This step needs a sub-account: connect GoHighLevel with a sub-account, or choose the Sub-Account field.', 'locationId');
  }
  // A minted sub-account token (OAuth agency), else the connection's own: the OAuth access token or the private token.
  return { connection, token: connection.token ?? bearerTokenOf(bundle.authData) ?? '' };
};

/** A minted token GoHighLevel refused: forgotten, so core's retry after the refresh mints a new one. */
const forgettingMinted = async <T>(z: ZObject, bundle: Bundle, connection: Connection | undefined, run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (err: any) {
    if (err?.name === 'RefreshAuthError' && connection?.token) await forgetLocationToken(z, bundle, connection.locationId);
    throw err;
  }
};

// ---------------------------------------------------------------------------------------------------------
// The declaration

export interface InstantSpec extends Omit<HookSpec, 'counterpart'> {
  key: string;
  label: string;
  /** "Triggers when …" (one sentence). */
  description: string;
  /** The polling twin (its noun, scopes, sample and output fields are the instant trigger's too). */
  counterpart?: ZapierOperation;
  /** The twin's filters (the same keys, so performList runs the twin with the Zap's inputs). */
  inputFields?: InputField[];
  /** Without a twin, or where the instant trigger's differ: */
  noun?: string;
  scopes?: string[];
  sample?: Record<string, unknown>;
  outputFields?: OutputField[];
}

/** What every instant trigger's help says about the relay, after its own `about`. */
export const RELAY_HELP =
  'Instant: GoHighLevel sends the event to the webhook relay of this app, which passes it to the Zap within ' +
  'seconds. The relay is run by whoever publishes this app (usually the agency), at its RELAY_URL; if turning the Zap on ' +
  'says RELAY_URL is not set, ask them (docs/RELAY.md). With an agency connection, the Zap gets the events of the chosen Sub-Account.';

/** The help of an instant trigger: a copy field above its inputs. */
const aboutField = (about: string): Field => ({ key: 'instant', label: 'How it fires', type: 'copy', helpText: `${about} ${RELAY_HELP}` });

/**
 * An instant trigger: its label, description, events, twin, delivery → record mapping, filters and what its
 * items lack; the engine makes the REST-hook operation (subscribe, unsubscribe, perform, performList). It
 * calls no GoHighLevel endpoint of its own (no `endpoint`): the relay's subscription API, and the twin's
 * endpoint for samples.
 */
export const defineInstant = (spec: InstantSpec) => {
  const twin = spec.counterpart ? declarationOf(spec.counterpart) : undefined;
  if (spec.counterpart && (!twin || twin.kind !== 'trigger' || twin.hook || !twin.list)) {
    throw new Error(`${spec.key}: its counterpart must be a polling list trigger made with defineOperation`);
  }
  if (!twin && (!spec.samples || !spec.noun || !spec.sample || !spec.outputFields)) {
    throw new Error(`${spec.key}: an instant trigger without a polling twin declares its noun, samples, sample and output fields`);
  }
  const lacks = new Set(spec.lacks);
  const { key, label, description, counterpart, inputFields, noun, scopes, sample, outputFields, ...hook } = spec;
  const decl: Declaration = {
    key,
    kind: 'trigger',
    noun: noun ?? twin!.noun,
    label,
    description,
    scopes: scopes ?? twin?.scopes ?? [],
    inputFields: [aboutField(spec.about), ...(inputFields || [])],
    extraRequests: [hook.fetches, twin?.customFields ? `custom field definitions (${twin.customFields}), on a cold cache` : undefined]
      .filter(Boolean)
      .join('; ') || undefined,
    sample: sample ?? omitKeys(twin!.sample || {}, lacks),
    outputFields: outputFields ?? (twin!.outputFields || []).filter((f) => !lacks.has(topKey(f.key))),
    hook: { ...hook, counterpart },
  };
  return defineOperation(decl, hookFunctions(decl, twin));
};

/** The REST-hook functions of an instant trigger's declaration. */
const hookFunctions = (decl: Declaration, twin: Declaration | undefined) => {
  const hook = decl.hook!;
  const what = decl.label;
  const twinOp = hook.counterpart as ZapierOperation | undefined;
  const lacks = new Set(hook.lacks);
  const eventsFor = (input: Input): string[] => (typeof hook.events === 'function' ? hook.events(input) : [...hook.events]);
  const idOf = (item: Record<string, any>, delivery: Delivery): string => {
    const id = hook.idOf ? hook.idOf(item, delivery) : twin?.list?.idOf ? twin.list.idOf(item) : (item.id ?? item._id);
    if (id === undefined || id === null || String(id).trim() === '') {
      throw new AnswerError(`${what}: the ${delivery.type} event has no id for the item (got ${summarize(delivery)}).`);
    }
    return String(id);
  };

  return {
    type: 'hook',

    performSubscribe: async (z: ZObject, bundle: Bundle): Promise<SubscribeData> => {
      try {
        const input: Input = { ...(bundle.inputData || {}) };
        const relay = relayUrl(z);
        checkRequired(decl.inputFields, input);
        checkIds(decl.inputFields, input);
        hook.check?.(input);
        const targetUrl = String((bundle as { targetUrl?: string }).targetUrl ?? '');
        if (!targetUrl) throw new AnswerError(`${what}: Zapier gave no target URL to subscribe.`);
        const { connection, token } = await connectionFor(z, bundle);
        const { locationId } = connection;
        const events = eventsFor(input);
        const made: Array<{ id: string; event: string }> = [];
        const secrets = [token, targetUrl];
        try {
          for (const event of events) {
            const answer = await callRelay(z, { method: 'POST', url: `${relay}/subscriptions`, token, body: { locationId, event, targetUrl } }, `${what} (subscribing to ${event})`);
            if (answer.status !== 201 && answer.status !== 200) throw relayFailure(z, answer, `${what}: subscribing to ${event}`, locationId, secrets);
            const id = answer.body?.id;
            if (typeof id !== 'string' || !id) {
              throw new AnswerError(`${what}: the webhook relay answered ${answer.status} without a subscription id (got ${summarize(answer.body)}).`);
            }
            made.push({ id, event });
          }
        } catch (err: any) {
          // No half subscription: what was made goes again (best effort; the relay drops what Zapier answers 410 to).
          for (const s of made) await callRelay(z, { method: 'DELETE', url: `${relay}/subscriptions/${encodeURIComponent(s.id)}`, token }, what).catch(() => undefined);
          if (err?.name === 'RefreshAuthError' && connection.token) await forgetLocationToken(z, bundle, locationId);
          throw err;
        }
        return { id: made[0].id, locationId, events, subscriptions: made };
      } catch (err) {
        throw toZapierError(z, decl, err);
      }
    },

    performUnsubscribe: async (z: ZObject, bundle: Bundle): Promise<Record<string, unknown>> => {
      try {
        const data = ((bundle as { subscribeData?: Partial<SubscribeData> }).subscribeData || {}) as Partial<SubscribeData>;
        const ids = (Array.isArray(data.subscriptions) ? data.subscriptions.map((s) => s?.id) : [data.id]).filter(
          (id): id is string => typeof id === 'string' && !!id,
        );
        if (!ids.length) return { removed: [] }; // nothing was subscribed
        const relay = relayUrl(z);
        const locationId = String(data.locationId || zapLocation(bundle));
        // As subscribing did: the OAuth agency connection's minted token for the sub-account, else the connection's own.
        const minted = isAgency(bundle) && !isPrivateToken(bundle);
        const token = minted ? await locationToken(z, bundle, locationId) : (bearerTokenOf(bundle.authData) ?? '');
        const connection = minted ? ({ locationId, token } as Connection) : undefined;
        for (const id of ids) {
          const answer = await forgettingMinted(z, bundle, connection, () =>
            callRelay(z, { method: 'DELETE', url: `${relay}/subscriptions/${encodeURIComponent(id)}`, token }, `${what} (unsubscribing)`),
          );
          // 404: already gone (removed after Zapier answered 410, or twice): done all the same.
          if (answer.status !== 204 && answer.status !== 200 && answer.status !== 404) {
            throw relayFailure(z, answer, `${what}: unsubscribing`, locationId, [token]);
          }
        }
        return { removed: ids };
      } catch (err) {
        throw toZapierError(z, decl, err);
      }
    },

    perform: async (z: ZObject, bundle: Bundle): Promise<Record<string, any>[]> => {
      try {
        const input: Input = { ...(bundle.inputData || {}) };
        checkIds(decl.inputFields, input);
        const locationId = zapLocation(bundle);
        const events = new Set(eventsFor(input));
        // The step's connection, on first need (a read, the twin's each, custom field names): a minted token for an agency.
        let resolved: Promise<{ connection: Connection; token: string }> | undefined;
        const connection = () => (resolved ??= connectionFor(z, bundle)).then((c) => c.connection);
        const hookCtx: HookCtx = {
          z,
          bundle,
          locationId,
          read: async (req, label) => {
            const c = await connection();
            return forgettingMinted(z, bundle, c, () => ghlRequest(z, { ...req, token: c.token }, label ?? what));
          },
        };
        const pollCtx = async (): Promise<Ctx> => ({ ...(await connection()), z, bundle, page: 0, pageSize: 1 });
        const items: Record<string, any>[] = [];
        for (const delivery of deliveriesOf((bundle as { cleanedRequest?: unknown }).cleanedRequest, what)) {
          // Not this Zap's: another event, or another sub-account (the relay routes by both; this only guards).
          if (!events.has(delivery.type)) continue;
          if (locationId && delivery.locationId && delivery.locationId !== locationId) continue;
          let record = hook.record ? hook.record(delivery, input) : withoutEnvelope(delivery);
          if (!record) continue;
          if (hook.matches && !hook.matches(record, input)) continue;
          if (hook.complete) record = await hook.complete(record, delivery, hookCtx);
          let item: Record<string, any>;
          if (hook.item) item = hook.item(record, input, delivery);
          else if (twin?.list?.each) item = await twin.list.each(record, input, await pollCtx());
          else item = record;
          if (twin?.customFields) {
            const ctx = await pollCtx();
            item = await forgettingMinted(z, bundle, ctx, () => withCustomFieldNames(item, ctx, twin.customFields!));
          }
          items.push({ ...omitKeys(item, lacks), id: idOf(item, delivery) });
        }
        return items;
      } catch (err) {
        throw toZapierError(z, decl, err);
      }
    },

    performList: async (z: ZObject, bundle: Bundle): Promise<Record<string, any>[]> => {
      if (twinOp) {
        const items = (await (twinOp.operation.perform as (z: ZObject, b: Bundle) => Promise<any[]>)(z, bundle)) || [];
        // What deliveries lack is left out, so the editor offers only what a live event will have.
        return items.map((item) => omitKeys(item, lacks));
      }
      try {
        const input: Input = { ...(bundle.inputData || {}) };
        checkRequired(decl.inputFields, input);
        return hook.samples!(input, zapLocation(bundle));
      } catch (err) {
        throw toZapierError(z, decl, err);
      }
    },
  };
};

/**
 * A `complete` that reads the record (`GET path`, its id in `param`) for `keys` the delivery lacks and the
 * item's id needs (an opportunity's lastStageChangeAt): no request when the delivery has them all.
 */
export const completeFrom =
  (read: { path: string; param: string; answerKey: string; keys: string[] }) =>
  async (record: Record<string, any>, delivery: Delivery, ctx: HookCtx): Promise<Record<string, any>> => {
    const missing = read.keys.filter((k) => record[k] === undefined || record[k] === null || record[k] === '');
    if (!missing.length) return record;
    checkIdValue(record.id, read.param, 'the delivered id');
    const data = await ctx.read({ method: 'GET', path: read.path, pathParams: { [read.param]: record.id } });
    const fresh = data && typeof data === 'object' ? data[read.answerKey] : undefined;
    if (!fresh || typeof fresh !== 'object') {
      throw new AnswerError(`The ${delivery.type} event lacks ${missing.join(', ')}, and GoHighLevel answered GET ${read.path} without the record (got ${summarize(data)}).`);
    }
    return { ...record, ...Object.fromEntries(missing.map((k) => [k, fresh[k]])) };
  };

/** What `completeFrom` may read, for the request-count checks (`fetches`). */
export const fetchesOf = (path: string, keys: string[]): string => `GET ${path} (${keys.join(', ')}, when the event lacks it)`;

/**
 * An instant trigger's documented example delivery for a sub-account, as the relay would deliver it
 * (`bundle.cleanedRequest`): for the checks that run every operation's perform (contract, bench).
 */
export const exampleDelivery = (decl: Declaration, input: Input, locationId: string): Delivery | undefined => {
  if (!decl.hook) return undefined;
  const example = decl.hook.example(input);
  return locationId ? { ...example, locationId } : example;
};

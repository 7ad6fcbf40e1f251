/**
 * The operation factory: turns a short declaration (label, endpoint, inputs, request and result mapping,
 * sample, output fields) into a Zapier trigger, create or search. Everything operations share lives here:
 * the sub-account id, required-input checks, pagination, newest-first ordering, stable ids, "not found"
 * for searches, and translation of input errors.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';
import { AnswerError, callGhl, checkIdValue, humanize, InputError, type GhlRequest } from './http';
import { isEmptyAnswer, MissingInAnswer, recordAt, summarize } from './results';
import { AGENCY_ONLY_MESSAGE, forgetLocationToken, isAgency, resolveConnection, type Connection } from './connection';
import { stableHash } from './transforms';
import { subAccountField } from './fields';

export type Input = Record<string, any>;
export type Method = GhlRequest['method'];
export type Kind = 'trigger' | 'create' | 'search';
/** Which token an endpoint needs (the catalog's `token`). */
export type TokenKind = 'sub-account' | 'agency' | 'either';
/** Where the connection's sub-account id goes (the catalog's `locationId`). */
export type LocationPlacement = 'query' | 'query:location_id' | 'body' | 'path' | 'none';

export interface Endpoint {
  method: Method;
  path: string;
}

export interface Ctx extends Connection {
  z: ZObject;
  bundle: Bundle;
  /** 0-based page asked for (dropdown "load more", dedupe population). */
  page: number;
  pageSize: number;
}

export interface RequestParts {
  path?: Record<string, unknown>;
  query?: Record<string, unknown>;
  body?: unknown;
}

export interface Field {
  key: string;
  label?: string;
  type?: 'string' | 'text' | 'integer' | 'number' | 'boolean' | 'datetime' | 'file' | 'password' | 'copy' | 'code' | 'json';
  required?: boolean;
  default?: string;
  list?: boolean;
  dict?: boolean;
  helpText?: string;
  dynamic?: string;
  search?: string;
  choices?: Record<string, string> | Array<{ value: string; label: string; sample: string }>;
  placeholder?: string;
  altersDynamicFields?: boolean;
  children?: Field[];
  computed?: boolean;
}

/** A function field source: fields computed at edit time (custom fields, agency sub-account picker…). */
export type FieldFunction = ((z: ZObject, bundle: Bundle) => Promise<Field[]> | Field[]) & { fieldSource?: string };
export type InputField = Field | FieldFunction;

export interface OutputField {
  key: string;
  label?: string;
  type?: 'string' | 'number' | 'integer' | 'boolean' | 'datetime' | 'file' | 'password';
  primary?: boolean;
}

export interface Paging {
  /** How pages are asked for in the query string; `body` means the request function uses ctx.page itself. */
  style: 'limit/skip' | 'limit/offset' | 'page/limit' | 'body';
  size: number;
}

export interface ListSpec {
  /**
   * Where the items are: a key (dot path) of GHL's answer, null when the answer is the array, or a
   * function for object-shaped answers (free slots keyed by date → one item per slot).
   */
  key: string | null | ((data: any, input: Input, ctx: Ctx) => any[]);
  paging?: Paging;
  /** Date key (dot path) to order newest first. */
  sortBy?: string;
  /** The item's stable id when it is not `id`. */
  idOf?: (item: any) => unknown;
  /** Turns each item into the object Zapier sees. */
  each?: (item: any, input: Input, ctx: Ctx) => any;
}

export interface Declaration {
  key: string;
  kind: Kind;
  noun: string;
  label: string;
  description: string;
  hidden?: boolean;
  endpoint: Endpoint;
  scopes: string[];
  token?: TokenKind;
  /**
   * The endpoint takes either token, but the step only makes sense for an agency (List Locations): a
   * sub-account connection is told so before any request.
   */
  agencyOnly?: boolean;
  location?: LocationPlacement;
  inputFields?: InputField[];
  /** Inputs → path parameters, query and body. Default: path parameters taken from the inputs by name. */
  request?: (input: Input, ctx: Ctx) => RequestParts | Promise<RequestParts>;
  /**
   * GHL's answer → what Zapier sees: a key (dot path) of the record in GHL's answer, checked (`'note'`; `''`
   * for the answer itself), or a function (an object; for list triggers use `list`). Missing data is an
   * error (lib/results.ts), never a record made up.
   */
  result?: string | ((data: any, input: Input, ctx: Ctx) => any);
  /**
   * GoHighLevel answers this endpoint with an acknowledgement at most (`{succeded: true}`, or nothing):
   * deletes and the like. An empty answer is success; for every other step it is an error.
   */
  ack?: boolean;
  /** List triggers (and dropdown feeders): where the items are and how they page. */
  list?: ListSpec;
  /**
   * By-id triggers: fire once per version of the record. The version is this key's value (an update
   * time) or, where the record has none, a hash of its content.
   */
  versionKey?: string;
  sample?: Record<string, unknown>;
  outputFields?: OutputField[];
  /**
   * Sends the built request instead of the default JSON call, e.g. to hand a file to Zapier
   * (`z.stashFile`). Receives exactly the request the engine built.
   */
  send?: (req: GhlRequest, ctx: Ctx) => Promise<any>;
  /** Extra requests this operation may make besides its endpoint, for the request-count check. */
  extraRequests?: string;
}

const registry = new Map<string, Declaration>();

/** Every declaration made so far, keyed `kind:key`. */
export const declarations = (): Declaration[] => [...registry.values()];

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** Required static inputs must have a value at run time (a mapped field can be empty). */
export const checkRequired = (fields: InputField[] | undefined, input: Input): void => {
  for (const f of fields || []) {
    if (typeof f === 'function' || !f.required) continue;
    if (isEmpty(input[f.key])) {
      throw new InputError(`The ${f.label || humanize(f.key)} field is required but was empty.`, f.key);
    }
  }
};

/** An input that takes a GoHighLevel id: an `…Id`/`…Ids` key, or a dropdown whose value is an id. */
export const isIdField = (f: Field): boolean => /(^ids?$|Ids?$|_id$)/.test(f.key) || /^[^.]+\.(id|_id)\./.test(f.dynamic || '');

/** Id inputs never carry `.` or `..`, wherever they go (path, query or body). */
export const checkIds = (fields: InputField[] | undefined, input: Input): void => {
  for (const f of fields || []) {
    if (typeof f !== 'function' && isIdField(f)) checkIdValue(input[f.key], f.key, f.label || humanize(f.key));
  }
};

const labelsOf = (fields: InputField[] | undefined): Record<string, string> =>
  Object.fromEntries((fields || []).filter((f): f is Field => typeof f !== 'function' && !!f.label).map((f) => [f.key, f.label!]));

const getPath = (obj: any, path: string): any =>
  path.split('.').reduce((o, k) => (o === undefined || o === null ? undefined : o[k]), obj);

const pathParamsOf = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

const timeOf = (v: unknown): number => {
  if (typeof v === 'number') return v;
  if (typeof v === 'string') {
    const n = /^\d+$/.test(v) ? Number(v) : Date.parse(v);
    return Number.isNaN(n) ? -Infinity : n;
  }
  return -Infinity;
};

/** Newest first by a date key; items without a date keep their order after the dated ones. */
export const newestFirst = <T>(items: T[], key: string): T[] =>
  items
    .map((item, i) => ({ item, i, t: timeOf(getPath(item, key)) }))
    .sort((a, b) => (b.t === a.t ? a.i - b.i : b.t - a.t))
    .map((x) => x.item);

/** Builds the request for a declaration and the current inputs: path, sub-account id, paging. */
export const buildRequest = async (decl: Declaration, input: Input, ctx: Ctx): Promise<GhlRequest> => {
  const parts: RequestParts = decl.request ? await decl.request(input, ctx) : {};
  const pathParams: Record<string, unknown> = {};
  for (const name of pathParamsOf(decl.endpoint.path)) pathParams[name] = input[name];
  Object.assign(pathParams, parts.path || {});
  let query = parts.query ? { ...parts.query } : undefined;
  let body = parts.body;
  const placement = decl.location || 'none';
  if (placement !== 'none' && !ctx.locationId) {
    throw new InputError(
      'This step needs a sub-account: connect GoHighLevel with a sub-account, or choose the Sub-Account field.',
      'locationId',
    );
  }
  if (placement === 'query') query = { locationId: ctx.locationId, ...query };
  if (placement === 'query:location_id') query = { location_id: ctx.locationId, ...query };
  if (placement === 'path') pathParams.locationId = ctx.locationId;
  if (placement === 'body') body = { locationId: ctx.locationId, ...((body as object) || {}) };
  const paging = decl.list?.paging;
  if (paging && paging.style !== 'body') {
    const size = ctx.pageSize;
    const pageQuery =
      paging.style === 'limit/skip'
        ? { limit: size, skip: ctx.page * size }
        : paging.style === 'limit/offset'
          ? { limit: size, offset: ctx.page * size }
          : { limit: size, page: ctx.page + 1 };
    query = { ...pageQuery, ...query };
  }
  return { method: decl.endpoint.method, path: decl.endpoint.path, pathParams, labels: labelsOf(decl.inputFields), query, body, token: ctx.token };
};

const toZapierError = (z: ZObject, err: unknown): unknown => {
  if (err instanceof InputError) return new z.errors.Error(err.message, 'INVALID_INPUT', 400);
  if (err instanceof AnswerError) return new z.errors.Error(err.message, 'GHL_UNEXPECTED_ANSWER', 502);
  return err;
};

const ensureList = (decl: Declaration, data: any, input: Input, ctx: Ctx): any[] => {
  const spec = decl.list!.key;
  if (typeof spec === 'function') return spec(data, input, ctx);
  const key = spec;
  const items = key === null ? data : getPath(data, key);
  if (!Array.isArray(items)) throw new MissingInAnswer(`the "${key ?? 'list'}" list`, items ?? data);
  return items;
};

/** A step's failure to read GHL's answer, in the user's words: the step, the status, what was missing, the traceId. */
const answerFailure = (decl: Declaration, err: MissingInAnswer, status: number, traceId?: string): AnswerError =>
  new AnswerError(`${decl.label}: GoHighLevel answered ${status} ${err.message}${traceId ? ` (traceId ${traceId})` : ''}.`);

/** Runs a declaration: connection, inputs check, request, answer check, result mapping. */
export const run = async (decl: Declaration, z: ZObject, bundle: Bundle): Promise<any> => {
  const input: Input = { ...(bundle.inputData || {}) };
  checkRequired(decl.inputFields, input);
  checkIds(decl.inputFields, input);
  if (decl.agencyOnly && !isAgency(bundle)) throw new InputError(AGENCY_ONLY_MESSAGE);
  const connection = await resolveConnection(z, bundle, decl.token || 'sub-account');
  const ctx: Ctx = {
    ...connection,
    z,
    bundle,
    page: Number(bundle.meta?.page) || 0,
    pageSize: decl.list?.paging?.size ?? 100,
  };
  const req = await buildRequest(decl, input, ctx);
  let data: any;
  let status = 200;
  let traceId: string | undefined;
  try {
    if (decl.send) data = await decl.send(req, ctx);
    else ({ data, status, traceId } = await callGhl(z, req, decl.label));
  } catch (err: any) {
    // A minted sub-account token GHL no longer takes: forget it, so the retry after the refresh mints anew.
    if (err?.name === 'RefreshAuthError' && ctx.token) await forgetLocationToken(z, bundle, ctx.locationId);
    throw err;
  }
  try {
    if (decl.list) {
      // A poll may read an empty answer as "nothing new"; a search or a dropdown's caller must not.
      if (decl.kind === 'trigger' && isEmptyAnswer(data)) return { data, items: [], ctx, status };
      let items = ensureList(decl, data, input, ctx);
      if (decl.list.each) items = await Promise.all(items.map((it) => decl.list!.each!(it, input, ctx)));
      return { data, items, ctx, status };
    }
    if (!decl.ack && !decl.send && isEmptyAnswer(data)) throw new MissingInAnswer(`the ${decl.noun.toLowerCase()} this step returns`, data);
    const result =
      typeof decl.result === 'string' ? recordAt(data, decl.result) : decl.result ? await decl.result(data, input, ctx) : data;
    return { data, result, ctx, status };
  } catch (err) {
    if (err instanceof MissingInAnswer) throw answerFailure(decl, err, status, traceId);
    throw err;
  }
};

const withIds = (decl: Declaration, items: any[]): any[] =>
  items.map((item) => {
    if (!item || typeof item !== 'object') return { id: stableHash(item), value: item };
    const explicit = decl.list?.idOf ? decl.list.idOf(item) : undefined;
    const id = explicit ?? item.id ?? item._id;
    return { ...item, id: isEmpty(id) ? stableHash(item) : String(id) };
  });

/** The version of a record for by-id triggers: its update time, or a hash of its content. */
export const versionOf = (record: any, key?: string): string => {
  const v = key ? getPath(record, key) : undefined;
  return isEmpty(v) ? stableHash(record) : String(v);
};

/** Newest items a poll returns from an unpaged list (GHL answers some lists whole: thousands of notes). */
export const MAX_POLL_ITEMS = 250;

/**
 * Bounds what a poll returns from a newest-first list: Zapier only needs the newest items to find new ones.
 * Populating the dedupe store (Zap activation) gets everything, so older items never fire later.
 */
const capPoll = <T>(items: T[], bundle: Bundle): T[] => {
  if (bundle.meta?.isPopulatingDedupe) return items;
  const limit = Number(bundle.meta?.limit);
  return items.slice(0, limit > 0 ? Math.min(limit, MAX_POLL_ITEMS) : MAX_POLL_ITEMS);
};

const performFor = (decl: Declaration) => {
  if (decl.kind === 'trigger') {
    return async (z: ZObject, bundle: Bundle) => {
      try {
        const out = await run(decl, z, bundle);
        if (decl.list) {
          let items = withIds(decl, out.items);
          if (decl.list.sortBy) items = capPoll(newestFirst(items, decl.list.sortBy), bundle);
          return items;
        }
        const record = out.result;
        if (record === null) return []; // the step judged there is nothing to fire yet (e.g. no transcription)
        if (!record || typeof record !== 'object' || isEmptyAnswer(record)) {
          throw new AnswerError(`${decl.label}: GoHighLevel answered ${out.status} without the expected record (got ${summarize(out.data)}).`);
        }
        const records = Array.isArray(record) ? record : [record];
        return records.map((r: any) => {
          const id = isEmpty(r.id) ? stableHash(r) : String(r.id);
          return { ...r, id, record_version: versionOf(r, decl.versionKey) };
        });
      } catch (err) {
        throw toZapierError(z, err);
      }
    };
  }
  if (decl.kind === 'search') {
    return async (z: ZObject, bundle: Bundle) => {
      try {
        const out = await run(decl, z, bundle);
        const found = decl.list ? out.items : out.result;
        // Only a result the step itself judged "not found" (null) is an empty search; never an unreadable answer.
        if (found === null) return [];
        const list = Array.isArray(found) ? found : [found];
        if (list.some((x) => !x || typeof x !== 'object' || Array.isArray(x))) {
          throw new AnswerError(`${decl.label}: GoHighLevel answered ${out.status} with something that is not a record (got ${summarize(found)}).`);
        }
        return list;
      } catch (err: any) {
        if (err && err.status === 404) return [];
        throw toZapierError(z, err);
      }
    };
  }
  return async (z: ZObject, bundle: Bundle) => {
    try {
      const out = await run(decl, z, bundle);
      const result = decl.list ? out.items : out.result;
      if (result === undefined || result === null || typeof result !== 'object' || (!decl.ack && isEmptyAnswer(result))) {
        throw new AnswerError(
          `${decl.label}: GoHighLevel answered ${out.status ?? 200} without the expected record (got ${summarize(out.data)}).`,
        );
      }
      return result;
    } catch (err) {
      throw toZapierError(z, err);
    }
  };
};

const outputFieldsFor = (decl: Declaration): OutputField[] | undefined => {
  if (!decl.outputFields) return undefined;
  if (decl.kind !== 'trigger' || decl.list) return decl.outputFields;
  // By-id triggers dedupe on (id, record_version): a new version of the record fires again.
  const fields = decl.outputFields.map((f) => (f.key === 'id' ? { ...f, primary: true } : f));
  if (!fields.some((f) => f.key === 'id')) fields.unshift({ key: 'id', label: 'ID', primary: true });
  fields.push({ key: 'record_version', label: 'Record Version', primary: true });
  return fields;
};

/** Visible sub-account steps get the agency Sub-Account picker first (empty for sub-account connections). */
const inputFieldsFor = (decl: Declaration): InputField[] => {
  const fields = decl.inputFields || [];
  if ((decl.token || 'sub-account') !== 'sub-account' || decl.hidden) return fields;
  return [subAccountField, ...fields];
};

/** Turns a declaration into a Zapier trigger/create/search definition and registers it. */
export const defineOperation = (decl: Declaration) => {
  const id = `${decl.kind}:${decl.key}`;
  if (registry.has(id)) throw new Error(`Duplicate operation ${id}`);
  registry.set(id, decl);
  const sample =
    decl.kind === 'trigger' && !decl.list && decl.sample
      ? { ...decl.sample, record_version: versionOf(decl.sample, decl.versionKey) }
      : decl.sample;
  const operation: Record<string, unknown> = {
    perform: performFor(decl),
    inputFields: inputFieldsFor(decl),
  };
  if (sample) operation.sample = sample;
  const outputFields = outputFieldsFor(decl);
  if (outputFields) operation.outputFields = outputFields;
  if (decl.kind === 'trigger' && decl.list?.paging) operation.canPaginate = true;
  return {
    key: decl.key,
    noun: decl.noun,
    display: {
      label: decl.label,
      description: decl.description,
      ...(decl.hidden ? { hidden: true } : {}),
    },
    operation,
  };
};

export type ZapierOperation = ReturnType<typeof defineOperation>;

/** The id a delete reports back, merged with whatever GHL answered. */
export const deletedResult =
  (idKey: string) =>
  (data: any, input: Input): Record<string, unknown> => ({
    ...(data && typeof data === 'object' ? data : {}),
    id: input[idKey],
    deleted: data?.succeded ?? data?.succeeded ?? data?.success ?? true,
  });

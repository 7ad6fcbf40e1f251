/**
 * The operation factory: turns a short declaration (label, endpoint, inputs with their bindings, result,
 * sample, output fields) into a Zapier trigger, create or search. Everything operations share lives here:
 * the sub-account, required-input and id checks, the request (lib/request.ts), the answer check,
 * pagination, newest-first ordering, stable ids, "not found" for searches, custom fields by name, and
 * the translation of input errors.
 */
import { AnswerError, callGhl, checkIdValue, humanize, InputError, missingScopeMessage, scopeRefusalOf } from './http';
import { isEmptyAnswer, MissingInAnswer, recordAt, summarize } from './results';
import { agencyOnlyMessage, forgetLocationToken, isAgency, resolveConnection, subAccountField } from './connection';
import { CUSTOM_FIELDS_SCOPE, withCustomFieldNames } from './custom-fields';
import { buildRequest } from './request';
import { stableHash, toList } from './transforms';
import type { Bundle, Ctx, Declaration, Field, Input, InputField, OutputField, ZObject } from './types';

export type * from './types';

const isEmpty = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

/** Required static inputs must have a value at run time (a mapped field can be empty). */
export const checkRequired = (fields: InputField[] | undefined, input: Input): void => {
  for (const f of fields || []) {
    if (typeof f === 'function' || !f.required) continue;
    // A list is empty when it splits into nothing (`" , "`), as GHL would be sent no item at all.
    if (isEmpty(input[f.key]) || (f.list && toList(input[f.key]).length === 0)) {
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

const getPath = (obj: any, path: string): any =>
  path.split('.').reduce((o, k) => (o === undefined || o === null ? undefined : o[k]), obj);

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

/**
 * A step's error as Zapier shows it. A scope GoHighLevel refused (a private token not granted it, on any of
 * the step's requests) names the scopes the step declares: what to tick.
 */
export const toZapierError = (z: ZObject, decl: Declaration, err: unknown): unknown => {
  if (err instanceof InputError) return new z.errors.Error(err.message, 'INVALID_INPUT', 400);
  const refused = scopeRefusalOf(err);
  if (refused) {
    return Object.assign(new z.errors.Error(`${decl.label}: ${missingScopeMessage(refused.said, decl.scopes)}${refused.trace}`, 'GHL_SCOPE', 401), { status: 401 });
  }
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
export const run = async (decl: Declaration, z: ZObject, bundle: Bundle, page = Number(bundle.meta?.page) || 0): Promise<any> => {
  const input: Input = { ...(bundle.inputData || {}) };
  checkRequired(decl.inputFields, input);
  checkIds(decl.inputFields, input);
  if (decl.agencyOnly && !isAgency(bundle)) throw new InputError(agencyOnlyMessage(bundle));
  const connection = await resolveConnection(z, bundle, decl.token || 'sub-account', decl.endpoint?.path);
  const ctx: Ctx = {
    ...connection,
    z,
    bundle,
    page,
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
      if (decl.customFields) items = await Promise.all(items.map((it) => withCustomFieldNames(it, ctx, decl.customFields!)));
      return { data, items, ctx, status };
    }
    if (!decl.ack && !decl.send && isEmptyAnswer(data)) throw new MissingInAnswer(`the ${decl.noun.toLowerCase()} this step returns`, data);
    let result =
      typeof decl.result === 'string' ? recordAt(data, decl.result) : decl.result ? await decl.result(data, input, ctx) : data;
    if (decl.customFields && result && typeof result === 'object') result = await withCustomFieldNames(result, ctx, decl.customFields);
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
 * Pages a paged trigger reads when Zapier populates its dedupe store (a Zap is turned on): enough of the
 * recent past that older events never fire later, within a bounded number of requests. A normal poll reads
 * one page (the newest), however large the sub-account.
 */
export const POPULATE_PAGES = 5;

/** A paged trigger's items: one page on a normal poll; up to POPULATE_PAGES while Zapier populates dedupe. */
const pollPages = async (decl: Declaration, z: ZObject, bundle: Bundle) => {
  const first = await run(decl, z, bundle);
  if (!decl.list?.paging || !bundle.meta?.isPopulatingDedupe) return first;
  const items = [...first.items];
  let last = first;
  for (let page = 1; page < POPULATE_PAGES && last.items.length >= last.ctx.pageSize; page++) {
    last = await run(decl, z, bundle, page);
    items.push(...last.items);
  }
  return { ...first, items };
};

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
        const out = await pollPages(decl, z, bundle);
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
        throw toZapierError(z, decl, err);
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
        throw toZapierError(z, decl, err);
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
      throw toZapierError(z, decl, err);
    }
  };
};

/** A by-id trigger: a trigger without a list that reads its record (not an instant trigger, which is delivered events). */
const isById = (decl: Declaration): boolean => decl.kind === 'trigger' && !decl.list && !decl.hook;

const outputFieldsFor = (decl: Declaration): OutputField[] | undefined => {
  if (!decl.outputFields) return undefined;
  if (!isById(decl)) return decl.outputFields;
  // By-id triggers dedupe on (id, record_version): a new version of the record fires again.
  const fields = decl.outputFields.map((f) => (f.key === 'id' ? { ...f, primary: true } : f));
  if (!fields.some((f) => f.key === 'id')) fields.unshift({ key: 'id', label: 'ID', primary: true });
  fields.push({ key: 'record_version', label: 'Record Version', primary: true });
  return fields;
};

/** A step's warning as the editor shows it: a copy field above the inputs. */
const warningFields = new Map<string, Field>();
const warningField = (text: string): Field => {
  let f = warningFields.get(text);
  if (!f) warningFields.set(text, (f = { key: 'warning', label: 'Warning', type: 'copy', helpText: text }));
  return f;
};

/**
 * The inputs as the editor shows them: the warning first (deletes), then, on visible sub-account steps,
 * the agency Sub-Account picker (empty for sub-account connections), then the step's own.
 */
const inputFieldsFor = (decl: Declaration): InputField[] => {
  const fields = decl.inputFields || [];
  const picker = (decl.token || 'sub-account') === 'sub-account' && !decl.hidden ? [subAccountField] : [];
  return [...(decl.warning ? [warningField(decl.warning)] : []), ...picker, ...fields];
};

/**
 * A field as Zapier sees it: without the engine's bindings (`to`, `name`, `as`), which Zapier's schema does
 * not take. Kept per field object, so a field shared by several operations stays one object (cheaper for
 * core to copy and freeze on the first call).
 */
const zapierFields = new WeakMap<Field, Field>();
const forZapier = (f: InputField): InputField => {
  if (typeof f === 'function' || (f.to === undefined && f.name === undefined && f.as === undefined)) return f;
  let out = zapierFields.get(f);
  if (!out) {
    const { to: _to, name: _name, as: _as, ...rest } = f;
    zapierFields.set(f, (out = rest));
  }
  return out;
};

/** The declaration behind each operation defineOperation made (for the app-wide checks, the contract, the bench). */
const declared = new WeakMap<object, Declaration>();
export const declarationOf = (operation: object): Declaration | undefined => declared.get(operation);

/** What every declaration gets without saying it: custom fields by name need their definitions' scope. */
const normalized = (decl: Declaration): Declaration =>
  decl.customFields
    ? {
        ...decl,
        scopes: decl.scopes.includes(CUSTOM_FIELDS_SCOPE) ? decl.scopes : [...decl.scopes, CUSTOM_FIELDS_SCOPE],
        extraRequests: decl.extraRequests ?? `custom field definitions (${decl.customFields}), on a cold cache`,
      }
    : decl;

/**
 * Turns a declaration into a Zapier trigger/create/search definition. `functions` are the operation's own
 * (an instant trigger's `type: 'hook'`, perform, performList, performSubscribe and performUnsubscribe, which
 * lib/instant.ts builds) instead of the engine's perform.
 */
export const defineOperation = (declaration: Declaration, functions?: Record<string, unknown>) => {
  const decl = normalized(declaration);
  if (!decl.endpoint && !decl.hook) throw new Error(`${decl.key}: an operation declares the endpoint it calls`);
  if (decl.hook && !functions) throw new Error(`${decl.key}: an instant trigger is made with defineInstant (lib/instant.ts)`);
  const sample = isById(decl) && decl.sample ? { ...decl.sample, record_version: versionOf(decl.sample, decl.versionKey) } : decl.sample;
  const operation: Record<string, unknown> = {
    ...(functions ?? { perform: performFor(decl) }),
    inputFields: inputFieldsFor(decl).map(forZapier),
  };
  if (sample) operation.sample = sample;
  const outputFields = outputFieldsFor(decl);
  if (outputFields) operation.outputFields = outputFields;
  if (decl.kind === 'trigger' && decl.list?.paging) operation.canPaginate = true;
  const op = {
    key: decl.key,
    noun: decl.noun,
    display: {
      label: decl.label,
      description: decl.description,
      ...(decl.hidden ? { hidden: true } : {}),
    },
    operation,
  };
  declared.set(op, decl);
  return op;
};

export type ZapierOperation = ReturnType<typeof defineOperation>;

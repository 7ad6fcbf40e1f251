/**
 * From a declaration and the step's inputs to one GHL request: each field's binding (`to`, `name`, `as`)
 * puts its converted value in the path, the query or the body; empty values are left out; path parameters
 * named like an input are filled from it; a `request` function adds what takes real logic; then the
 * sub-account id goes where the endpoint wants it, and the paging parameters.
 */
import { humanize, InputError } from './http';
import { conversionOf } from './conversions';
import type { Ctx, Declaration, Field, GhlRequest, Input, InputField, RequestParts } from './types';

const isEmptyValue = (v: unknown): boolean =>
  v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (Array.isArray(v) && v.length === 0);

const setPath = (obj: Record<string, any>, dotted: string, value: unknown): void => {
  const keys = dotted.split('.');
  let at = obj;
  for (const k of keys.slice(0, -1)) at = at[k] && typeof at[k] === 'object' ? at[k] : (at[k] = {});
  at[keys[keys.length - 1]] = value;
};

const labelOf = (f: Field): string => f.label || humanize(f.key);

/** The request parts the fields' bindings make of the inputs (and what field sources bind, e.g. custom fields). */
export const boundParts = async (fields: InputField[] | undefined, input: Input, ctx: Ctx): Promise<Parts> => {
  const parts: Parts = { path: {}, query: {}, body: undefined };
  for (const f of fields || []) {
    if (typeof f === 'function') {
      if (f.request) merge(parts, await f.request(input, ctx));
      continue;
    }
    if (!f.to) continue;
    // An empty input takes the field's default, as the Zap editor would have filled it in.
    const given = isEmptyValue(input[f.key]) ? f.default : input[f.key];
    if (isEmptyValue(given)) continue;
    const value = conversionOf(f)(given, { key: f.key, label: labelOf(f) }, input, ctx);
    if (isEmptyValue(value)) continue;
    if (f.to === 'body') setPath((parts.body ??= {}) as Record<string, unknown>, f.name ?? f.key, value);
    else parts[f.to][f.name ?? f.key] = value;
  }
  return parts;
};

/** Request parts being built: the body stays undefined (no body sent) until a binding or the request sets one. */
interface Parts {
  path: Record<string, unknown>;
  query: Record<string, unknown>;
  body: unknown;
}

const merge = (into: Parts, extra: RequestParts): void => {
  Object.assign(into.path, extra.path || {});
  Object.assign(into.query, extra.query || {});
  if (extra.body !== undefined) {
    into.body =
      extra.body && typeof extra.body === 'object' && !Array.isArray(extra.body) && into.body && typeof into.body === 'object' && !Array.isArray(into.body)
        ? { ...(into.body as object), ...(extra.body as object) }
        : extra.body;
  }
};

const pathParamsOf = (path: string): string[] => [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);

/** Labels of the static inputs, by key (path parameters named like an input are reported by its label). */
const labelsOf = (fields: InputField[] | undefined): Record<string, string> =>
  Object.fromEntries((fields || []).filter((f): f is Field => typeof f !== 'function').map((f) => [f.name ?? f.key, labelOf(f)]));

/** Builds the request for a declaration and the current inputs: bindings, request logic, sub-account id, paging. */
export const buildRequest = async (decl: Declaration, input: Input, ctx: Ctx): Promise<GhlRequest> => {
  const endpoint = decl.endpoint;
  if (!endpoint) throw new Error(`${decl.key}: declares no endpoint, so there is no request to build`);
  const parts = await boundParts(decl.inputFields, input, ctx);
  for (const name of pathParamsOf(endpoint.path)) if (!(name in parts.path) && input[name] !== undefined) parts.path[name] = input[name];
  if (decl.request) merge(parts, await decl.request(input, ctx));
  let query: Record<string, unknown> | undefined = Object.keys(parts.query).length ? parts.query : undefined;
  let body: unknown = parts.body;
  const placement = decl.location || 'none';
  if (placement !== 'none' && !ctx.locationId) {
    throw new InputError(
      'This step needs a sub-account: connect GoHighLevel with a sub-account, or choose the Sub-Account field.',
      'locationId',
    );
  }
  const pathParams = parts.path;
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
  return { method: endpoint.method, path: endpoint.path, pathParams, labels: labelsOf(decl.inputFields), query, body, token: ctx.token };
};

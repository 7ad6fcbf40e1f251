import type { HttpResponse } from 'zapier-platform-core';
import { defineOperation } from '../lib/operation';
import { parseJsonText } from '../lib/conversions';
import { baseUrl, DEFAULT_BASE_URL, InputError, requestOptions, send, transportError } from '../lib/http';
import { isBlank, shown, toBool } from '../lib/transforms';
import type { Ctx, Field, GhlRequest, Input, Method } from '../lib/types';

/**
 * API Request (Beta): any request to GoHighLevel's API on the connection, for what no other step covers.
 *
 * The request is the user's (method, path, query, JSON body, extra headers), built by the one request
 * builder (lib/http.ts `requestOptions`): the connection's token (the minted sub-account token on agency
 * connections), the Version the path needs (`versionFor`, as every step), GHL's error handling. Safety: the
 * path is a path of the API, never another host (a full URL of another host, `//host`, `.`/`..` segments,
 * encoded slashes or dots, backslashes and control characters are refused before anything is sent to it),
 * redirects are not followed, the OAuth endpoints (whose answers hold tokens) are refused, and Authorization,
 * Version and the transport's own headers cannot be set.
 *
 * `endpoint` names the request its contract run and its sample make (GET /locations/{locationId}); the
 * step's own request is built from its inputs by `send`.
 */

const METHODS: Method[] = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'];
/** Headers the app sets (the token, the Version for the path) or the transport owns: never taken from the step. */
const OWN_HEADERS = ['authorization', 'version', 'host', 'content-length', 'transfer-encoding', 'connection', 'cookie'];
const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** The only placeholder a path may hold: the sub-account the step works in. */
const LOCATION_PLACEHOLDER = '{locationId}';

const notAPath = (value: string, why: string): InputError =>
  new InputError(`The Path field must be a path of the GoHighLevel API starting with "/", e.g. /contacts/; ${why}: ${shown(value)}.`, 'path');

/**
 * The path of the request, checked and with each segment URL-encoded (`{locationId}` kept for the builder to
 * fill), and the query parameters written after a `?`. A full URL of the API itself is taken as its path.
 */
export const apiPath = (value: unknown): { path: string; query: Record<string, string | string[]> } => {
  const given = String(value ?? '').trim();
  if (!given) throw new InputError('The Path field is required but was empty.', 'path');
  let text = given;
  if (/^[a-z][a-z0-9+.-]*:/i.test(text)) {
    let url: URL | undefined;
    try {
      url = new URL(text);
    } catch {
      url = undefined;
    }
    const api = new Set([new URL(DEFAULT_BASE_URL).origin, new URL(baseUrl()).origin]);
    if (!url || !api.has(url.origin) || url.username || url.password) throw notAPath(given, 'a URL of another host is refused');
    if (url.hash) throw notAPath(given, 'a "#" fragment is refused');
    text = url.pathname + url.search;
  }
  if (text.startsWith('//')) throw notAPath(given, 'a protocol-relative "//host" is refused');
  if (!text.startsWith('/')) throw notAPath(given, 'it does not start with "/"');
  if (/[\\#\s\u0000-\u001f\u007f]/.test(text)) throw notAPath(given, 'backslashes, "#", spaces and control characters are refused');
  const cut = text.indexOf('?');
  const rawPath = cut < 0 ? text : text.slice(0, cut);
  const segments = rawPath.slice(1).split('/');
  const encoded = segments.map((seg, i) => {
    if (seg === '' && i < segments.length - 1) throw notAPath(given, 'an empty segment ("//") is refused');
    if (seg === LOCATION_PLACEHOLDER) return seg;
    let decoded: string;
    try {
      decoded = decodeURIComponent(seg);
    } catch {
      throw notAPath(given, 'a malformed %-escape is refused');
    }
    if (decoded.trim() === '.' || decoded.trim() === '..') throw notAPath(given, '"." and ".." segments are refused');
    if (/[/\\]/.test(decoded)) throw notAPath(given, 'an encoded slash is refused');
    if (/[{}]/.test(decoded)) throw notAPath(given, `the only placeholder a path may hold is ${LOCATION_PLACEHOLDER}`);
    if (/[\u0000-\u001f\u007f]/.test(decoded)) throw notAPath(given, 'control characters are refused');
    return encodeURIComponent(decoded);
  });
  // The OAuth endpoints are the connection's own business: their answers hold tokens, which never go into a Zap.
  if (/^oauth$/i.test(decodeURIComponent(segments[0] ?? ''))) throw notAPath(given, "the OAuth endpoints (/oauth/…) are the connection's own and are refused");
  const query: Record<string, string | string[]> = {};
  if (cut >= 0) {
    for (const [k, v] of new URLSearchParams(text.slice(cut + 1))) {
      const had = query[k];
      query[k] = had === undefined ? v : [...(Array.isArray(had) ? had : [had]), v];
    }
  }
  return { path: `/${encoded.join('/')}`, query };
};

/** The extra headers, checked: valid names and values, and none of the headers the app owns. */
export const extraHeaders = (value: unknown): Record<string, string> => {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new InputError('The Additional Request Headers field must be name/value pairs.', 'headers');
  const out: Record<string, string> = {};
  for (const [rawName, rawValue] of Object.entries(value as Record<string, unknown>)) {
    const name = rawName.trim();
    if (!name && isBlank(rawValue)) continue;
    if (!HEADER_NAME.test(name)) throw new InputError(`The Additional Request Headers field has an invalid header name: ${shown(rawName)}.`, 'headers');
    if (OWN_HEADERS.includes(name.toLowerCase())) {
      throw new InputError(
        `The ${name} header cannot be set here: the step sends the connection's token and the Version header the path requires.`,
        'headers',
      );
    }
    const text = rawValue === undefined || rawValue === null ? '' : String(rawValue);
    if (/[\r\n\u0000]/.test(text)) throw new InputError(`The ${name} header's value holds a line break or NUL, which is refused.`, 'headers');
    out[name] = text;
  }
  return out;
};

/** The query parameters of the Query String Parameters field (name/value pairs). */
const queryOf = (value: unknown): Record<string, string> => {
  if (value === undefined || value === null || value === '') return {};
  if (typeof value !== 'object' || Array.isArray(value)) throw new InputError('The Query String Parameters field must be name/value pairs.', 'query');
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>)
      .filter(([k]) => k.trim())
      .map(([k, v]) => [k.trim(), v === undefined || v === null ? '' : String(v)]),
  );
};

/** The request the inputs describe, checked before anything is sent. */
export const apiRequestOf = (input: Input, ctx: Pick<Ctx, 'locationId' | 'token'>): { req: GhlRequest; headers: Record<string, string> } => {
  const method = String(input.method ?? 'GET').trim().toUpperCase() as Method;
  if (!METHODS.includes(method)) throw new InputError(`The HTTP Method field must be one of ${METHODS.join(', ')}, got ${shown(input.method)}.`, 'method');
  const { path, query } = apiPath(input.path);
  const body = parseJsonText(input.body, { key: 'body', label: 'Body' }, input, ctx as Ctx);
  if (method === 'GET' && body !== undefined && body !== null) throw new InputError('A GET request carries no body: leave the Body field empty, or choose another method.', 'body');
  if (path.includes(LOCATION_PLACEHOLDER) && !ctx.locationId) {
    throw new InputError('The path holds {locationId}, but this step has no sub-account: choose the Sub-Account field.', 'locationId');
  }
  const stop = toBool(input.stopOnError, 'stopOnError', 'Stop on Error') ?? true;
  return {
    req: {
      method,
      path,
      pathParams: { locationId: ctx.locationId },
      labels: { locationId: 'Sub-Account' },
      query: { ...query, ...queryOf(input.query) },
      ...(body === undefined || body === null ? {} : { body }),
      token: ctx.token,
      ...(stop ? {} : { skipThrowForStatus: true }),
    },
    headers: extraHeaders(input.headers),
  };
};

/** The answer's headers by lower-case name, without cookies. */
const headersOf = (response: HttpResponse): Record<string, string> => {
  const out: Record<string, string> = {};
  (response.headers as unknown as { forEach: (fn: (value: string, name: string) => void) => void }).forEach((value, name) => {
    const key = name.toLowerCase();
    if (key !== 'set-cookie' && key !== 'set-cookie2') out[key] = value;
  });
  return out;
};

/** The answer's body: parsed JSON, else its text (null when there is none). */
const bodyOf = (response: HttpResponse): unknown => {
  if (response.data !== undefined && response.data !== null) return response.data;
  const content = typeof response.content === 'string' ? response.content : '';
  return content === '' ? null : content;
};

const WHAT = 'API Request (Beta)';

const HELP: Field = {
  key: 'about',
  label: 'About this step',
  type: 'copy',
  helpText:
    'This is an advanced action which makes a raw HTTP request to the GoHighLevel API with this connection: its ' +
    'token (on agency connections, a token for the chosen sub-account) and the Version header GoHighLevel requires ' +
    "for the path are added for you. It needs knowledge of the API; see [GoHighLevel's API documentation]" +
    '(https://highlevel.stoplight.io/docs/integrations/). Only the GoHighLevel API can be called.',
};

export default defineOperation({
  key: 'api_request_beta',
  kind: 'create',
  noun: 'Request',
  label: 'API Request (Beta)',
  description: 'Makes a raw HTTP request to the API with this connection, for what no other step covers.',
  endpoint: { method: 'GET', path: '/locations/{locationId}' },
  // Any endpoint: the scopes are those the connection was granted (the other steps' union).
  scopes: [],
  inputFields: [
    HELP,
    { key: 'method', label: 'HTTP Method', required: true, default: 'GET', choices: Object.fromEntries(METHODS.map((m) => [m, m])) },
    {
      key: 'path',
      label: 'Path',
      required: true,
      placeholder: '/locations/{locationId}/customValues',
      helpText:
        'The path relative to https://services.leadconnectorhq.com, starting with `/`, e.g. `/contacts/seD4PfOuKoVMLkEZqohJ`. ' +
        "`{locationId}` is replaced with the sub-account's id. Query parameters may follow a `?`.",
    },
    { key: 'query', label: 'Query String Parameters', dict: true, helpText: 'Name/value pairs added to the URL, e.g. `limit` → `20`.' },
    {
      key: 'body',
      label: 'Body',
      type: 'code',
      helpText: 'JSON, e.g. `{"name": "Office Phone", "value": "+1 205 555 0100"}`. Not sent with GET.',
    },
    {
      key: 'headers',
      label: 'Additional Request Headers',
      dict: true,
      helpText: 'Name/value pairs. Authorization and Version are set by the step and cannot be changed here.',
    },
    {
      key: 'stopOnError',
      label: 'Stop on Error',
      type: 'boolean',
      default: 'true',
      helpText:
        "Yes: an error answer (4xx or 5xx) stops the Zap with GoHighLevel's message. No: the step succeeds and returns the " +
        "error answer's status, headers and body. Rate limits and expired tokens are always handled.",
    },
  ],
  send: async (_built, ctx) => {
    const { req, headers } = apiRequestOf(ctx.bundle.inputData || {}, ctx);
    const options = requestOptions(req);
    const own = options.headers as Record<string, string>;
    for (const [name, value] of Object.entries(headers)) {
      for (const k of Object.keys(own)) if (k.toLowerCase() === name.toLowerCase()) delete own[k];
      own[name] = value;
    }
    let response: HttpResponse;
    try {
      response = await send(ctx.z, { ...options, redirect: 'manual' });
    } catch (err) {
      throw transportError(ctx.z, err, WHAT);
    }
    return { status: response.status, headers: headersOf(response), body: bodyOf(response) };
  },
  sample: {
    status: 200,
    headers: { 'content-type': 'application/json; charset=utf-8', 'x-ratelimit-max': '100', 'x-ratelimit-remaining': '99' },
    body: { location: { id: 've9EPM428h8vShlRW1KT', name: 'Acme Dental', timezone: 'America/Chicago', email: 'frontdesk@acmedental.example.com' } },
  },
  outputFields: [
    { key: 'status', label: 'Status Code', type: 'integer' },
    { key: 'headers', label: 'Response Headers' },
    { key: 'body', label: 'Response Body' },
  ],
});

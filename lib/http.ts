/**
 * HTTP engine: base URL, headers (Authorization, Accept, Version), path templates, and the translation of
 * GoHighLevel's error answers into readable Zapier errors. Operation files never build URLs or headers.
 */
import http from 'http';
import https from 'https';
import querystring from 'querystring';
import FormData from 'form-data';
import type { AfterResponseMiddleware, BeforeRequestMiddleware, Bundle, HttpResponse, ZObject } from 'zapier-platform-core';
import type { GhlRequest, MultipartPart } from './types';
import { bearerTokenOf } from './credentials';

export const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** The API base URL; `GHL_BASE_URL` overrides it (a local sandbox, a proxy). */
export const baseUrl = (): string => (process.env.GHL_BASE_URL || DEFAULT_BASE_URL).replace(/\/+$/, '');

export const CALENDARS_VERSION = '2021-04-15';
export const DEFAULT_VERSION = '2021-07-28';

/** Paths whose spec declares no Version header at all. */
const UNVERSIONED = [/^\/oauth\/token$/, /^\/conversations\/messages\/email\/[^/]+$/];

/**
 * The `Version` header GHL requires for a path (template or filled): 2021-04-15 under /calendars and
 * /conversations, none where the spec declares none, 2021-07-28 everywhere else.
 */
export const versionFor = (path: string): string | null => {
  const clean = path.split('?')[0].replace(/\/+$/, '') || '/';
  if (UNVERSIONED.some((re) => re.test(clean))) return null;
  if (/^\/(calendars|conversations)(\/|$)/.test(clean)) return CALENDARS_VERSION;
  return DEFAULT_VERSION;
};

/** A field label for error messages: `contactId` → "Contact ID". */
export const humanize = (key: string): string =>
  key
    .replace(/_/g, ' ')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/\bid\b/gi, 'ID')
    .replace(/^./, (c) => c.toUpperCase());

/** Values a URL parser resolves as dot segments (`/contacts/x/..` → `/contacts/`), moving the request elsewhere. */
const DOT_SEGMENT = /^\.{1,2}$/;

/**
 * An id as GoHighLevel takes it: `.` and `..` (also with spaces around them, which are trimmed) are refused,
 * whatever field they come from, so an id can never point a request at another record or endpoint.
 */
export const checkIdValue = (value: unknown, field: string, label = humanize(field)): void => {
  for (const v of Array.isArray(value) ? value : [value]) {
    if (typeof v === 'string' && DOT_SEGMENT.test(v.trim())) {
      throw new InputError(`The ${label} field is not a valid GoHighLevel id: "${v}".`, field);
    }
  }
};

/**
 * Fills `{param}` placeholders with URL-encoded values: each value stays inside its own segment. A missing
 * or empty value is an input error that names the field, never a request to `/contacts/undefined`; a dot
 * segment is refused (checkIdValue). `labels` names the inputs behind the parameters.
 */
export const fillPath = (template: string, params: Record<string, unknown> = {}, labels: Record<string, string> = {}): string =>
  template.replace(/\{([^}]+)\}/g, (_m, name: string) => {
    const value = params[name];
    const label = labels[name] ?? humanize(name);
    if (value === undefined || value === null || String(value).trim() === '') {
      throw new InputError(`The ${label} field is required but was empty.`, name);
    }
    checkIdValue(String(value), name, label);
    return encodeURIComponent(String(value).trim());
  });

/** GHL answered something the step cannot use (invalid JSON, a missing list or record). */
export class AnswerError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnswerError';
  }
}

/** An input problem found before any request is sent. */
export class InputError extends Error {
  readonly field?: string;
  constructor(message: string, field?: string) {
    super(message);
    this.name = 'InputError';
    this.field = field;
  }
}

/** Drops undefined, null and empty-string values (GHL rejects `?limit=` and `"email": ""` alike). */
export const compact = <T extends Record<string, unknown>>(obj: T): Partial<T> => {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(obj)) {
    if (v === undefined || v === null) continue;
    if (typeof v === 'string' && v.trim() === '') continue;
    out[k] = v;
  }
  return out as Partial<T>;
};

/**
 * beforeRequest: the connection's bearer token (the OAuth access token, or the private-token app's pasted
 * token: lib/credentials.ts) on every request built by requestOptions that carries no token of its own (a
 * minted sub-account token) and is not the token endpoint (which authenticates with the client
 * credentials in its form, never with the old access token).
 */
export const addAuthHeaders: BeforeRequestMiddleware = (request, _z, bundle) => {
  const headers = (request.headers = request.headers || {});
  if ((request as { ghlNoAuth?: boolean }).ghlNoAuth) return request;
  const hasAuth = Object.keys(headers).some((h) => h.toLowerCase() === 'authorization');
  const token = bearerTokenOf(bundle.authData);
  if (!hasAuth && token) headers.Authorization = `Bearer ${token}`;
  return request;
};

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
};

/** Strips HTML and collapses whitespace so a proxy's error page becomes one readable line. */
const textOf = (content: string): string =>
  content
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

const parseBody = (response: HttpResponse): unknown => {
  if (response.data !== undefined && response.data !== null && typeof response.data === 'object') return response.data;
  const content = typeof response.content === 'string' ? response.content : '';
  try {
    return JSON.parse(content);
  } catch {
    return content;
  }
};

/** GHL's own message: a string, or (422) an array of strings joined. */
export const ghlMessage = (body: unknown): string => {
  if (typeof body === 'string') return textOf(body).slice(0, 300);
  if (!body || typeof body !== 'object') return '';
  const b = body as Record<string, unknown>;
  const m = b.message ?? b.msg ?? b.error_description ?? b.error;
  if (Array.isArray(m)) return m.map((x) => (typeof x === 'string' ? x : JSON.stringify(x))).join('; ');
  if (typeof m === 'string') return m;
  if (m && typeof m === 'object') return JSON.stringify(m);
  return '';
};

export const traceIdOf = (response: Pick<HttpResponse, 'getHeader'>, body: unknown): string | undefined => {
  if (body && typeof body === 'object' && typeof (body as Record<string, unknown>).traceId === 'string') {
    return (body as Record<string, string>).traceId;
  }
  return response.getHeader('x-trace-id') || response.getHeader('traceid') || undefined;
};

/** Seconds to wait after a 429: Retry-After (seconds or HTTP date), else the rate-limit window, else 10 s. */
export const retryDelaySeconds = (response: Pick<HttpResponse, 'getHeader'>, now = Date.now()): number => {
  const retryAfter = response.getHeader('retry-after');
  if (retryAfter) {
    const secs = Number(retryAfter);
    if (Number.isFinite(secs) && secs >= 0) return Math.ceil(secs);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(1, Math.ceil((at - now) / 1000));
  }
  const dailyRemaining = response.getHeader('x-ratelimit-daily-remaining');
  if (dailyRemaining != null && dailyRemaining !== '' && Number(dailyRemaining) <= 0) return 3600;
  const interval = Number(response.getHeader('x-ratelimit-interval-milliseconds'));
  if (Number.isFinite(interval) && interval > 0) return Math.ceil(interval / 1000);
  return 10;
};

/**
 * Builds the readable error for a failed GHL answer. Exported for the auth module and for tests.
 */
export const describeFailure = (response: HttpResponse): { message: string; code: string } => {
  const status = response.status;
  const body = parseBody(response);
  const msg = ghlMessage(body) || STATUS_TEXT[status] || 'no message';
  const trace = traceIdOf(response, body);
  const suffix = trace ? ` (traceId ${trace})` : '';
  let message: string;
  if (status === 403) {
    message =
      `GoHighLevel refused access (403): ${msg}. The connection may not have access to this sub-account, ` +
      `or its token was granted without the scope this step needs; reconnect (or reinstall the app) with it.`;
  } else if (status === 404) {
    message = `GoHighLevel could not find it (404): ${msg}.`;
  } else if (status === 422) {
    message = `GoHighLevel could not process the input (422): ${msg}.`;
  } else if (status >= 500) {
    message = `GoHighLevel had a server problem (${status}): ${msg}. Try again later.`;
  } else {
    message = `GoHighLevel rejected the request (${status} ${STATUS_TEXT[status] || ''}`.trimEnd() + `): ${msg}.`;
  }
  message = message.replace(/\.\.$/, '.') + suffix;
  return { message, code: `GHL_${status}` };
};

/** The OAuth endpoints: their answers hold tokens, and their limits are not the sub-account's. */
const TOKEN_PATH = /\/oauth\/token\/?$/;
const MINT_PATH = /\/oauth\/locationToken\/?$/;
const pathOfUrl = (url: unknown): string => {
  try {
    return new URL(String(url)).pathname;
  } catch {
    return '';
  }
};

/** Which of GoHighLevel's limits a 429 says was hit, in words (its X-RateLimit headers, else the documented ones). */
export const limitHit = (response: Pick<HttpResponse, 'getHeader'>, who: string): string => {
  const daily = response.getHeader('x-ratelimit-daily-remaining');
  if (daily != null && daily !== '' && Number(daily) <= 0) {
    const max = Number(response.getHeader('x-ratelimit-limit-daily')) || 200_000;
    return `the daily limit of ${max.toLocaleString('en-US')} requests ${who}`;
  }
  const max = Number(response.getHeader('x-ratelimit-max')) || 100;
  const window = Number(response.getHeader('x-ratelimit-interval-milliseconds')) || 10_000;
  return `the limit of ${max} requests per ${window / 1000} s ${who}`;
};

/**
 * core marks what it logs of each answer in the "What happened" lines it appends to a step's error. The
 * token endpoint's and the mint's answers hold tokens: those lines say so instead of quoting them.
 */
const hideTokenAnswer = (response: HttpResponse): void => {
  const lines: unknown = (response.request as { input?: { _zapier?: { whatHappened?: unknown } } } | undefined)?.input?._zapier
    ?.whatHappened;
  if (!Array.isArray(lines)) return;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (typeof lines[i] === 'string' && lines[i].startsWith('Received content')) {
      lines[i] = 'Received content (a token answer, not shown)';
      return;
    }
  }
};

/** GoHighLevel's 401 for a token without the endpoint's scope (e.g. a Private Integration token not granted it). */
const SCOPE_REFUSED = /not authorized for this scope/i;
/** GoHighLevel's 401 for an agency token on a sub-account endpoint, or the other way round. */
const KIND_REFUSED = /authClass type is not allowed/i;

/** What GoHighLevel said of a refused scope, kept on the error for the step to name its scopes (lib/operation.ts). */
export interface ScopeRefusal {
  said: string;
  /** ` (traceId …)` or empty. */
  trace: string;
}
export const scopeRefusalOf = (err: unknown): ScopeRefusal | undefined =>
  (err as { ghlScopeRefused?: ScopeRefusal } | null)?.ghlScopeRefused;

/** A missing scope, in the user's words: what to tick where (the scopes `who` needs, when known). */
export const missingScopeMessage = (said: string, scopes: string[] = [], who = 'this step'): string =>
  `GoHighLevel refused the request (401: ${said}): the connection's token lacks a scope ${who} needs. ` +
  'In GoHighLevel, open Settings → Private Integrations, edit the integration, tick ' +
  (scopes.length ? `the ${scopes.length > 1 ? 'scopes' : 'scope'} ${who} needs (${scopes.map((x) => `"${x}"`).join(', ')})` : 'the missing scope') +
  ' and save.';

/**
 * A 401. Only the private-token app's requests get here: under OAuth core turns every 401 into
 * RefreshAuthError before afterResponse runs, and Zapier refreshes the token. GoHighLevel answers 401 for a
 * scope the token lacks, for a token of the wrong level for the endpoint, and for a token it no longer
 * takes: only the last is an expired connection, and a static token is never refreshed: the user pastes
 * the current one. The message quotes GoHighLevel, never the token.
 */
export const unauthorized = (response: HttpResponse, z: ZObject): Error => {
  const body = parseBody(response);
  const msg = (ghlMessage(body) || 'Unauthorized').replace(/\.$/, '');
  const traceId = traceIdOf(response, body);
  const suffix = traceId ? ` (traceId ${traceId})` : '';
  if (SCOPE_REFUSED.test(msg)) {
    const refusal: ScopeRefusal = { said: msg, trace: suffix };
    return Object.assign(new z.errors.Error(missingScopeMessage(msg) + suffix, 'GHL_SCOPE', 401), { status: 401, ghlScopeRefused: refusal });
  }
  if (KIND_REFUSED.test(msg)) {
    const message =
      `GoHighLevel does not take this connection's kind of token here (401: ${msg}). An agency token cannot call ` +
      'sub-account endpoints, nor a sub-account token agency ones: check the connection\'s Connection Type.';
    return Object.assign(new z.errors.Error(message + suffix, 'GHL_TOKEN_KIND', 401), { status: 401 });
  }
  return new z.errors.ExpiredAuthError(
    `GoHighLevel no longer accepts this connection's token (401: ${msg}): it was rotated, expired or deleted. ` +
      'Reconnect GoHighLevel and paste the current Private Integration token (Settings → Private Integrations).' +
      suffix,
  );
};

/**
 * afterResponse: 429 → ThrottledError with a real delay and the limit that was hit; 401 (private tokens
 * only, see `unauthorized`) → a missing scope, a token of the wrong kind, or an expired connection;
 * 400/403/404/422/5xx → z.errors.Error with GHL's message and traceId. Token answers are kept out of
 * core's error context.
 */
export const handleErrors: AfterResponseMiddleware = (response, z) => {
  const path = pathOfUrl(response.request?.url);
  if (TOKEN_PATH.test(path) || MINT_PATH.test(path)) hideTokenAnswer(response);
  // As core's own 401 check under OAuth: whatever the request asked (skipThrowForStatus included).
  if (response.status === 401) throw unauthorized(response, z);
  if (response.status === 429) {
    const message = TOKEN_PATH.test(path)
      ? `GoHighLevel's token endpoint refused to renew the connection for now: ${limitHit(response, 'for this Marketplace app')} was reached`
      : MINT_PATH.test(path)
        ? `GoHighLevel refused to open the sub-account for now: ${limitHit(response, 'per agency')} was reached`
        : `GoHighLevel rate limit reached: ${limitHit(response, 'per sub-account')}`;
    throw new z.errors.ThrottledError(`${message}. Zapier will retry.`, retryDelaySeconds(response));
  }
  if (response.status < 400 || response.skipThrowForStatus) return response;
  const { message, code } = describeFailure(response);
  throw Object.assign(new z.errors.Error(message, code, response.status), { status: response.status });
};


/**
 * Fails a request at once when the connection closes before the whole answer arrived: node-fetch 2 would
 * wait for the timeout on a body shorter than its Content-Length.
 */
const completeAnswers = <A extends http.Agent>(agent: A): A => {
  const withRequest = agent as unknown as { addRequest: (req: http.ClientRequest, options: unknown) => void };
  const add = withRequest.addRequest.bind(agent);
  withRequest.addRequest = (req, options) => {
    req.once('response', (res: http.IncomingMessage) =>
      res.once('close', () => {
        if (!res.complete) req.emit('error', Object.assign(new Error(TRUNCATED), { code: 'GHL_TRUNCATED' }));
      }),
    );
    add(req, options);
  };
  return agent;
};
const TRUNCATED = 'the connection closed before the whole answer arrived';
/** Like Node's global agent (connections re-used, idle ones closed after 5 s). */
const KEEP_ALIVE: http.AgentOptions = { keepAlive: true, scheduling: 'lifo', timeout: 5000 };
const AGENTS = { http: completeAnswers(new http.Agent(KEEP_ALIVE)), https: completeAnswers(new https.Agent(KEEP_ALIVE)) };

/**
 * The one place a GHL request is built: URL (path filled, query string), headers (Accept, Version,
 * Content-Type, a token of its own or none), body. Bodies and query strings are serialized here, so core
 * sends them as they are: its request cleaner rewrites `{{…}}` in object bodies and in `params`, and
 * GoHighLevel's merge fields (`{{contact.first_name}}`) must reach GoHighLevel untouched.
 */
export const requestOptions = (req: GhlRequest) => {
  const version = versionFor(req.path);
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (version) headers.Version = version;
  if (req.token) headers.Authorization = `Bearer ${req.token}`;
  const query = req.query ? querystring.stringify(compact(req.query) as querystring.ParsedUrlQueryInput) : '';
  const url = baseUrl() + fillPath(req.path, req.pathParams, req.labels) + (query ? `?${query}` : '');
  const options: Record<string, unknown> = {
    url,
    method: req.method,
    headers,
    // 429s are handled by handleErrors (Retry-After as an HTTP date, X-RateLimit-* fallback).
    throwForThrottlingEarly: false,
    timeout: requestTimeoutMs(),
    agent: url.startsWith('https:') ? AGENTS.https : AGENTS.http,
  };
  if (req.token === null) options.ghlNoAuth = true;
  if (req.multipart) {
    if (req.body !== undefined) throw new Error(`${req.method} ${req.path}: a request has a body or multipart parts, not both`);
    const form = multipartBody(req.multipart);
    Object.assign(headers, form.getHeaders());
    options.body = form;
  } else if (req.body !== undefined) {
    headers['Content-Type'] = req.form ? 'application/x-www-form-urlencoded' : 'application/json';
    options.body = req.form
      ? querystring.stringify(req.body as querystring.ParsedUrlQueryInput).replace(/%20/g, '+')
      : JSON.stringify(req.body);
  }
  if (req.raw) options.raw = true;
  if (req.skipThrowForStatus) options.skipThrowForStatus = true;
  return options as { url: string } & Record<string, unknown>;
};

/**
 * z.request with options core's types do not list, answered as parsed content. Every GHL call goes
 * through here with:
 * - `merge: false`: the app has no request template to merge, and core's merge deep-copies the whole
 *   invocation input (the compiled app) on every request (see BENCHMARKS.md);
 * - `User-Agent: Zapier`: what core's merge would have added; core's HTTP logging patch recognises its own
 *   requests by it (without it every request would be logged twice).
 */
export const send = (z: ZObject, options: { url: string } & Record<string, unknown>): Promise<HttpResponse> => {
  const headers = { ...((options.headers as Record<string, string>) || {}) };
  if (!Object.keys(headers).some((h) => h.toLowerCase() === 'user-agent')) headers['User-Agent'] = 'Zapier';
  return z.request({ ...options, headers, merge: false } as Parameters<ZObject['request']>[0] & { url: string }) as Promise<HttpResponse>;
};

/** Errors that already speak to the user (or to core's refresh/throttle logic) pass through unchanged. */
const OWN_ERRORS = new Set(['AppError', 'ThrottledError', 'RefreshAuthError', 'ExpiredAuthError', 'HaltedError', 'InputError']);

/** Request timeout: Zapier gives an action about 30 s; fail clearly before that (`GHL_TIMEOUT_MS` overrides). */
export const requestTimeoutMs = (): number => Number(process.env.GHL_TIMEOUT_MS) || 25_000;

/** A network failure (timeout, reset, DNS, an answer cut off) as a readable error naming the step. */
export const transportError = (z: ZObject, err: any, what: string): Error => {
  if (err && OWN_ERRORS.has(err.name)) return err;
  const reason = String(err?.message || err);
  const timedOut = err?.type === 'request-timeout' || err?.type === 'body-timeout' || /timeout/i.test(reason);
  const cutOff = err?.code === 'GHL_TRUNCATED' || reason.includes(TRUNCATED) || /premature close/i.test(reason);
  const message = timedOut
    ? `${what}: GoHighLevel did not answer within ${requestTimeoutMs() / 1000} s. Try again later.`
    : cutOff
      ? `${what}: GoHighLevel's answer was cut off (${TRUNCATED}). Try again later.`
      : `${what}: could not reach GoHighLevel (${reason.replace(/^request to \S+ failed, reason: /, '')}). Try again later.`;
  return new z.errors.Error(message, timedOut ? 'GHL_TIMEOUT' : cutOff ? 'GHL_TRUNCATED' : 'GHL_NETWORK', 0);
};

/** Sends one request built by requestOptions; network failures become readable errors naming the step. */
export const sendGhl = async (z: ZObject, req: GhlRequest, what = `${req.method} ${req.path}`): Promise<HttpResponse> => {
  try {
    const ready = req.multipart ? { ...req, multipart: await Promise.all(req.multipart.map((p) => resolvePart(z, p))) } : req;
    return await send(z, requestOptions(ready));
  } catch (err) {
    throw transportError(z, err, what);
  }
};

// ---------------------------------------------------------------------------------------------------
// Multipart bodies (uploads)

/** `attachment; filename="report.pdf"` (or `filename*=UTF-8''…`) → `report.pdf`. */
const dispositionName = (disposition: string | null | undefined): string | undefined => {
  const m = /filename\*?=(?:UTF-8'')?\s*"?([^";]+)"?/i.exec(disposition || '');
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1].trim()) || undefined;
  } catch {
    return m[1].trim() || undefined;
  }
};

/** The last segment of a URL's path (`https://x/files/a%20b.pdf?sig=…` → `a b.pdf`), if it looks like a file name. */
const urlFileName = (url: string): string | undefined => {
  try {
    const last = decodeURIComponent(new URL(url).pathname.split('/').pop() || '');
    return /\.[A-Za-z0-9]{1,8}$/.test(last) ? last : undefined;
  } catch {
    return undefined;
  }
};

/**
 * The body of a multipart request: text parts as they are (GoHighLevel's merge fields untouched), file
 * parts with their name and type. Streams are appended as streams, so a file is sent as it is read; with
 * every size known the body has a Content-Length, else it is sent chunked.
 */
export const multipartBody = (parts: MultipartPart[]): FormData => {
  const form = new FormData();
  for (const part of parts) {
    if ('fileUrl' in part) throw new Error(`multipart part "${part.name}": a file URL is downloaded by sendGhl before the body is built`);
    if ('file' in part) {
      form.append(part.name, part.file, {
        filename: part.filename,
        contentType: part.contentType || 'application/octet-stream',
        ...(part.size !== undefined && Number.isFinite(part.size) ? { knownLength: part.size } : {}),
      });
    } else {
      form.append(part.name, String(part.value));
    }
  }
  return form;
};

/**
 * A file of an earlier Zap step, by its URL (what Zapier hands a `file` input): streamed through z.request,
 * never read into memory, without the connection's token (it goes to Zapier's or another file host, never
 * to GoHighLevel), with its name and type from the answer (else the URL). An answer ≥ 400 is an error
 * naming the input.
 */
export const downloadFilePart = async (
  z: ZObject,
  part: Extract<MultipartPart, { fileUrl: string }>,
): Promise<Extract<MultipartPart, { file: unknown }>> => {
  const label = part.label || 'file';
  const url = String(part.fileUrl || '').trim();
  if (!/^https?:\/\//i.test(url)) {
    throw new InputError(`The ${label} field must be a file from an earlier step or an http(s) URL, got "${url.slice(0, 80)}".`, part.name);
  }
  const response = (await send(z, {
    url,
    method: 'GET',
    headers: { Accept: '*/*' },
    raw: true,
    skipThrowForStatus: true,
    ghlNoAuth: true,
    timeout: requestTimeoutMs(),
  })) as HttpResponse & { body?: NodeJS.ReadableStream & { destroy?: () => void } };
  if (response.status >= 400) {
    response.body?.destroy?.();
    throw new z.errors.Error(
      `The ${label} could not be downloaded from ${new URL(url).host} (HTTP ${response.status}). Map a file from an earlier step, or a public URL.`,
      'FILE_DOWNLOAD_FAILED',
      response.status,
    );
  }
  // A compressed answer is decompressed as it is read: its Content-Length is not the file's size then.
  const length = response.getHeader('content-encoding') ? null : response.getHeader('content-length');
  const size = Number(length);
  return {
    name: part.name,
    file: response.body as NodeJS.ReadableStream,
    filename: part.filename || dispositionName(response.getHeader('content-disposition')) || urlFileName(url) || 'file',
    contentType: part.contentType || (response.getHeader('content-type') || 'application/octet-stream').split(';')[0].trim(),
    ...(length && Number.isFinite(size) && size >= 0 ? { size } : {}),
  };
};

const resolvePart = (z: ZObject, part: MultipartPart): Promise<MultipartPart> | MultipartPart =>
  'fileUrl' in part ? downloadFilePart(z, part) : part;

/**
 * Sends one request; returns GHL's parsed JSON (its envelope, as it is; `undefined` for an empty body),
 * the status and the traceId.
 */
export const callGhl = async <T = any>(z: ZObject, req: GhlRequest, what = `${req.method} ${req.path}`) => {
  const response = await sendGhl(z, req, what);
  const data = parseJson(response, what) as T;
  return { data, status: response.status, traceId: traceIdOf(response, data) };
};

/** Sends one request and returns its parsed JSON (GHL's envelope, as it is). */
export const ghlRequest = async <T = any>(z: ZObject, req: GhlRequest, what?: string): Promise<T> =>
  (await callGhl<T>(z, req, what)).data;

/**
 * Parses a 2xx body: an empty body is `undefined` (for the caller to judge: nothing new for a poll, an
 * error where a record was due); a body that is not JSON is a clear error, never a TypeError downstream.
 */
export const parseJson = (response: HttpResponse, what: string): unknown => {
  if (response.data !== undefined && response.data !== null) return response.data;
  const content = typeof response.content === 'string' ? response.content.trim() : '';
  if (content === '') return undefined;
  try {
    return JSON.parse(content);
  } catch {
    const trace = traceIdOf(response, undefined);
    throw new AnswerError(
      `${what}: GoHighLevel answered ${response.status} but the body is not valid JSON: ${textOf(content).slice(0, 120)}` +
        (trace ? ` (traceId ${trace})` : ''),
    );
  }
};

export type { Bundle, ZObject };

/**
 * A local, stateful stand-in for the GoHighLevel API, for demos (`npm run sandbox`, `npm run try`) and
 * end-to-end tests. It checks what GHL checks — the bearer token (401 when unknown or expired), the
 * `Version` header (400 when missing or wrong for the path), the sub-account the token may touch (403) —
 * then answers from one router: stateful handlers for contacts, appointments, opportunities and the
 * sub-account (routes.ts), and for every other endpoint the app declares, the operation's own sample in
 * the envelope GHL's spec gives that endpoint (generic.ts). See docs/SANDBOX.md.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import { randomUUID } from 'crypto';
import { SandboxState, type Grant, type Rec, type SandboxOptions } from './state';
import { addGenericRoutes, successStatus } from './generic';
import { addRoutes } from './routes';

export type { SandboxOptions } from './state';
export { SandboxState, DEFAULTS } from './state';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  422: 'Unprocessable Entity',
};

/** A GHL-style error answer: `{statusCode, message, error, traceId}` (422 messages are arrays). */
export class GhlError extends Error {
  constructor(
    readonly status: number,
    readonly body: Rec,
  ) {
    super(typeof body.message === 'string' ? body.message : JSON.stringify(body.message));
  }
}

export const fail = (status: number, message: string | string[], extra: Rec = {}): GhlError =>
  new GhlError(status, { statusCode: status, message, error: STATUS_TEXT[status], ...extra });

/** An answer with an explicit status (handlers usually return just the body). */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

export interface Req {
  method: string;
  /** The path without query string, e.g. `/contacts/abc`. */
  path: string;
  /** The matched route's template, e.g. `/contacts/{contactId}`. */
  template: string;
  params: Record<string, string>;
  query: Record<string, any>;
  body: any;
  headers: http.IncomingHttpHeaders;
  /** The token's grant (undefined on unauthenticated routes). */
  grant?: Grant;
}

export type Handler = (req: Req, state: SandboxState) => unknown;

interface Route {
  method: string;
  template: string;
  segments: string[];
  /** '0' per literal segment, '1' per parameter: the smallest key is the most specific route. */
  rank: string;
  handler: Handler;
  /** Reachable without a bearer token or Version header. */
  open: boolean;
}

const segmentsOf = (p: string): string[] => p.replace(/\/+$/, '').split('/').slice(1);
const isParam = (seg: string): boolean => /^\{.+\}$/.test(seg);

/** The one router: method + path template → handler; literal segments beat parameters. */
export class Router {
  private routes: Route[] = [];

  add(method: string, template: string, handler: Handler, opts: { open?: boolean } = {}): void {
    const segments = segmentsOf(template);
    const rank = segments.map((s) => (isParam(s) ? '1' : '0')).join('');
    this.routes.push({ method, template, segments, rank, handler, open: !!opts.open });
  }

  has(method: string, template: string): boolean {
    const wanted = segmentsOf(template).join('/');
    return this.routes.some((r) => r.method === method && r.segments.join('/') === wanted);
  }

  match(method: string, path: string): { route: Route; params: Record<string, string> } | undefined {
    const parts = segmentsOf(path);
    let best: { route: Route; params: Record<string, string> } | undefined;
    for (const route of this.routes) {
      if (route.method !== method || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const fits = route.segments.every((seg, i) => {
        if (!isParam(seg)) return seg === parts[i];
        if (!parts[i]) return false;
        params[seg.slice(1, -1)] = decodeURIComponent(parts[i]);
        return true;
      });
      if (fits && (!best || route.rank < best.route.rank)) best = { route, params };
    }
    return best;
  }
}

/** The Version GHL requires for a path: none for the token endpoint, 2021-04-15 for calendars and conversations. */
export const expectedVersion = (path: string): string | null | 'any' => {
  if (/^\/oauth\/token\/?$/.test(path)) return null;
  if (/^\/conversations\/messages\/email\/[^/]+\/?$/.test(path)) return 'any'; // the spec declares none
  return /^\/(calendars|conversations)(\/|$)/.test(path) ? '2021-04-15' : '2021-07-28';
};

const authenticate = (state: SandboxState, headers: http.IncomingHttpHeaders): Grant => {
  const m = /^Bearer\s+(\S+)$/i.exec(String(headers.authorization || ''));
  const entry = m ? state.accessTokens.get(m[1]) : undefined;
  if (!entry) throw fail(401, 'Invalid JWT');
  if (entry.expired) throw fail(401, 'Invalid JWT: the access token has expired; refresh it');
  return entry.grant;
};

const checkVersion = (path: string, headers: http.IncomingHttpHeaders): void => {
  const want = expectedVersion(path);
  if (want === 'any' || want === null) return;
  const got = headers.version;
  if (!got) throw fail(400, 'Version header was not found');
  if (got !== want) throw fail(400, `Version header "${got}" is not valid for ${path}; this endpoint accepts ${want}`);
};

/** A sub-account token may only touch its own sub-account, wherever the request names one. */
const checkLocation = (grant: Grant, params: Rec, query: Rec, body: any): void => {
  const named = [
    params.locationId,
    query.locationId,
    query.location_id,
    body && typeof body === 'object' && !Array.isArray(body) ? body.locationId : undefined,
  ].filter((v) => typeof v === 'string' && v !== '');
  if (grant.userType === 'Location' && named.some((id) => id !== grant.locationId)) {
    throw fail(403, 'The token does not have access to this location');
  }
};

const readBody = async (req: http.IncomingMessage): Promise<any> => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (!text) return undefined;
  const type = String(req.headers['content-type'] || '');
  if (type.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    throw fail(400, `Unexpected token in JSON body: ${text.slice(0, 40)}`);
  }
};

const queryOf = (params: URLSearchParams): Rec => {
  const out: Rec = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
};

const send = (res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void => {
  const text = body === undefined ? '' : JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-trace-id': randomUUID(), ...headers });
  res.end(text);
};

const handle = async (router: Router, state: SandboxState, req: http.IncomingMessage, res: http.ServerResponse) => {
  const url = new URL(req.url || '/', 'http://sandbox');
  const method = (req.method || 'GET').toUpperCase();
  let status = 500;
  try {
    const body = await readBody(req);
    const query = queryOf(url.searchParams);
    const found = router.match(method, url.pathname);
    let grant: Grant | undefined;
    if (!found?.route.open) {
      grant = authenticate(state, req.headers);
      checkVersion(url.pathname, req.headers);
      checkLocation(grant, found?.params || {}, query, body);
    }
    if (!found) throw fail(404, `Cannot ${method} ${url.pathname}`);
    const { route, params } = found;
    const out = await route.handler(
      { method, path: url.pathname, template: route.template, params, query, body, headers: req.headers, grant },
      state,
    );
    const reply = out instanceof Reply ? out : new Reply(successStatus(method, route.template), out);
    status = reply.status;
    send(res, reply.status, reply.body, reply.headers);
  } catch (err) {
    const e = err instanceof GhlError ? err : fail(500, `Sandbox error: ${(err as Error)?.message || err}`);
    status = e.status;
    send(res, e.status, { ...e.body, traceId: randomUUID() });
  }
  const entry = { method, path: url.pathname + url.search, status };
  state.requests.push(entry);
  return entry;
};

export interface Sandbox {
  /** Base URL, e.g. http://127.0.0.1:4010 (use as GHL_BASE_URL). */
  url: string;
  port: number;
  state: SandboxState;
  close: () => Promise<void>;
}

/** Starts the sandbox on 127.0.0.1 (port 0 = any free port). */
export const startSandbox = async (opts: SandboxOptions = {}): Promise<Sandbox> => {
  const state = new SandboxState(opts);
  const router = new Router();
  addRoutes(router);
  addGenericRoutes(router, opts.specDir);
  const server = http.createServer((req, res) => {
    void handle(router, state, req, res).then((r) => opts.log?.(`${r.status} ${r.method} ${r.path}`));
  });
  const host = opts.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

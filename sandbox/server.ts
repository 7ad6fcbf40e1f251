/**
 * A local, stateful stand-in for the GoHighLevel API, for demos (`npm run sandbox`, `npm run try`) and
 * end-to-end tests. Every request is checked the way GHL checks it, in this order:
 *
 * 1. bodies over 1 MB → 413; a JSON body that does not parse → 400;
 * 2. a queued fault (`/__sandbox/faults`) or an `X-Sandbox-Fault` header → that fault;
 * 3. the method and path must be a spec endpoint → else 404 `Cannot GET /x`;
 * 4. the bearer token (unknown or expired → 401);
 * 5. the request against the spec, with the contract check's own validator and errata (Version header,
 *    path and query parameters, the body) → 422 `{statusCode, message: [...], error}` naming each problem;
 * 6. the token's kind (agency vs sub-account endpoints → 401), a Private Integration token's scopes (one it
 *    lacks → 401, GHL's "not authorized for this scope"; an OAuth-only endpoint → 401) and sub-account
 *    (another one → 403);
 * 7. the resource module's handler, from the sandbox's state (an endpoint no module models → 501).
 *
 * The answer gets the spec's success status, and is itself checked against the spec's response schema
 * (`state.answerProblems`). See docs/SANDBOX.md.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import path from 'path';
import { randomUUID } from 'crypto';
import type { RecordedRequest } from '../contract/types';
import { FAULT_HEADER, faultAnswer, parseFault, takeFault } from './faults';
import { fail, FileReply, GhlError, Reply, type Req } from './http';
import { RESOURCES } from './resources';
import { Router } from './router';
import { answerProblems, privateTokenRefusal, privateTokenScopes, requestProblems, specContext, successStatusOf, tokenKindOf, type SpecContext } from './spec';
import { SandboxState, type Grant, type Rec, type SandboxOptions } from './state';

export type { SandboxOptions } from './state';
export { SandboxState, DEFAULTS } from './state';

/** The sandbox refuses request bodies larger than this (413). */
export const MAX_BODY_BYTES = 1024 * 1024;

/** The only interface the sandbox listens on. */
export const HOST = '127.0.0.1';

const json = (body: unknown): string => (body === undefined ? '' : JSON.stringify(body));

class TooLarge extends Error {}

/** Reads the body, refusing (after draining) more than MAX_BODY_BYTES. */
const readBody = async (req: http.IncomingMessage): Promise<Buffer> => {
  const declared = Number(req.headers['content-length']);
  let size = 0;
  let tooLarge = Number.isFinite(declared) && declared > MAX_BODY_BYTES;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) tooLarge = true;
    if (!tooLarge) chunks.push(chunk as Buffer);
    else if (size > 64 * MAX_BODY_BYTES) break; // stop reading an endless upload; the connection closes
  }
  if (tooLarge) throw new TooLarge();
  return Buffer.concat(chunks);
};

/** JSON (or no Content-Type) and form bodies are parsed; others (multipart uploads) stay raw: `req.raw`. */
const parseBody = (text: string, contentType: string): unknown => {
  if (!text) return undefined;
  if (contentType.includes('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  if (contentType && !contentType.includes('json')) return text;
  try {
    return JSON.parse(text);
  } catch (err) {
    // What GHL's framework answers for a body that is not JSON.
    throw fail(400, `${(err as Error).message.replace(/^JSON\.parse: /, '')} (the body is not valid JSON)`);
  }
};

const queryOf = (params: URLSearchParams): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key);
    out[key] = all.length > 1 ? all : all[0];
  }
  return out;
};

const lowerHeaders = (headers: http.IncomingHttpHeaders): Record<string, string> => {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k.toLowerCase()] = Array.isArray(v) ? v.join(', ') : v;
  return out;
};

const bearerOf = (headers: http.IncomingHttpHeaders): string | undefined =>
  /^Bearer\s+(\S+)$/i.exec(String(headers.authorization || ''))?.[1];

const authenticate = (state: SandboxState, headers: http.IncomingHttpHeaders): Grant => {
  const token = bearerOf(headers);
  const entry = token ? state.accessTokens.get(token) : undefined;
  if (!entry) throw fail(401, 'Invalid JWT');
  // A private token never expires by itself: it was rotated or deleted in GoHighLevel.
  if (entry.expired) throw fail(401, entry.grant.scopes ? 'Invalid JWT' : 'Invalid JWT: the access token has expired; refresh it');
  return entry.grant;
};

const KIND_REFUSED = 'This authClass type is not allowed to access this scope. Please reach out to the Platform team to get it added.';

/** GHL refuses agency tokens on sub-account endpoints and the other way round (401, its wording). */
const checkTokenKind = (kind: 'sub-account' | 'agency' | 'either', grant: Grant): void => {
  if ((kind === 'sub-account' && grant.userType !== 'Location') || (kind === 'agency' && grant.userType !== 'Company')) {
    throw fail(401, KIND_REFUSED);
  }
};

/** A Private Integration token only where the endpoint takes one, with a scope it was given (401, GHL's wording). */
const checkPrivateToken = (op: NonNullable<ReturnType<SpecContext['spec']['find']>>, grant: Grant): void => {
  if (!grant.scopes) return;
  const refused = privateTokenRefusal(op, grant.userType, grant.scopes);
  if (refused === 'kind') throw fail(401, KIND_REFUSED);
  if (refused === 'scope') throw fail(401, 'The token is not authorized for this scope.');
};

/** A sub-account token may only touch its own sub-account, wherever the request names one. */
const checkLocation = (grant: Grant, params: Rec, query: Rec, body: unknown): void => {
  const b = body && typeof body === 'object' && !Array.isArray(body) ? (body as Rec) : {};
  const named = [params.locationId, query.locationId, query.location_id, b.locationId].filter((v) => typeof v === 'string' && v !== '');
  if (grant.userType === 'Location' && named.some((id) => id !== grant.locationId)) {
    throw fail(403, 'The token does not have access to this location');
  }
};

/** Rate-limit bookkeeping: GHL's 100 requests per 10 s per sub-account (or agency), with its headers. */
export class RateLimits {
  private readonly windows = new Map<string, { start: number; count: number }>();
  private daily = 200_000;

  headers(key: string, at = Date.now()): Record<string, string> {
    let w = this.windows.get(key);
    if (!w || at - w.start >= 10_000) this.windows.set(key, (w = { start: at, count: 0 }));
    w.count += 1;
    this.daily -= 1;
    return {
      'x-ratelimit-max': '100',
      'x-ratelimit-remaining': String(Math.max(0, 100 - w.count)),
      'x-ratelimit-interval-milliseconds': '10000',
      'x-ratelimit-limit-daily': '200000',
      'x-ratelimit-daily-remaining': String(Math.max(0, this.daily)),
      ...(w.count > 100 ? { 'retry-after': String(Math.ceil((w.start + 10_000 - at) / 1000)) } : {}),
    };
  }
}

interface Answer {
  status: number;
  headers: Record<string, string>;
  body: string | Buffer;
  template?: string;
  note?: string;
}

export interface Sandbox {
  /** Base URL, e.g. http://127.0.0.1:4010 (use as GHL_BASE_URL). */
  url: string;
  port: number;
  state: SandboxState;
  /** Stops listening, drops open connections and removes the sandbox's temporary folder. */
  close: () => Promise<void>;
}

const errorAnswer = (e: GhlError, extra: Record<string, string> = {}): Answer => ({
  status: e.status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...extra, ...e.headers },
  body: json({ ...e.body, traceId: randomUUID() }),
  note: typeof e.body.message === 'string' ? e.body.message : (e.body.message as string[]).join('; '),
});

const toAnswer = (out: unknown, defaultStatus: number): Answer => {
  if (out instanceof FileReply) {
    const headers: Record<string, string> = { 'content-type': out.contentType, 'content-length': String(out.bytes.length) };
    if (out.filename) headers['content-disposition'] = `attachment; filename="${out.filename}"`;
    return { status: out.status, headers, body: out.bytes };
  }
  const reply = out instanceof Reply ? out : new Reply(defaultStatus, out);
  return {
    status: reply.status,
    headers: { ...(reply.body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }), ...reply.headers },
    body: json(reply.body),
  };
};

/** Starts the sandbox on 127.0.0.1 (port 0 = any free port). */
export const startSandbox = async (opts: SandboxOptions = {}): Promise<Sandbox> => {
  const ctx: SpecContext = specContext(opts.specDir ? path.resolve(opts.specDir) : undefined);
  const state = new SandboxState(opts, privateTokenScopes(ctx));
  const router = new Router();
  for (const resource of RESOURCES) resource.routes(router);
  addControls(router);
  for (const route of router.all()) {
    if (!route.sandboxOnly && !ctx.spec.byTemplate(route.method, route.template)) {
      throw new Error(`sandbox: ${route.method} ${route.template} is not an endpoint of GoHighLevel's specs`);
    }
  }
  for (const resource of RESOURCES) resource.seed?.(state);
  const limits = new RateLimits();
  const held = new Set<NodeJS.Timeout>();

  const answer = async (req: http.IncomingMessage, res: http.ServerResponse, url: URL, method: string): Promise<Answer | undefined> => {
    let raw: Buffer;
    try {
      raw = await readBody(req);
    } catch (err) {
      if (err instanceof TooLarge) {
        return errorAnswer(fail(413, `request entity too large: the sandbox takes bodies up to ${MAX_BODY_BYTES} bytes`), { connection: 'close' });
      }
      throw err;
    }
    const contentType = String(req.headers['content-type'] || '');
    const text = raw.toString('utf8');
    const body = parseBody(text, contentType);
    const query = queryOf(url.searchParams);
    const pathname = url.pathname;

    const local = router.matchSandboxOnly(method, pathname);
    if (local) {
      const out = await local.route.handler({ method, path: pathname, template: local.route.template, params: local.params, query, body, raw, headers: req.headers }, state);
      return { ...toAnswer(out, 200), template: local.route.template };
    }

    const fault = takeFault(state, method, pathname, req.headers[FAULT_HEADER]);
    if (fault) {
      const f = faultAnswer(fault, state, bearerOf(req.headers));
      if (f.kind === 'hold') {
        state.requests.push({ method, path: pathname + url.search, status: 0, note: 'fault: timeout (no answer)' });
        opts.log?.(`--- ${method} ${pathname + url.search} (fault: timeout, held ${f.ms} ms)`);
        const timer = setTimeout(() => {
          held.delete(timer);
          res.destroy();
        }, f.ms);
        held.add(timer);
        return undefined;
      }
      if (f.kind === 'error') return { ...errorAnswer(f.error), note: `fault: ${fault.kind}` };
      return { status: f.status, headers: { 'content-type': f.contentType }, body: f.text, note: `fault: ${fault.kind}` };
    }

    const headers = lowerHeaders(req.headers);
    const recorded: RecordedRequest = { method, origin: `http://${req.headers.host}`, path: pathname, query, headers, body, rawBody: text };
    const op = ctx.spec.find(method, pathname);
    if (!op) throw fail(404, `Cannot ${method} ${pathname}`);
    const route = router.lookup(method, op.template);
    let grant: Grant | undefined;
    if (!route?.open) grant = authenticate(state, req.headers);
    const { problems } = requestProblems(ctx, recorded);
    if (problems.length) throw fail(422, problems);
    const params = pathParams(op.template, pathname);
    if (grant) {
      checkTokenKind(tokenKindOf(ctx, op), grant);
      checkPrivateToken(op, grant);
      checkLocation(grant, params, query, body);
    }
    const limitHeaders = grant ? limits.headers(grant.locationId || grant.companyId) : {};
    if (Number(limitHeaders['x-ratelimit-remaining']) === 0 && limitHeaders['retry-after']) {
      return { ...errorAnswer(fail(429, 'Too Many Requests: the limit is 100 requests per 10 seconds per sub-account.'), limitHeaders), template: op.template };
    }
    if (!route) {
      throw fail(501, `The sandbox does not model ${method} ${op.template} yet (a GoHighLevel endpoint: see docs/SANDBOX.md "Adding a resource").`);
    }
    const sreq: Req = { method, path: pathname, template: op.template, params, query, body, raw, headers: req.headers, grant, op };
    const out = await route.handler(sreq, state);
    const a = toAnswer(out, successStatusOf(ctx, op));
    if (a.status >= 200 && a.status < 300 && !(out instanceof FileReply)) {
      const bodyOut = out instanceof Reply ? out.body : out;
      for (const p of answerProblems(ctx, op, bodyOut)) state.answerProblems.push(`${method} ${op.template}: ${p}`);
    }
    return { ...a, headers: { ...limitHeaders, ...a.headers }, template: op.template };
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://sandbox');
    const method = (req.method || 'GET').toUpperCase();
    void (async () => {
      let a: Answer | undefined;
      try {
        a = await answer(req, res, url, method);
      } catch (err) {
        a = errorAnswer(err instanceof GhlError ? err : fail(500, `Sandbox error: ${(err as Error)?.stack || err}`));
      }
      if (!a) return; // held (timeout fault)
      res.writeHead(a.status, { 'x-trace-id': randomUUID(), ...a.headers });
      res.end(a.body);
      state.requests.push({ method, path: url.pathname + url.search, status: a.status, template: a.template, note: a.note, bearer: !!bearerOf(req.headers) });
      opts.log?.(`${a.status} ${method} ${url.pathname + url.search}${a.status >= 400 && a.note ? ` (${a.note})` : ''}`);
    })();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${HOST}:${port}`,
    port,
    state,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of held) clearTimeout(t);
        held.clear();
        state.dispose();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
};

const pathParams = (template: string, filled: string): Record<string, string> => {
  const t = template.split('/');
  const p = filled.split('/');
  const out: Record<string, string> = {};
  t.forEach((seg, i) => {
    const m = /^\{(.+)\}$/.exec(seg);
    if (!m) return;
    try {
      out[m[1]] = decodeURIComponent(p[i]);
    } catch {
      out[m[1]] = p[i];
    }
  });
  return out;
};

/** The sandbox's own controls (not GHL): faults on demand and expiring tokens. */
const addControls = (r: Router): void => {
  const opts = { open: true, sandboxOnly: true };
  r.post('/__sandbox/faults', (req, s) => {
    const given = Array.isArray(req.body) ? req.body : [req.body];
    const faults = given.map(parseFault);
    s.faults.push(...faults);
    return new Reply(201, { faults: s.faults });
  }, opts);
  r.get('/__sandbox/faults', (_req, s) => ({ faults: s.faults }), opts);
  r.delete('/__sandbox/faults', (_req, s) => {
    s.faults.splice(0);
    return { faults: [] };
  }, opts);
  // Expire one access token ({"access_token": …}) or, without a body, every one issued so far.
  const expire = (req: Req, s: SandboxState) => {
    s.expire(req.body?.access_token);
    return { expired: req.body?.access_token ?? 'all' };
  };
  r.post('/__sandbox/expire', expire, opts);
  r.post('/_sandbox/expire', expire, opts); // the older name, kept for scripts that use it
};

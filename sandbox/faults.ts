/**
 * Faults on demand, for end-to-end tests and demos: the next N matching answers are a 429 with
 * Retry-After, a 500 HTML page from a proxy, an empty 200, a timeout (held, then the connection dropped),
 * or a 401 for an access token that has just expired. Queue them with `POST /__sandbox/faults`, or send
 * `X-Sandbox-Fault: <kind>` on one request. See docs/SANDBOX.md "Faults on demand".
 */
import { fail, GhlError } from './http';
import type { Fault, Rec, SandboxState } from './state';

export const FAULT_KINDS: Fault['kind'][] = ['rate-limit', 'server-error', 'empty', 'timeout', 'expired-token'];

/** The header that makes one request take a fault. */
export const FAULT_HEADER = 'x-sandbox-fault';

/** Validates one fault as given to `POST /__sandbox/faults` (`{kind, times?, match?, retryAfter?, holdMs?}`). */
export const parseFault = (input: unknown): Fault => {
  const f = (input && typeof input === 'object' ? input : {}) as Rec;
  const problems: string[] = [];
  if (!FAULT_KINDS.includes(f.kind)) problems.push(`kind must be one of the following values: ${FAULT_KINDS.join(', ')}`);
  const times = f.times ?? 1;
  if (!Number.isInteger(times) || times < 1) problems.push('times must be a positive integer');
  if (f.match !== undefined && (typeof f.match !== 'string' || !f.match)) problems.push('match must be a non-empty string');
  if (f.retryAfter !== undefined && !(Number.isInteger(f.retryAfter) && f.retryAfter >= 0)) problems.push('retryAfter must be a whole number of seconds');
  if (f.holdMs !== undefined && !(Number.isInteger(f.holdMs) && f.holdMs >= 0)) problems.push('holdMs must be a whole number of milliseconds');
  if (problems.length) throw fail(422, problems);
  return { kind: f.kind, remaining: times, match: f.match, retryAfter: f.retryAfter, holdMs: f.holdMs };
};

/** The fault a request takes, if any: its own header first, else the first queued fault that matches. */
export const takeFault = (state: SandboxState, method: string, path: string, header: unknown): Fault | undefined => {
  if (typeof header === 'string' && header) return parseFault({ kind: header.trim() });
  const target = `${method} ${path}`;
  const i = state.faults.findIndex((f) =>
    f.match ? target.includes(f.match) : !/^POST \/oauth\/token\/?$/.test(target), // a refresh must still work after "expired-token"
  );
  if (i < 0) return undefined;
  const fault = state.faults[i];
  fault.remaining -= 1;
  if (fault.remaining <= 0) state.faults.splice(i, 1);
  return fault;
};

/** What a fault answers (timeouts are handled by the server: nothing is answered). */
export type FaultAnswer =
  | { kind: 'error'; error: GhlError }
  | { kind: 'raw'; status: number; contentType: string; text: string; headers?: Record<string, string> }
  | { kind: 'hold'; ms: number };

export const PROXY_500_PAGE =
  '<html>\r\n<head><title>500 Internal Server Error</title></head>\r\n<body>\r\n<center><h1>500 Internal Server Error</h1></center>\r\n' +
  '<hr><center>cloudflare</center>\r\n</body>\r\n</html>\r\n';

export const faultAnswer = (fault: Fault, state: SandboxState, bearer: string | undefined): FaultAnswer => {
  switch (fault.kind) {
    case 'rate-limit': {
      const retryAfter = String(fault.retryAfter ?? 10);
      const error = fail(429, 'Too Many Requests: the limit is 100 requests per 10 seconds per sub-account.');
      Object.assign(error.headers, {
        'retry-after': retryAfter,
        'x-ratelimit-remaining': '0',
        'x-ratelimit-max': '100',
        'x-ratelimit-interval-milliseconds': '10000',
      });
      return { kind: 'error', error };
    }
    case 'server-error':
      return { kind: 'raw', status: 500, contentType: 'text/html', text: PROXY_500_PAGE };
    case 'empty':
      return { kind: 'raw', status: 200, contentType: 'application/json; charset=utf-8', text: '' };
    case 'timeout':
      return { kind: 'hold', ms: fault.holdMs ?? 60_000 };
    case 'expired-token':
    default:
      if (bearer) state.expire(bearer);
      return { kind: 'error', error: fail(401, 'Invalid JWT: the access token has expired; refresh it') };
  }
};

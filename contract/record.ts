/**
 * Intercepts every HTTP request with nock (no network: `nock.disableNetConnect()`), records it, and answers
 * it with what a responder says (the spec's example of the matching operation's success response).
 *
 * `z.stashFile` needs Zapier's RPC service and S3; the recorder stubs both offline (documented in
 * docs/CONTRACT.md): the RPC call for an upload slot answers a fake presigned POST, the upload answers 204.
 */
import nock from 'nock';
import type { RecordedRequest } from './types';

export interface Reply {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export type Responder = (req: RecordedRequest) => Reply;

const METHODS = ['GET', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** Where core sends RPC calls (z.stashFile's upload slot) when no ZAPIER_BASE_ENDPOINT is set. */
export const RPC_ORIGIN = 'https://rpc.zapier.com';
export const STASH_ORIGIN = 'https://contract-stash.example.com';
export const STASH_KEY = 'contract/stashed-file';
/** Where the generated `file` inputs point (contract/inputs.ts): files of earlier steps, downloaded by uploads. */
export const FILE_INPUT_ORIGIN = 'https://example.com';

const parseQuery = (search: string): Record<string, string | string[]> => {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(search)) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
};

const parseBody = (body: unknown, contentType: string): { body: unknown; raw: string } => {
  if (body === undefined || body === null || body === '') return { body: undefined, raw: '' };
  if (typeof body !== 'string') return { body, raw: JSON.stringify(body) };
  // nock hands over a body that is not valid UTF-8 (a multipart upload of a binary file) as hex.
  if (/^multipart\//i.test(contentType) && /^([0-9a-f]{2})+$/i.test(body) && !body.startsWith('--')) {
    const text = Buffer.from(body, 'hex').toString('latin1');
    return { body: text, raw: text };
  }
  if (contentType.includes('application/x-www-form-urlencoded')) {
    const out: Record<string, string> = {};
    for (const [k, v] of new URLSearchParams(body)) out[k] = v;
    return { body: out, raw: body };
  }
  try {
    return { body: JSON.parse(body), raw: body };
  } catch {
    return { body, raw: body };
  }
};

export class Recorder {
  private log: RecordedRequest[] = [];

  constructor(
    private readonly origin: string,
    private readonly responder: Responder,
  ) {}

  start(): void {
    // In a shared process (jest), another nock copy may have restored http since this one loaded.
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
    const self = this;
    for (const method of METHODS) {
      nock(this.origin)
        .persist()
        .intercept(() => true, method)
        .query(true)
        .reply(function (uri: string, requestBody: unknown) {
          const url = new URL(uri, self.origin);
          const headers: Record<string, string> = {};
          for (const [k, v] of Object.entries(this.req.headers || {})) headers[k.toLowerCase()] = String(v);
          const parsed = parseBody(requestBody, headers['content-type'] || '');
          const req: RecordedRequest = {
            method,
            origin: self.origin,
            path: url.pathname,
            query: parseQuery(url.search),
            headers,
            body: parsed.body,
            rawBody: parsed.raw,
          };
          self.log.push(req);
          const reply = self.responder(req);
          return [reply.status, reply.body as nock.Body, reply.headers || {}];
        });
    }
    // z.stashFile: an upload slot from Zapier's RPC, then the upload itself.
    nock(RPC_ORIGIN)
      .persist()
      .post(() => true)
      .reply(200, (_uri: string, body: unknown) => {
        const parsed = typeof body === 'string' ? JSON.parse(body) : (body as Record<string, unknown>);
        return { id: parsed.id, result: { url: `${STASH_ORIGIN}/`, fields: { key: STASH_KEY } } };
      });
    nock(STASH_ORIGIN).persist().post(() => true).reply(204);
    // A file of an earlier step (a `file` input), as Zapier hands it: a URL answering the file's bytes.
    nock(FILE_INPUT_ORIGIN)
      .persist()
      .get((uri) => uri.startsWith('/files/'))
      .reply(200, '%PDF-1.4\n% contract file of an earlier step\n', { 'content-type': 'application/pdf', 'content-length': '44' });
  }

  /** The requests recorded since the last call. */
  take(): RecordedRequest[] {
    const out = this.log;
    this.log = [];
    return out;
  }

  stop(): void {
    nock.cleanAll();
    nock.enableNetConnect();
    // Hand http back untouched, so the next user of the process (a jest suite) installs its own interception.
    nock.restore();
  }
}

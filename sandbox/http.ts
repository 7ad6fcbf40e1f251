/**
 * The sandbox's HTTP vocabulary, shared by the server, the router and every resource module (a leaf: it
 * imports nothing of the sandbox but the state's types). GoHighLevel's error shape is
 * `{statusCode, message, error}`, with `message` an array of strings on 422.
 */
import type http from 'http';
import type { SpecOperation } from '../contract/spec';
import type { Grant, Rec, SandboxState } from './state';

export const STATUS_TEXT: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  413: 'Payload Too Large',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  501: 'Not Implemented',
};

/** A GHL-style error answer: `{statusCode, message, error}` (the server adds `traceId`). */
export class GhlError extends Error {
  constructor(
    readonly status: number,
    readonly body: Rec,
    readonly headers: Record<string, string> = {},
  ) {
    super(typeof body.message === 'string' ? body.message : JSON.stringify(body.message));
  }
}

/** Throw this from a handler: `throw fail(404, 'Contact not found')`, `throw fail(422, ['name must be a string'])`. */
export const fail = (status: number, message: string | string[], extra: Rec = {}): GhlError =>
  new GhlError(status, { statusCode: status, message, ...(STATUS_TEXT[status] ? { error: STATUS_TEXT[status] } : {}), ...extra });

/** An answer with an explicit status or headers (handlers usually return just the JSON body). */
export class Reply {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly headers: Record<string, string> = {},
  ) {}
}

/** A file answer: raw bytes with their content type (and a file name for Content-Disposition). */
export class FileReply {
  constructor(
    readonly bytes: Buffer,
    readonly contentType: string,
    readonly filename?: string,
    readonly status = 200,
  ) {}
}

export interface Req {
  method: string;
  /** The path without query string, e.g. `/contacts/abc`. */
  path: string;
  /** The matched route's template, e.g. `/contacts/{contactId}` (the spec's own). */
  template: string;
  params: Record<string, string>;
  query: Record<string, any>;
  /** The parsed body: JSON, or an object for form bodies; other types (multipart uploads) as text. */
  body: any;
  /** The body's bytes as received (for uploads). */
  raw: Buffer;
  headers: http.IncomingHttpHeaders;
  /** The token's grant (undefined on open routes: the token endpoint, the authorize page, controls). */
  grant?: Grant;
  /** The spec operation the request calls (undefined on sandbox-only routes). */
  op?: SpecOperation;
}

export type Handler = (req: Req, state: SandboxState) => unknown;

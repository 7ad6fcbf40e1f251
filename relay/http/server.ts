/**
 * The relay's HTTP plumbing: a route table (method + path pattern), bodies read up to a limit, JSON
 * answers, and a last line of defence so that no request, however malformed, can crash the process.
 */
import http from 'http';
import type { AddressInfo } from 'net';
import type { Logger } from '../log';
import { messageOf } from '../log';

export const MAX_BODY_BYTES = 1024 * 1024;

export interface Request {
  method: string;
  path: string;
  params: Record<string, string>;
  headers: http.IncomingHttpHeaders;
  /** The raw body bytes, exactly as received. */
  body: Buffer;
}

export interface Reply {
  status: number;
  body?: unknown;
}

export type Handler = (req: Request) => Promise<Reply>;

export interface Route {
  method: string;
  /** e.g. `/subscriptions/:id` */
  path: string;
  handler: Handler;
}

export const reply = (status: number, body?: unknown): Reply => ({ status, body });
export const problem = (status: number, error: string, extra: Record<string, unknown> = {}): Reply =>
  reply(status, { error, ...extra });

class TooLarge extends Error {}

const readBody = (req: http.IncomingMessage): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (declared > MAX_BODY_BYTES) return reject(new TooLarge());
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners('data');
        req.resume(); // discard the rest
        reject(new TooLarge());
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });

const compile = (pattern: string): RegExp =>
  new RegExp(`^${pattern.replace(/:(\w+)/g, (_m, name: string) => `(?<${name}>[^/]+)`)}/?$`);

const send = (res: http.ServerResponse, r: Reply, close = false): void => {
  if (res.headersSent) return;
  const text = r.body === undefined ? '' : JSON.stringify(r.body);
  const headers: http.OutgoingHttpHeaders = { 'content-length': Buffer.byteLength(text) };
  if (text) headers['content-type'] = 'application/json; charset=utf-8';
  if (close) headers.connection = 'close';
  res.writeHead(r.status, headers).end(text);
};

export interface Server {
  url: string;
  port: number;
  close(): Promise<void>;
}

export const serve = async (routes: Route[], host: string, port: number, log: Logger): Promise<Server> => {
  const table = routes.map((r) => ({ ...r, re: compile(r.path) }));

  const handle = async (req: http.IncomingMessage, res: http.ServerResponse): Promise<void> => {
    const method = (req.method || 'GET').toUpperCase();
    const path = (req.url || '/').split('?')[0];
    const matching = table.filter((r) => r.re.test(path));
    const route = matching.find((r) => r.method === method);
    if (!route) {
      req.resume();
      if (!matching.length) return send(res, problem(404, `There is no ${path} here.`));
      res.setHeader('allow', matching.map((r) => r.method).join(', '));
      return send(res, problem(405, `${path} does not take ${method}.`));
    }
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (err) {
      if (err instanceof TooLarge) return send(res, problem(413, `The body is larger than ${MAX_BODY_BYTES} bytes.`), true);
      throw err;
    }
    let params: Record<string, string>;
    try {
      params = Object.fromEntries(Object.entries(route.re.exec(path)?.groups ?? {}).map(([k, v]) => [k, decodeURIComponent(v)]));
    } catch {
      return send(res, problem(400, 'The path is not valid URL encoding.'));
    }
    send(res, await route.handler({ method, path, params, headers: req.headers, body }));
  };

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err) => {
      log.error('http.failed', { method: req.method, path: (req.url || '').split('?')[0], error: messageOf(err) });
      send(res, problem(500, 'The relay failed to handle this request.'), true);
    });
  });
  server.on('clientError', (_err, socket) => {
    if (socket.writable) socket.end('HTTP/1.1 400 Bad Request\r\nconnection: close\r\ncontent-length: 0\r\n\r\n');
    else socket.destroy();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return {
    url: `http://${shown}:${address.port}`,
    port: address.port,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeIdleConnections();
      }),
  };
};

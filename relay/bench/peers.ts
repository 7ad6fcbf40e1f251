/**
 * What the relay talks to during the bench, in the bench's own process: a GoHighLevel that lets any token
 * read any location (only the subscription step asks it), and a target that records when each event first
 * arrives (the clock the load generator's send times use) and answers 200, optionally after a delay.
 */
import http from 'http';
import type { AddressInfo } from 'net';

const listen = async (server: http.Server): Promise<string> => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
};

export interface Peer {
  url: string;
  close(): Promise<void>;
}

const closer = (server: http.Server) => () =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

export const startGhl = async (): Promise<Peer> => {
  const server = http.createServer((req, res) => {
    const id = /^\/locations\/([^/?]+)/.exec(req.url || '')?.[1];
    req.resume();
    res.writeHead(id ? 200 : 404, { 'content-type': 'application/json' }).end(JSON.stringify({ location: { id } }));
  });
  return { url: await listen(server), close: closer(server) };
};

export interface Sink extends Peer {
  /** webhookId → performance.now() of its first delivery */
  firstArrival: Map<string, number>;
  /** deliveries beyond the first of a webhookId */
  duplicates(): number;
  /** Milliseconds the sink waits before answering. */
  delayMs: number;
  /** Resolves true once every id has arrived, false at the deadline. */
  waitFor(ids: string[], timeoutMs: number): Promise<boolean>;
}

export const startSink = async (): Promise<Sink> => {
  const firstArrival = new Map<string, number>();
  let duplicates = 0;
  let waiter: (() => void) | undefined;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const at = performance.now();
      const id = /"webhookId":"([^"]+)"/.exec(Buffer.concat(chunks).toString())?.[1] ?? '';
      if (firstArrival.has(id)) duplicates++;
      else firstArrival.set(id, at);
      waiter?.();
      const answer = () => res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"success"}');
      if (sink.delayMs) setTimeout(answer, sink.delayMs);
      else answer();
    });
  });
  const sink: Sink = {
    url: await listen(server),
    close: closer(server),
    firstArrival,
    duplicates: () => duplicates,
    delayMs: 0,
    waitFor: (ids, timeoutMs) =>
      new Promise((resolve) => {
        const done = (ok: boolean) => {
          clearTimeout(timer);
          waiter = undefined;
          resolve(ok);
        };
        const timer = setTimeout(() => done(false), timeoutMs);
        const check = () => {
          if (ids.every((id) => firstArrival.has(id))) done(true);
        };
        waiter = check;
        check();
      }),
  };
  return sink;
};

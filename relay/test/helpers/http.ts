/** Small HTTP helpers for the relay tests: JSON requests, and a local server recording what it receives. */
import http from 'http';
import type { AddressInfo } from 'net';

export interface Answer {
  status: number;
  body: any;
  text: string;
  headers: Headers;
}

export const request = async (url: string, init: RequestInit = {}): Promise<Answer> => {
  const res = await fetch(url, init);
  const text = await res.text();
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  return { status: res.status, body, text, headers: res.headers };
};

export interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
  json: any;
}

/** What a test server answers a request: a status, or `hold` to keep it unanswered until `release()`. */
export type Respond = (r: Received) => number | 'hold' | { status: number; headers?: Record<string, string>; body?: unknown };

export interface TestServer {
  url: string;
  received: Received[];
  /** Resolves once `predicate` holds for the requests received so far. */
  waitFor(predicate: (received: Received[]) => boolean): Promise<void>;
  /** Answers every held request with `status`; answers those still waiting (not those whose client left). */
  release(status?: number): Received[];
  /** Held requests still waiting for an answer (a client that went away no longer counts). */
  held(): number;
  respond: Respond;
  close(): Promise<void>;
}

export const startTestServer = async (respond: Respond = () => 200): Promise<TestServer> => {
  const received: Received[] = [];
  const waiters: Array<{ predicate: (r: Received[]) => boolean; resolve: () => void }> = [];
  let heldResponses: Array<{ res: http.ServerResponse; r: Received }> = [];
  const waiting = ({ res }: { res: http.ServerResponse }) =>
    !res.destroyed && !res.writableEnded && !!res.socket && !res.socket.destroyed;
  const notify = () => {
    for (const w of [...waiters]) {
      if (w.predicate(received)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  };
  const answer = (res: http.ServerResponse, a: Exclude<ReturnType<Respond>, 'hold'>) => {
    const { status, headers = {}, body } = typeof a === 'number' ? { status: a } : a;
    const text = body === undefined ? '{}' : JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(text);
  };
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      let json: any;
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        json = undefined;
      }
      const r: Received = { method: req.method || '', path: req.url || '', headers: req.headers, body, json };
      const a = self.respond(r);
      if (a === 'hold') {
        heldResponses.push({ res, r });
        res.on('close', notify); // a waiter may be counting the requests still held
      } else answer(res, a);
      received.push(r);
      notify();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const self: TestServer = {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    respond,
    waitFor: (predicate) =>
      new Promise<void>((resolve) => {
        waiters.push({ predicate, resolve });
        notify();
      }),
    release: (status = 200) => {
      const live = heldResponses.filter(waiting);
      heldResponses = [];
      for (const { res } of live) answer(res, status);
      return live.map(({ r }) => r);
    },
    held: () => heldResponses.filter(waiting).length,
    close: () =>
      new Promise<void>((resolve) => {
        for (const { res } of heldResponses) res.destroy();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return self;
};

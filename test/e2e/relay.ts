/**
 * An instant trigger end to end: the webhook relay (relay/) started in this process against the sandbox
 * (GHL_BASE_URL = the sandbox, RELAY_ALLOW_INSECURE_TARGETS=1, the embedded database in a temp
 * RELAY_DATA_DIR, a test Ed25519 key pair as GoHighLevel's), a local HTTP server as Zapier's target URL,
 * and the app's REST-hook functions run through core's app tester: performSubscribe at the relay (RELAY_URL),
 * a signed webhook posted to the relay reaching the target, perform on what the target received, then
 * performUnsubscribe, after which a second webhook reaches no one.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import { randomUUID } from 'crypto';
import { spawn } from 'child_process';
import readline from 'readline';
import App from '../../index';
import type { Sandbox } from '../../sandbox/server';
import { appTesterFor, type Connection } from './harness';

type Rec = Record<string, any>;

export interface RoundTrip {
  subscribeData: Rec;
  /** The subscription requests the relay received (their bodies, as the target would). */
  delivered: Rec[];
  /** perform's items on the delivered event. */
  items: Rec[];
  unsubscribed: Rec;
  /** Deliveries that reached the target after the unsubscribe (none expected). */
  afterUnsubscribe: number;
}

const within = <T>(p: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms).unref())]);


const ROOT = path.resolve(__dirname, '../..');

/** `node --import tsx relay/main.ts` with the given environment; resolves once it logs relay.started (its URL). */
const startRelayProcess = (env: Record<string, string>): Promise<{ url: string; stop: () => Promise<void> }> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'relay/main.ts'], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, PORT: '0', HOST: '127.0.0.1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    readline.createInterface({ input: child.stdout! }).on('line', (line) => {
      output += `${line}\n`;
      if (process.env.E2E_DEBUG) console.log(line);
      try {
        const entry = JSON.parse(line);
        if (entry.msg === 'relay.started' && entry.url) {
          resolve({
            url: entry.url,
            stop: async () => {
              child.kill('SIGTERM');
              await exited;
            },
          });
        }
      } catch {
        // not a log line
      }
    });
    void exited.then(() => reject(new Error(`The relay process exited before it started:\n${output}`)));
  });

/** One instant trigger's whole life against a relay on the sandbox; `delivery` is GoHighLevel's event (signed and posted as it). */
export const relayRoundTrip = async (
  key: string,
  sandbox: Sandbox,
  connection: Connection,
  input: Rec,
  delivery: Rec,
): Promise<RoundTrip> => {
  // Loaded here: the coverage check reads the cases without starting anything.
  const { ghlKeys } = await import('../../relay/test/helpers/signing');
  const { startTestServer } = await import('../../relay/test/helpers/http');
  const keys = ghlKeys();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'e2e-relay-'));
  const saved = { ...process.env };
  const target = await startTestServer(() => 200);
  // The relay in a process of its own, as `npm run relay` runs it (core's http patches in this process are the app's, not the relay's).
  const relay = await startRelayProcess({
    GHL_BASE_URL: sandbox.url,
    RELAY_ALLOW_INSECURE_TARGETS: '1',
    RELAY_DATA_DIR: dataDir,
    GHL_WEBHOOK_PUBLIC_KEY: keys.publicKey,
  });
  process.env.RELAY_URL = relay.url;
  const tester = appTesterFor(connection);
  const op = (App as any).triggers[key];
  const authData = sandbox.state.authData(connection);
  const post = async (event: Rec) => {
    const body = JSON.stringify({ ...event, timestamp: new Date().toISOString(), webhookId: randomUUID() });
    const res = await fetch(`${relay.url}/webhooks/ghl`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-ghl-signature': keys.sign(body) }, body });
    if (res.status !== 200) throw new Error(`the relay answered the webhook ${res.status}: ${await res.text()}`);
  };
  try {
    const targetUrl = `${target.url}/hooks/standard/1/${randomUUID()}/`;
    const subscribeData = (await tester(op.operation.performSubscribe, { authData, inputData: input, targetUrl } as any, true)) as Rec;
    await post(delivery);
    const posts = () => target.received.filter((r) => r.method === 'POST');
    await within(target.waitFor(() => posts().length >= 1), 10_000, 'the webhook reaching the target');
    const delivered = posts().map((r) => r.json);
    if (process.env.E2E_DEBUG) console.log(JSON.stringify(target.received.map((r) => ({ ...r, body: r.body.toString() }))).slice(0, 1500));
    const items = (await tester(op.operation.perform, { authData, inputData: input, cleanedRequest: delivered[0], targetUrl } as any, true)) as Rec[];
    const unsubscribed = (await tester(op.operation.performUnsubscribe, { authData, inputData: input, subscribeData, targetUrl } as any, true)) as Rec;
    await post(delivery);
    await new Promise((r) => setTimeout(r, 600)); // several of the relay's delivery rounds
    return { subscribeData, delivered, items, unsubscribed, afterUnsubscribe: posts().length - delivered.length, others: target.received.filter((r) => r.method !== 'POST').map((r) => `${r.method} ${r.path}`) } as RoundTrip;
  } finally {
    await relay.stop();
    await target.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
    if (saved.RELAY_URL === undefined) delete process.env.RELAY_URL;
    else process.env.RELAY_URL = saved.RELAY_URL;
  }
};

/**
 * A relay under test, in this process: a real HTTP server on 127.0.0.1 with the test key pair, the stub
 * GoHighLevel, fast retries, and its log captured. Also signed-webhook and subscription helpers.
 */
import fs from 'fs';
import os from 'os';
import path from 'path';
import type { RelayOptions } from '../../config';
import { startRelay, type Relay } from '../../relay';
import { request, type Answer } from './http';
import { AGENCY_TOKEN } from './ghl-stub';
import { captureLogs, type LogCapture } from './logs';
import type { GhlKeys } from './signing';

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A new folder under the OS temp dir, removed after the test file's tests. */
export const tempDir = (prefix: string): string => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  tempDirs.push(dir);
  return dir;
};

/** Options for a test relay: fast polls and retries, insecure local targets allowed, a free port. */
export const testOptions = (keys: GhlKeys, ghlBaseUrl: string, database: Partial<RelayOptions>): Partial<RelayOptions> => ({
  port: 0,
  host: '127.0.0.1',
  publicKey: keys.publicKey,
  ghlBaseUrl,
  allowInsecureTargets: true,
  pollIntervalMs: 50,
  backoffBaseMs: 20,
  backoffMaxMs: 200,
  deliveryTimeoutMs: 2_000,
  leaseMs: 5_000,
  ...database,
});

export interface TestRelay {
  relay: Relay;
  logs: LogCapture;
  /** POSTs `event` (an object is serialized once) to /webhooks/ghl, signed with the test key unless told otherwise. */
  post(event: Record<string, unknown> | string, opts?: { headers?: Record<string, string>; unsigned?: boolean }): Promise<Answer>;
  subscribe(body: Record<string, unknown>, token?: string): Promise<Answer>;
  unsubscribe(id: string, token?: string): Promise<Answer>;
}

/** Starts a relay; pass the `logs` of a previous one to keep one log across a restart. */
export const startTestRelay = async (keys: GhlKeys, options: Partial<RelayOptions>, logs = captureLogs()): Promise<TestRelay> => {
  const relay = await startRelay({ ...options, log: logs.sink });
  return {
    relay,
    logs,
    post: (event, opts = {}) => {
      const body = typeof event === 'string' ? event : JSON.stringify(event);
      const signature: Record<string, string> = opts.unsigned ? {} : { 'x-ghl-signature': keys.sign(body) };
      const headers = { 'content-type': 'application/json', ...signature, ...opts.headers };
      return request(`${relay.url}/webhooks/ghl`, { method: 'POST', headers, body });
    },
    subscribe: (body, token = AGENCY_TOKEN) =>
      request(`${relay.url}/subscriptions`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }),
    unsubscribe: (id, token = AGENCY_TOKEN) =>
      request(`${relay.url}/subscriptions/${encodeURIComponent(id)}`, {
        method: 'DELETE',
        headers: { authorization: `Bearer ${token}` },
      }),
  };
};

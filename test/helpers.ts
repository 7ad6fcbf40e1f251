/**
 * Test helpers: the app tester, connection fixtures, and `mockGhl`, which answers exactly one request
 * only if its method, path, query, body, Version and Authorization are the expected ones.
 */
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import App from '../index';
import { clearMintedTokens } from '../lib/connection';
import { forgetSharedRotations } from '../lib/token-share';
import { forgetCustomFieldDefs } from '../lib/custom-fields';
import { forgetKept } from '../lib/cache';

export const BASE = 'https://services.leadconnectorhq.com';

// nock intercepts http process-wide, and a jest worker runs test files one after another: every file that
// loads nock (through this module) hands http back when it ends, whether or not it calls setupNock, or the
// next file's nock could not install its own interception.
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});
export const appTester = createAppTester(App);
export { App };

export const LOCATION_ID = 've9EPM428h8vShlRW1KT';
export const COMPANY_ID = '5DP4iH6HLkQsiKESj6rh';

export const LOCATION_AUTH = {
  access_token: 'loc-access-token',
  refresh_token: 'loc-refresh-token',
  locationId: LOCATION_ID,
  companyId: COMPANY_ID,
  userType: 'Location',
  userId: 'hxHGVRb1YJUscrCB8eXK',
};

export const AGENCY_AUTH = {
  access_token: 'agency-access-token',
  refresh_token: 'agency-refresh-token',
  companyId: COMPANY_ID,
  userType: 'Company',
  userId: 'hxHGVRb1YJUscrCB8eXK',
};

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

export interface Expected {
  method: Method;
  /** The filled path, e.g. `/contacts/abc`. */
  path: string;
  /** The exact query; omitted = the request must carry no query string. */
  query?: Record<string, string | string[]>;
  /** The exact JSON body; omitted = any (or no) body. */
  body?: unknown;
  /** The exact Version header; null = the request must carry none. */
  version: string | null;
  token?: string;
  status?: number;
  reply?: unknown;
  headers?: Record<string, string>;
}

/** Intercepts exactly one matching request; anything else fails the test with nock's "No match". */
export const mockGhl = (e: Expected): nock.Scope => {
  const reqheaders: Record<string, string> = { authorization: `Bearer ${e.token ?? LOCATION_AUTH.access_token}` };
  if (e.version) reqheaders.version = e.version;
  const scope = nock(BASE, { reqheaders, badheaders: e.version ? [] : ['version'] });
  const interceptor = scope.intercept(e.path, e.method, e.body as nock.RequestBodyMatcher | undefined);
  const withQuery = e.query ? interceptor.query(e.query) : interceptor.query((q) => Object.keys(q).length === 0);
  withQuery.reply(e.status ?? 200, (e.reply ?? {}) as nock.Body, e.headers);
  return scope;
};

type Kind = 'triggers' | 'creates' | 'searches';

/** Runs an operation's perform as Zapier would, with a sub-account connection by default. */
export const perform = (
  kind: Kind,
  key: string,
  inputData: Record<string, unknown> = {},
  opts: { authData?: Record<string, string>; meta?: Record<string, unknown>; keepCache?: boolean } = {},
): Promise<any> => {
  const op = (App as any)[kind][key];
  if (!op) throw new Error(`No ${kind} ${key}`);
  return appTester(
    op.operation.perform,
    { authData: opts.authData ?? LOCATION_AUTH, inputData, meta: { page: 0, ...(opts.meta || {}) } } as any,
    !opts.keepCache, // each run starts with an empty z.cache unless the test is about re-use
  );
};

/** Resolves an operation's input fields (static and dynamic) as the Zap editor would. */
export const inputFields = async (
  kind: Kind,
  key: string,
  inputData: Record<string, unknown> = {},
  authData: Record<string, string> = LOCATION_AUTH,
): Promise<any[]> => {
  const op = (App as any)[kind][key];
  const out: any[] = [];
  for (const f of op.operation.inputFields) {
    if (typeof f === 'function') out.push(...((await appTester(f, { authData, inputData } as any)) as any[]));
    else out.push(f);
  }
  return out;
};

/**
 * What core logs to stdout during each test of the calling file (LOG_TO_STDOUT, DETAILED_LOG_TO_STDOUT),
 * line by line; `env` adds variables for those tests. The environment is restored after each test.
 */
export const captureLogs = (env: Record<string, string> = {}): { lines: () => string[] } => {
  let logged: string[] = [];
  let spy: jest.SpyInstance;
  const saved = { ...process.env };
  beforeEach(() => {
    Object.assign(process.env, { LOG_TO_STDOUT: '1', DETAILED_LOG_TO_STDOUT: '1', ...env });
    logged = [];
    spy = jest.spyOn(console, 'log').mockImplementation((...args: unknown[]) => {
      logged.push(args.map(String).join(' '));
    });
  });
  afterEach(() => {
    spy.mockRestore();
    process.env = { ...saved };
  });
  return { lines: () => logged };
};

export const setupNock = (): void => {
  beforeAll(() => {
    // Test files share a worker process: each file's nock must (re)install its own http interception.
    if (!nock.isActive()) nock.activate();
    nock.disableNetConnect();
  });
  afterEach(() => {
    const pending = nock.pendingMocks();
    nock.cleanAll();
    clearMintedTokens();
    forgetSharedRotations();
    forgetCustomFieldDefs();
    forgetKept();
    (appTester as unknown as { zcacheTestObj: object }).zcacheTestObj = {}; // z.cache starts empty for every test
    if (pending.length) throw new Error(`Expected requests were not made: ${pending.join(', ')}`);
  });
  afterAll(() => {
    nock.enableNetConnect();
    nock.restore();
  });
};

/**
 * End-to-end harness: runs the app's operations through zapier-platform-core's app tester (in process,
 * `createAppTester(App)`) against a fresh local GoHighLevel sandbox per run (`GHL_BASE_URL` pointing at it),
 * with a sub-account connection and with an agency connection (which mints a sub-account token first), and
 * the private-token app (index.private-token.ts) with a sub-account's and an agency's Private Integration
 * token (the sandbox holds them bound to their sub-account or agency and their scopes).
 *
 * A case says what GoHighLevel's answer must become (ids, names, the record created), and the harness adds
 * what every run must show: no request the sandbox refused, no sandbox answer off the spec's shape, and,
 * for sub-account steps on an agency connection, a minted sub-account token.
 */
import fs from 'fs';
import path from 'path';
import { createAppTester } from 'zapier-platform-core';
import App from '../../index';
import PrivateTokenApp from '../../index.private-token';
import { clearMintedTokens } from '../../lib/connection';
import { declarationOf } from '../../lib/operation';
import { forgetCustomFieldDefs } from '../../lib/custom-fields';
import { forgetKept } from '../../lib/cache';
import { forgetSharedRotations } from '../../lib/token-share';
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { SEED } from '../../sandbox/seed-ids';
import type { LoggedRequest, Rec, SandboxState } from '../../sandbox/state';

export { SEED };
export type Registry = 'triggers' | 'creates' | 'searches';
export type Connection = 'sub-account' | 'agency' | 'private-token' | 'agency-private-token';

/** The private-token app's connections: a sub-account's and an agency's Private Integration token. */
export const PRIVATE_TOKEN_CONNECTIONS: Connection[] = ['private-token', 'agency-private-token'];
export const isPrivateTokenConnection = (c: Connection): boolean => PRIVATE_TOKEN_CONNECTIONS.includes(c);

/** Slow (about a minute for every operation twice), so it runs from `npm run test:e2e` (or with GHL_E2E=1). */
export const E2E_ENABLED = process.env.npm_lifecycle_event === 'test:e2e' || process.env.GHL_E2E === '1';

/** The two builds of the app (scripts/flavours.js), and the build a connection belongs to. */
export type Build = 'oauth' | 'private-token';
export const buildOf = (c: Connection): Build => (isPrivateTokenConnection(c) ? 'private-token' : 'oauth');

/**
 * The build this run tests end to end: `GHL_E2E_BUILD=oauth` or `private-token` (CI runs one step for each);
 * unset, both.
 */
const E2E_BUILD = ((value: string | undefined): Build | undefined => {
  if (!value) return undefined;
  if (value !== 'oauth' && value !== 'private-token') throw new Error(`GHL_E2E_BUILD must be oauth or private-token (got "${value}")`);
  return value;
})(process.env.GHL_E2E_BUILD);

/** Whether this run tests `build` end to end. */
export const e2eFor = (build: Build): boolean => E2E_ENABLED && (!E2E_BUILD || E2E_BUILD === build);

const CATALOG: Array<{ name: string; token: 'sub-account' | 'agency' | 'either'; category: string }> = JSON.parse(
  fs.readFileSync(process.env.GHL_CATALOG_FILE || path.resolve(__dirname, '..', '..', '..', 'shared', 'catalog', 'operations.json'), 'utf8'),
);

export interface VisibleOperation {
  subject: string;
  registry: Registry;
  key: string;
  label: string;
  /** The catalog's token for the operation (else its declaration's, else sub-account). */
  token: 'sub-account' | 'agency' | 'either';
}

/** Every visible trigger, create and search the app registers (`App.triggers/creates/searches`). */
export const visibleOperations = (): VisibleOperation[] => {
  const out: VisibleOperation[] = [];
  for (const registry of ['triggers', 'creates', 'searches'] as Registry[]) {
    for (const [key, op] of Object.entries<any>((App as any)[registry] || {})) {
      if (op?.display?.hidden) continue;
      const label = op.display.label;
      // Beyond the catalog (beyond.json names no token), the operation's own declaration says (issue 14: Find User is "either").
      const token = CATALOG.find((c) => c.name === label)?.token ?? declarationOf(op)?.token ?? 'sub-account';
      out.push({ subject: `${registry}.${key}`, registry, key, label, token });
    }
  }
  return out;
};

/**
 * The connections an operation runs with: its catalog token decides (agency-only steps: the agency
 * connections; others: the sub-account ones and the OAuth agency connection, which opens sub-accounts).
 */
export const connectionsOf = (op: VisibleOperation): Connection[] =>
  op.token === 'agency' ? ['agency', 'agency-private-token'] : ['sub-account', 'agency', 'private-token'];

export interface RunContext {
  sandbox: Sandbox;
  state: SandboxState;
  connection: Connection;
  /** The inputs the step ran with (the agency's Sub-Account field included). */
  input: Rec;
  /** The requests the step made (controls excluded). */
  requests: LoggedRequest[];
}

export interface Case {
  /** `creates.create_business` */
  subject: string;
  /** What the test is about (its name). */
  does: string;
  /** The step's inputs (a function for values that depend on the sandbox, e.g. a record a `before` created). */
  input?: Rec | ((t: { sandbox: Sandbox; connection: Connection }) => Rec);
  /**
   * Runs the step itself instead of the operation's perform (an instant trigger: subscribe at a relay, a
   * webhook delivered, perform on it, unsubscribe); what it answers is what `expect` gets.
   */
  run?: (t: { sandbox: Sandbox; connection: Connection; input: Rec }) => Promise<any>;
  /** Runs before the step (put records in place, queue faults). */
  before?: (t: { sandbox: Sandbox; connection: Connection }) => Promise<void> | void;
  /** Only these connections (default: the operation's own, see connectionsOf). */
  connections?: Connection[];
  /** Asserts what the step returned (and the sandbox's state after it). */
  expect?: (out: any, t: RunContext) => void | Promise<void>;
  /** The step must fail; asserts the error. */
  fails?: (err: Error, t: RunContext) => void | Promise<void>;
  /** Request statuses ≥ 400 this case expects (e.g. a 404 for a search that finds nothing). */
  allowStatuses?: number[];
  meta?: Rec;
}

const testers = new Map<'oauth' | 'private-token', ReturnType<typeof createAppTester>>();
/** The app tester of the app a connection belongs to (both apps register the very same operations). */
const appTester = (connection: Connection) => {
  const flavour = isPrivateTokenConnection(connection) ? 'private-token' : 'oauth';
  let t = testers.get(flavour);
  if (!t) testers.set(flavour, (t = createAppTester(flavour === 'oauth' ? App : PrivateTokenApp)));
  return t;
};

/** The app tester of a connection's app, for steps a case runs itself (`run`). */
export const appTesterFor = (connection: Connection) => appTester(connection);

/** The registered operation of a subject (`creates.create_business`). */
export const operationOf = (subject: string): any => {
  const [registry, key] = subject.split('.');
  const op = (App as any)[registry]?.[key];
  if (!op) throw new Error(`The app registers no ${subject}`);
  return op;
};

/** Starts a fresh sandbox and points the app at it. */
export const freshSandbox = async (): Promise<Sandbox> => {
  const sandbox = await startSandbox();
  process.env.GHL_BASE_URL = sandbox.url;
  process.env.CLIENT_ID = sandbox.state.options.clientId; // the app derives its Marketplace app id from it
  process.env.CLIENT_SECRET = sandbox.state.options.clientSecret;
  // A fresh sandbox is a fresh world (its seeded tokens and ids repeat): what the app keeps between runs goes.
  clearMintedTokens();
  forgetSharedRotations();
  forgetCustomFieldDefs();
  forgetKept();
  return sandbox;
};

export const authDataFor = (sandbox: Sandbox, connection: Connection): Record<string, string> =>
  sandbox.state.authData(connection);

/** Runs one operation's perform as Zapier would. */
export const perform = async (subject: string, sandbox: Sandbox, connection: Connection, input: Rec, meta: Rec = {}): Promise<any> =>
  appTester(connection)(
    operationOf(subject).operation.perform,
    {
      authData: authDataFor(sandbox, connection),
      inputData: input,
      meta: { page: 0, limit: -1, isLoadingSample: false, isFillingDynamicDropdown: false, isPopulatingDedupe: false, ...meta },
    } as any,
    true,
  );

/** Runs any app function (a hydrator, the connection test or label) with a connection. */
export const runFunction = async (fn: any, sandbox: Sandbox, connection: Connection, inputData: Rec = {}): Promise<any> =>
  appTester(connection)(fn, { authData: authDataFor(sandbox, connection), inputData } as any, true);

/** The inputs of a case for a connection: sub-account steps on an agency connection name their sub-account. */
export const inputFor = (c: Case, op: VisibleOperation, sandbox: Sandbox, connection: Connection): Rec => {
  const given = typeof c.input === 'function' ? c.input({ sandbox, connection }) : { ...(c.input || {}) };
  if (connection === 'agency' && op.token === 'sub-account' && given.locationId === undefined) given.locationId = SEED.locationId;
  return given;
};

const API_REQUEST = (r: LoggedRequest): boolean => !r.path.startsWith('/__sandbox/') && !r.path.startsWith('/_sandbox/');

/** Values that look like a date-time, and the ISO-8601 with a zone every result's date-time must be (issue 14 §3). */
const DATE_TIME_LIKE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/;
const ISO_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Date-times in a result without a zone (or not ISO-8601), with their paths. */
export const unzonedTimes = (v: unknown, at = ''): string[] => {
  if (typeof v === 'string') return DATE_TIME_LIKE.test(v) && !ISO_WITH_ZONE.test(v) ? [`${at || '(result)'}: "${v}"`] : [];
  if (Array.isArray(v)) return v.flatMap((x, i) => unzonedTimes(x, `${at}[${i}]`));
  if (v && typeof v === 'object') return Object.entries(v).flatMap(([k, x]) => unzonedTimes(x, at ? `${at}.${k}` : k));
  return [];
};

/** The checks every run gets, whatever its case asserts. */
export const checkRun = (c: Case, op: VisibleOperation, t: RunContext, failed: boolean, out?: unknown): void => {
  if (!failed) expect(unzonedTimes(out)).toEqual([]);
  const refused = t.requests.filter((r) => r.status >= 400 && !(c.allowStatuses || []).includes(r.status));
  expect(refused).toEqual([]);
  expect(t.state.answerProblems).toEqual([]);
  if (t.connection === 'agency' && op.token === 'sub-account' && !failed) {
    const calls = t.requests.filter((r) => !r.path.startsWith('/oauth/'));
    if (calls.length) expect(t.requests.filter((r) => r.path === '/oauth/locationToken' && r.status === 200).length).toBeGreaterThan(0);
  }
  // A private token is the bearer of every request: nothing is minted, no OAuth endpoint is asked.
  if (isPrivateTokenConnection(t.connection)) expect(t.requests.filter((r) => r.path.startsWith('/oauth/') || !r.bearer)).toEqual([]);
};

/** Runs one case with one connection in a fresh sandbox. */
export const runCase = async (c: Case, connection: Connection): Promise<void> => {
  const op = visibleOperations().find((o) => o.subject === c.subject);
  if (!op) throw new Error(`No visible operation ${c.subject}`);
  const sandbox = await freshSandbox();
  try {
    await c.before?.({ sandbox, connection });
    const skip = sandbox.state.requests.length;
    const input = inputFor(c, op, sandbox, connection);
    let out: any;
    let error: Error | undefined;
    try {
      out = c.run ? await c.run({ sandbox, connection, input }) : await perform(c.subject, sandbox, connection, input, c.meta);
    } catch (err) {
      error = err as Error;
    }
    const t: RunContext = { sandbox, state: sandbox.state, connection, input, requests: sandbox.state.requests.slice(skip).filter(API_REQUEST) };
    if (c.fails) {
      if (!error) throw new Error(`${c.subject} was expected to fail, but returned ${JSON.stringify(out)?.slice(0, 400)}`);
      await c.fails(error, t);
    } else {
      if (error) throw error;
      await c.expect?.(out, t);
    }
    checkRun(c, op, t, !!error, out);
  } finally {
    await sandbox.close();
  }
};

/** One jest test per case and connection. */
export const describeCases = (title: string, cases: Case[]): void => {
  const suite = E2E_ENABLED ? describe : describe.skip;
  suite(title, () => {
    jest.setTimeout(30_000);
    afterAll(() => {
      delete process.env.GHL_BASE_URL;
    });
    for (const c of cases) {
      const op = visibleOperations().find((o) => o.subject === c.subject);
      const connections = c.connections ?? (op ? connectionsOf(op) : ['sub-account']);
      for (const connection of connections) {
        (e2eFor(buildOf(connection)) ? test : test.skip)(`${c.subject} [${connection}]: ${c.does}`, () => runCase(c, connection));
      }
    }
  });
};

/** The items of a trigger result, by id. */
export const ids = (items: any[]): string[] => items.map((i) => i.id);

/** Future weekday at a local hour in America/Chicago (the seeded sub-account's zone), as ISO with offset. */
export const nextWeekday = (daysAhead: number, hour: number, minute = 0): string => {
  const d = new Date(Date.now() + daysAhead * 86_400_000);
  while ([0, 6].includes(d.getUTCDay())) d.setUTCDate(d.getUTCDate() + 1);
  const date = d.toISOString().slice(0, 10);
  // Chicago is UTC-6 in winter and UTC-5 in summer: find the offset by asking Intl.
  const probe = new Date(`${date}T12:00:00Z`);
  const local = new Intl.DateTimeFormat('en-US', { timeZone: 'America/Chicago', hour: 'numeric', hourCycle: 'h23' }).format(probe);
  const offset = Number(local) - 12; // -6 or -5
  const sign = offset < 0 ? '-' : '+';
  return `${date}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00${sign}${String(Math.abs(offset)).padStart(2, '0')}:00`;
};

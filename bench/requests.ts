/**
 * Requests per operation: every registered operation (visible and hidden) runs through
 * zapier-platform-core with generated inputs (contract/inputs.ts) against a local stand-in for GoHighLevel
 * (127.0.0.1, answering the specs' examples, bench/lib/answers.ts); every request is counted.
 *
 * Rules (a broken rule is a violation and fails `npm run bench`):
 * - A perform sends exactly one request to GoHighLevel: its endpoint. Where the declaration documents
 *   `extraRequests` (custom field definitions), it may send others, but never the same request twice, and
 *   its own endpoint again only where `extraRequests` names it (`GET /invoices/ again, page by page`).
 * - Agency connections: a sub-account step mints its token (POST /oauth/locationToken) at most once on a
 *   cache miss, and not at all when the token is cached (the same step run again).
 * - Dynamic input fields: at most one request per field source (`fieldSource`) per invocation, besides a
 *   mint on a cache miss; all of a step's sources together (one `inputFields` invocation, as the Zap
 *   editor asks) send no request twice.
 *
 * Runs on the compiled app (dist/, built by `npm run build`). Standalone: `npx tsx bench/requests.ts`.
 */
import http from 'http';
import path from 'path';
import type { AddressInfo } from 'net';
import type { Declaration, Field } from '../lib/operation';
import { registeredOperations, type AppUnderTest, type RegisteredOperation } from '../contract/app';
import { AGENCY_AUTH, inputsFor, LOCATION_AUTH, LOCATION_ID } from '../contract/inputs';
import { INPUT_OVERRIDES } from '../contract/overrides';
import { fitsTemplate } from '../contract/spec';
import { createAnswerer } from './lib/answers';

const ROOT = path.resolve(__dirname, '..');
const MINT_PATH = '/oauth/locationToken';

interface Seen {
  method: string;
  path: string;
  query: string;
  body: string;
}

export interface Violation {
  subject: string;
  message: string;
}

export interface RequestsReport {
  operations: number;
  invocations: number;
  requests: number;
  /** Operations whose perform sends exactly one request (sub-account connection, all inputs). */
  exactlyOne: number;
  /** Operations that may send more (declared `extraRequests`), with the most any run sent. */
  declaredExtra: Array<{ subject: string; extraRequests: string; maxRequests: number }>;
  /** The most requests one field source sent in one invocation (mints excluded). */
  maxPerFieldSource: number;
  fieldSources: number;
  /** Most mints in one agency run on a cache miss / on a cache hit. */
  maxMintsOnMiss: number;
  maxMintsOnHit: number;
  /** Steps with custom fields, run again on a warm worker, and the most requests one of them sent then. */
  customFieldSteps: number;
  maxOnWarmCache: number;
  violations: Violation[];
  /** Runs that ended in an error (their requests are still counted; the contract check judges errors). */
  errors: Violation[];
  /** Operations with a perform run that ended in an error before sending any request. */
  notMeasured: string[];
}

const errorText = (err: any): string => {
  const raw = String(err?.message ?? err);
  try {
    const parsed = JSON.parse(raw);
    if (parsed?.message) return String(parsed.message).split('\n')[0].slice(0, 200);
  } catch {
    // not JSON
  }
  return raw.split('\n')[0].slice(0, 200);
};

/**
 * Files of earlier steps (`file` inputs: the generated https://example.com/files/… URLs) are served by the
 * stand-in under this path, outside GoHighLevel's API: uploads download them, and they are not counted.
 */
const FILES_PATH = '/__bench/files/';
const FILE_INPUT_PREFIX = 'https://example.com/files/';
const localFile = (base: string, v: unknown): unknown =>
  typeof v === 'string' && v.startsWith(FILE_INPUT_PREFIX)
    ? `${base}${FILES_PATH}${v.slice(FILE_INPUT_PREFIX.length)}`
    : Array.isArray(v)
      ? v.map((x) => localFile(base, x))
      : v;

const startServer = (log: Seen[]) => {
  const answer = createAnswerer();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url || '/', 'http://127.0.0.1');
      const seen: Seen = { method: req.method || 'GET', path: url.pathname, query: url.search, body: Buffer.concat(chunks).toString() };
      if (seen.method === 'GET' && seen.path.startsWith(FILES_PATH)) {
        res.writeHead(200, { 'content-type': 'application/pdf' });
        res.end('%PDF-1.4\n% a file of an earlier step\n');
        return;
      }
      log.push(seen);
      if (seen.method === 'POST' && seen.path === MINT_PATH) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ access_token: 'bench-minted-token', token_type: 'Bearer', expires_in: 86399, locationId: LOCATION_ID }));
        return;
      }
      const a = answer(seen.method, seen.path);
      res.writeHead(a.status, { 'content-type': a.contentType });
      res.end(a.body);
    });
  });
  return new Promise<{ server: http.Server; base: string }>((resolve) =>
    server.listen(0, '127.0.0.1', () => resolve({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` })),
  );
};

/**
 * Dropdown feeds read a parent value from the form of the step they serve (the chosen appointment,
 * calendar, resource type); the generated inputs cannot know it, so it is given here. A dropdown missing
 * from this table still runs; it is then listed as not measured.
 */
const FORM_INPUTS: Record<string, Record<string, unknown>> = {
  dropdown_appointment_notes: { appointmentId: 'abc123' },
  dropdown_calendar_notifications: { calendarId: 'abc123' },
  dropdown_calendar_resources: { resourceType: 'equipments' },
};

const keyOf = (r: Seen) => `${r.method} ${r.path}${r.query} ${r.body}`;
const duplicates = (reqs: Seen[]): string[] => {
  const counts = new Map<string, number>();
  for (const r of reqs) counts.set(keyOf(r), (counts.get(keyOf(r)) || 0) + 1);
  return [...counts].filter(([, n]) => n > 1).map(([k, n]) => `${k.split(' ').slice(0, 2).join(' ')} ×${n}`);
};
const describe = (reqs: Seen[]) => reqs.map((r) => `${r.method} ${r.path}`).join(', ') || 'none';

export const checkRequests = async (): Promise<RequestsReport> => {
  // Core decides at load time whether it runs under test (no memory line on stdout per invocation).
  if (!(process.env.NODE_ENV || '').startsWith('test')) process.env.NODE_ENV = 'test';
  const log: Seen[] = [];
  const { server, base } = await startServer(log);
  const saved = { GHL_BASE_URL: process.env.GHL_BASE_URL, GHL_APP_ID: process.env.GHL_APP_ID };
  process.env.GHL_BASE_URL = base;
  // The Sub-Account dropdown lists the installations of the Marketplace app: it needs an app id.
  process.env.GHL_APP_ID = process.env.GHL_APP_ID || 'bench-app-id';
  try {
    const dist = (p: string) => require(path.join(ROOT, 'dist', p));
    const { createAppTester } = require('zapier-platform-core') as typeof import('zapier-platform-core');
    const index = dist('index.js');
    const connection = dist('lib/connection.js');
    const customFields = dist('lib/custom-fields.js');
    const target: AppUnderTest = {
      App: index.default,
      declarations: () => dist('index.js').DECLARATIONS,
      authorizeUrlFor: () => '',
      AUTH_SCOPES: [],
    };
    const ops = registeredOperations(target);
    const report: RequestsReport = {
      operations: ops.length,
      invocations: 0,
      requests: 0,
      exactlyOne: 0,
      declaredExtra: [],
      maxPerFieldSource: 0,
      fieldSources: 0,
      maxMintsOnMiss: 0,
      maxMintsOnHit: 0,
      customFieldSteps: 0,
      maxOnWarmCache: 0,
      violations: [],
      errors: [],
      notMeasured: [],
    };
    const violation = (o: RegisteredOperation, message: string) => report.violations.push({ subject: o.subject, message });
    const take = (): Seen[] => log.splice(0, log.length);

    for (const o of ops) {
      // One operation per app tester: core compiles the whole definition on every invocation.
      const only = { [o.key]: o.op };
      const tester = createAppTester({
        ...target.App,
        triggers: o.registry === 'triggers' ? only : {},
        creates: o.registry === 'creates' ? only : {},
        searches: o.registry === 'searches' ? only : {},
        searchOrCreates: {},
      });
      /**
       * One invocation; `coldToken`: a cold worker, which forgets what it keeps first (minted tokens,
       * custom field definitions: the worker's memory and z.cache).
       */
      const invoke = async (
        what: any,
        bundle: Record<string, unknown>,
        coldToken: boolean,
      ): Promise<{ reqs: Seen[]; result?: unknown; error?: string }> => {
        if (coldToken) {
          connection.clearMintedTokens();
          customFields.forgetCustomFieldDefs();
        }
        take();
        report.invocations++;
        try {
          const result = await tester(what, bundle as any, coldToken);
          return { reqs: take(), result };
        } catch (err) {
          return { reqs: take(), error: errorText(err) };
        }
      };
      const decl: Declaration | undefined = o.decl;
      const token = decl?.token || 'sub-account';
      const operation = o.op?.operation || {};
      const fields: unknown[] = Array.isArray(operation.inputFields) ? operation.inputFields : [];
      const staticFields = fields.filter((f): f is Field => !!f && typeof f === 'object');
      const functions = fields.filter((f): f is (z: unknown, b: unknown) => unknown => typeof f === 'function');
      report.fieldSources += functions.length;
      const override = { ...(FORM_INPUTS[o.key] || {}), ...(INPUT_OVERRIDES[o.key]?.input || {}) };
      const withOverride = (input: Record<string, unknown>) => {
        for (const [k, v] of Object.entries(override)) {
          if (v === undefined) delete input[k];
          else input[k] = v;
        }
        for (const [k, v] of Object.entries(input)) input[k] = localFile(base, v);
        return input;
      };

      const runs = [
        // An agency-only step (List Locations) refuses a sub-account connection before any request: not a run to count.
        ...(token === 'agency' || decl?.agencyOnly ? [] : [{ label: 'sub-account', auth: LOCATION_AUTH, agency: false }]),
        { label: 'agency', auth: AGENCY_AUTH, agency: true },
      ];
      /** Requests (mints excluded) of every perform run of this operation. */
      const performCounts: number[] = [];
      for (const run of runs) {
        const inputData = withOverride(inputsFor(staticFields, 'all'));
        if (run.agency) inputData.locationId = LOCATION_ID;
        const mints = (reqs: Seen[]) => reqs.filter((r) => r.method === 'POST' && r.path === MINT_PATH).length;
        const calls = (reqs: Seen[]) => reqs.filter((r) => !(r.method === 'POST' && r.path === MINT_PATH));
        const mayMint = run.agency && token === 'sub-account';

        // Each field source alone, on a token cache miss.
        const dynamic: Field[] = [];
        for (const fn of functions) {
          const source = (fn as { fieldSource?: string }).fieldSource || fn.name || 'input field function';
          const { reqs, result, error } = await invoke(fn, { authData: run.auth, inputData: { ...inputData } }, true);
          if (error) report.errors.push({ subject: o.subject, message: `[${run.label}] input fields (${source}): ${error}` });
          else if (Array.isArray(result)) dynamic.push(...(result as Field[]).filter((f) => f && typeof f === 'object'));
          report.requests += reqs.length;
          report.maxPerFieldSource = Math.max(report.maxPerFieldSource, calls(reqs).length);
          if (calls(reqs).length > 1) violation(o, `[${run.label}] input fields (${source}) sent ${calls(reqs).length} requests: ${describe(calls(reqs))}`);
          if (mints(reqs) > (mayMint ? 1 : 0)) violation(o, `[${run.label}] input fields (${source}) minted ${mints(reqs)} sub-account tokens`);
        }
        // All sources in one invocation, as the Zap editor asks for a step's fields.
        if (functions.length) {
          const { reqs, error } = await invoke(operation.inputFields, { authData: run.auth, inputData: { ...inputData } }, true);
          if (error) report.errors.push({ subject: o.subject, message: `[${run.label}] inputFields: ${error}` });
          report.requests += reqs.length;
          const dup = duplicates(reqs);
          if (dup.length) violation(o, `[${run.label}] one inputFields invocation sent the same request twice: ${dup.join(', ')}`);
          if (calls(reqs).length > functions.length) {
            violation(o, `[${run.label}] one inputFields invocation sent ${calls(reqs).length} requests for ${functions.length} field sources`);
          }
          if (mints(reqs) > (mayMint ? 1 : 0)) violation(o, `[${run.label}] one inputFields invocation minted ${mints(reqs)} tokens`);
        }

        // The perform: on a token cache miss, then (agency) again on a hit.
        for (const [k, v] of Object.entries(inputsFor(dynamic, 'all'))) if (!(k in inputData)) inputData[k] = v;
        withOverride(inputData);
        if (run.agency) inputData.locationId = LOCATION_ID;
        const bundle = {
          authData: run.auth,
          inputData,
          // An instant trigger's perform reads the relay's delivery (GoHighLevel's documented example of its event).
          ...(decl?.hook ? { cleanedRequest: { ...decl.hook.example(inputData), locationId: inputData.locationId || run.auth.locationId } } : {}),
          meta: { page: 0, limit: -1, isLoadingSample: false, isFillingDynamicDropdown: o.hidden, isPopulatingDedupe: false },
        };
        const miss = await invoke(operation.perform, bundle, true);
        // Again on a warm worker: the minted token (agency) and the custom field definitions are kept.
        const hit = run.agency || decl?.customFields ? await invoke(operation.perform, bundle, false) : undefined;
        if (hit && decl?.customFields && !hit.error) {
          const n = calls(hit.reqs).length;
          report.maxOnWarmCache = Math.max(report.maxOnWarmCache, n);
          report.customFieldSteps++;
          if (n !== 1) violation(o, `[${run.label}] perform on a warm cache sent ${n} requests (${describe(calls(hit.reqs))}); one expected`);
        }
        for (const [phase, r] of [['perform', miss], ['perform (kept: token, definitions)', hit]] as const) {
          if (!r) continue;
          report.requests += r.reqs.length;
          if (r.error) report.errors.push({ subject: o.subject, message: `[${run.label}] ${phase}: ${r.error}` });
          if (r.error && r.reqs.length === 0 && !report.notMeasured.includes(o.subject)) report.notMeasured.push(o.subject);
          // An instant trigger calls no endpoint of its own: at most what its `fetches` and custom field names read.
          const endpoint = decl?.endpoint;
          const own = calls(r.reqs).filter((q) => endpoint && q.method === endpoint.method && fitsTemplate(endpoint.path, q.path));
          const others = calls(r.reqs).filter((q) => !own.includes(q));
          const n = calls(r.reqs).length;
          const dup = duplicates(r.reqs);
          if (dup.length) violation(o, `[${run.label}] ${phase} sent the same request twice: ${dup.join(', ')}`);
          if (decl?.extraRequests) {
            // Its own endpoint again only where the declaration says so, naming it (Find Invoice's pages).
            const pagesOwn = !!decl.endpoint && decl.extraRequests.includes(`${decl.endpoint.method} ${decl.endpoint.path}`);
            if (own.length > 1 && !pagesOwn) violation(o, `[${run.label}] ${phase} called its endpoint ${own.length} times`);
          } else if (n > 1) {
            violation(o, `[${run.label}] ${phase} sent ${n} requests (${describe(calls(r.reqs))}); one expected, or declare extraRequests`);
          }
          if (endpoint && n > 0 && own.length === 0) violation(o, `[${run.label}] ${phase} never called its endpoint ${endpoint.method} ${endpoint.path} (sent ${describe(others)})`);
          if (n === 0 && !r.error && !decl?.hook) violation(o, `[${run.label}] ${phase} sent no request`);
          const m = mints(r.reqs);
          if (phase === 'perform') {
            report.maxMintsOnMiss = Math.max(report.maxMintsOnMiss, m);
            if (m > (mayMint ? 1 : 0)) violation(o, `[${run.label}] ${phase} minted ${m} sub-account tokens`);
          } else {
            report.maxMintsOnHit = Math.max(report.maxMintsOnHit, m);
            if (m > 0 && run.agency) violation(o, `[${run.label}] ${phase} minted a token although one was cached`);
          }
          performCounts.push(n);
        }
      }
      if (decl?.extraRequests) {
        report.declaredExtra.push({ subject: o.subject, extraRequests: decl.extraRequests, maxRequests: Math.max(...performCounts) });
      } else if (performCounts.length && performCounts.every((n) => n === 1)) {
        report.exactlyOne++;
      }
    }
    return report;
  } finally {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
};

if (require.main === module) {
  checkRequests().then(
    (r) => {
      const { violations, errors, declaredExtra, ...summary } = r;
      console.log(JSON.stringify(summary, null, 2));
      for (const d of declaredExtra) console.log(`declared extra: ${d.subject}: up to ${d.maxRequests} (${d.extraRequests})`);
      for (const e of errors) console.log(`error (not counted against the budget): ${e.subject}: ${e.message}`);
      for (const v of violations) console.log(`VIOLATION ${v.subject}: ${v.message}`);
      process.exit(violations.length ? 1 : 0);
    },
    (err) => {
      console.error(err?.stack || err);
      process.exit(2);
    },
  );
}

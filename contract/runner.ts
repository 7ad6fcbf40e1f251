/**
 * The contract run: every registered operation (visible and hidden), and every input field function, is
 * run through zapier-platform-core's app tester with all HTTP answered by nock from the spec's own
 * examples; each recorded request is validated against the specs; then the catalog and Zapier conventions
 * are checked. Deterministic and offline.
 */
import { createAppTester } from 'zapier-platform-core';
import type { Field } from '../lib/operation';
import { registeredOperations, type AppUnderTest, type RegisteredOperation } from './app';
import { checkBeyond, checkCatalog, loadBeyond, loadCatalog, type BeyondResult, type CatalogResult } from './catalog';
import { checkConventions, scopeUnion, type RunFacts } from './conventions';
import { ERRATA, errataFor, type Erratum } from './errata';
import { exampleFor } from './examples';
import { IN_PROGRESS_BEYOND_GROUPS, IN_PROGRESS_CATEGORIES } from './in-progress';
import { inputsFor, LOCATION_ID, OAUTH_CONNECTIONS } from './inputs';
import { INPUT_OVERRIDES, type InputOverride } from './overrides';
import { Recorder, type Reply } from './record';
import { fitsTemplate, SpecIndex, type SpecOperation } from './spec';
import type { BeyondEntry, CatalogEntry, Problem, RecordedRequest } from './types';
import { catalogEntryFor, validateRequest, type ValidationContext } from './validate';

export const GHL_ORIGIN = 'https://services.leadconnectorhq.com';
const LOCATION_TOKEN_PATH = '/oauth/locationToken';
/** The OAuth client id the run sets when the environment has none (`<appId>-<suffix>`, like GHL's). */
export const CONTRACT_CLIENT_ID = '6560a8c3d9f2e1b0a7c4d5e6-lq4sd2m1';
/**
 * An endpoint GoHighLevel takes no Private Integration token at: every security scheme its spec declares is
 * an `-Only` one ("Use the Access Token generated with user type as …"; the others add "(OR) Private
 * Integration Token"). An endpoint that declares none is taken as it comes.
 */
const takesNoPrivateToken = (op: SpecOperation): boolean => op.securitySchemes.length > 0 && op.securitySchemes.every((x) => x.endsWith('-Only'));
const HYDRATE_RE = /^hydrate\|\|\|(.*)\|\|\|hydrate$/;

/** Dehydrated pointers (`z.dehydrateFile` / `z.dehydrate`) anywhere in a result. */
const pointersIn = (value: unknown, out: string[] = []): string[] => {
  if (typeof value === 'string' && HYDRATE_RE.test(value)) out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => pointersIn(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => pointersIn(v, out));
  return out;
};

export interface ContractOptions {
  spec?: SpecIndex;
  catalog?: CatalogEntry[];
  beyond?: BeyondEntry[];
  inProgress?: string[];
  inProgressBeyond?: string[];
  errata?: Erratum[];
  overrides?: Record<string, InputOverride>;
  /** Only run these subjects (`creates.create_contact`); the catalog check still sees every operation. */
  only?: string[];
}

export interface ContractReport {
  /** Violations: each fails the run. */
  problems: Problem[];
  /** Operations that could not be run here, with the reason (not a pass). */
  skipped: Problem[];
  catalog: CatalogResult;
  /** Catalog names whose operation exists and has no problem. */
  conforming: string[];
  catalogTotal: number;
  beyond: BeyondResult;
  /** beyond.json names whose operation exists and has no problem. */
  beyondConforming: string[];
  beyondTotal: number;
  operationsRun: number;
  requestsChecked: number;
}

interface RunSpec {
  label: string;
  auth: Record<string, string>;
  fill: 'all' | 'required';
  agency: boolean;
  /** The connection cannot run the step (an agency's private token on a sub-account step): refused, no request. */
  refused?: boolean;
}

/** The message and code of an error thrown through the app tester (z.errors.Error carries JSON). */
export const describeError = (err: any): { message: string; code?: string } => {
  const raw = String(err?.message ?? err);
  try {
    const parsed = JSON.parse(raw);
    if (parsed && typeof parsed === 'object' && parsed.message) return { message: String(parsed.message), code: parsed.code };
  } catch {
    // not JSON
  }
  return { message: raw.split('\n')[0].slice(0, 300), code: err?.code };
};

const isInputError = (e: { message: string; code?: string }): boolean => e.code === 'INVALID_INPUT';

const isStashUnavailable = (message: string): boolean =>
  /rpc is not available|No deploy key found|cannot call RPC/i.test(message);

/** How a token kind is read from a spec operation when the catalog does not list the endpoint. */
const tokenOfSpec = (op: SpecOperation): 'agency' | 'sub-account' | undefined => {
  if (op.securitySchemes.includes('Agency-Access-Only')) return 'agency';
  if (op.securitySchemes.includes('Location-Access-Only')) return 'sub-account';
  return undefined;
};

export const runContract = async (target: AppUnderTest, options: ContractOptions = {}): Promise<ContractReport> => {
  const spec = options.spec ?? new SpecIndex();
  const catalog = options.catalog ?? loadCatalog();
  const beyond = options.beyond ?? loadBeyond();
  const inProgress = options.inProgress ?? IN_PROGRESS_CATEGORIES;
  const errata = options.errata ?? ERRATA;
  const overrides = options.overrides ?? INPUT_OVERRIDES;
  const vctx: ValidationContext = { spec, errata, catalog, origin: GHL_ORIGIN };
  const problems: Problem[] = [];
  const skipped: Problem[] = [];
  const ops = registeredOperations(target);
  const union = scopeUnion(target, ops);
  const add = (subject: string, message: string) => problems.push({ subject, message });
  const connections = target.connections ?? OAUTH_CONNECTIONS;

  // Static sanity of the contract's own tables and of the catalog against the specs.
  for (const e of errata) {
    if (!spec.byTemplate(e.method, e.path)) add('contract/errata.ts', `erratum for ${e.method} ${e.path}: no such endpoint in the specs`);
  }
  const keys = new Set(ops.map((o) => o.key));
  for (const key of Object.keys(overrides)) {
    if (!keys.has(key)) add('contract/overrides.ts', `override for "${key}", which is not a registered operation`);
  }
  for (const entry of catalog) {
    const op = spec.byTemplate(entry.method, entry.path);
    if (!op) {
      add(`catalog "${entry.name}"`, `${entry.method} ${entry.path} is not in the specs`);
      continue;
    }
    const erratum = errataFor(errata, entry.method, entry.path, 'version')[0];
    if (op.version !== entry.versionHeader && !erratum) {
      add(
        `catalog "${entry.name}"`,
        `the catalog's Version is ${entry.versionHeader ?? 'none'} but the spec's is ${op.version ?? 'none'}: ` +
          'the catalog is authoritative; record a "version" erratum in contract/errata.ts',
      );
    }
  }

  // Answers: the spec's example of the matching operation's success response (errata where it has none).
  const answers = new Map<SpecOperation, Reply>();
  const respond = (req: RecordedRequest): Reply => {
    const op = spec.find(req.method, req.path);
    if (!op) return { status: 404, body: { statusCode: 404, message: `contract: ${req.method} ${req.path} is not in the specs` } };
    let reply = answers.get(op);
    if (!reply) {
      const erratum = errataFor(errata, op.method, op.template, 'response')[0];
      if (erratum) {
        const { body, contentType, status } = erratum.change;
        reply =
          contentType && !contentType.includes('json')
            ? { status: status ?? 200, body: Buffer.from(String(body), 'base64'), headers: { 'content-type': contentType } }
            : { status: status ?? 200, body: body as object, headers: { 'content-type': 'application/json' } };
      } else {
        const res = spec.successResponse(op);
        if (res.status === 204) reply = { status: 204, body: '' };
        else if (res.contentType && !res.contentType.includes('json')) {
          // A file or text answer: a few bytes of it, with the spec's content type.
          reply = { status: res.status, body: Buffer.from('contract file content'), headers: { 'content-type': res.contentType } };
        } else {
          const body = res.hasExample ? res.example : res.schema ? exampleFor(res.schema) : {};
          reply = { status: res.status, body: body ?? {}, headers: { 'content-type': 'application/json' } };
        }
      }
      answers.set(op, reply);
    }
    return reply;
  };

  const recorder = new Recorder(GHL_ORIGIN, respond);
  const savedEnv = {
    GHL_BASE_URL: process.env.GHL_BASE_URL,
    ZAPIER_DEPLOY_KEY: process.env.ZAPIER_DEPLOY_KEY,
    CLIENT_ID: process.env.CLIENT_ID,
  };
  delete process.env.GHL_BASE_URL;
  // Zapier sets the OAuth client id in production; the app derives its Marketplace app id from it.
  if (!process.env.CLIENT_ID) process.env.CLIENT_ID = CONTRACT_CLIENT_ID;
  // z.stashFile asks Zapier's RPC for an upload slot; the recorder answers it offline.
  if (!process.env.ZAPIER_DEPLOY_KEY) process.env.ZAPIER_DEPLOY_KEY = 'contract-offline';
  /**
   * One app tester per operation, over an app definition that holds only that operation (with the same
   * authentication, middleware and hydrators): core clones and freezes the whole definition on every
   * invocation, which for ~200 operations costs more than the run itself.
   */
  const testers = new Map<string, ReturnType<typeof createAppTester>>();
  const testerFor = (o: RegisteredOperation) => {
    let t = testers.get(o.subject);
    if (!t) {
      const only = { [o.key]: o.op };
      t = createAppTester({
        ...target.App,
        triggers: o.registry === 'triggers' ? only : {},
        creates: o.registry === 'creates' ? only : {},
        searches: o.registry === 'searches' ? only : {},
        searchOrCreates: {},
      });
      testers.clear();
      testers.set(o.subject, t);
    }
    return t;
  };
  const facts: RunFacts = { triggerOutputs: new Map(), dynamicFields: new Map() };
  let requestsChecked = 0;
  let operationsRun = 0;

  /** Problems of one operation, deduplicated across runs: message → run labels. */
  const perOp = new Map<string, Map<string, Set<string>>>();
  const note = (subject: string, runLabel: string, message: string) => {
    let m = perOp.get(subject);
    if (!m) perOp.set(subject, (m = new Map()));
    let labels = m.get(message);
    if (!labels) m.set(message, (labels = new Set()));
    labels.add(runLabel);
  };

  const checkRequests = (o: RegisteredOperation, run: RunSpec, phase: string, reqs: RecordedRequest[]) => {
    for (const req of reqs) {
      requestsChecked++;
      const { op, problems: found } = validateRequest(req, vctx);
      for (const p of found) note(o.subject, run.label, `${phase}: ${p}`);
      if (!op) continue;
      const where = `${phase}: ${req.method} ${req.path}`;
      const entry = catalogEntryFor(catalog, op.method, op.template);
      const needs = entry?.token ?? tokenOfSpec(op);
      const bearer = (req.headers['authorization'] || '').replace(/^Bearer\s+/, '');
      if (op.template === LOCATION_TOKEN_PATH) {
        if (!connections.agencyMints) note(o.subject, run.label, `${where}: a ${connections.title} connection cannot mint sub-account tokens`);
        else if (bearer !== connections.agencyToken) note(o.subject, run.label, `${where}: mints a sub-account token without the agency token`);
      } else if (needs === 'sub-account' && run.agency && bearer === connections.agencyToken) {
        note(o.subject, run.label, `${where}: a sub-account endpoint called with the agency token (mint a sub-account token)`);
      } else if (needs === 'agency' && bearer !== connections.agencyToken) {
        note(o.subject, run.label, `${where}: an agency-only endpoint called without the agency token`);
      }
      if (connections.privateTokens && takesNoPrivateToken(op)) {
        note(o.subject, run.label, `${where}: GoHighLevel takes no Private Integration token there (security: ${op.securitySchemes.join(', ')}); refuse it before any request`);
      }
      const scopes = entry?.scopes ?? op.scopes;
      if (scopes.length && !scopes.some((s) => union.includes(s))) {
        note(o.subject, run.label, `${where}: needs scope ${scopes.join(' or ')}, which no operation declares (the authorize URL does not ask for it)`);
      }
    }
  };

  /**
   * Hidden triggers (dropdowns) get the inputs of the steps that use them, as in the Zap editor, where a
   * dropdown's perform sees the step's other fields (the contact whose notes to list, the blog, …).
   */
  const stepFields = new Map<string, Array<{ fields: Field[]; override: Record<string, unknown> }>>();
  for (const o of ops.filter((x) => !x.hidden)) {
    const fields = (Array.isArray(o.op?.operation?.inputFields) ? o.op.operation.inputFields : []) as unknown[];
    const statics = fields.filter((f): f is Field => !!f && typeof f === 'object');
    for (const triggerKey of new Set(statics.map((f) => f.dynamic?.split('.')[0]).filter((k): k is string => !!k))) {
      stepFields.set(triggerKey, [...(stepFields.get(triggerKey) || []), { fields: statics, override: overrides[o.key]?.input || {} }]);
    }
  }

  /**
   * A dropdown's value as a user would pick it: the first item of the hidden trigger's output (run first
   * if it has not run yet), so that ids chosen in one field match what the next dropdown lists.
   */
  const running = new Set<string>();
  const pick = async (field: Field, selfKey: string): Promise<unknown> => {
    const [triggerKey, valueKey] = (field.dynamic || '').split('.');
    if (!triggerKey || !valueKey || triggerKey === selfKey) return undefined;
    const hidden = ops.find((x) => x.registry === 'triggers' && x.key === triggerKey && x.hidden);
    if (!hidden) return undefined;
    if (!facts.triggerOutputs.has(triggerKey) && !running.has(hidden.subject)) await runOperation(hidden);
    const first = facts.triggerOutputs.get(triggerKey)?.items?.[0];
    const v = first && typeof first === 'object' ? first[valueKey] : undefined;
    if (v === undefined || v === null || v === '') return undefined;
    return field.list ? [v] : v;
  };

  /** Inputs for a run: generated values, dropdown picks, the step's inputs for dropdowns, overrides. */
  const inputsForRun = async (o: RegisteredOperation, fields: Field[], run: RunSpec): Promise<Record<string, unknown>> => {
    const input: Record<string, unknown> = {};
    const sources: Array<{ fields: Field[]; override: Record<string, unknown> }> = [];
    if (o.hidden && o.registry === 'triggers') sources.push(...(stepFields.get(o.key) || []));
    sources.push({ fields, override: overrides[o.key]?.input || {} });
    const own = sources[sources.length - 1];
    for (const source of sources.reverse()) {
      const { fields: fs, override } = source;
      const generated = inputsFor(fs, run.fill);
      for (const f of fs) {
        // In a dropdown's step inputs, only the fields other dropdowns depend on (altersDynamicFields) are
        // picked from their dropdowns: picking every field would run dropdowns in circles.
        const pickable = source === own || f.altersDynamicFields;
        if (pickable && f.key in generated && f.dynamic && !(f.key in override)) {
          const v = await pick(f, o.key);
          if (v !== undefined) generated[f.key] = v;
        }
      }
      for (const [k, v] of Object.entries({ ...generated, ...override })) {
        if (k in input) continue;
        input[k] = v;
      }
    }
    for (const [k, v] of Object.entries(input)) if (v === undefined) delete input[k];
    // The agency's Sub-Account choice (a connection that cannot open sub-accounts has no picker).
    if (run.agency && !run.refused) input.locationId = LOCATION_ID;
    return input;
  };

  const runOne = async (o: RegisteredOperation, run: RunSpec): Promise<unknown> => {
    const appTester = testerFor(o);
    const operation = o.op?.operation || {};
    const fields: unknown[] = Array.isArray(operation.inputFields) ? operation.inputFields : [];
    const staticFields = fields.filter((f): f is Field => !!f && typeof f === 'object');
    const functions = fields.filter((f): f is (z: unknown, b: unknown) => unknown => typeof f === 'function');
    const inputData = await inputsForRun(o, staticFields, run);
    target.clearMintedTokens?.();
    recorder.take();

    // Input field functions (custom fields, the agency sub-account picker, …).
    const dynamic: Field[] = [];
    for (const fn of functions) {
      const source = (fn as { fieldSource?: string }).fieldSource || fn.name || 'function';
      const phase = `input fields (${source})`;
      try {
        const result = await appTester(fn as any, { authData: run.auth, inputData: { ...inputData } } as any);
        if (!Array.isArray(result)) note(o.subject, run.label, `${phase}: returned ${typeof result}, not a list of fields`);
        else dynamic.push(...(result as Field[]).filter((f) => f && typeof f === 'object'));
      } catch (err) {
        note(o.subject, run.label, `${phase}: failed: ${describeError(err).message}`);
      }
      checkRequests(o, run, phase, recorder.take());
    }
    const known = facts.dynamicFields.get(o.subject) || [];
    facts.dynamicFields.set(o.subject, [...known, ...dynamic]);
    for (const [k, v] of Object.entries(await inputsForRun(o, dynamic, run))) if (!(k in inputData)) inputData[k] = v;

    // The perform.
    let result: unknown;
    let failed: { message: string; code?: string } | undefined;
    try {
      result = await appTester(operation.perform, {
        authData: run.auth,
        inputData,
        // An instant trigger's perform reads the relay's delivery: GoHighLevel's documented example of its event, for the run's sub-account.
        ...(o.decl?.hook ? { cleanedRequest: { ...o.decl.hook.example(inputData), locationId: inputData.locationId || run.auth.locationId } } : {}),
        meta: { page: 0, limit: -1, isLoadingSample: false, isFillingDynamicDropdown: o.hidden, isPopulatingDedupe: false },
      } as any);
    } catch (err) {
      failed = describeError(err);
    }
    const reqs = recorder.take();
    checkRequests(o, run, 'perform', reqs);
    if (run.refused) {
      // Refused in the user's words (an input error, before any request), never tried against GoHighLevel.
      if (!failed || !isInputError(failed)) note(o.subject, run.label, `perform must refuse this connection before any request, but ${failed ? `failed with: ${failed.message}` : 'ran'}`);
      if (reqs.length) note(o.subject, run.label, `perform must refuse this connection before any request, but sent ${reqs.map((r) => `${r.method} ${r.path}`).join(', ')}`);
      operationsRun++;
      return undefined;
    }
    if (process.env.CONTRACT_DEBUG) {
      const shown = reqs.map((r) => `${r.method} ${r.path}${Object.keys(r.query).length ? `?${Object.keys(r.query).join('&')}` : ''}${r.body ? ` body{${Object.keys(r.body as object).join(',')}}` : ''}`);
      const out = Array.isArray(result) ? `${result.length} item(s)` : result && typeof result === 'object' ? `{${Object.keys(result).slice(0, 5).join(',')}…}` : String(result);
      console.log(`[debug] ${o.subject} [${run.label}] in{${Object.keys(inputData).join(',')}} → ${shown.join(' ; ') || 'no request'} → ${failed ? `ERROR ${failed.message}` : out}`);
    }
    operationsRun++;

    if (failed) {
      if (run.fill === 'required' && isInputError(failed)) return undefined; // it checks its own inputs: fine
      if (isStashUnavailable(failed.message)) {
        skipped.push({ subject: o.subject, message: `z.stashFile could not run locally: ${failed.message}` });
        return undefined;
      }
      note(o.subject, run.label, `perform failed: ${failed.message}`);
      return undefined;
    }

    // Dehydrated files: run the hydrator as Zapier would when a later step uses the file.
    for (const pointer of [...new Set(pointersIn(result))]) {
      let payload: { method?: string; bundle?: Record<string, unknown> } = {};
      try {
        payload = JSON.parse(pointer.match(HYDRATE_RE)![1]);
      } catch {
        note(o.subject, run.label, `returned a dehydrated pointer that is not JSON: ${pointer.slice(0, 80)}`);
        continue;
      }
      const name = String(payload.method || '').replace(/^hydrators\./, '');
      const hydrator = target.App.hydrators?.[name];
      const phase = `hydrator ${name}`;
      if (typeof hydrator !== 'function') {
        note(o.subject, run.label, `${phase}: not registered in the app's hydrators`);
        continue;
      }
      try {
        const file = await appTester(hydrator, { authData: run.auth, inputData: payload.bundle || {} } as any);
        if (process.env.CONTRACT_DEBUG) console.log(`[debug] ${o.subject} [${run.label}] ${phase} → ${String(file)}`);
        if (typeof file !== 'string' || !file) note(o.subject, run.label, `${phase}: returned ${typeof file}, not a file URL`);
      } catch (err) {
        const e = describeError(err);
        if (isStashUnavailable(e.message)) skipped.push({ subject: o.subject, message: `${phase}: z.stashFile could not run locally: ${e.message}` });
        else note(o.subject, run.label, `${phase}: failed: ${e.message}`);
      }
      checkRequests(o, run, phase, recorder.take());
    }

    const d = o.decl;
    if (d) {
      // An instant trigger calls no endpoint of its own (it subscribes at the relay; its twin's checks cover performList).
      const endpoint = d.endpoint;
      const own = endpoint ? reqs.filter((r) => r.method === endpoint.method && fitsTemplate(endpoint.path, r.path)) : [];
      if (endpoint && own.length === 0) note(o.subject, run.label, `perform never called its endpoint ${endpoint.method} ${endpoint.path}`);
      const others = reqs.filter((r) => !own.includes(r) && r.path !== LOCATION_TOKEN_PATH && !connections.isConnectionRequest(r));
      if (others.length && !d.extraRequests) {
        const list = [...new Set(others.map((r) => `${r.method} ${spec.find(r.method, r.path)?.template ?? r.path}`))].join(', ');
        note(o.subject, run.label, `perform also calls ${list}; declare it in extraRequests`);
      }
    }

    if (run.fill === 'all') {
      if (o.registry === 'triggers') {
        if (!Array.isArray(result)) note(o.subject, run.label, `a trigger must return a list, got ${typeof result}`);
        else {
          const bad = result.filter((it) => !it || typeof it !== 'object' || it.id === undefined || it.id === null || it.id === '');
          if (bad.length) note(o.subject, run.label, `${bad.length} of ${result.length} trigger item(s) have no id`);
        }
      } else if (o.registry === 'searches') {
        if (!Array.isArray(result)) note(o.subject, run.label, `a search must return a list, got ${typeof result}`);
      } else if (!result || typeof result !== 'object' || Array.isArray(result)) {
        note(o.subject, run.label, `a create must return an object, got ${Array.isArray(result) ? 'a list' : typeof result}`);
      }
    }
    return result;
  };

  /**
   * Every run of one operation: sub-account (all inputs, required only) and agency connections. An agency
   * connection that cannot open sub-accounts must refuse sub-account steps (`refused`).
   */
  const runOperation = async (o: RegisteredOperation): Promise<void> => {
    if (running.has(o.subject)) return;
    running.add(o.subject);
    const token = o.decl?.token || 'sub-account';
    const fields: unknown[] = Array.isArray(o.op?.operation?.inputFields) ? o.op.operation.inputFields : [];
    const hasOptional = fields.some((f) => typeof f === 'function' || (f && typeof f === 'object' && !(f as Field).required));
    const { subAccount, agency } = connections;
    // An endpoint that takes no Private Integration token: private-token connections must refuse it.
    const endpoint = o.decl?.endpoint && spec.byTemplate(o.decl.endpoint.method, o.decl.endpoint.path);
    const noPrivateToken = connections.privateTokens && !!endpoint && takesNoPrivateToken(endpoint);
    const label = (base: string, refused: boolean) => (refused ? `${base} (refused)` : base);
    const runs: RunSpec[] = [];
    if (token === 'agency' || o.decl?.agencyOnly) {
      runs.push({ label: label('agency', noPrivateToken), auth: agency, fill: 'all', agency: true, refused: noPrivateToken });
      if (hasOptional && !noPrivateToken) runs.push({ label: 'agency, required inputs only', auth: agency, fill: 'required', agency: true });
    } else {
      runs.push({ label: label('sub-account', noPrivateToken), auth: subAccount, fill: 'all', agency: false, refused: noPrivateToken });
      if (hasOptional && !noPrivateToken) runs.push({ label: 'sub-account, required inputs only', auth: subAccount, fill: 'required', agency: false });
      const refused = noPrivateToken || (token === 'sub-account' && !connections.agencyMints);
      runs.push({ label: label('agency', refused), auth: agency, fill: 'all', agency: true, refused });
    }
    for (const run of runs) {
      const result = await runOne(o, run);
      if (o.registry === 'triggers' && o.hidden && run === runs[0] && run.refused) facts.triggerOutputs.set(o.key, { refused: true });
      else if (o.registry === 'triggers' && o.hidden && run === runs[0]) {
        const failedRun = [...(perOp.get(o.subject)?.entries() || [])].find(
          ([m, labels]) => labels.has(run.label) && m.startsWith('perform failed'),
        );
        facts.triggerOutputs.set(o.key, failedRun ? { error: failedRun[0] } : { items: Array.isArray(result) ? result : [] });
      }
    }
  };

  recorder.start();
  try {
    const selected = options.only ? ops.filter((o) => options.only!.includes(o.subject)) : ops;
    // Dropdowns first: the other operations pick their ids from what the dropdowns list.
    const dropdownsFirst = [...selected.filter((o) => o.hidden), ...selected.filter((o) => !o.hidden)];
    for (const o of dropdownsFirst) await runOperation(o);
  } finally {
    recorder.stop();
    for (const [k, v] of Object.entries(savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }

  for (const [subject, messages] of perOp) {
    for (const [message, labels] of messages) add(subject, `${message} [${[...labels].join('; ')}]`);
  }
  problems.push(...checkConventions(target, ops, facts));
  const pairedSearches = Object.values<any>(target.App.searchOrCreates || {}).map((soc) => `searches.${soc.search}`);
  const catalogResult = checkCatalog(catalog, ops, inProgress, pairedSearches, beyond.map((b) => b.name));
  problems.push(...catalogResult.problems);
  const beyondResult = checkBeyond(beyond, ops, options.inProgressBeyond ?? IN_PROGRESS_BEYOND_GROUPS);
  problems.push(...beyondResult.problems);
  for (const entry of catalogResult.missing) {
    add(`catalog "${entry.name}"`, `no visible ${entry.kind} has this label (category "${entry.category}" is not in progress)`);
  }

  const failing = new Set([...problems, ...skipped].map((p) => p.subject));
  const conforming = catalog
    .filter((c) => {
      const subject = catalogResult.implementedBy.get(c.name);
      return subject !== undefined && !failing.has(subject) && !failing.has(`catalog "${c.name}"`);
    })
    .map((c) => c.name);

  const beyondConforming = beyond
    .filter((b) => {
      const subject = beyondResult.implementedBy.get(b.name);
      return subject !== undefined && !failing.has(subject) && !failing.has(`beyond "${b.name}"`);
    })
    .map((b) => b.name);

  return {
    problems,
    skipped,
    catalog: catalogResult,
    conforming,
    catalogTotal: catalog.length,
    beyond: beyondResult,
    beyondConforming,
    beyondTotal: beyond.length,
    operationsRun,
    requestsChecked,
  };
};

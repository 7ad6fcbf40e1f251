/**
 * The contract checker itself: each kind of violation is reported (wrong Version, missing required query
 * parameter, body field of the wrong type, missing sample, …), errata apply to their endpoint only, and the
 * real app passes the full contract. Offline: every request is answered by nock.
 */
import { version as platformVersion } from 'zapier-platform-core';
import App, { DECLARATIONS } from '../index';
import { AUTH_SCOPES, authorizeUrlFor, buildAuthentication } from '../authentication';
import type { Declaration } from '../lib/operation';
import { addAuthHeaders, handleErrors } from '../lib/http';
import { clearMintedTokens, resolveConnection } from '../lib/connection';
import type { AppUnderTest, RegisteredOperation } from '../contract/app';
import { registeredOperations } from '../contract/app';
import { checkCatalog, loadBeyond, loadCatalog } from '../contract/catalog';
import { checkConventions, checkDynamicRef, keyForLabel, type RunFacts } from '../contract/conventions';
import { ERRATA, type Erratum } from '../contract/errata';
import { exampleFor } from '../contract/examples';
import { inputsFor } from '../contract/inputs';
import { formatReport, summaryLine } from '../contract/report';
import { runContract } from '../contract/runner';
import { fitsTemplate, SpecIndex } from '../contract/spec';
import type { CatalogEntry, RecordedRequest } from '../contract/types';
import { validateRequest, type ValidationContext } from '../contract/validate';

const spec = new SpecIndex();
const catalog = loadCatalog();
const ctx = (errata: Erratum[] = ERRATA): ValidationContext => ({
  spec,
  errata,
  catalog,
  origin: 'https://services.leadconnectorhq.com',
});

const request = (r: Partial<RecordedRequest> & { method: string; path: string }): RecordedRequest => ({
  origin: 'https://services.leadconnectorhq.com',
  query: {},
  body: undefined,
  rawBody: '',
  ...r,
  headers: { authorization: 'Bearer t', version: '2021-07-28', ...(r.headers || {}) },
});

const problemsOf = (r: RecordedRequest, errata?: Erratum[]) => validateRequest(r, ctx(errata)).problems;

describe('spec index', () => {
  test('matches filled paths to templates, preferring literal segments and minding trailing slashes', () => {
    expect(spec.find('GET', '/contacts/abc')?.template).toBe('/contacts/{contactId}');
    expect(spec.find('POST', '/contacts/search')?.template).toBe('/contacts/search');
    expect(spec.find('GET', '/contacts/')?.template).toBe('/contacts/');
    expect(spec.find('GET', '/contacts')).toBeUndefined();
    expect(fitsTemplate('/contacts/{contactId}', '/contacts/')).toBe(false);
  });

  test('reads the Version header of each operation (none where the spec declares none)', () => {
    expect(spec.byTemplate('GET', '/calendars/')?.version).toBe('2021-04-15');
    expect(spec.byTemplate('GET', '/contacts/{contactId}')?.version).toBe('2021-07-28');
    expect(spec.byTemplate('GET', '/conversations/messages/email/{id}')?.version).toBeNull();
  });

  test('inlines $refs across files (../common/common-schemas.json)', () => {
    const inlined = spec.inline({ $ref: '../common/common-schemas.json#/components/schemas/UnauthorizedDTO' }, 'apps/contacts.json');
    expect(inlined.properties.error.example).toBe('Unauthorized');
  });
});

describe('example generator', () => {
  test('prefers the spec example, else builds from types', () => {
    expect(exampleFor({ type: 'string', example: 'x1' })).toBe('x1');
    expect(exampleFor({ type: 'object', properties: { n: { type: 'integer' }, ok: { type: 'boolean' }, at: { type: 'string', format: 'date-time' } } })).toEqual({
      n: 1,
      ok: true,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(exampleFor({ type: 'array', items: { type: 'string', enum: ['a', 'b'] } })).toEqual(['a']);
    expect(exampleFor({ allOf: [{ properties: { a: { type: 'string', example: 'A' } } }, { properties: { b: { type: 'number' } } }] })).toEqual({ a: 'A', b: 1.5 });
  });

  test("answers a real endpoint with its list key (GET /contacts/{contactId}/tasks → tasks: [...])", () => {
    const res = spec.successResponse(spec.byTemplate('GET', '/contacts/{contactId}/tasks')!);
    const body: any = res.hasExample ? res.example : exampleFor(res.schema);
    expect(Array.isArray(body.tasks)).toBe(true);
    expect(body.tasks.length).toBeGreaterThan(0);
  });
});

describe('request validation', () => {
  test('a correct request passes', () => {
    expect(problemsOf(request({ method: 'GET', path: '/contacts/abc123' }))).toEqual([]);
    expect(
      problemsOf(request({ method: 'GET', path: '/contacts/search/duplicate', query: { locationId: 'loc1', email: 'a@b.co' } })),
    ).toEqual([]);
  });

  test('wrong Version header', () => {
    expect(problemsOf(request({ method: 'GET', path: '/contacts/abc123', headers: { version: '2021-04-15' } }))).toEqual([
      expect.stringContaining('Version header is "2021-04-15"'),
    ]);
    expect(problemsOf(request({ method: 'GET', path: '/calendars/groups', query: { locationId: 'l' } }))).toEqual([
      expect.stringContaining('requires "2021-04-15"'),
    ]);
  });

  test('a Version header where the spec declares none', () => {
    expect(problemsOf(request({ method: 'GET', path: '/conversations/messages/email/abc' }))).toEqual([
      expect.stringContaining('declares no Version header'),
    ]);
  });

  test('missing required query parameter', () => {
    expect(problemsOf(request({ method: 'GET', path: '/contacts/search/duplicate', query: { email: 'a@b.co' } }))).toEqual([
      expect.stringContaining('required query parameter "locationId" is missing'),
    ]);
  });

  test('undeclared and empty query parameters, bad query values', () => {
    const found = problemsOf(
      request({ method: 'GET', path: '/contacts/search/duplicate', query: { locationId: 'undefined', phone: '+1555' } }),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringContaining('query parameter "locationId" is "undefined"'),
        expect.stringContaining('query parameter "phone" is not declared'),
      ]),
    );
    expect(
      problemsOf(request({ method: 'GET', path: '/locations/loc1/customFields', query: { model: 'invoice' } })),
    ).toEqual([expect.stringContaining('query.model must be equal to one of the allowed values')]);
  });

  test('"undefined" in a path, unknown paths and trailing slashes', () => {
    expect(problemsOf(request({ method: 'GET', path: '/contacts/undefined' }))).toEqual([expect.stringContaining('the path carries "undefined"')]);
    expect(problemsOf(request({ method: 'GET', path: '/contacts', query: { locationId: 'l' } }))).toEqual([
      expect.stringContaining('mind the trailing slash'),
    ]);
    expect(problemsOf(request({ method: 'PATCH', path: '/contacts/abc' }))).toEqual([expect.stringContaining('no such path and method')]);
  });

  test('body field of the wrong type, undeclared body, missing body', () => {
    const wrongType = problemsOf(
      request({ method: 'POST', path: '/contacts/', headers: { 'content-type': 'application/json' }, body: { locationId: 'l', firstName: 42, tags: 'vip' } }),
    );
    expect(wrongType).toEqual(
      expect.arrayContaining([expect.stringContaining('body.firstName must be string'), expect.stringContaining('body.tags must be array')]),
    );
    expect(
      problemsOf(request({ method: 'POST', path: '/contacts/', headers: { 'content-type': 'application/json' }, body: { firstName: 'A' } })),
    ).toEqual([expect.stringContaining('misses required property "locationId"')]);
    expect(
      problemsOf(request({ method: 'GET', path: '/contacts/abc', headers: { 'content-type': 'application/json' }, body: { a: 1 } })),
    ).toEqual([expect.stringContaining('declares none')]);
    expect(problemsOf(request({ method: 'POST', path: '/contacts/' }))).toEqual([expect.stringContaining('sends no body')]);
  });

  test('form-encoded token minting is validated against oauth.json', () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    expect(
      problemsOf(request({ method: 'POST', path: '/oauth/locationToken', headers: form, body: { companyId: 'c', locationId: 'l' } })),
    ).toEqual([]);
    expect(problemsOf(request({ method: 'POST', path: '/oauth/locationToken', headers: form, body: { companyId: 'c' } }))).toEqual([
      expect.stringContaining('misses required property "locationId"'),
    ]);
    expect(
      problemsOf(
        request({ method: 'POST', path: '/oauth/locationToken', headers: { 'content-type': 'application/json' }, body: { companyId: 'c', locationId: 'l' } }),
      ),
    ).toEqual([expect.stringContaining('takes application/x-www-form-urlencoded')]);
  });

  test('an erratum changes its endpoint only', () => {
    const json = { 'content-type': 'application/json' };
    const dob = (path: string, method = 'POST') =>
      request({ method, path, headers: json, body: { locationId: 'l', dateOfBirth: '1990-09-25' } });
    // The spec types dateOfBirth as object: without errata the string is refused, with them it passes.
    expect(problemsOf(dob('/contacts/'), [])).toEqual([expect.stringContaining('body.dateOfBirth must be object')]);
    expect(problemsOf(dob('/contacts/'))).toEqual([]);
    // The same erratum does not reach other endpoints.
    const other: Erratum[] = [
      { method: 'POST', path: '/contacts/upsert', operations: [], change: { kind: 'bodyProperties', properties: { dateOfBirth: { type: 'string' } } }, reason: 'test' },
    ];
    expect(problemsOf(dob('/contacts/'), other)).toEqual([expect.stringContaining('body.dateOfBirth must be object')]);
  });

  test('every erratum names an endpoint of the specs and gives a reason', () => {
    for (const e of ERRATA) {
      expect(spec.byTemplate(e.method, e.path)).toBeDefined();
      expect(e.reason.length).toBeGreaterThan(20);
    }
  });
});

describe('input generation', () => {
  test('ids, datetimes, numbers, booleans, lists, choices, defaults; required only on demand', () => {
    const input = inputsFor(
      [
        { key: 'contactId', label: 'Contact', required: true, dynamic: 'dropdown_contacts.id.name' },
        { key: 'startTime', label: 'Start', type: 'datetime' },
        { key: 'endTime', label: 'End', type: 'datetime' },
        { key: 'count', label: 'Count', type: 'integer' },
        { key: 'done', label: 'Done', type: 'boolean' },
        { key: 'tags', label: 'Tags', list: true },
        { key: 'status', label: 'Status', choices: { open: 'Open', won: 'Won' } },
        { key: 'type', label: 'Type', default: 'add' },
        { key: 'email', label: 'Email' },
      ],
      'all',
    );
    expect(input).toEqual({
      contactId: 'abc123',
      startTime: '2026-07-08T14:30:00Z',
      endTime: '2026-07-09T15:30:00Z',
      count: 5,
      done: true,
      tags: ['Example Tags'],
      status: 'open',
      type: 'add',
      email: 'jane.doe@example.com',
    });
    expect(inputsFor([{ key: 'a', label: 'A', required: true }, { key: 'b', label: 'B' }], 'required')).toEqual({ a: 'Example A' });
  });
});

// ---------------------------------------------------------------------------------------------------------
// A small fake app: operations written by hand (not with defineOperation, to stay out of the engine's
// registry), some of them deliberately broken.

const BASE = 'https://services.leadconnectorhq.com';
const entry = (name: string): CatalogEntry => catalog.find((c) => c.name === name)!;
const FAKE_CATALOG = [entry('Get Contact'), entry('Find Contact'), entry('Create Contact'), entry('Delete Contact')];

const CONTACT_SAMPLE = { id: 'c1', firstName: 'Ann' };
const CONTACT_OUTPUT = [
  { key: 'id', label: 'Contact ID' },
  { key: 'firstName', label: 'First Name' },
];

const decl = (d: Partial<Declaration> & Pick<Declaration, 'key' | 'kind' | 'label' | 'endpoint' | 'scopes'>): Declaration => ({
  noun: 'Contact',
  description: 'x',
  ...d,
});

interface FakeOp {
  decl: Declaration;
  op: any;
}

const fakeOp = (d: Declaration, perform: (z: any, bundle: any) => Promise<unknown>, extra: Record<string, unknown> = {}): FakeOp => ({
  decl: d,
  op: {
    key: d.key,
    noun: d.noun,
    display: { label: d.label, description: d.description, ...(d.hidden ? { hidden: true } : {}) },
    operation: { perform, inputFields: d.inputFields || [], ...extra },
  },
});

/** The connection of a fake step: like the engine, agency connections mint a sub-account token. */
const conn = async (z: any, bundle: any) => {
  const c = await resolveConnection(z, bundle, 'sub-account');
  return { locationId: c.locationId, headers: c.token ? { Authorization: `Bearer ${c.token}` } : {} };
};

const get = async (z: any, bundle: any, path: string, headers: Record<string, string>, params?: Record<string, string>) => {
  const c = await conn(z, bundle);
  const r = await z.request({ url: `${BASE}${path}`, method: 'GET', headers: { ...headers, ...c.headers }, params });
  return r.data;
};

const V = { Version: '2021-07-28' };

/** Builds an AppUnderTest from fake operations (and the real authentication, with the given scopes). */
const fakeApp = (ops: FakeOp[], scopes?: string[]): AppUnderTest => {
  const decls = ops.map((o) => o.decl);
  const union = scopes ?? [...new Set([...AUTH_SCOPES, ...decls.flatMap((d) => d.scopes)])].sort();
  const group = (kind: string) => Object.fromEntries(ops.filter((o) => o.decl.kind === kind).map((o) => [o.decl.key, o.op]));
  return {
    App: {
      version: '1.0.0',
      platformVersion,
      authentication: buildAuthentication(union),
      beforeRequest: [addAuthHeaders],
      afterResponse: [handleErrors],
      triggers: group('trigger'),
      creates: group('create'),
      searches: group('search'),
      searchOrCreates: {},
    },
    declarations: () => decls,
    authorizeUrlFor,
    AUTH_SCOPES,
  };
};

const goodOps = (): FakeOp[] => [
  fakeOp(
    decl({ key: 'dropdown_contacts', kind: 'trigger', label: 'Contact List', hidden: true, endpoint: { method: 'GET', path: '/contacts/' }, scopes: ['contacts.readonly'] }),
    async (z, bundle) =>
      ((await get(z, bundle, '/contacts/', V, { locationId: (await conn(z, bundle)).locationId })).contacts || []).map((c: any) => ({ ...c, name: c.firstName || c.id })),
  ),
  fakeOp(
    decl({
      key: 'get_contact',
      kind: 'trigger',
      label: 'Get Contact',
      endpoint: { method: 'GET', path: '/contacts/{contactId}' },
      scopes: ['contacts.readonly'],
      inputFields: [{ key: 'contactId', label: 'Contact', required: true, dynamic: 'dropdown_contacts.id.name' }],
    }),
    async (z, bundle) => [(await get(z, bundle, `/contacts/${bundle.inputData.contactId}`, V)).contact],
    { sample: CONTACT_SAMPLE, outputFields: CONTACT_OUTPUT },
  ),
  fakeOp(
    decl({
      key: 'find_contact',
      kind: 'search',
      label: 'Find Contact',
      endpoint: { method: 'GET', path: '/contacts/search/duplicate' },
      scopes: ['contacts.readonly'],
      inputFields: [{ key: 'email', label: 'Email' }],
    }),
    async (z, bundle) => {
      const data = await get(z, bundle, '/contacts/search/duplicate', V, { locationId: (await conn(z, bundle)).locationId, ...(bundle.inputData.email ? { email: bundle.inputData.email } : {}) });
      return data.contact ? [data.contact] : [];
    },
    { sample: CONTACT_SAMPLE, outputFields: CONTACT_OUTPUT },
  ),
  fakeOp(
    decl({
      key: 'create_contact',
      kind: 'create',
      label: 'Create Contact',
      endpoint: { method: 'POST', path: '/contacts/' },
      scopes: ['contacts.write'],
      inputFields: [{ key: 'firstName', label: 'First Name' }],
    }),
    async (z, bundle) => {
      const c = await conn(z, bundle);
      const body = { locationId: c.locationId, firstName: bundle.inputData.firstName };
      return (await z.request({ url: `${BASE}/contacts/`, method: 'POST', headers: { ...V, ...c.headers, 'Content-Type': 'application/json' }, body })).data.contact;
    },
    { sample: CONTACT_SAMPLE, outputFields: CONTACT_OUTPUT },
  ),
];

/** The good fake ops with one of them replaced. */
const withBroken = (key: string, broken: FakeOp): FakeOp[] => goodOps().map((o) => (o.decl.key === key ? broken : o));

const run = (target: AppUnderTest) => runContract(target, { catalog: FAKE_CATALOG, beyond: [], inProgress: ['Contacts'], overrides: {} });
const messagesFor = (report: Awaited<ReturnType<typeof run>>, subject: string) =>
  report.problems.filter((p) => p.subject === subject).map((p) => p.message);

describe('contract run on a fake app', () => {
  test('the good fake app conforms; the missing catalog operation is pending (its category is in progress)', async () => {
    const report = await run(fakeApp(goodOps()));
    expect(report.problems).toEqual([]);
    expect(report.conforming.sort()).toEqual(['Create Contact', 'Find Contact', 'Get Contact']);
    expect(report.catalog.pending.map((e) => e.name)).toEqual(['Delete Contact']);
    expect(summaryLine(report)).toBe(
      'contract: 3/4 catalog operations conform; 1 not yet implemented in categories in progress (Contacts 1); no violations',
    );
  });

  test('a missing catalog operation fails when its category is not in progress', async () => {
    const report = await runContract(fakeApp(goodOps()), { catalog: FAKE_CATALOG, beyond: [], inProgress: [], overrides: {} });
    expect(report.problems).toEqual([
      { subject: 'catalog "Delete Contact"', message: expect.stringContaining('no visible action has this label') },
    ]);
  });

  test('wrong Version', async () => {
    const broken = goodOps()[1];
    broken.op.operation.perform = async (z: any, bundle: any) => [
      (await get(z, bundle, `/contacts/${bundle.inputData.contactId}`, { Version: '2021-04-15' })).contact,
    ];
    const report = await run(fakeApp(withBroken('get_contact', broken)));
    expect(messagesFor(report, 'triggers.get_contact')).toEqual([expect.stringContaining('Version header is "2021-04-15", GET /contacts/{contactId} requires "2021-07-28"')]);
    expect(report.conforming).not.toContain('Get Contact');
    expect(formatReport(report).some((l) => l.startsWith('FAIL triggers.get_contact: '))).toBe(true);
  });

  test('missing required query parameter', async () => {
    const broken = goodOps()[2];
    broken.op.operation.perform = async (z: any, bundle: any) => {
      const data = await get(z, bundle, '/contacts/search/duplicate', V, bundle.inputData.email ? { email: bundle.inputData.email } : {});
      return data.contact ? [data.contact] : [];
    };
    const report = await run(fakeApp(withBroken('find_contact', broken)));
    expect(messagesFor(report, 'searches.find_contact')).toEqual([expect.stringContaining('required query parameter "locationId" is missing')]);
  });

  test('body field of the wrong type', async () => {
    const broken = goodOps()[3];
    broken.op.operation.perform = async (z: any, bundle: any) => {
      const c = await conn(z, bundle);
      const body = { locationId: c.locationId, firstName: 42, tags: 'vip' };
      return (await z.request({ url: `${BASE}/contacts/`, method: 'POST', headers: { ...V, ...c.headers, 'Content-Type': 'application/json' }, body })).data.contact;
    };
    const report = await run(fakeApp(withBroken('create_contact', broken)));
    expect(messagesFor(report, 'creates.create_contact')).toEqual([
      expect.stringContaining('body.firstName must be string'),
      expect.stringContaining('body.tags must be array'),
    ]);
  });

  test('missing sample, output fields not covering the sample', async () => {
    const noSample = goodOps()[3];
    delete noSample.op.operation.sample;
    let report = await run(fakeApp(withBroken('create_contact', noSample)));
    expect(messagesFor(report, 'creates.create_contact')).toEqual(['has no sample']);

    const uncovered = goodOps()[3];
    uncovered.op.operation.sample = { ...CONTACT_SAMPLE, email: 'a@b.co' };
    report = await run(fakeApp(withBroken('create_contact', uncovered)));
    expect(messagesFor(report, 'creates.create_contact')).toEqual(["outputFields do not cover the sample's key(s) email"]);
  });

  test('wrong endpoint, missing scope, wrong kind, non-catalog label (catalog check)', async () => {
    const wrongEndpoint = goodOps()[1];
    wrongEndpoint.decl = { ...wrongEndpoint.decl, endpoint: { method: 'GET', path: '/contacts/{id}' }, scopes: [] };
    let report = await run(fakeApp(withBroken('get_contact', wrongEndpoint)));
    expect(messagesFor(report, 'triggers.get_contact')).toEqual(
      expect.arrayContaining([
        expect.stringContaining("calls GET /contacts/{id}; the catalog's \"Get Contact\" is GET /contacts/{contactId}"),
        expect.stringContaining("does not declare the catalog's scope(s) contacts.readonly"),
      ]),
    );

    const asSearch = goodOps()[1];
    asSearch.decl = { ...asSearch.decl, kind: 'search' };
    report = await run(fakeApp(withBroken('get_contact', asSearch)));
    expect(messagesFor(report, 'searches.get_contact')).toEqual([expect.stringContaining('"Get Contact" is a catalog trigger; it must be a trigger')]);

    const renamed = goodOps()[3];
    renamed.op.display.label = 'Make Contact';
    renamed.decl = { ...renamed.decl, label: 'Make Contact' };
    report = await run(fakeApp(withBroken('create_contact', renamed)));
    expect(messagesFor(report, 'creates.create_contact')).toEqual(
      expect.arrayContaining([expect.stringContaining('label "Make Contact" is not a catalog operation name')]),
    );
  });

  test('dangling dynamic reference and dropdown items without the named keys', async () => {
    const dangling = goodOps()[1];
    dangling.op.operation.inputFields = [{ key: 'contactId', label: 'Contact', required: true, dynamic: 'dropdown_people.id.name' }];
    let report = await run(fakeApp(withBroken('get_contact', dangling)));
    expect(messagesFor(report, 'triggers.get_contact')).toEqual([expect.stringContaining('names trigger "dropdown_people", which does not exist')]);

    const wrongLabel = goodOps()[1];
    wrongLabel.op.operation.inputFields = [{ key: 'contactId', label: 'Contact', required: true, dynamic: 'dropdown_contacts.id.fullName' }];
    report = await run(fakeApp(withBroken('get_contact', wrongLabel)));
    expect(messagesFor(report, 'triggers.get_contact')).toEqual([expect.stringContaining('the items of "dropdown_contacts" have no "fullName"')]);
  });

  test('the authorize URL must ask for the union of the declared scopes', async () => {
    const report = await run(fakeApp(goodOps(), [...AUTH_SCOPES]));
    expect(report.problems).toEqual(
      expect.arrayContaining([
        { subject: 'app', message: expect.stringContaining('the authorize URL does not ask for contacts.readonly, contacts.write') },
      ]),
    );
  });

  test('a perform that throws is reported with its message', async () => {
    const throwing = goodOps()[3];
    throwing.op.operation.perform = async () => {
      throw new Error('boom');
    };
    const report = await run(fakeApp(withBroken('create_contact', throwing)));
    expect(messagesFor(report, 'creates.create_contact')).toEqual([expect.stringContaining('perform failed: boom')]);
  });
});

describe('checks on their own', () => {
  test('keyForLabel follows docs/CONTRIBUTING.md', () => {
    expect(keyForLabel('Get Contact Task by ID')).toBe('get_contact_task_by_id');
    expect(keyForLabel('List Contacts (Deprecated)')).toBe('list_contacts_deprecated');
  });

  test('checkDynamicRef', () => {
    const app = { triggers: { dropdown_x: { display: { hidden: true } }, visible_x: { display: {} } } };
    const facts: Pick<RunFacts, 'triggerOutputs'> = { triggerOutputs: new Map([['dropdown_x', { items: [{ id: '1', name: 'One' }] }]]) };
    expect(checkDynamicRef('dropdown_x.id.name', app, facts)).toEqual([]);
    expect(checkDynamicRef('dropdown_x.id.title', app, facts)).toEqual([expect.stringContaining('have no "title"')]);
    expect(checkDynamicRef('visible_x.id.name', app, facts)[0]).toContain('points at visible trigger');
    expect(checkDynamicRef('nope', app, facts)[0]).toContain('is not of the form');
  });

  test('checkCatalog on the real registrations: labels, kinds, endpoints, scopes', () => {
    const target: AppUnderTest = { App, declarations: () => DECLARATIONS, authorizeUrlFor, AUTH_SCOPES };
    const ops: RegisteredOperation[] = registeredOperations(target);
    const pairedSearches = Object.values<any>((App as any).searchOrCreates || {}).map((s) => `searches.${s.search}`);
    const result = checkCatalog(catalog, ops, [], pairedSearches, loadBeyond().map((b) => b.name));
    expect(result.problems).toEqual([]);
    expect(result.missing).toEqual([]);
    expect(checkConventions(target, ops, { triggerOutputs: new Map(), dynamicFields: new Map() }).filter((p) => p.subject === 'app')).toEqual([]);
  });
});

describe('the real app', () => {
  test('passes the full contract (every operation run against the specs)', async () => {
    const report = await runContract({
      App,
      declarations: () => DECLARATIONS,
      authorizeUrlFor,
      AUTH_SCOPES,
      clearMintedTokens,
    });
    expect(formatReport(report).filter((l) => l.startsWith('FAIL') || l.startsWith('SKIP'))).toEqual([]);
    expect(report.conforming.length).toBe(report.catalogTotal - report.catalog.pending.length);
  }, 180_000);
});

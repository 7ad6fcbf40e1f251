/**
 * Ids can never move a request. For every registered operation and every input that reaches the request
 * path, crafted values (dot segments, slashes, encoded dots, `?`, `#`, CRLF, NUL, 10 000 characters) either
 * keep the request on the operation's own endpoint template or are refused before anything is sent; and
 * every id input, wherever it goes (path, query, body), refuses `.` and `..` with an error naming it.
 */
import nock from 'nock';
import { createAppTester } from 'zapier-platform-core';
import App, { DECLARATIONS } from '../index';
import { isIdField, type Declaration, type Field } from '../lib/operation';
import { clearMintedTokens } from '../lib/connection';
import { CUSTOM_FIELDS_PATH } from '../lib/custom-fields';
import { AGENCY_AUTH, inputsFor, LOCATION_AUTH } from '../contract/inputs';
import { INPUT_OVERRIDES } from '../contract/overrides';
import { fitsTemplate } from '../contract/spec';

const BASE = 'https://services.leadconnectorhq.com';
const CRAFTED = ['..', '.', ' .. ', ' . ', 'a/b', '%2e%2e', '?', '#', 'x\r\nX-Injected: 1', 'x\u0000y', 'x'.repeat(10_000)];
const DOTS = ['..', '.', ' .. ', ' . '];

type Registry = 'triggers' | 'creates' | 'searches';
const KIND: Record<Registry, Declaration['kind']> = { triggers: 'trigger', creates: 'create', searches: 'search' };
const decls = new Map(DECLARATIONS.map((d) => [`${d.kind}:${d.key}`, d]));

const operations = (['triggers', 'creates', 'searches'] as Registry[]).flatMap((registry) =>
  Object.entries((App as any)[registry] as Record<string, any>).map(([key, op]) => ({
    registry,
    key,
    op,
    decl: decls.get(`${KIND[registry]}:${key}`)!,
  })),
);

let sent: string[] = [];

beforeAll(() => {
  if (!nock.isActive()) nock.activate();
  nock.disableNetConnect();
  for (const method of ['GET', 'POST', 'PUT', 'DELETE', 'PATCH']) {
    nock(BASE)
      .persist()
      .intercept(() => true, method)
      .query(true)
      .reply(200, (uri: string) => {
        sent.push(`${method} ${new URL(uri, BASE).pathname}`);
        return uri.startsWith('/oauth/locationToken') ? { access_token: 'minted', expires_in: 86399 } : {};
      });
  }
});
afterAll(() => {
  nock.cleanAll();
  nock.enableNetConnect();
  nock.restore();
});

/** Runs one operation alone (a one-operation app: core prepares the whole definition on every call). */
const runner = (o: (typeof operations)[number]) => {
  const only = { [o.key]: o.op };
  const tester = createAppTester({ ...App, triggers: {}, creates: {}, searches: {}, searchOrCreates: {}, [o.registry]: only });
  return async (inputData: Record<string, unknown>, authData = LOCATION_AUTH) => {
    sent = [];
    clearMintedTokens();
    let error: any;
    try {
      await tester(o.op.operation.perform, { authData, inputData, meta: { page: 0 } } as any, true);
    } catch (err) {
      error = err;
    }
    return { requests: sent, error };
  };
};

const staticFields = (op: any): Field[] => op.operation.inputFields.filter((f: unknown) => typeof f !== 'function');
const validInput = (o: (typeof operations)[number]): Record<string, unknown> => {
  const input = { ...inputsFor(staticFields(o.op), 'all'), ...(INPUT_OVERRIDES[o.key]?.input || {}) };
  for (const [k, v] of Object.entries(input)) if (v === undefined) delete input[k];
  return input;
};
const codeOf = (err: any): string | undefined => {
  try {
    return JSON.parse(err.message).code;
  } catch {
    return undefined;
  }
};
/** Requests an operation may send besides its own endpoint: custom field definitions, the agency mint. */
const ALSO_ALLOWED = [`GET ${CUSTOM_FIELDS_PATH}`, 'POST /oauth/locationToken'];
/** The endpoints an operation's `extraRequests` names ("GET /contacts/{contactId} (…)"): it may call them too. */
const extraTemplates = (decl: Declaration): string[] =>
  [...(decl.extraRequests || '').matchAll(/\b(GET|POST|PUT|PATCH|DELETE) (\/[^\s,;()]+)/g)].map((m) => `${m[1]} ${m[2]}`);
const onTemplate = (decl: Declaration, request: string): boolean => {
  const [method, path] = request.split(' ');
  return [...(decl.endpoint ? [`${decl.endpoint.method} ${decl.endpoint.path}`] : []), ...ALSO_ALLOWED, ...extraTemplates(decl)].some((allowed) => {
    const [m, template] = allowed.split(' ');
    return m === method && fitsTemplate(template, path);
  });
};

describe.each(operations.map((o) => [`${o.registry}.${o.key}`, o] as const))('%s', (_name, o) => {
  const base = validInput(o);
  const fields = staticFields(o.op);

  test('crafted values in any input that reaches the path stay on the endpoint or are refused before sending; ids refuse . and ..', async () => {
    const run = runner(o);
    for (const field of fields) {
      const marker = `mk${field.key.replace(/\W/g, '')}z`;
      const probe = await run({ ...base, [field.key]: field.list ? [marker] : marker });
      const reachesPath = probe.requests.some((r) => r.includes(marker));
      const values = reachesPath ? CRAFTED : isIdField(field) ? DOTS : [];
      for (const value of values) {
        const { requests, error } = await run({ ...base, [field.key]: field.list ? [value] : value });
        const refused = codeOf(error) === 'INVALID_INPUT' && requests.length === 0;
        const shown = value.slice(0, 20);
        if (!refused) expect({ field: field.key, value: shown, offTemplate: requests.filter((r) => !onTemplate(o.decl, r)) }).toEqual({ field: field.key, value: shown, offTemplate: [] });
        if (isIdField(field) && DOTS.includes(value)) {
          // An id never carries a dot segment, wherever it goes (path, query, body): refused, naming the field.
          expect({ field: field.key, value, requests, message: error && JSON.parse(error.message).message }).toEqual({
            field: field.key,
            value,
            requests: [],
            message: `The ${field.label} field is not a valid GoHighLevel id: "${value}".`,
          });
        }
      }
    }
  });

  if ((o.decl.token || 'sub-account') === 'sub-account' && !o.decl.hidden) {
    test('the agency Sub-Account value refuses . and .. before the mint', async () => {
      const run = runner(o);
      for (const value of ['..', ' . ']) {
        const { requests, error } = await run({ ...base, locationId: value }, AGENCY_AUTH);
        expect({ requests, code: codeOf(error) }).toEqual({ requests: [], code: 'INVALID_INPUT' });
        expect(JSON.parse(error.message).message).toBe(`The Sub-Account field is not a valid GoHighLevel id: "${value}".`);
      }
    });
  }
});

test('the measured case of the issue: a task id of .. no longer deletes the contact', async () => {
  const o = operations.find((x) => x.key === 'delete_contact_task')!;
  const { requests, error } = await runner(o)({ contactId: 'c1', taskId: '..' });
  expect(requests).toEqual([]);
  expect(JSON.parse(error.message)).toMatchObject({ code: 'INVALID_INPUT', message: 'The Task field is not a valid GoHighLevel id: "..".' });
});

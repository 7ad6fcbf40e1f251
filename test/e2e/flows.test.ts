/**
 * End to end, in process (app tester → sandbox): what crosses operations. Faults GoHighLevel throws at the
 * app (429 with Retry-After, a proxy's 500 page, a timeout, an expired access token and the refresh that
 * renews it, for both connection kinds), files handed to Zapier (the recording stashed as audio), the
 * search-or-create pairs, paging past the first page, and every dropdown (hidden trigger) answering real items.
 */
import http from 'http';
import App from '../../index';
import { forgetSharedRotations } from '../../lib/token-share';
import { e2eFor, freshSandbox, ids, operationOf, perform, runFunction, SEED } from './harness';
import type { Sandbox } from '../../sandbox/server';

const suite = e2eFor('oauth') ? describe : describe.skip;

let sandbox: Sandbox;
const fault = (body: unknown) =>
  fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
const getContact = (connection: 'sub-account' | 'agency') =>
  perform('triggers.get_contact', sandbox, connection, { contactId: SEED.contacts.rubika, ...(connection === 'agency' ? { locationId: SEED.locationId } : {}) });

suite('flows end to end (app tester → sandbox)', () => {
  jest.setTimeout(30_000);
  beforeEach(async () => {
    sandbox = await freshSandbox();
  });
  afterEach(async () => {
    await sandbox.close();
    delete process.env.GHL_TIMEOUT_MS;
  });

  describe('faults', () => {
    test('a 429 becomes Zapier\'s throttled error with the delay GHL asked for', async () => {
      await fault({ kind: 'rate-limit', retryAfter: 7 });
      const err: any = await getContact('sub-account').catch((e) => e);
      expect(err.name).toBe('ThrottledError');
      expect(JSON.parse(err.message)).toMatchObject({ delay: 7, message: expect.stringMatching(/rate limit/) });
      expect(sandbox.state.requests.at(-1)).toMatchObject({ status: 429, note: 'fault: rate-limit' });
      expect(await getContact('sub-account')).toEqual([expect.objectContaining({ id: SEED.contacts.rubika })]); // the next answer is real again
    });

    test('a 429 on the sub-account token mint (agency) is a throttled error too', async () => {
      await fault({ kind: 'rate-limit', match: 'POST /oauth/locationToken', retryAfter: 3 });
      const err: any = await getContact('agency').catch((e) => e);
      expect(err.name).toBe('ThrottledError');
    });

    test('a proxy\'s 500 HTML page becomes a readable error with GHL\'s traceId', async () => {
      await fault({ kind: 'server-error' });
      const err: any = await getContact('sub-account').catch((e) => e);
      expect(err.message).toMatch(/GoHighLevel had a server problem \(500\): 500 Internal Server Error.*Try again later\. \(traceId [0-9a-f-]{36}\)/);
      expect(err.message).not.toMatch(/<html|<center/);
    });

    test('a timeout fails with a readable error at the app\'s own timeout', async () => {
      process.env.GHL_TIMEOUT_MS = '800';
      await fault({ kind: 'timeout', holdMs: 10_000 });
      const err: any = await getContact('sub-account').catch((e) => e);
      expect(err.message).toMatch(/Get Contact: GoHighLevel did not answer within 0\.8 s/);
    });

    test.each(['sub-account', 'agency'] as const)(
      'an expired access token (%s): 401, core asks for a refresh; the refresh rotates both tokens; the step then works',
      async (connection) => {
        const auth = sandbox.state.authData(connection);
        await fault({ kind: 'expired-token', match: connection === 'agency' ? 'POST /oauth/locationToken' : 'GET /contacts/' });
        const err: any = await getContact(connection).catch((e) => e);
        expect(err.name).toBe('RefreshAuthError');
        expect(sandbox.state.accessTokens.get(auth.access_token)?.expired).toBe(true);

        const fresh = await runFunction(App.authentication.oauth2Config.refreshAccessToken, sandbox, connection);
        expect(fresh.access_token).not.toBe(auth.access_token);
        expect(fresh.refresh_token).not.toBe(auth.refresh_token);
        expect(sandbox.state.refreshTokens.get(auth.refresh_token)?.spent).toBe(true);
        expect(fresh).toMatchObject({ userType: connection === 'agency' ? 'Company' : 'Location', companyId: SEED.companyId });

        const { createAppTester } = await import('zapier-platform-core');
        const out = await createAppTester(App)(operationOf('triggers.get_contact').operation.perform, {
          authData: { ...auth, ...fresh },
          inputData: { contactId: SEED.contacts.rubika, ...(connection === 'agency' ? { locationId: SEED.locationId } : {}) },
        } as any);
        expect(out).toEqual([expect.objectContaining({ id: SEED.contacts.rubika, name: 'Rubika Deo' })]);
      },
    );

    test('a refresh token rotated a moment ago by another run gives that rotation; one nobody rotated expires the connection', async () => {
      const first = await runFunction(App.authentication.oauth2Config.refreshAccessToken, sandbox, 'sub-account');
      // Another run with the same (now spent) refresh token: the sandbox refuses it, the shared outcome answers.
      const again = await runFunction(App.authentication.oauth2Config.refreshAccessToken, sandbox, 'sub-account');
      expect(again).toMatchObject({ access_token: first.access_token, refresh_token: first.refresh_token });
      // Much later (nothing shared any more), the spent refresh token is a dead grant.
      forgetSharedRotations();
      process.env.GHL_REFRESH_SHARE_WAIT_MS = '200';
      try {
        const err: any = await runFunction(App.authentication.oauth2Config.refreshAccessToken, sandbox, 'sub-account').catch((e) => e);
        expect(err.name).toBe('ExpiredAuthError');
        expect(err.message).toMatch(/Invalid grant: refresh token is invalid/);
      } finally {
        delete process.env.GHL_REFRESH_SHARE_WAIT_MS;
      }
    });
  });

  describe('connection test and label', () => {
    test.each([
      ['sub-account', { name: 'Acme Dental', locationId: SEED.locationId, userType: 'Location' }, 'Acme Dental (sub-account)'],
      ['agency', { name: 'Acme Agency', companyId: SEED.companyId, userType: 'Company' }, 'Acme Agency (agency)'],
    ] as const)('%s: the test names the account and the label shows it', async (connection, expected, label) => {
      const tested = await runFunction(App.authentication.test, sandbox, connection);
      expect(tested).toMatchObject(expected);
      expect(await runFunction(App.authentication.connectionLabel, sandbox, connection, tested)).toBe(label);
    });
  });

  describe('files', () => {
    /**
     * z.stashFile asks Zapier's RPC for an upload slot, then uploads there. A local stand-in for both (no
     * nock: it would share this process's http with the other suites), reached through core's own lambda
     * handler, which takes the RPC address (`rpc_base`) the app tester does not.
     */
    let zapier: http.Server;
    let base = '';
    const uploads: Buffer[] = [];
    beforeAll(async () => {
      zapier = http.createServer((req, res) => {
        const chunks: Buffer[] = [];
        req.on('data', (c) => chunks.push(c));
        req.on('end', () => {
          const body = Buffer.concat(chunks);
          if (req.url === '/rpc') {
            const { id } = JSON.parse(body.toString('utf8'));
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ id, result: { url: `${base}/upload`, fields: { key: 'e2e/file' } } }));
            return;
          }
          uploads.push(body);
          res.writeHead(204);
          res.end();
        });
      });
      await new Promise<void>((resolve) => zapier.listen(0, '127.0.0.1', resolve));
      base = `http://127.0.0.1:${(zapier.address() as any).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => zapier.close(() => resolve())));

    test.each([
      ['triggers.get_message_recording', 'audio/x-wav', 'RIFF'],
      ['triggers.download_transcription', 'text/plain', 'Hi, this is Rubika calling about the quote.'],
    ])('%s: when a later step uses the file, the hydrator stashes the real bytes with their content type', async (subject, type, content) => {
      uploads.length = 0;
      const out = await perform(subject, sandbox, 'sub-account', { messageId: SEED.messages.call });
      const pointer = JSON.parse(/^hydrate\|\|\|(.*)\|\|\|hydrate$/.exec(out[0].file)![1]);
      // eslint-disable-next-line @typescript-eslint/no-var-requires
      const createLambdaHandler = require('zapier-platform-core/src/tools/create-lambda-handler');
      const handler = createLambdaHandler(App);
      const res = await handler({
        command: 'execute',
        method: pointer.method,
        bundle: { authData: sandbox.state.authData(), inputData: pointer.bundle },
        rpc_base: `${base}/rpc`,
        token: 'e2e',
        zcacheTestObj: {},
      });
      expect(res.results).toBe(`${base}/e2e/file`); // the stashed file's URL: the upload origin and its key
      expect(uploads).toHaveLength(1);
      const upload = uploads[0].toString('latin1');
      expect(upload).toMatch(new RegExp(`Content-Type: ${type}`, 'i'));
      expect(upload).toContain(content);
    });
  });

  describe('search-or-create', () => {
    const searchThenCreate = async (search: string, create: string, input: Record<string, unknown>) => {
      const found = await perform(`searches.${search}`, sandbox, 'sub-account', input);
      return found.length ? { found: found[0] } : { created: await perform(`creates.${create}`, sandbox, 'sub-account', input) };
    };

    test('Find Contact or Create: a second run finds what the first created, no duplicate', async () => {
      const pair = (App as any).searchOrCreates.find_contact;
      expect(pair).toMatchObject({ search: 'find_contact', create: 'create_contact' });
      const first = await searchThenCreate(pair.search, pair.create, { email: 'walk.in@example.com', firstName: 'Walk' });
      expect(first.created).toMatchObject({ email: 'walk.in@example.com' });
      const second = await searchThenCreate(pair.search, pair.create, { email: 'walk.in@example.com', firstName: 'Walk' });
      expect(second.found).toMatchObject({ id: first.created.id });
      expect(sandbox.state.table('contacts').where((c) => c.email === 'walk.in@example.com')).toHaveLength(1);
    });

    test('Find Opportunity or Create: an existing deal is found, not created again; a missing one is created once', async () => {
      const pair = (App as any).searchOrCreates.find_opportunity;
      expect(pair).toMatchObject({ search: 'find_opportunity', create: 'create_opportunity' });
      const out = await searchThenCreate(pair.search, pair.create, { q: 'Tesla', contactId: SEED.contacts.john, pipelineId: SEED.pipelineId });
      expect(out.found).toMatchObject({ id: SEED.opportunityId });
      expect(sandbox.state.table('opportunities').size).toBe(1);
      const input = { q: 'Aligners', contactId: SEED.contacts.maria, pipelineId: SEED.pipelineId, name: 'Aligners', status: 'open' };
      const first = await searchThenCreate(pair.search, pair.create, input);
      expect(first.created).toMatchObject({ name: 'Aligners', contactId: SEED.contacts.maria });
      const second = await searchThenCreate(pair.search, pair.create, input);
      expect(second.found).toMatchObject({ id: first.created.id });
      expect(sandbox.state.table('opportunities').size).toBe(2);
    });
  });

  describe('paging', () => {
    const manyContacts = (n: number) => {
      for (let i = 0; i < n; i++) {
        sandbox.state.table('contacts').put({
          id: `bulkContact${String(i).padStart(9, '0')}`,
          locationId: SEED.locationId,
          firstName: `Bulk${i}`,
          name: `Bulk${i} Person`,
          email: `bulk${i}@example.com`,
          tags: ['bulk'],
          customFields: [],
          dateAdded: new Date(Date.parse('2024-01-01T00:00:00Z') + i * 60_000).toISOString(),
        });
      }
    };

    test('Search Contacts pages with page/pageLimit: page 2 holds the rest, newest first', async () => {
      manyContacts(130);
      const first = await perform('triggers.search_contacts', sandbox, 'sub-account', { tag: 'bulk' });
      const second = await perform('triggers.search_contacts', sandbox, 'sub-account', { tag: 'bulk' }, { page: 1 });
      expect(first).toHaveLength(100);
      expect(second).toHaveLength(30);
      expect(first[0].id).toBe('bulkContact000000129');
      expect(second.at(-1).id).toBe('bulkContact000000000');
      expect(new Set([...ids(first), ...ids(second)]).size).toBe(130);
    });

    test('Search Opportunities pages with page/limit', async () => {
      const base = sandbox.state.table('opportunities').get(SEED.opportunityId)!;
      for (let i = 0; i < 105; i++) {
        sandbox.state.table('opportunities').put({ ...base, id: `bulkOpp${String(i).padStart(13, '0')}`, name: `Deal ${i}`, createdAt: new Date(Date.parse('2024-01-01T00:00:00Z') + i * 60_000).toISOString() });
      }
      const second = await perform('triggers.search_opportunities', sandbox, 'sub-account', {}, { page: 1 });
      expect(second).toHaveLength(6);
      expect(sandbox.state.requests.filter((r) => r.path.startsWith('/opportunities/search')).map((r) => new URL(r.path, 'http://x').searchParams.get('page'))).toEqual(['2']);
    });

    test('Find Associations pages with limit/skip', async () => {
      for (let i = 0; i < 101; i++) {
        sandbox.state.table('associations').put({
          id: `assoc${String(i).padStart(19, '0')}`,
          locationId: SEED.locationId,
          key: `bulk_${i}`,
          firstObjectKey: 'contact',
          firstObjectLabel: 'A',
          secondObjectKey: 'contact',
          secondObjectLabel: 'B',
          associationType: 'USER_DEFINED',
        });
      }
      const second = await perform('triggers.find_associations', sandbox, 'sub-account', {}, { page: 1 });
      expect(second.map((a: any) => a.key)).toEqual(['bulk_98', 'bulk_99', 'bulk_100']);
    });
  });

  describe('dropdowns (hidden triggers) answer real items', () => {
    const INPUTS: Record<string, Record<string, unknown>> = {
      dropdown_contact_tasks: { contactId: SEED.contacts.rubika },
      dropdown_contact_notes: { contactId: SEED.contacts.rubika },
      dropdown_blog_posts: { blogId: SEED.blogId },
      dropdown_relations: { recordId: SEED.contacts.john },
      dropdown_calendar_notifications: { calendarId: SEED.calendarId },
      dropdown_calendar_resources: { resourceType: 'equipments' },
      dropdown_appointment_notes: { appointmentId: SEED.appointmentId },
      dropdown_pipeline_stages: { pipelineId: SEED.pipelineId },
      dropdown_meeting_locations: { calendarId: SEED.calendarId },
      // Messaging (issue 15).
      dropdown_contact_emails: { contactId: SEED.contacts.rubika },
      // Custom objects (issue 15): the chosen object.
      dropdown_custom_object_properties: { schemaKey: SEED.objectKeys.treatmentPlan },
      dropdown_custom_object_records: { schemaKey: SEED.objectKeys.treatmentPlan },
    };
    const AGENCY_ONLY = ['dropdown_sub_accounts', 'dropdown_locations', 'dropdown_location_snapshots'];
    const hidden = Object.entries<any>((App as any).triggers).filter(([, op]) => op.display.hidden).map(([key]) => key);

    test('there are dropdowns to check', () => expect(hidden.length).toBeGreaterThan(20));

    test.each(hidden)('%s', async (key) => {
      const connection = AGENCY_ONLY.includes(key) ? 'agency' : 'sub-account';
      const out = await perform(`triggers.${key}`, sandbox, connection, INPUTS[key] || {}, { isFillingDynamicDropdown: true });
      expect(out.length).toBeGreaterThan(0);
      for (const item of out) expect(item.id).toEqual(expect.any(String));
      expect(sandbox.state.requests.filter((r) => r.status >= 400)).toEqual([]);
      expect(sandbox.state.answerProblems).toEqual([]);
    });
  });
});

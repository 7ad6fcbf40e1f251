/**
 * End to end through Zapier's real CLI (`zapier-platform invoke`, Node 22, one process per step, as a user
 * runs it) against one local GoHighLevel sandbox, with the built app (dist/bundle.js, built as
 * `npm run build` does when stale). A representative set: one operation per category, the connection
 * test and label, token refresh after an expired token, a file, a search-or-create, faults, and an agency
 * connection minting a sub-account token. Every operation runs in process in the other files of this folder.
 *
 * Slow (a CLI start per step, ~4 s), so it runs only from `npm run test:e2e` (or with GHL_E2E=1).
 */
import { startSandbox, type Sandbox } from '../../sandbox/server';
import { invokeArgs, makeWorkdir, readEnvFile, runCli, sandboxEnv, type Workdir } from '../../scripts/invoke';
import { ensureBuilt } from '../../scripts/build-sources';
import { e2eFor, SEED } from './harness';

const suite = e2eFor('oauth') ? describe : describe.skip;

type Kind = 'trigger' | 'create' | 'search';

let sandbox: Sandbox;
let work: Workdir;

/** Runs one operation through the CLI and returns its parsed output; a failed run throws with the CLI's stderr. */
const invoke = async (kind: Kind, key: string, input: Record<string, unknown> = {}, dir = work.dir): Promise<any> => {
  const { code, stdout, stderr } = await runCli(dir, invokeArgs(kind, key, input));
  if (code !== 0) throw new Error(`invoke ${kind} ${key} exited ${code}:\n${stderr}\n${stdout}`);
  return JSON.parse(stdout);
};

/** Runs one operation that must fail; returns the CLI's output. */
const invokeFailing = async (kind: Kind, key: string, input: Record<string, unknown> = {}) => {
  const out = await runCli(work.dir, invokeArgs(kind, key, input));
  expect(out.code).not.toBe(0);
  return `${out.stderr}\n${out.stdout}`;
};

const fault = (body: unknown) =>
  fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

suite('end to end through zapier-platform invoke (run with npm run test:e2e)', () => {
  jest.setTimeout(60_000);

  beforeAll(async () => {
    ensureBuilt(() => undefined);
    sandbox = await startSandbox();
    work = makeWorkdir(sandboxEnv(sandbox));
  }, 240_000);

  afterAll(async () => {
    work?.remove();
    await sandbox?.close();
  });

  describe('the connection', () => {
    test('auth test names the seeded sub-account', async () => {
      const { code, stdout } = await runCli(work.dir, ['invoke', 'auth', 'test', '--non-interactive']);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual({ name: 'Acme Dental', locationId: SEED.locationId, companyId: SEED.companyId, userType: 'Location' });
    });

    test('auth label: CLI 19.1.0 does not run function-based labels (what the README says)', async () => {
      const { code, stderr } = await runCli(work.dir, ['invoke', 'auth', 'label', '--non-interactive']);
      expect(code).toBe(0);
      expect(stderr).toMatch(/Function-based connection label is not supported yet/);
    });
  });

  describe('one operation of each category', () => {
    let contactId = '';

    test('contacts: a search-or-create finds nothing, creates the contact, then finds it', async () => {
      expect(await invoke('search', 'find_contact', { email: 'jane.e2e@example.com' })).toEqual([]);
      const created = await invoke('create', 'create_contact', {
        email: 'jane.e2e@example.com',
        firstName: 'Jane',
        lastName: 'Doe',
        tags: ['lead', 'e2e'],
        [`cf__MgobCB14YMVKuE4Ka8p1`]: '12345', // the CLI, like Zapier, passes inputs as text
      });
      expect(created).toMatchObject({ email: 'jane.e2e@example.com', name: 'Jane Doe', tags: ['lead', 'e2e'], customFieldsByName: { Pincode: '12345' } });
      contactId = created.id;
      expect(await invoke('search', 'find_contact', { email: 'jane.e2e@example.com' })).toEqual([expect.objectContaining({ id: contactId })]);
      expect(sandbox.state.table('contacts').where((c) => c.email === 'jane.e2e@example.com')).toHaveLength(1);
    });

    test('calendars: Get Free Slots on the seeded calendar returns its slots', async () => {
      const out = await invoke('trigger', 'get_free_slots', { calendarId: SEED.calendarId });
      expect(out.length).toBeGreaterThan(16);
      expect(out[0]).toMatchObject({ calendarId: SEED.calendarId, id: expect.stringMatching(new RegExp(`^${SEED.calendarId}:`)) });
      expect(out[0].startTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:00[-+]\d\d:\d\d$/);
    });

    test('opportunities: Create Opportunity creates the deal with its value', async () => {
      const out = await invoke('create', 'create_opportunity', {
        pipelineId: SEED.pipelineId,
        name: 'Premium plan — Jane',
        status: 'open',
        contactId,
        monetaryValue: '1200',
      });
      expect(out).toMatchObject({ name: 'Premium plan — Jane', monetaryValue: 1200, contactId, status: 'open', contact: { name: 'Jane Doe' } });
      expect(sandbox.state.table('opportunities').get(out.id)).toBeDefined();
    });

    test('users: Search Users lists the sub-account\'s users', async () => {
      const out = await invoke('trigger', 'search_users');
      expect(out.map((u: any) => u.id)).toEqual([SEED.users.frontDesk, SEED.users.admin]);
    });

    test('conversations: Get Messages by Conversation returns the seeded messages', async () => {
      const out = await invoke('trigger', 'get_messages_by_conversation', { conversationId: SEED.conversationId });
      const m = SEED.messages;
      expect(out.map((x: any) => x.id)).toEqual([m.smsIn, m.smsOut, m.call, m.email]);
    });

    test('businesses: Create Business returns Acme Widgets', async () => {
      const out = await invoke('create', 'create_business', { name: 'Acme Widgets' });
      expect(out).toMatchObject({ name: 'Acme Widgets', locationId: SEED.locationId });
    });

    test('workflows: Add Contact to Workflow enrols the contact', async () => {
      const out = await invoke('create', 'add_contact_to_workflow', { contactId, workflowId: SEED.workflowId });
      expect(out).toEqual({ contactId, workflowId: SEED.workflowId, succeded: true });
      expect(sandbox.state.table('enrollments').where((e) => e.contactId === contactId && e.targetId === SEED.workflowId)).toHaveLength(1);
    });

    test('other: List Custom Fields lists the contact fields', async () => {
      const out = await invoke('trigger', 'list_custom_fields', { model: 'contact' });
      expect(out.map((f: any) => f.name)).toEqual(['Pincode', 'Favourite Colours', 'Anniversary']);
    });

    test('social planner: Get Social Planner Tags lists the tags', async () => {
      const out = await invoke('trigger', 'get_social_planner_tags');
      expect(out.map((t: any) => t.tag)).toEqual(['promo', 'dental tips']);
    });
  });

  test('a file: Get Message Recording hands Zapier an audio file', async () => {
    const out = await invoke('trigger', 'get_message_recording', { messageId: SEED.messages.call });
    expect(out).toEqual([
      expect.objectContaining({ id: SEED.messages.call, contentType: 'audio/x-wav', filename: `${SEED.messages.call}.wav`, size: 16044 }),
    ]);
    expect(out[0].file).toMatch(/^hydrate\|\|\|.*ghlConversationFile/);
  });

  test('an agency connection mints a sub-account token and works in the chosen sub-account', async () => {
    const agency = makeWorkdir({ ...sandboxEnv(sandbox), ...Object.fromEntries(Object.entries(sandbox.state.authData('agency')).map(([k, v]) => [`authData_${k}`, v])) });
    try {
      const before = sandbox.state.requests.length;
      const out = await invoke('trigger', 'get_contact', { contactId: SEED.contacts.rubika, locationId: SEED.locationId }, agency.dir);
      expect(out).toEqual([expect.objectContaining({ id: SEED.contacts.rubika, name: 'Rubika Deo' })]);
      expect(sandbox.state.requests.slice(before).map((r) => `${r.status} ${r.method} ${r.path.split('?')[0]}`)).toEqual(
        expect.arrayContaining(['200 POST /oauth/locationToken', `200 GET /contacts/${SEED.contacts.rubika}`]),
      );
    } finally {
      agency.remove();
    }
  });

  describe('faults', () => {
    test('a 429: the step stops with Zapier\'s throttled error and GHL\'s delay', async () => {
      await fault({ kind: 'rate-limit', retryAfter: 9 });
      const out = await invokeFailing('trigger', 'get_contact', { contactId: SEED.contacts.john });
      expect(out).toMatch(/ThrottledError|rate limit reached/);
      expect(sandbox.state.requests.at(-1)).toMatchObject({ status: 429, note: 'fault: rate-limit' });
    });

    test('a proxy\'s 500 HTML page: a readable error, no HTML', async () => {
      await fault({ kind: 'server-error' });
      const out = await invokeFailing('trigger', 'get_contact', { contactId: SEED.contacts.john });
      expect(out).toMatch(/GoHighLevel had a server problem \(500\)/);
      expect(out).not.toMatch(/<center>/);
    });

    test('an expired access token: the step fails; auth refresh stores the rotated tokens; the step then works; the spent refresh token is refused', async () => {
      const before = readEnvFile(work.envFile);
      await fault({ kind: 'expired-token' });
      await invokeFailing('trigger', 'get_contact', { contactId: SEED.contacts.rubika });
      expect(sandbox.state.requests.at(-1)).toMatchObject({ status: 401, path: `/contacts/${SEED.contacts.rubika}` });

      const refresh = await runCli(work.dir, ['invoke', 'auth', 'refresh', '--non-interactive']);
      expect(refresh.code).toBe(0);
      const after = readEnvFile(work.envFile);
      expect(after.authData_refresh_token).not.toBe(before.authData_refresh_token);
      expect(after.authData_access_token).not.toBe(before.authData_access_token);
      expect(sandbox.state.refreshTokens.get(after.authData_refresh_token)).toMatchObject({ spent: false });
      expect(after).toMatchObject({ authData_locationId: SEED.locationId, authData_userType: 'Location' });

      expect(await invoke('trigger', 'get_contact', { contactId: SEED.contacts.rubika })).toEqual([expect.objectContaining({ id: SEED.contacts.rubika })]);

      const spent = await fetch(`${sandbox.url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ client_id: before.CLIENT_ID, client_secret: before.CLIENT_SECRET, grant_type: 'refresh_token', refresh_token: before.authData_refresh_token }),
      });
      expect(spent.status).toBe(400);
      expect(await spent.json()).toMatchObject({ message: 'Invalid grant: refresh token is invalid' });
    });
  });

  test('overall: GoHighLevel refused no request the app made (no 404, 422 or 5xx beyond the faults asked for)', () => {
    const refused = sandbox.state.requests.filter((r) => r.status >= 400 && !r.note?.startsWith('fault:') && !(r.status === 401 && r.note?.includes('expired')) && r.path !== '/oauth/token');
    expect(refused).toEqual([]);
    expect(sandbox.state.answerProblems).toEqual([]);
  });
});

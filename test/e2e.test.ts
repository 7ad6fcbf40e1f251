/**
 * End-to-end: the built app, run by Zapier's real CLI (`zapier-platform invoke`, Node 22, one process per
 * step, as a user runs it) against the local GoHighLevel sandbox. Covers the contact lifecycle, one
 * operation of each other category present in the app, and an expired access token renewed by
 * `invoke auth refresh` (rotated refresh token persisted in the CLI's `.env`, the spent one refused).
 *
 * Slow (a CLI start per step), so it runs only from `npm run test:e2e` (or with GHL_E2E=1).
 */
import App from '../index';
import { startSandbox, type Sandbox } from '../sandbox/server';
import { ensureBuilt, invokeArgs, makeWorkdir, readEnvFile, runCli, sandboxEnv, type Workdir } from '../sandbox/invoke';

const ENABLED = process.env.npm_lifecycle_event === 'test:e2e' || process.env.GHL_E2E === '1';
const suite = ENABLED ? describe : describe.skip;

type Kind = 'trigger' | 'create' | 'search';
const PLURAL = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;
const inApp = (kind: Kind, key: string): boolean => Boolean((App as any)[PLURAL[kind]]?.[key]);

/** A test for an operation another category owns: skipped, with the reason, when the app lacks it. */
const ifPresent = (kind: Kind, key: string, what: string, fn: () => Promise<void>): void =>
  inApp(kind, key) ? test(`${what}: ${key}`, fn) : test.skip(`${what}: ${key} (skipped: not in the app yet)`, fn);

const LOCATION_ID = 've9EPM428h8vShlRW1KT';
const SEEDED_CONTACT = 'seD4PfOuKoVMLkEZqohJ';

let sandbox: Sandbox;
let work: Workdir;

/** Runs one operation through the CLI and returns its parsed output; a failed run throws with the CLI's stderr. */
const invoke = async (kind: Kind, key: string, input: Record<string, unknown> = {}): Promise<any> => {
  const { code, stdout, stderr } = await runCli(work.dir, invokeArgs(kind, key, input));
  if (code !== 0) throw new Error(`invoke ${kind} ${key} exited ${code}:\n${stderr}\n${stdout}`);
  return JSON.parse(stdout);
};

suite('end-to-end through zapier-platform invoke (run with npm run test:e2e)', () => {
  jest.setTimeout(60_000);

  beforeAll(async () => {
    ensureBuilt(() => undefined);
    sandbox = await startSandbox();
    work = makeWorkdir(sandboxEnv(sandbox));
  }, 180_000);

  afterAll(async () => {
    work?.remove();
    await sandbox?.close();
  });

  let contactId = '';

  describe('contacts: the whole lifecycle', () => {
    test('create_contact creates the contact, with tags and a custom field', async () => {
      const out = await invoke('create', 'create_contact', {
        email: 'jane.e2e@example.com',
        firstName: 'Jane',
        lastName: 'Doe',
        tags: ['lead', 'e2e'],
        cf__MgobCB14YMVKuE4Ka8p1: '12345', // the CLI, like Zapier, passes inputs as text
      });
      expect(out).toMatchObject({ email: 'jane.e2e@example.com', firstName: 'Jane', tags: ['lead', 'e2e'] });
      expect(String(out.customFieldsByName.Pincode)).toBe('12345');
      contactId = out.id;
      expect(sandbox.state.contacts.get(contactId)).toMatchObject({ locationId: LOCATION_ID, name: 'Jane Doe' });
    });

    test('get_contact returns it once per version', async () => {
      const out = await invoke('trigger', 'get_contact', { contactId });
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: contactId, email: 'jane.e2e@example.com' });
      expect(out[0].record_version).toBeTruthy();
    });

    test('update_contact changes only the given fields', async () => {
      const out = await invoke('create', 'update_contact', { contactId, lastName: 'Smith', phone: '+1 202-555-0199' });
      expect(out).toMatchObject({ id: contactId, name: 'Jane Smith', phone: '+12025550199', email: 'jane.e2e@example.com' });
    });

    test('add_tags_to_contact keeps the existing tags', async () => {
      const out = await invoke('create', 'add_tags_to_contact', { contactId, tags: ['vip'] });
      expect(out).toEqual({ id: contactId, tags: ['lead', 'e2e', 'vip'] });
    });

    test('find_contact finds it by email, and finds nothing for an unknown email', async () => {
      expect(await invoke('search', 'find_contact', { email: 'jane.e2e@example.com' })).toEqual([
        expect.objectContaining({ id: contactId, tags: ['lead', 'e2e', 'vip'] }),
      ]);
      expect(await invoke('search', 'find_contact', { email: 'nobody@example.com' })).toEqual([]);
    });

    test('search_contacts lists it newest first', async () => {
      const out = await invoke('trigger', 'search_contacts', {});
      expect(out[0].id).toBe(contactId);
      expect(out.map((c: any) => c.id)).toContain(SEEDED_CONTACT);
    });

    test('create_contact_note adds a note to it', async () => {
      const out = await invoke('create', 'create_contact_note', { contactId, body: 'Met at the e2e fair.' });
      expect(out).toMatchObject({ contactId, body: 'Met at the e2e fair.' });
      expect(sandbox.state.notes.get(out.id)).toBeDefined();
    });

    test('create_contact_task adds a task with an ISO due date', async () => {
      const out = await invoke('create', 'create_contact_task', { contactId, title: 'Send the quote', dueDate: '2026-12-01T10:00:00Z' });
      expect(out).toMatchObject({ contactId, title: 'Send the quote', dueDate: '2026-12-01T10:00:00.000Z', completed: false });
    });
  });

  describe('one operation of each other category', () => {
    ifPresent('create', 'create_appointment', 'calendars', async () => {
      const out = await invoke('create', 'create_appointment', {
        calendarId: 'CVokAlI8fgw4WYWoCtQz',
        contactId,
        startTime: '2026-12-02T15:00:00Z',
        title: 'Quote walkthrough',
      });
      expect(out).toMatchObject({ calendarId: 'CVokAlI8fgw4WYWoCtQz', contactId, title: 'Quote walkthrough' });
      expect(Date.parse(out.endTime) - Date.parse(out.startTime)).toBe(30 * 60_000); // the calendar's slot
      expect(sandbox.state.appointments.get(out.id)).toBeDefined();
    });

    ifPresent('create', 'create_opportunity', 'opportunities', async () => {
      const out = await invoke('create', 'create_opportunity', {
        pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
        name: 'Premium plan — Jane',
        status: 'open',
        contactId,
        monetaryValue: '1200',
      });
      expect(out).toMatchObject({ name: 'Premium plan — Jane', monetaryValue: 1200, contactId, status: 'open' });
      expect(sandbox.state.opportunities.get(out.id)).toBeDefined();
    });

    ifPresent('trigger', 'search_users', 'users', async () => {
      const out = await invoke('trigger', 'search_users', {});
      expect(out[0].id).toBeTruthy();
    });

    ifPresent('trigger', 'search_conversations', 'conversations', async () => {
      const out = await invoke('trigger', 'search_conversations', {});
      expect(out[0].id).toBeTruthy();
    });

    ifPresent('create', 'create_business', 'businesses', async () => {
      const out = await invoke('create', 'create_business', { name: 'Acme Widgets' });
      expect(out.id).toBeTruthy();
    });

    ifPresent('create', 'add_contact_to_workflow', 'workflows', async () => {
      const out = await invoke('create', 'add_contact_to_workflow', { contactId, workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9' });
      expect(out).toMatchObject({ contactId, workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9' });
    });

    ifPresent('trigger', 'list_custom_fields', 'other', async () => {
      const out = await invoke('trigger', 'list_custom_fields', { model: 'contact' });
      expect(out.map((f: any) => f.name)).toEqual(expect.arrayContaining(['Pincode', 'Favourite Colours']));
    });
  });

  describe('contacts: delete', () => {
    test('delete_contact deletes it; get_contact then fails with 404', async () => {
      expect(await invoke('create', 'delete_contact', { contactId })).toMatchObject({ id: contactId, deleted: true });
      expect(sandbox.state.contacts.has(contactId)).toBe(false);
      await expect(invoke('trigger', 'get_contact', { contactId })).rejects.toThrow(/404/);
    });
  });

  describe('an expired access token', () => {
    test('fails with 401; auth refresh renews it and stores the rotated refresh token; the spent one is refused', async () => {
      const before = readEnvFile(work.envFile);
      sandbox.state.expire();

      const { code } = await runCli(work.dir, invokeArgs('trigger', 'get_contact', { contactId: SEEDED_CONTACT }));
      expect(code).not.toBe(0);
      expect(sandbox.state.requests.at(-1)).toMatchObject({ status: 401, path: `/contacts/${SEEDED_CONTACT}` });

      const refresh = await runCli(work.dir, ['invoke', 'auth', 'refresh', '--non-interactive']);
      expect(refresh.code).toBe(0);
      const after = readEnvFile(work.envFile);
      expect(after.authData_refresh_token).not.toBe(before.authData_refresh_token);
      expect(after.authData_access_token).not.toBe(before.authData_access_token);
      expect(sandbox.state.refreshTokens.get(after.authData_refresh_token)).toMatchObject({ spent: false });
      expect(after).toMatchObject({ authData_locationId: LOCATION_ID, authData_userType: 'Location' });

      const out = await invoke('trigger', 'get_contact', { contactId: SEEDED_CONTACT });
      expect(out[0]).toMatchObject({ id: SEEDED_CONTACT });

      const spent = await fetch(`${sandbox.url}/oauth/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: before.CLIENT_ID,
          client_secret: before.CLIENT_SECRET,
          grant_type: 'refresh_token',
          refresh_token: before.authData_refresh_token,
        }),
      });
      expect([400, 401]).toContain(spent.status);
      expect(await spent.json()).toMatchObject({ message: 'Invalid grant: refresh token is invalid' });
    });
  });

  describe('overall', () => {
    test('every request carried the Version GHL accepts and a valid body (no 400 or 422 anywhere)', () => {
      const refused = sandbox.state.requests.filter((r) => (r.status === 400 || r.status === 422) && !r.path.startsWith('/oauth/'));
      expect(refused).toEqual([]);
    });
  });
});

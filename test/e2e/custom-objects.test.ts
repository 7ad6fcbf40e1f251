/**
 * End to end: custom object records, custom values and API Request (Beta) (test/e2e/cases/custom-objects.ts),
 * sub-account and agency connections; then what a single step cannot show: New Custom Object Record polled
 * across changes as Zapier polls it (it fires once per new record, never again, and not for updates), one
 * request per normal poll and more pages only while Zapier populates its dedupe store, the search-or-create
 * pair, and the dropdowns answering the sandbox's real items.
 */
import App from '../../index';
import { describeCases, e2eFor, freshSandbox, perform, SEED, type Connection } from './harness';
import { CUSTOM_OBJECT_CASES } from './cases/custom-objects';
import type { Sandbox } from '../../sandbox/server';

describeCases('custom objects, custom values, API request end to end (app tester → sandbox)', CUSTOM_OBJECT_CASES);

const PLAN = SEED.objectKeys.treatmentPlan;
const suite = e2eFor('oauth') ? describe : describe.skip;

suite('custom object flows (app tester → sandbox)', () => {
  jest.setTimeout(60_000);
  let sandbox: Sandbox;
  beforeEach(async () => {
    sandbox = await freshSandbox();
  });
  afterEach(async () => {
    expect(sandbox.state.answerProblems).toEqual([]);
    expect(sandbox.state.requests.filter((r) => r.status >= 400)).toEqual([]);
    await sandbox.close();
    delete process.env.GHL_BASE_URL;
  });

  /** Zapier's dedupe as it polls: the items whose id it has not seen fire; every id seen is remembered. */
  const poller = (connection: Connection) => {
    const seen = new Set<string>();
    const input = { schemaKey: PLAN, ...(connection === 'agency' ? { locationId: SEED.locationId } : {}) };
    return async (meta: Record<string, unknown> = {}): Promise<string[]> => {
      const items: any[] = await perform('triggers.new_custom_object_record', sandbox, connection, input, meta);
      const fired = items.filter((i) => !seen.has(i.id)).map((i) => i.recordId);
      for (const i of items) seen.add(i.id);
      return meta.isPopulatingDedupe ? [] : fired;
    };
  };
  const createRecord = (connection: Connection, name: string) =>
    perform('creates.create_custom_object_record', sandbox, connection, {
      schemaKey: PLAN,
      prop__plan_name: name,
      ...(connection === 'agency' ? { locationId: SEED.locationId } : {}),
    });

  test.each<Connection>(['sub-account', 'agency'])('[%s] New Custom Object Record fires once per new record, never again, and not for updates', async (connection) => {
    const poll = poller(connection);
    await poll({ isPopulatingDedupe: true }); // the Zap is turned on: the existing records are remembered, not fired
    expect(await poll()).toEqual([]);
    const first = await createRecord(connection, 'Implant consult');
    expect(await poll()).toEqual([first.id]);
    expect(await poll()).toEqual([]); // polled again with no change: nothing fires again
    // An update of a record is not a new record.
    await perform('creates.update_custom_object_record', sandbox, connection, {
      schemaKey: PLAN,
      recordId: first.id,
      prop__status: 'accepted',
      ...(connection === 'agency' ? { locationId: SEED.locationId } : {}),
    });
    expect(await poll()).toEqual([]);
    const [a, b] = [await createRecord(connection, 'Crown prep'), await createRecord(connection, 'Bridge fitting')];
    expect((await poll()).sort()).toEqual([a.id, b.id].sort());
    expect(await poll()).toEqual([]);
  });

  test('a normal poll is one request however many records; populating the dedupe store reads more pages, bounded', async () => {
    const records = sandbox.state.table('objectRecords');
    for (let i = 0; i < 230; i++) {
      records.put({
        id: `bulk${String(i).padStart(20, '0')}`,
        locationId: SEED.locationId,
        objectId: SEED.objects.treatmentPlan,
        objectKey: PLAN,
        owner: [],
        followers: [],
        properties: { plan_name: `Bulk plan ${i}` },
        createdAt: new Date(Date.parse('2025-01-01T00:00:00Z') + i * 60_000).toISOString(),
        updatedAt: '2025-01-01T00:00:00.000Z',
        createdBy: { channel: 'WEB_USER', createdAt: '2025-01-01T00:00:00.000Z', source: 'WEB_USER', sourceId: SEED.users.admin },
        lastUpdatedBy: { channel: 'WEB_USER', createdAt: '2025-01-01T00:00:00.000Z', source: 'WEB_USER', sourceId: SEED.users.admin },
      });
    }
    const searchesSince = (from: number) => sandbox.state.requests.slice(from).filter((r) => r.path.endsWith('/records/search')).length;
    let from = sandbox.state.requests.length;
    const normal = await perform('triggers.new_custom_object_record', sandbox, 'sub-account', { schemaKey: PLAN });
    expect(normal).toHaveLength(100);
    expect(searchesSince(from)).toBe(1);
    // The newest first: the two seeded records of 2026, then the newest bulk ones.
    expect(normal.slice(0, 3).map((r: any) => r.recordId)).toEqual([SEED.objectRecords.invisalign, SEED.objectRecords.restoration, `bulk${String(229).padStart(20, '0')}`]);
    from = sandbox.state.requests.length;
    const populating = await perform('triggers.new_custom_object_record', sandbox, 'sub-account', { schemaKey: PLAN }, { isPopulatingDedupe: true });
    expect(populating).toHaveLength(232);
    expect(new Set(populating.map((r: any) => r.id)).size).toBe(232);
    expect(searchesSince(from)).toBe(3); // 100 + 100 + 32 (a short page ends it)
  });

  test('Find Custom Object Record or Create: a second run finds what the first created, no duplicate', async () => {
    const pair = (App as any).searchOrCreates.find_custom_object_record;
    expect(pair).toMatchObject({ search: 'find_custom_object_record', create: 'create_custom_object_record' });
    const input = { schemaKey: PLAN, property: 'plan_name', value: 'Sleep apnea appliance', prop__plan_name: 'Sleep apnea appliance', prop__sessions: '3' };
    const run = async () => {
      const found = await perform(`searches.${pair.search}`, sandbox, 'sub-account', input);
      return found.length ? { found: found[0] } : { created: await perform(`creates.${pair.create}`, sandbox, 'sub-account', input) };
    };
    const first = await run();
    expect(first.created).toMatchObject({ properties: { plan_name: 'Sleep apnea appliance', sessions: 3 } });
    const second = await run();
    expect(second.found).toMatchObject({ id: first.created.id, propertiesByName: { 'Plan Name': 'Sleep apnea appliance', Sessions: 3 } });
    expect(sandbox.state.table('objectRecords').where((r) => r.properties.plan_name === 'Sleep apnea appliance')).toHaveLength(1);
  });

  test('the dropdowns answer the sandbox\'s real objects, properties, records and custom values', async () => {
    const dd = (key: string, input: Record<string, unknown> = {}) => perform(`triggers.${key}`, sandbox, 'sub-account', input, { isFillingDynamicDropdown: true });
    expect((await dd('dropdown_custom_objects')).map((o: any) => [o.key, o.name])).toEqual([
      [PLAN, 'Treatment Plans'],
      [SEED.objectKeys.labOrder, 'Lab Orders'],
    ]);
    const properties = await dd('dropdown_custom_object_properties', { schemaKey: PLAN });
    expect(properties.map((p: any) => p.propertyKey)).toEqual(['plan_name', 'total_cost', 'sessions', 'start_date', 'status', 'procedures', 'notes', 'insurance', 'referral']);
    expect((await dd('dropdown_custom_object_records', { schemaKey: PLAN })).map((r: any) => [r.id, r.name])).toEqual([
      [SEED.objectRecords.invisalign, 'Invisalign consultation'],
      [SEED.objectRecords.restoration, 'Full-mouth restoration'],
    ]);
    expect((await dd('dropdown_custom_object_records', { schemaKey: SEED.objectKeys.labOrder })).map((r: any) => r.name)).toEqual(['LAB-2026-0142']);
    expect((await dd('dropdown_custom_values')).map((v: any) => v.name)).toEqual(['Office Phone', 'Booking Link', 'Hygiene Special']);
  });
});

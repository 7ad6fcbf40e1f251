/**
 * The request engine (lib/request.ts): each field's binding puts its converted value where it says, empty
 * values stay out, defaults fill empty inputs, path parameters come from inputs of their name, a request
 * function adds the real logic, a field source binds its own values, the sub-account id and paging go
 * where the endpoint wants them.
 */
import { buildRequest } from '../lib/request';
import { CONVERSIONS, conversionOf } from '../lib/conversions';
import type { Ctx, Declaration, FieldFunction } from '../lib/types';

const ctx = { locationId: 'loc1', companyId: 'co1', userType: 'Location', page: 0, pageSize: 100, bundle: { meta: {} } } as unknown as Ctx;
const decl = (extra: Partial<Declaration>): Declaration => ({
  key: 'x',
  kind: 'create',
  noun: 'Thing',
  label: 'X',
  description: 'X.',
  endpoint: { method: 'POST', path: '/things/{thingId}' },
  scopes: [],
  ...extra,
});

test('bindings build path, query and body; wire names and dot paths; empty values left out', async () => {
  const req = await buildRequest(
    decl({
      inputFields: [
        { key: 'thingId', label: 'Thing' },
        { key: 'q', label: 'Search', to: 'query', name: 'query' },
        { key: 'title', label: 'Title', to: 'body' },
        { key: 'code', label: 'Code', to: 'body', name: 'error.code' },
        { key: 'note', label: 'Note', to: 'body' },
        { key: 'tags', label: 'Tags', list: true, to: 'body' },
        { key: 'dnd', label: 'Do Not Disturb', type: 'boolean', to: 'body' },
        { key: 'count', label: 'Count', type: 'integer', to: 'query' },
        { key: 'unbound', label: 'Read by logic only' },
      ],
    }),
    { thingId: ' t1 ', q: 'Hi {{contact.first_name}}', title: 'A  title ', code: '30003', note: '  ', tags: 'a, b', dnd: 'yes', count: '3', unbound: 'x' },
    ctx,
  );
  expect(req).toMatchObject({
    method: 'POST',
    path: '/things/{thingId}',
    pathParams: { thingId: ' t1 ' },
    query: { query: 'Hi {{contact.first_name}}', count: 3 },
    body: { title: 'A  title ', error: { code: '30003' }, tags: ['a', 'b'], dnd: true },
  });
  expect(req.body).not.toHaveProperty('note');
  expect(req.body).not.toHaveProperty('unbound');
});

test('an empty input takes the field default; a conversion error names the field', async () => {
  const d = decl({ inputFields: [{ key: 'completed', label: 'Completed', type: 'boolean', default: 'false', to: 'body' }] });
  expect((await buildRequest(d, { thingId: 't' }, ctx)).body).toEqual({ completed: false });
  await expect(buildRequest(d, { thingId: 't', completed: 'maybe' }, ctx)).rejects.toThrow(/^The Completed field must be true or false, got "maybe"/);
});

test('no body unless a binding or the request logic gives one (an explicit {} is kept)', async () => {
  expect((await buildRequest(decl({}), { thingId: 't' }, ctx)).body).toBeUndefined();
  expect((await buildRequest(decl({ request: () => ({ body: {} }) }), { thingId: 't' }, ctx)).body).toEqual({});
});

test('request logic merges over the bindings; a field source binds its own values', async () => {
  const source: FieldFunction = Object.assign(() => [], { request: () => ({ body: { customFields: [{ id: 'cf', field_value: '1' }] } }) });
  const req = await buildRequest(
    decl({
      location: 'body',
      inputFields: [{ key: 'title', label: 'Title', to: 'body' }, source],
      request: (input) => ({ body: { title: String(input.title).toUpperCase() }, query: { dryRun: true } }),
    }),
    { thingId: 't', title: 'abc' },
    ctx,
  );
  expect(req.body).toEqual({ locationId: 'loc1', title: 'ABC', customFields: [{ id: 'cf', field_value: '1' }] });
  expect(req.query).toEqual({ dryRun: true });
});

test('sub-account id and paging go where the endpoint wants them', async () => {
  const paged = decl({ kind: 'trigger', endpoint: { method: 'GET', path: '/things/' }, location: 'query:location_id', list: { key: 'things', paging: { style: 'limit/skip', size: 50 } } });
  const req = await buildRequest(paged, {}, { ...ctx, page: 2, pageSize: 50 });
  expect(req.query).toEqual({ limit: 50, skip: 100, location_id: 'loc1' });
  await expect(buildRequest(paged, {}, { ...ctx, locationId: '' })).rejects.toThrow(/This step needs a sub-account/);
});

test('conversions: the type implies one, `as` names one or is one', () => {
  expect(conversionOf({ key: 'a', type: 'number' })).toBe(CONVERSIONS.number);
  expect(conversionOf({ key: 'a', type: 'boolean' })).toBe(CONVERSIONS.bool);
  expect(conversionOf({ key: 'a', list: true })).toBe(CONVERSIONS.list);
  expect(conversionOf({ key: 'a', as: 'isoUtc' })).toBe(CONVERSIONS.isoUtc);
  const own = () => 'mine';
  expect(conversionOf({ key: 'a', as: own })).toBe(own);
  const f = { key: 'k', label: 'K' };
  expect(CONVERSIONS.boolText('no', f, {}, ctx)).toBe('false');
  expect(CONVERSIONS.epochMsText('2026-07-08T14:30:00Z', f, {}, ctx)).toBe(String(Date.UTC(2026, 6, 8, 14, 30)));
  expect(CONVERSIONS.isoInZone('2026-07-08 09:30', f, { timezone: 'America/Chicago' }, ctx)).toBe('2026-07-08T09:30:00-05:00');
  expect(CONVERSIONS.json('{"a":[1]}', f, {}, ctx)).toEqual({ a: [1] });
  expect(() => CONVERSIONS.json('{nope', f, {}, ctx)).toThrow('The K field is not valid JSON: "{nope".');
  expect(CONVERSIONS.id('  abc ', f, {}, ctx)).toBe('abc');
  expect(CONVERSIONS.text('  keep as given ', f, {}, ctx)).toBe('  keep as given ');
});

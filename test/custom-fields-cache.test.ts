/**
 * Custom field definitions are kept per sub-account and model for a few minutes: a warm step sends one
 * request (its own), not two; a field id the kept definitions do not know makes them be read again
 * (at most once a minute, so a field that is gone for good does not cost a request on every run).
 */
import { mockGhl, perform, setupNock, LOCATION_ID } from './helpers';

setupNock();

const V = '2021-07-28';
const DEFS = { customFields: [{ id: 'cfPin', name: 'Pincode', fieldKey: 'contact.pincode', dataType: 'NUMERICAL', model: 'contact' }] };
const contact = (cf: Array<{ id: string; value: string }>) => ({ contact: { id: 'c1', name: 'Rubika Deo', dateUpdated: '2026-07-02T05:18:26.704Z', customFields: cf } });
const defs = (reply: unknown = DEFS) =>
  mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}/customFields`, query: { model: 'contact' }, version: V, reply });
const getContact = (cf: Array<{ id: string; value: string }>) => {
  mockGhl({ method: 'GET', path: '/contacts/c1', version: V, reply: contact(cf) });
  return perform('triggers', 'get_contact', { contactId: 'c1' }, { keepCache: true });
};

afterEach(() => jest.restoreAllMocks());

test('a warm step reads the kept definitions: one request, the custom fields still by name', async () => {
  defs();
  expect((await getContact([{ id: 'cfPin', value: '35061' }]))[0].customFieldsByName).toEqual({ Pincode: '35061' });
  // Second run: only GET /contacts/c1 is mocked; a definitions request would fail the test (no match).
  expect((await getContact([{ id: 'cfPin', value: '35062' }]))[0].customFieldsByName).toEqual({ Pincode: '35062' });
});

test('an unknown field id re-reads kept definitions older than a minute, once', async () => {
  const t0 = Date.now();
  const now = jest.spyOn(Date, 'now').mockReturnValue(t0);
  defs();
  await getContact([{ id: 'cfPin', value: '1' }]);
  // A field created since: within the minute, no re-read (the id is shown as it is).
  expect((await getContact([{ id: 'cfNew', value: 'x' }]))[0].customFieldsByName).toEqual({ cfNew: 'x' });
  // Later (still within the kept time): the unknown id re-reads the definitions, and now names it.
  now.mockReturnValue(t0 + 90_000);
  defs({ customFields: [...DEFS.customFields, { id: 'cfNew', name: 'Favourite Colour', dataType: 'TEXT', model: 'contact' }] });
  expect((await getContact([{ id: 'cfNew', value: 'x' }]))[0].customFieldsByName).toEqual({ 'Favourite Colour': 'x' });
});

test('kept definitions expire after five minutes', async () => {
  const t0 = Date.now();
  const now = jest.spyOn(Date, 'now').mockReturnValue(t0);
  defs();
  await getContact([{ id: 'cfPin', value: '1' }]);
  now.mockReturnValue(t0 + 301_000);
  defs();
  expect((await getContact([{ id: 'cfPin', value: '2' }]))[0].customFieldsByName).toEqual({ Pincode: '2' });
});

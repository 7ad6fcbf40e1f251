/**
 * Polling under large answers: one bounded request per poll, newest first, and a bounded result — except
 * when Zapier populates its dedupe store, which gets everything.
 */
import { MAX_POLL_ITEMS } from '../lib/operation';
import { LOCATION_ID, mockGhl, perform, setupNock } from './helpers';

setupNock();

const notes = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ id: `n${i}`, body: `note ${i}`, dateAdded: new Date(Date.UTC(2026, 0, 1) + i * 60_000).toISOString() }));

test('5000 notes: one request, the newest 250 returned newest first', async () => {
  mockGhl({ method: 'GET', path: '/contacts/c1/notes', version: '2021-07-28', reply: { notes: notes(5000) } });
  const result = await perform('triggers', 'get_contact_notes', { contactId: 'c1' });
  expect(result).toHaveLength(MAX_POLL_ITEMS);
  expect(result[0].id).toBe('n4999');
  expect(result[MAX_POLL_ITEMS - 1].id).toBe(`n${5000 - MAX_POLL_ITEMS}`);
});

test('populating the dedupe store returns every item, so old ones never fire later', async () => {
  mockGhl({ method: 'GET', path: '/contacts/c1/notes', version: '2021-07-28', reply: { notes: notes(5000) } });
  const result = await perform('triggers', 'get_contact_notes', { contactId: 'c1' }, { meta: { isPopulatingDedupe: true } });
  expect(result).toHaveLength(5000);
  expect(result[0].id).toBe('n4999');
});

test('a full page of a paged trigger is one request (no loop over pages)', async () => {
  const contacts = Array.from({ length: 100 }, (_, i) => ({ id: `c${i}`, dateAdded: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString() }));
  mockGhl({
    method: 'GET',
    path: '/contacts/business/b1',
    query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
    version: '2021-07-28',
    reply: { contacts, count: 100000 },
  });
  const result = await perform('triggers', 'get_contacts_by_business', { businessId: 'b1' });
  expect(result).toHaveLength(100);
  expect(result[0].id).toBe('c99');
  // any second request would be unmatched and fail the test
});

test('populating the dedupe store reads more pages of a paged trigger, and stops: a short page or five pages', async () => {
  const page = (from: number, n: number) =>
    Array.from({ length: n }, (_, i) => ({ id: `c${from + i}`, dateAdded: new Date(Date.UTC(2026, 0, 1) - (from + i) * 1000).toISOString() }));
  const mock = (skip: number, contacts: unknown[]) =>
    mockGhl({ method: 'GET', path: '/contacts/business/b1', query: { locationId: LOCATION_ID, limit: '100', skip: String(skip) }, version: '2021-07-28', reply: { contacts, count: 100000 } });
  // A sub-account with 250 contacts: pages of 100, 100, 50 (the short one ends it).
  mock(0, page(0, 100));
  mock(100, page(100, 100));
  mock(200, page(200, 50));
  const some = await perform('triggers', 'get_contacts_by_business', { businessId: 'b1' }, { meta: { isPopulatingDedupe: true } });
  expect(some).toHaveLength(250);
  expect(some[0].id).toBe('c0');
  // A huge sub-account: five full pages, then no more requests.
  for (let p = 0; p < 5; p++) mock(p * 100, page(p * 100, 100));
  expect(await perform('triggers', 'get_contacts_by_business', { businessId: 'b1' }, { meta: { isPopulatingDedupe: true } })).toHaveLength(500);
});

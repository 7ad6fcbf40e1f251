/** End-to-end cases: businesses. */
import { ids, SEED, type Case } from '../harness';

export const BUSINESS_CASES: Case[] = [
  {
    subject: 'creates.create_business',
    does: 'creates the business that was sent (Acme Widgets), not a sample',
    input: { name: 'Acme Widgets', email: 'hello@acmewidgets.example.com', city: 'Birmingham' },
    expect: (out, t) => {
      expect(out).toMatchObject({ name: 'Acme Widgets', email: 'hello@acmewidgets.example.com', city: 'Birmingham', locationId: SEED.locationId });
      expect(t.state.table('businesses').get(out.id)).toMatchObject({ name: 'Acme Widgets' });
    },
  },
  {
    subject: 'creates.update_business',
    does: 'changes the business\'s phone and keeps its name',
    input: { businessId: SEED.businessId, phone: '+1 205 555 0177' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.businessId, name: 'DGS VolMAX', phone: '+12055550177' });
      expect(t.state.table('businesses').get(SEED.businessId)!.phone).toBe('+12055550177');
    },
  },
  {
    subject: 'creates.delete_business',
    does: 'deletes the business; its contacts no longer belong to it',
    input: { businessId: SEED.businessId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.businessId, deleted: true });
      expect(t.state.table('businesses').has(SEED.businessId)).toBe(false);
      expect(t.state.table('contacts').get(SEED.contacts.rubika)!.businessId).toBeUndefined();
    },
  },
  {
    subject: 'triggers.get_business',
    does: 'returns the business',
    input: { businessId: SEED.businessId },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: SEED.businessId, name: 'DGS VolMAX', city: 'Dolomite' });
    },
  },
  {
    subject: 'triggers.list_businesses_by_location',
    does: 'lists the sub-account\'s businesses',
    before: ({ sandbox }) => {
      sandbox.state.table('businesses').put({ id: 'otherLocationBiz0001', locationId: SEED.secondLocationId, name: 'Elsewhere Inc', createdAt: '2025-01-01T00:00:00.000Z' });
    },
    expect: (out) => expect(ids(out)).toEqual([SEED.businessId]),
  },
];

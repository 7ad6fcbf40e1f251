/** End-to-end cases: users. Either connection (agency connections name the sub-account themselves). */
import { ids, SEED, type Case } from '../harness';

const { admin, frontDesk, hygienist } = SEED.users;

export const USER_CASES: Case[] = [
  {
    subject: 'triggers.search_users',
    does: 'lists the users of the sub-account (agency: of every sub-account), newest first',
    expect: (out, t) => expect(ids(out)).toEqual(t.connection === 'agency' ? [hygienist, frontDesk, admin] : [frontDesk, admin]),
  },
  {
    subject: 'triggers.search_users',
    does: 'finds users by name',
    input: { query: 'priya' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: frontDesk, name: 'Priya Patel', email: 'priya@acmedental.example.com' })]),
  },
  {
    subject: 'triggers.filter_users_by_email',
    does: 'finds the users with these emails',
    input: { emails: ['priya@acmedental.example.com', 'sam@brightsmiles.example.com'] },
    expect: (out) => expect(ids(out).sort()).toEqual([frontDesk, hygienist].sort()),
  },
  {
    subject: 'triggers.get_user',
    does: 'returns the user',
    input: { userId: frontDesk },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: frontDesk, firstName: 'Priya', lastName: 'Patel', roles: { type: 'account', role: 'user' } });
    },
  },
  {
    subject: 'triggers.list_users_by_location',
    does: 'lists the sub-account\'s users',
    expect: (out) => expect(ids(out).sort()).toEqual([admin, frontDesk].sort()),
  },
  {
    subject: 'creates.create_user',
    does: 'creates a sub-account user in the sub-account',
    input: ({ connection }) => ({
      firstName: 'Ana',
      lastName: 'Ng',
      email: 'ana.ng@acmedental.example.com',
      password: 'S3cure-pass!',
      type: 'account',
      role: 'user',
      ...(connection === 'agency' ? { locationIds: [SEED.locationId] } : {}),
    }),
    expect: (out, t) => {
      expect(out).toMatchObject({ name: 'Ana Ng', email: 'ana.ng@acmedental.example.com', roles: { type: 'account', role: 'user', locationIds: [SEED.locationId] } });
      expect(out.password).toBeUndefined();
      expect(t.state.table('users').get(out.id)).toMatchObject({ companyId: SEED.companyId, password: 'S3cure-pass!' });
    },
  },
  {
    subject: 'creates.update_user',
    does: 'changes the user\'s last name',
    input: { userId: frontDesk, lastName: 'Patel-Rao' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: frontDesk, name: 'Priya Patel-Rao', lastName: 'Patel-Rao' });
      expect(t.state.table('users').get(frontDesk)!.lastName).toBe('Patel-Rao');
    },
  },
  {
    subject: 'creates.delete_user',
    does: 'deletes the user',
    input: { userId: frontDesk },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: frontDesk, deleted: true });
      expect(t.state.table('users').get(frontDesk)!.deleted).toBe(true);
    },
  },
];

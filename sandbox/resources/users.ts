/**
 * Users of the agency and its sub-accounts: search (`companyId`, text, type, role, ids, sort, limit/skip),
 * filter by email (agency tokens), a sub-account's users, get, create, update, delete. A sub-account
 * token sees and manages only its own sub-account's users.
 */
import { fail, type Handler, type Req } from '../http';
import { limitSkip, listOf, lower, matchesText, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newId, now, type Rec, type SandboxState } from '../state';

const PUBLIC = ['id', 'name', 'firstName', 'lastName', 'email', 'phone', 'extension', 'permissions', 'roles', 'deleted', 'platformLanguage', 'profilePhoto', 'dateAdded'];

/** A user as GHL answers it (never its password). */
const shown = (u: Rec): Rec => pick(u, PUBLIC);

/** Users this token may see: the company's (agency token) or its own sub-account's. */
const visible = (req: Req, state: SandboxState, opts: { deleted?: boolean } = {}): Rec[] => {
  const g = req.grant!;
  return state
    .table('users')
    .where((u) => u.companyId === g.companyId && (g.userType === 'Company' || u.roles.locationIds.includes(g.locationId)))
    .filter((u) => !!u.deleted === !!opts.deleted);
};

const userOf = (req: Req, state: SandboxState): Rec => {
  const user = visible(req, state).find((u) => u.id === req.params.userId);
  if (!user) throw fail(404, `User with id ${req.params.userId} not found`);
  return user;
};

const checkCompany = (req: Req, companyId: unknown): void => {
  if (companyId !== undefined && companyId !== req.grant!.companyId) throw fail(403, 'The token does not have access to this company');
};

const searchUsers: Handler = (req, state) => {
  const q = req.query;
  checkCompany(req, q.companyId);
  const ids = listOf(q.ids);
  const found = visible(req, state).filter(
    (u) =>
      (!q.locationId || u.roles.locationIds.includes(q.locationId)) &&
      (!q.type || u.roles.type === q.type) &&
      (!q.role || u.roles.role === q.role) &&
      (!ids.length || ids.includes(u.id)) &&
      matchesText(q.query, u.name, u.email, u.phone),
  );
  const key = q.sort === 'dateAdded' ? 'dateAdded' : 'name';
  found.sort((a, b) => String(a[key]).localeCompare(String(b[key])) * (q.sortDirection === 'desc' ? -1 : 1));
  return { users: limitSkip(found, q, 25).map(shown), count: found.length };
};

const filterByEmail: Handler = (req, state) => {
  const b = req.body;
  checkCompany(req, b.companyId);
  const emails = String(b.emails).split(',').map(lower).filter(Boolean);
  const found = visible(req, state, { deleted: !!b.deleted }).filter((u) => emails.includes(lower(u.email)));
  return { users: limitSkip(found, { skip: b.skip, limit: b.limit }, 25).map(shown), count: found.length };
};

const TYPES = ['account', 'agency'];
const ROLES = ['admin', 'user'];

const checkRoles = (req: Req, state: SandboxState, type: string, role: string, locationIds: string[]): void => {
  const problems: string[] = [];
  if (!TYPES.includes(type)) problems.push(`type must be one of the following values: ${TYPES.join(', ')}`);
  if (!ROLES.includes(role)) problems.push(`role must be one of the following values: ${ROLES.join(', ')}`);
  if (problems.length) throw fail(422, problems);
  const g = req.grant!;
  if (type === 'agency' && g.userType !== 'Company') throw fail(403, 'Only an agency token can manage agency users');
  for (const id of locationIds) {
    const loc = state.table('locations').get(id);
    if (!loc || loc.companyId !== g.companyId || (g.userType === 'Location' && id !== g.locationId)) {
      throw fail(403, `The token does not have access to location ${id}`);
    }
  }
  if (type === 'account' && locationIds.length === 0) throw fail(422, ['locationIds should not be empty']);
};

const WRITABLE = ['firstName', 'lastName', 'email', 'phone', 'permissions', 'platformLanguage', 'profilePhoto'];

const createUser: Handler = (req, state) => {
  const b = req.body;
  checkCompany(req, b.companyId);
  checkRoles(req, state, b.type, b.role, b.locationIds);
  if (state.table('users').where((u) => lower(u.email) === lower(b.email) && !u.deleted).length) {
    throw fail(400, `A user with email ${b.email} already exists`);
  }
  const user = state.table('users').put({
    id: newId(),
    companyId: b.companyId,
    ...pick(b, WRITABLE),
    email: lower(b.email),
    name: `${b.firstName} ${b.lastName}`,
    password: b.password,
    roles: { type: b.type, role: b.role, locationIds: b.locationIds, restrictSubAccount: false },
    permissions: b.permissions ?? { contactsEnabled: true, appointmentsEnabled: true, conversationsEnabled: true },
    deleted: false,
    dateAdded: now(),
  });
  return shown(user);
};

const updateUser: Handler = (req, state) => {
  const user = userOf(req, state);
  const b = req.body || {};
  checkCompany(req, b.companyId);
  const type = b.type ?? user.roles.type;
  const role = b.role ?? user.roles.role;
  const locationIds = b.locationIds ?? user.roles.locationIds;
  checkRoles(req, state, type, role, locationIds);
  Object.assign(user, pick(b, WRITABLE), b.password ? { password: b.password } : {});
  user.roles = { ...user.roles, type, role, locationIds };
  user.name = `${user.firstName} ${user.lastName}`;
  return shown(user);
};

const deleteUser: Handler = (req, state) => {
  const user = userOf(req, state);
  user.deleted = true;
  return { succeded: true, message: `Queued deleting user with e-mail ${user.email} and name ${user.name}. Will take effect in a few minutes.` };
};

export default defineResource({
  name: 'users',
  routes: (r) => {
    r.get('/users/search', searchUsers);
    r.post('/users/search/filter-by-email', filterByEmail);
    r.get('/users/', (req, s) => ({
      users: visible(req, s)
        .filter((u) => u.roles.locationIds.includes(req.query.locationId))
        .map(shown),
    }));
    r.get('/users/{userId}', (req, s) => shown(userOf(req, s)));
    r.post('/users/', createUser);
    r.put('/users/{userId}', updateUser);
    r.delete('/users/{userId}', deleteUser);
  },
  seed: (s) => {
    const { companyId, locationId, userId } = s.options;
    const user = (id: string, first: string, last: string, email: string, roles: Rec, added: string, extra: Rec = {}) =>
      s.table('users').put({
        id,
        companyId,
        firstName: first,
        lastName: last,
        name: `${first} ${last}`,
        email,
        phone: extra.phone ?? '',
        extension: '',
        roles: { restrictSubAccount: false, ...roles },
        permissions: { contactsEnabled: true, appointmentsEnabled: true, conversationsEnabled: true, opportunitiesEnabled: true },
        deleted: false,
        platformLanguage: 'en_US',
        dateAdded: added,
        ...extra,
      });
    user(userId, 'Jordan', 'Smith', 'jordan@acmeagency.example.com', { type: 'agency', role: 'admin', locationIds: [locationId, SEED.secondLocationId] }, '2025-01-05T09:00:00.000Z', { phone: '+12055550111' });
    user(SEED.users.frontDesk, 'Priya', 'Patel', 'priya@acmedental.example.com', { type: 'account', role: 'user', locationIds: [locationId] }, '2025-02-11T09:00:00.000Z', { phone: '+12055550122' });
    user(SEED.users.hygienist, 'Sam', 'Lee', 'sam@brightsmiles.example.com', { type: 'account', role: 'admin', locationIds: [SEED.secondLocationId] }, '2025-04-01T09:00:00.000Z');
  },
});

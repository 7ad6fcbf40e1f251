/**
 * Contacts: create (duplicate email/phone refused as GHL does), get, update, delete, upsert, the search
 * endpoint (`query`, `filters`, `sort`, `page`/`pageLimit`, `searchAfter`), the duplicate lookup, the
 * deprecated list (`startAfter`/`startAfterId`), tags (one contact and bulk), and business membership
 * (contacts of a business, bulk add/remove).
 */
import { fail, Reply, type Handler, type Req } from '../http';
import { ensureTags, limitSkip, lower, matchesText, mergeCustomFields, mustOwn, newestFirst, pageOf, startAfterPage } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newId, now, type Rec, type SandboxState } from '../state';

const WRITABLE = [
  'firstName', 'lastName', 'name', 'email', 'phone', 'companyName', 'address1', 'city', 'state', 'postalCode', 'country',
  'website', 'timezone', 'dateOfBirth', 'gender', 'source', 'assignedTo', 'dnd', 'dndSettings', 'inboundDndSettings', 'tags',
];

const digits = (v: unknown): string => String(v ?? '').replace(/\D/g, '');

const checkEmail = (email: unknown): void => {
  if (email !== undefined && email !== null && email !== '' && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(email))) {
    throw fail(422, ['email must be an email']);
  }
};

/** Applies a create/update body to a contact (GHL recomputes `name` and the lower-case copies). */
const write = (state: SandboxState, contact: Rec, body: Rec): Rec => {
  checkEmail(body.email);
  if (body.assignedTo && !state.table('users').has(body.assignedTo)) throw fail(422, [`assignedTo: user ${body.assignedTo} not found`]);
  for (const k of WRITABLE) if (body[k] !== undefined) contact[k] = body[k];
  if (body.email !== undefined) contact.email = lower(body.email) || undefined;
  if (body.tags !== undefined) {
    contact.tags = [...new Set((body.tags as string[]).map((t) => lower(t)).filter(Boolean))];
    ensureTags(state, contact.locationId, contact.tags);
  }
  if ((body.firstName !== undefined || body.lastName !== undefined) && body.name === undefined) {
    contact.name = [contact.firstName, contact.lastName].filter(Boolean).join(' ') || undefined;
  }
  contact.firstNameLowerCase = contact.firstName ? lower(contact.firstName) : undefined;
  contact.lastNameLowerCase = contact.lastName ? lower(contact.lastName) : undefined;
  contact.fullNameLowerCase = contact.name ? lower(contact.name) : undefined;
  contact.emailLowerCase = contact.email ? lower(contact.email) : undefined;
  contact.customFields = mergeCustomFields(state, contact.locationId, contact.customFields, body.customFields);
  contact.dateUpdated = now();
  for (const k of Object.keys(contact)) if (contact[k] === undefined) delete contact[k];
  return contact;
};

const contactsOf = (state: SandboxState, locationId: string): Rec[] => state.table('contacts').where((c) => c.locationId === locationId);

const duplicateOf = (state: SandboxState, locationId: string, email?: unknown, phone?: unknown): { contact: Rec; field: string } | undefined => {
  for (const c of contactsOf(state, locationId)) {
    if (email && c.email && lower(c.email) === lower(email)) return { contact: c, field: 'email' };
  }
  for (const c of contactsOf(state, locationId)) {
    if (phone && c.phone && digits(c.phone) === digits(phone)) return { contact: c, field: 'phone' };
  }
  return undefined;
};

const create = (state: SandboxState, body: Rec): Rec => {
  const stamp = now();
  const contact = write(state, { id: newId(), locationId: body.locationId, type: 'lead', dnd: false, tags: [], customFields: [], followers: [], dateAdded: stamp }, body);
  return state.table('contacts').put(contact);
};

const allowsDuplicates = (state: SandboxState, locationId: string): boolean =>
  !!state.table('locations').get(locationId)?.settings?.allowDuplicateContact;

const createContact: Handler = (req, state) => {
  const body = req.body;
  const dup = allowsDuplicates(state, body.locationId) ? undefined : duplicateOf(state, body.locationId, body.email, body.phone);
  if (dup) {
    throw fail(400, 'This location does not allow duplicated contacts.', {
      meta: { contactName: dup.contact.name, contactId: dup.contact.id, matchingField: dup.field },
    });
  }
  return { contact: create(state, body) };
};

const upsertContact: Handler = (req, state) => {
  const { createNewIfDuplicateAllowed, ...body } = req.body;
  const found = createNewIfDuplicateAllowed && allowsDuplicates(state, body.locationId) ? undefined : duplicateOf(state, body.locationId, body.email, body.phone);
  const contact = found ? write(state, found.contact, body) : create(state, body);
  return { new: !found, contact, traceId: newId() };
};

const contactOf = (req: Req, state: SandboxState): Rec => mustOwn(req, state.table('contacts'), req.params.contactId, 'Contact');

const updateContact: Handler = (req, state) => {
  const contact = contactOf(req, state);
  if (req.body && 'locationId' in req.body) throw fail(422, ['property locationId should not exist']);
  return { succeded: true, contact: write(state, contact, req.body || {}) };
};

const deleteContact: Handler = (req, state) => {
  const contact = contactOf(req, state);
  state.table('contacts').delete(contact.id);
  for (const name of ['notes', 'tasks', 'enrollments']) {
    const t = state.table(name);
    for (const r of t.where((x) => x.contactId === contact.id)) t.delete(r.id);
  }
  return { succeded: true };
};

const changeTags = (add: boolean): Handler => (req, state) => {
  const contact = contactOf(req, state);
  const names = (req.body.tags as string[]).map(lower).filter(Boolean);
  contact.tags = add ? [...new Set([...contact.tags, ...names])] : contact.tags.filter((t: string) => !names.includes(t));
  if (add) ensureTags(state, contact.locationId, names);
  contact.dateUpdated = now();
  return { tags: contact.tags };
};

/** POST /contacts/bulk/tags/update/{type}: add or remove tags (or every tag) on many contacts. */
const bulkTags: Handler = (req, state) => {
  const { type } = req.params;
  if (type !== 'add' && type !== 'remove') throw fail(422, ['type must be one of the following values: add, remove']);
  const { contacts: ids, tags: given, locationId, removeAllTags } = req.body;
  const names = (given as string[]).map(lower).filter(Boolean);
  const responses: string[] = [];
  let errorCount = 0;
  for (const id of ids as string[]) {
    const c = state.table('contacts').get(id);
    if (!c || c.locationId !== locationId) {
      errorCount++;
      responses.push(`${id}: contact not found`);
      continue;
    }
    if (type === 'add') {
      c.tags = [...new Set([...c.tags, ...names])];
      ensureTags(state, locationId, names);
    } else {
      c.tags = removeAllTags ? [] : c.tags.filter((t: string) => !names.includes(t));
    }
    c.dateUpdated = now();
    responses.push(`${id}: tags updated`);
  }
  return new Reply(201, { succeded: errorCount === 0, errorCount, responses });
};

type Filter = { field?: string; operator?: string; value?: unknown; filters?: Filter[]; group?: string };

const matches = (c: Rec, f: Filter): boolean => {
  if (Array.isArray(f.filters)) {
    const results = f.filters.map((x) => matches(c, x));
    return f.group === 'OR' ? results.some(Boolean) : results.every(Boolean);
  }
  const wanted = (Array.isArray(f.value) ? f.value : f.value === undefined ? [] : [f.value]).map(lower);
  const have = f.field === 'tags' ? (c.tags as string[]).map(lower) : [lower(c[f.field || ''])];
  switch (f.operator ?? 'eq') {
    case 'eq':
      return wanted.some((w) => have.includes(w));
    case 'not_eq':
      return !wanted.some((w) => have.includes(w));
    case 'contains':
      return f.field === 'tags' ? wanted.some((w) => have.includes(w)) : wanted.some((w) => have.some((h) => h.includes(w)));
    case 'not_contains':
      return !wanted.some((w) => have.some((h) => h.includes(w)));
    case 'exists':
      return have.some(Boolean);
    case 'not_exists':
      return !have.some(Boolean);
    default:
      throw fail(422, [`filters: operator ${f.operator} is not supported`]);
  }
};

const sortValue = (c: Rec, field: string): number | string => (/date/i.test(field) ? Date.parse(c[field]) || 0 : lower(c[field]));

/** POST /contacts/search: `{contacts, total}`; each contact carries its `searchAfter` cursor. */
const searchContacts: Handler = (req, state) => {
  const body = req.body;
  const limit = Number(body.pageLimit ?? 20);
  const sort = Array.isArray(body.sort) && body.sort[0] ? body.sort[0] : { field: 'dateAdded', direction: 'desc' };
  const dir = sort.direction === 'asc' ? 1 : -1;
  const found = contactsOf(state, body.locationId)
    .filter((c) => matchesText(body.query, c.name, c.email, c.phone, c.companyName))
    .filter((c) => (body.filters || []).every((f: Filter) => matches(c, f)))
    .sort((a, b) => {
      const x = sortValue(a, sort.field);
      const y = sortValue(b, sort.field);
      return (x < y ? -1 : x > y ? 1 : a.id.localeCompare(b.id)) * dir;
    })
    .map((c): Rec => ({ ...c, searchAfter: [sortValue(c, sort.field), c.id] }));
  let page: Rec[];
  if (Array.isArray(body.searchAfter) && body.searchAfter.length) {
    const i = found.findIndex((c) => c.id === body.searchAfter[body.searchAfter.length - 1]);
    page = found.slice(i + 1, i + 1 + limit);
  } else {
    page = pageOf(found, body.page, limit);
  }
  return { contacts: page, total: found.length };
};

/** GET /contacts/search/duplicate: the contact with this email (first) or phone, else `contact: null`. */
const duplicate: Handler = (req, state) => {
  const { email, number, locationId } = req.query;
  const found = (email && duplicateOf(state, locationId, email)) || (number && duplicateOf(state, locationId, undefined, number)) || undefined;
  return { contact: found ? found.contact : null, traceId: newId() };
};

/** GET /contacts/ (deprecated): newest first, `startAfter`/`startAfterId` paging, `{contacts, count, meta}`. */
const listContacts: Handler = (req, state) => {
  const q = req.query;
  const limit = Math.min(100, Number(q.limit) || 20);
  const found = contactsOf(state, q.locationId)
    .filter((c) => matchesText(q.query, c.name, c.email, c.phone, c.companyName))
    .sort(newestFirst('dateAdded'));
  const page = startAfterPage(found, { ...q, limit }, 'dateAdded');
  const last = page[page.length - 1];
  const more = last && found.indexOf(last) < found.length - 1;
  return {
    contacts: page,
    count: found.length,
    meta: {
      total: found.length,
      startAfterId: more ? last.id : null,
      startAfter: more ? Date.parse(last.dateAdded) : null,
      nextPageUrl: more ? `/contacts/?locationId=${q.locationId}&startAfterId=${last.id}&startAfter=${Date.parse(last.dateAdded)}` : null,
    },
  };
};

const contactsOfBusiness: Handler = (req, state) => {
  const q = req.query;
  const found = contactsOf(state, q.locationId)
    .filter((c) => c.businessId === req.params.businessId && matchesText(q.query, c.name, c.email, c.phone))
    .sort(newestFirst('dateAdded'));
  return { contacts: limitSkip(found, q, 25), count: found.length };
};

/** POST /contacts/bulk/business: `businessId` adds the contacts to a business, null removes them from theirs. */
const bulkBusiness: Handler = (req, state) => {
  const { ids, businessId, locationId } = req.body;
  if (businessId !== null && !state.table('businesses').get(businessId)) throw fail(404, `Business with id ${businessId} not found`);
  const done: string[] = [];
  for (const id of ids as string[]) {
    const c = state.table('contacts').get(id);
    if (!c || c.locationId !== locationId) throw fail(422, [`ids: contact ${id} not found`]);
    if (businessId === null) delete c.businessId;
    else c.businessId = businessId;
    c.dateUpdated = now();
    done.push(id);
  }
  return { success: true, ids: done };
};

export default defineResource({
  name: 'contacts',
  routes: (r) => {
    r.post('/contacts/', createContact);
    r.get('/contacts/', listContacts);
    r.post('/contacts/upsert', upsertContact);
    r.post('/contacts/search', searchContacts);
    r.get('/contacts/search/duplicate', duplicate);
    r.get('/contacts/{contactId}', (req, s) => ({ contact: contactOf(req, s) }));
    r.put('/contacts/{contactId}', updateContact);
    r.delete('/contacts/{contactId}', deleteContact);
    r.post('/contacts/{contactId}/tags', changeTags(true));
    r.delete('/contacts/{contactId}/tags', changeTags(false));
    r.post('/contacts/bulk/tags/update/{type}', bulkTags);
    r.get('/contacts/business/{businessId}', contactsOfBusiness);
    r.post('/contacts/bulk/business', bulkBusiness);
  },
  seed: (s) => {
    const { locationId } = s.options;
    const daysAgo = (d: number): string => new Date(Date.now() - d * 86_400_000).toISOString();
    const contact = (id: string, first: string, last: string, extra: Rec, age: number): void => {
      s.table('contacts').put({
        id,
        locationId,
        firstName: first,
        lastName: last,
        name: `${first} ${last}`,
        firstNameLowerCase: lower(first),
        lastNameLowerCase: lower(last),
        fullNameLowerCase: lower(`${first} ${last}`),
        type: 'lead',
        source: 'public api',
        dnd: false,
        tags: [],
        customFields: [],
        followers: [],
        assignedTo: s.options.userId,
        dateAdded: daysAgo(age),
        dateUpdated: daysAgo(age),
        ...extra,
        emailLowerCase: lower(extra.email),
      });
    };
    contact(SEED.contacts.rubika, 'Rubika', 'Deo', {
      email: 'rubika@deos.com',
      phone: '+18832327657',
      companyName: 'DGS VolMAX',
      businessId: SEED.businessId,
      address1: '3535 1st St N',
      city: 'Dolomite',
      state: 'AL',
      country: 'US',
      postalCode: '35061',
      timezone: 'America/Chicago',
      tags: ['webinar', 'vip'],
      followers: [SEED.users.frontDesk],
      customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', value: '35061' }],
    }, 3);
    contact(SEED.contacts.john, 'John', 'Deo', { email: 'john@deo.com', phone: '+12025550107', companyName: 'Tesla Inc', tags: ['vip'] }, 2);
    contact(SEED.contacts.maria, 'Maria', 'Lopez', { email: 'maria.lopez@example.com', phone: '+13125550188', tags: ['newsletter'] }, 1);
  },
});

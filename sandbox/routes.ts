/**
 * The stateful part of the sandbox: OAuth (token exchange with refresh-token rotation), the sub-account
 * and its custom fields and tags, contacts (tags, notes, tasks, search, duplicate lookup, upsert),
 * calendars and appointments, pipelines and opportunities. Answers follow GHL's shapes and status codes.
 */
import { fail, Reply, type Handler, type Req, type Router } from './server';
import { newId, now, type Grant, type Rec, type SandboxState } from './state';

const TRACE = { traceId: 'sandbox' };

const get = <T>(map: Map<string, T>, id: string, what: string): T => {
  const found = map.get(id);
  if (!found) throw fail(404, `${what} with id ${id} not found`);
  return found;
};

/** 422 with GHL's array of messages when a required body property is empty. */
const requireBody = (body: any, keys: string[]): Rec => {
  const b = body && typeof body === 'object' ? body : {};
  const missing = keys.filter((k) => b[k] === undefined || b[k] === null || b[k] === '');
  if (missing.length) throw fail(422, missing.map((k) => `${k} should not be empty`));
  return b;
};

const digits = (v: unknown): string => String(v ?? '').replace(/\D/g, '');
const lower = (v: unknown): string => String(v ?? '').trim().toLowerCase();
const list = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : v === undefined || v === '' ? [] : [String(v)]);
const page = <T>(items: T[], limit: unknown, skip: unknown): T[] => {
  const n = Number(limit) > 0 ? Number(limit) : 100;
  const s = Number(skip) > 0 ? Number(skip) : 0;
  return items.slice(s, s + n);
};
const newestFirst = (key: string) => (a: Rec, b: Rec) => String(b[key]).localeCompare(String(a[key]));

/** GHL takes custom fields as `[{id|key, field_value}]` and answers them as `[{id, value}]`. */
const mergeCustomFields = (state: SandboxState, current: Rec[] = [], incoming: unknown): Rec[] => {
  if (!Array.isArray(incoming)) return current;
  const out = new Map(current.map((cf) => [cf.id, cf.value]));
  for (const cf of incoming) {
    const def = state.customFields.find((d) => d.id === cf?.id || d.fieldKey === cf?.key);
    const value = cf?.field_value ?? cf?.value ?? cf?.fieldValue;
    if (def) out.set(def.id, value);
  }
  return [...out].map(([id, value]) => ({ id, value }));
};

// ---- OAuth ----------------------------------------------------------------------------------------

/** POST /oauth/token: authorization_code or refresh_token; every refresh spends the refresh token. */
const token: Handler = (req, state) => {
  const form = req.body || {};
  if (!String(req.headers['content-type'] || '').includes('application/x-www-form-urlencoded')) {
    throw fail(422, ['The token request must be form-encoded (application/x-www-form-urlencoded)']);
  }
  if (form.client_id !== state.options.clientId || form.client_secret !== state.options.clientSecret) {
    throw fail(401, 'Invalid client: client is invalid');
  }
  let grant: Grant | undefined;
  if (form.grant_type === 'refresh_token') {
    const entry = state.refreshTokens.get(String(form.refresh_token));
    if (!entry || entry.spent) {
      throw fail(400, 'Invalid grant: refresh token is invalid', { error: 'invalid_grant', error_description: 'Invalid grant: refresh token is invalid' });
    }
    entry.spent = true;
    grant = entry.grant;
  } else if (form.grant_type === 'authorization_code') {
    grant = state.codes.get(String(form.code));
    if (!grant) throw fail(400, 'Invalid grant: authorization code is invalid', { error: 'invalid_grant' });
    state.codes.delete(String(form.code));
  } else {
    throw fail(422, ['grant_type must be one of the following values: authorization_code, refresh_token']);
  }
  return new Reply(200, state.issue(grant));
};

/** The marketplace's authorize page, answered at once: redirects back with a code for the seeded sub-account. */
const authorize: Handler = (req, state) => {
  const code = newId(32);
  const { locationId, companyId, userId } = state.options;
  state.codes.set(code, { userType: 'Location', locationId, companyId, userId });
  const to = new URL(String(req.query.redirect_uri || 'http://localhost:9000'));
  to.searchParams.set('code', code);
  if (req.query.state) to.searchParams.set('state', String(req.query.state));
  return new Reply(302, undefined, { location: to.toString() });
};

// ---- Sub-account -----------------------------------------------------------------------------------

const location: Handler = (req, state) => ({ location: get(state.locations, req.params.locationId, 'Location') });

const customFields: Handler = (req, state) => {
  const model = req.query.model;
  return { customFields: state.customFields.filter((d) => !model || model === 'all' || d.model === model) };
};

const tags: Handler = (req, state) => {
  const names = new Set([...state.contacts.values()].flatMap((c) => c.tags as string[]));
  return { tags: [...names].sort().map((name) => ({ id: `tag-${name}`, name, locationId: req.params.locationId })) };
};

// ---- Contacts --------------------------------------------------------------------------------------

const CONTACT_KEYS = [
  'firstName', 'lastName', 'name', 'email', 'phone', 'companyName', 'address1', 'city', 'state', 'postalCode',
  'country', 'website', 'timezone', 'dateOfBirth', 'gender', 'source', 'assignedTo', 'dnd', 'dndSettings', 'tags',
];

const checkEmail = (email: unknown): void => {
  if (email !== undefined && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(email))) throw fail(422, ['email must be an email']);
};

/** Applies a create/update body to a contact record (GHL recomputes `name` from the parts). */
const writeContact = (state: SandboxState, contact: Rec, body: Rec): Rec => {
  checkEmail(body.email);
  for (const k of CONTACT_KEYS) if (body[k] !== undefined) contact[k] = body[k];
  if (body.email !== undefined) contact.email = lower(body.email);
  if (body.firstName !== undefined || body.lastName !== undefined) {
    contact.name = [contact.firstName, contact.lastName].filter(Boolean).join(' ');
  }
  contact.customFields = mergeCustomFields(state, contact.customFields, body.customFields);
  contact.dateUpdated = now();
  return contact;
};

const duplicateOf = (state: SandboxState, email?: unknown, phone?: unknown): Rec | undefined =>
  [...state.contacts.values()].find(
    (c) => (email && c.email && lower(c.email) === lower(email)) || (phone && c.phone && digits(c.phone) === digits(phone)),
  );

const newContact = (state: SandboxState, body: Rec): Rec => {
  const stamp = now();
  const contact = writeContact(state, { id: newId(), locationId: body.locationId, type: 'lead', dnd: false, tags: [], customFields: [], dateAdded: stamp }, body);
  state.contacts.set(contact.id, contact);
  return contact;
};

const createContact: Handler = (req, state) => {
  const body = requireBody(req.body, ['locationId']);
  const dup = duplicateOf(state, body.email, body.phone);
  if (dup) {
    throw fail(400, 'This location does not allow duplicated contacts.', {
      meta: { contactName: dup.name, contactId: dup.id, matchingField: body.email && lower(dup.email) === lower(body.email) ? 'email' : 'phone' },
    });
  }
  return { contact: newContact(state, body) };
};

const upsertContact: Handler = (req, state) => {
  const body = requireBody(req.body, ['locationId']);
  const found = duplicateOf(state, body.email, body.phone);
  const contact = found ? writeContact(state, found, body) : newContact(state, body);
  return { new: !found, contact, ...TRACE };
};

const getContact: Handler = (req, state) => ({ contact: get(state.contacts, req.params.contactId, 'Contact') });

const updateContact: Handler = (req, state) => {
  const contact = get(state.contacts, req.params.contactId, 'Contact');
  if (req.body && 'locationId' in req.body) throw fail(422, ['property locationId should not exist']);
  return { succeded: true, contact: writeContact(state, contact, req.body || {}) };
};

const deleteContact: Handler = (req, state) => {
  get(state.contacts, req.params.contactId, 'Contact');
  state.contacts.delete(req.params.contactId);
  for (const map of [state.notes, state.tasks]) for (const [id, r] of map) if (r.contactId === req.params.contactId) map.delete(id);
  return { succeded: true };
};

const changeTags = (add: boolean): Handler => (req, state) => {
  const contact = get(state.contacts, req.params.contactId, 'Contact');
  const { tags: given } = requireBody(req.body, ['tags']);
  if (!Array.isArray(given)) throw fail(422, ['tags must be an array']);
  const names = given.map(String);
  contact.tags = add ? [...new Set([...contact.tags, ...names])] : contact.tags.filter((t: string) => !names.includes(t));
  contact.dateUpdated = now();
  return { tags: contact.tags };
};

type Filter = { field?: string; operator?: string; value?: unknown; filters?: Filter[] };
const flatten = (filters: Filter[] = []): Filter[] => filters.flatMap((f) => (Array.isArray(f.filters) ? flatten(f.filters) : [f]));

const matches = (c: Rec, f: Filter): boolean => {
  const wanted = list(f.value).map(lower);
  const have = f.field === 'tags' ? (c.tags as string[]).map(lower) : [lower(c[f.field || ''])];
  if (f.operator === 'contains' || f.operator === 'eq' || !f.operator) {
    return f.field === 'tags' ? wanted.some((w) => have.includes(w)) : wanted.some((w) => have.some((h) => (f.operator === 'contains' ? h.includes(w) : h === w)));
  }
  if (f.operator === 'not_contains') return !wanted.some((w) => have.includes(w));
  if (f.operator === 'exists') return have.some(Boolean);
  throw fail(422, [`filters: operator ${f.operator} is not supported by the sandbox`]);
};

/** POST /contacts/search: `query` (name, email, phone, company), `filters`, `sort`, `page`/`pageLimit`. */
const searchContacts: Handler = (req, state) => {
  const body = requireBody(req.body, ['locationId']);
  const limit = Number(body.pageLimit ?? 20);
  if (limit > 500) throw fail(422, ['pageLimit must not be greater than 500']);
  const q = lower(body.query);
  const sort = Array.isArray(body.sort) && body.sort[0] ? body.sort[0] : { field: 'dateAdded', direction: 'desc' };
  const found = [...state.contacts.values()]
    .filter((c) => !q || [c.name, c.email, c.phone, c.companyName].some((v) => lower(v).includes(q)))
    .filter((c) => flatten(body.filters).every((f) => matches(c, f)))
    .sort((a, b) => String(a[sort.field] ?? '').localeCompare(String(b[sort.field] ?? '')) * (sort.direction === 'asc' ? 1 : -1));
  return { contacts: page(found, limit, (Math.max(1, Number(body.page ?? 1)) - 1) * limit), total: found.length };
};

/** GET /contacts/search/duplicate: the contact with this email (first) or phone, else `contact: null`. */
const duplicate: Handler = (req, state) => {
  const { email, number } = req.query;
  const found = (email && duplicateOf(state, email)) || (number && duplicateOf(state, undefined, number));
  return { contact: found || null, ...TRACE };
};

const listContacts: Handler = (req, state) => {
  const q = lower(req.query.query);
  const found = [...state.contacts.values()].filter((c) => !q || [c.name, c.email, c.phone].some((v) => lower(v).includes(q)));
  return { contacts: page(found.sort(newestFirst('dateAdded')), req.query.limit, 0), meta: { total: found.length } };
};

// ---- Notes and tasks (children of a contact) --------------------------------------------------------

const childOf = (map: Map<string, Rec>, what: string, idParam: string) => (req: Req, state: SandboxState): Rec => {
  get(state.contacts, req.params.contactId, 'Contact');
  const rec = get(map, req.params[idParam], what);
  if (rec.contactId !== req.params.contactId) throw fail(404, `${what} with id ${req.params[idParam]} not found`);
  return rec;
};
const noteOf = (req: Req, state: SandboxState) => childOf(state.notes, 'Note', 'id')(req, state);
const taskOf = (req: Req, state: SandboxState) => childOf(state.tasks, 'Task', 'taskId')(req, state);
const childrenOf = (map: Map<string, Rec>, req: Req, state: SandboxState): Rec[] => {
  get(state.contacts, req.params.contactId, 'Contact');
  return [...map.values()].filter((r) => r.contactId === req.params.contactId);
};

const NOTE_KEYS = ['body', 'title', 'userId', 'color', 'pinned'];
const TASK_KEYS = ['title', 'body', 'dueDate', 'completed', 'assignedTo'];
const pick = (body: Rec, keys: string[]): Rec => Object.fromEntries(keys.filter((k) => body[k] !== undefined).map((k) => [k, body[k]]));

const createNote: Handler = (req, state) => {
  get(state.contacts, req.params.contactId, 'Contact');
  const body = requireBody(req.body, ['body']);
  const note = { id: newId(), contactId: req.params.contactId, ...pick(body, NOTE_KEYS), dateAdded: now() };
  state.notes.set(note.id, note);
  return { note };
};

const createTask: Handler = (req, state) => {
  get(state.contacts, req.params.contactId, 'Contact');
  const body = requireBody(req.body, ['title', 'dueDate']);
  if (Number.isNaN(Date.parse(body.dueDate))) throw fail(422, ['dueDate must be a valid ISO 8601 date string']);
  const task = { id: newId(), contactId: req.params.contactId, completed: false, ...pick(body, TASK_KEYS) };
  state.tasks.set(task.id, task);
  return { task };
};

// ---- Calendars and appointments --------------------------------------------------------------------

const APPOINTMENT_KEYS = [
  'calendarId', 'contactId', 'startTime', 'endTime', 'title', 'appointmentStatus', 'assignedUserId', 'description',
  'address', 'meetingLocationType', 'meetingLocationId', 'rrule',
];

const writeAppointment = (state: SandboxState, appt: Rec, body: Rec): Rec => {
  for (const k of APPOINTMENT_KEYS) if (body[k] !== undefined) appt[k] = body[k];
  get(state.calendars, appt.calendarId, 'Calendar');
  if (!appt.endTime) {
    const minutes = state.calendars.get(appt.calendarId)?.slotDuration ?? 30;
    appt.endTime = new Date(Date.parse(appt.startTime) + minutes * 60_000).toISOString();
  }
  if (Number.isNaN(Date.parse(appt.startTime)) || Date.parse(appt.endTime) <= Date.parse(appt.startTime)) {
    throw fail(422, ['endTime must be after startTime']);
  }
  appt.isRecurring = !!appt.rrule;
  appt.dateUpdated = now();
  return appt;
};

const createAppointment: Handler = (req, state) => {
  const body = requireBody(req.body, ['calendarId', 'locationId', 'contactId', 'startTime']);
  get(state.contacts, body.contactId, 'Contact');
  const appt = writeAppointment(state, { id: newId(), locationId: body.locationId, appointmentStatus: 'confirmed', dateAdded: now() }, body);
  state.appointments.set(appt.id, appt);
  return appt;
};

/** GET /calendars/events: one of calendarId, userId, groupId; startTime/endTime in epoch ms. */
const listEvents: Handler = (req, state) => {
  const { calendarId, userId, groupId, startTime, endTime } = req.query;
  if (!calendarId && !userId && !groupId) throw fail(422, ['One of calendarId, userId or groupId is required']);
  if (!/^\d+$/.test(String(startTime)) || !/^\d+$/.test(String(endTime))) {
    throw fail(422, ['startTime and endTime must be epoch milliseconds']);
  }
  const events = [...state.appointments.values()].filter(
    (a) =>
      (!calendarId || a.calendarId === calendarId) &&
      (!userId || a.assignedUserId === userId) &&
      Date.parse(a.startTime) >= Number(startTime) &&
      Date.parse(a.startTime) <= Number(endTime),
  );
  return { events };
};

// ---- Opportunities ---------------------------------------------------------------------------------

const OPPORTUNITY_KEYS = ['pipelineId', 'name', 'pipelineStageId', 'status', 'monetaryValue', 'assignedTo', 'contactId', 'source'];
const STATUSES = ['open', 'won', 'lost', 'abandoned'];

const withContact = (state: SandboxState, o: Rec): Rec => ({ ...o, contact: state.contactSummary(o.contactId) });

const writeOpportunity = (state: SandboxState, o: Rec, body: Rec): Rec => {
  if (body.status !== undefined && !STATUSES.includes(body.status)) throw fail(422, [`status must be one of ${STATUSES.join(', ')}`]);
  if (body.status !== undefined && body.status !== o.status) o.lastStatusChangeAt = now();
  for (const k of OPPORTUNITY_KEYS) if (body[k] !== undefined) o[k] = body[k];
  const pipeline = state.pipelines.find((p) => p.id === o.pipelineId);
  if (!pipeline) throw fail(400, `Pipeline with id ${o.pipelineId} not found`);
  o.pipelineStageId ??= pipeline.stages[0].id;
  o.customFields = mergeCustomFields(state, o.customFields, body.customFields);
  o.updatedAt = now();
  return o;
};

const newOpportunity = (state: SandboxState, body: Rec): Rec => {
  get(state.contacts, body.contactId, 'Contact');
  const stamp = now();
  const o = writeOpportunity(state, { id: newId(), locationId: body.locationId, customFields: [], followers: [], createdAt: stamp, lastStatusChangeAt: stamp }, body);
  state.opportunities.set(o.id, o);
  return o;
};

const createOpportunity: Handler = (req, state) =>
  ({ opportunity: withContact(state, newOpportunity(state, requireBody(req.body, ['locationId', 'pipelineId', 'name', 'status', 'contactId']))) });

const upsertOpportunity: Handler = (req, state) => {
  const body = requireBody(req.body, ['locationId', 'pipelineId', 'contactId']);
  const found = [...state.opportunities.values()].find((o) => o.contactId === body.contactId && o.pipelineId === body.pipelineId);
  const o = found ? writeOpportunity(state, found, body) : newOpportunity(state, { status: 'open', name: 'Opportunity', ...body });
  return { opportunity: withContact(state, o), new: !found };
};

/** GET /opportunities/search (location_id, q, pipeline_id, pipeline_stage_id, status, assigned_to, contact_id, page/limit). */
const searchOpportunities: Handler = (req, state) => {
  const q = req.query;
  if (!q.location_id) throw fail(422, ['location_id should not be empty']);
  const text = lower(q.q);
  const found = [...state.opportunities.values()]
    .map((o) => withContact(state, o))
    .filter(
      (o) =>
        (!text || [o.name, o.contact?.name, o.contact?.email, o.contact?.phone].some((v) => lower(v).includes(text))) &&
        (!q.pipeline_id || o.pipelineId === q.pipeline_id) &&
        (!q.pipeline_stage_id || o.pipelineStageId === q.pipeline_stage_id) &&
        (!q.status || q.status === 'all' || o.status === q.status) &&
        (!q.assigned_to || o.assignedTo === q.assigned_to) &&
        (!q.contact_id || o.contactId === q.contact_id),
    )
    .sort(newestFirst('createdAt'));
  const limit = Number(q.limit) > 0 ? Number(q.limit) : 20;
  const current = Math.max(1, Number(q.page ?? 1));
  return { opportunities: page(found, limit, (current - 1) * limit), meta: { total: found.length, currentPage: current } };
};

// ---- The routes --------------------------------------------------------------------------------------

export const addRoutes = (r: Router): void => {
  r.add('POST', '/oauth/token', token, { open: true });
  r.add('GET', '/v2/oauth/chooselocation', authorize, { open: true });
  // Demo control (not GHL): expire one access token ({"access_token": …}) or, without a body, all of them.
  r.add('POST', '/_sandbox/expire', (req, s) => {
    s.expire(req.body?.access_token);
    return new Reply(200, { expired: req.body?.access_token ?? 'all' });
  }, { open: true });

  r.add('GET', '/locations/{locationId}', location);
  r.add('GET', '/locations/{locationId}/customFields', customFields);
  r.add('GET', '/locations/{locationId}/tags', tags);

  r.add('POST', '/contacts/', createContact);
  r.add('GET', '/contacts/', listContacts);
  r.add('POST', '/contacts/upsert', upsertContact);
  r.add('POST', '/contacts/search', searchContacts);
  r.add('GET', '/contacts/search/duplicate', duplicate);
  r.add('GET', '/contacts/{contactId}', getContact);
  r.add('PUT', '/contacts/{contactId}', updateContact);
  r.add('DELETE', '/contacts/{contactId}', deleteContact);
  r.add('POST', '/contacts/{contactId}/tags', changeTags(true));
  r.add('DELETE', '/contacts/{contactId}/tags', changeTags(false));

  r.add('GET', '/contacts/{contactId}/notes', (req, s) => ({ notes: childrenOf(s.notes, req, s).sort(newestFirst('dateAdded')) }));
  r.add('POST', '/contacts/{contactId}/notes', createNote);
  r.add('GET', '/contacts/{contactId}/notes/{id}', (req, s) => ({ note: noteOf(req, s) }));
  r.add('PUT', '/contacts/{contactId}/notes/{id}', (req, s) => ({ note: Object.assign(noteOf(req, s), pick(req.body || {}, NOTE_KEYS)) }));
  r.add('DELETE', '/contacts/{contactId}/notes/{id}', (req, s) => ({ succeded: s.notes.delete(noteOf(req, s).id) }));

  r.add('GET', '/contacts/{contactId}/tasks', (req, s) => ({ tasks: childrenOf(s.tasks, req, s) }));
  r.add('POST', '/contacts/{contactId}/tasks', createTask);
  r.add('GET', '/contacts/{contactId}/tasks/{taskId}', (req, s) => ({ task: taskOf(req, s) }));
  r.add('PUT', '/contacts/{contactId}/tasks/{taskId}', (req, s) => ({ task: Object.assign(taskOf(req, s), pick(req.body || {}, TASK_KEYS)) }));
  r.add('PUT', '/contacts/{contactId}/tasks/{taskId}/completed', (req, s) => ({
    task: Object.assign(taskOf(req, s), { completed: requireBody(req.body, ['completed']).completed === true }),
  }));
  r.add('DELETE', '/contacts/{contactId}/tasks/{taskId}', (req, s) => ({ succeded: s.tasks.delete(taskOf(req, s).id) }));
  r.add('GET', '/contacts/{contactId}/appointments', (req, s) => ({
    events: [...s.appointments.values()].filter((a) => a.contactId === get(s.contacts, req.params.contactId, 'Contact').id),
  }));

  r.add('GET', '/calendars/', (_req, s) => ({ calendars: [...s.calendars.values()] }));
  r.add('GET', '/calendars/{calendarId}', (req, s) => ({ calendar: get(s.calendars, req.params.calendarId, 'Calendar') }));
  r.add('GET', '/calendars/events', listEvents);
  r.add('POST', '/calendars/events/appointments', createAppointment);
  r.add('GET', '/calendars/events/appointments/{eventId}', (req, s) => ({ event: get(s.appointments, req.params.eventId, 'Appointment') }));
  r.add('PUT', '/calendars/events/appointments/{eventId}', (req, s) =>
    writeAppointment(s, get(s.appointments, req.params.eventId, 'Appointment'), req.body || {}));
  r.add('DELETE', '/calendars/events/{eventId}', (req, s) => ({ succeeded: s.appointments.delete(get(s.appointments, req.params.eventId, 'Event').id) }));

  r.add('GET', '/opportunities/pipelines', (_req, s) => ({ pipelines: s.pipelines }));
  r.add('GET', '/opportunities/search', searchOpportunities);
  r.add('POST', '/opportunities/', createOpportunity);
  r.add('POST', '/opportunities/upsert', upsertOpportunity);
  r.add('GET', '/opportunities/{id}', (req, s) => ({ opportunity: withContact(s, get(s.opportunities, req.params.id, 'Opportunity')) }));
  r.add('PUT', '/opportunities/{id}', (req, s) => ({
    opportunity: withContact(s, writeOpportunity(s, get(s.opportunities, req.params.id, 'Opportunity'), req.body || {})),
  }));
  r.add('PUT', '/opportunities/{id}/status', (req, s) => {
    writeOpportunity(s, get(s.opportunities, req.params.id, 'Opportunity'), { status: requireBody(req.body, ['status']).status });
    return { succeded: true };
  });
  r.add('DELETE', '/opportunities/{id}', (req, s) => ({ succeded: s.opportunities.delete(get(s.opportunities, req.params.id, 'Opportunity').id) }));
};

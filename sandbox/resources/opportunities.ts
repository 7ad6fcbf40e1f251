/**
 * Pipelines and opportunities: create, get, update, delete, status, upsert, followers, lost reasons, and
 * the search endpoint (`location_id`, `q`, pipeline, stage, status, assignee, contact, `order`,
 * `page`/`limit` and `startAfter`/`startAfterId`).
 */
import { fail, type Handler, type Req } from '../http';
import { boolOf, limitSkip, matchesText, mergeCustomFields, must, mustOwn, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newId, now, type Rec, type SandboxState } from '../state';

const KEYS = ['pipelineId', 'name', 'pipelineStageId', 'status', 'monetaryValue', 'assignedTo', 'contactId', 'source', 'lostReasonId'];

/** The contact summary GHL embeds in an opportunity. */
const withContact = (state: SandboxState, o: Rec): Rec => {
  const c = state.table('contacts').get(o.contactId);
  return { ...o, contact: c ? pick(c, ['id', 'name', 'companyName', 'email', 'phone', 'tags']) : undefined };
};

const write = (state: SandboxState, o: Rec, body: Rec): Rec => {
  const stamp = now();
  if (body.status !== undefined && body.status !== o.status) o.lastStatusChangeAt = stamp;
  if (body.pipelineStageId !== undefined && body.pipelineStageId !== o.pipelineStageId) o.lastStageChangeAt = stamp;
  for (const k of KEYS) if (body[k] !== undefined) o[k] = body[k];
  const pipeline = state.table('pipelines').get(o.pipelineId);
  if (!pipeline || pipeline.locationId !== o.locationId) throw fail(400, `Pipeline with id ${o.pipelineId} not found`);
  if (!o.pipelineStageId) o.pipelineStageId = pipeline.stages[0].id;
  if (!pipeline.stages.some((s: Rec) => s.id === o.pipelineStageId)) throw fail(400, `Stage ${o.pipelineStageId} is not in pipeline ${pipeline.name}`);
  if (o.assignedTo && !state.table('users').has(o.assignedTo)) throw fail(422, [`assignedTo: user ${o.assignedTo} not found`]);
  if (o.lostReasonId && !state.table('lostReasons').has(o.lostReasonId)) throw fail(422, [`lostReasonId: lost reason ${o.lostReasonId} not found`]);
  const current = (o.customFields || []).map((cf: Rec) => ({ id: cf.id, value: cf.fieldValue }));
  o.customFields = mergeCustomFields(state, o.locationId, current, body.customFields).map(({ id, value }) => ({ id, fieldValue: value }));
  o.updatedAt = stamp;
  o.lastActionDate = stamp;
  return o;
};

const create = (state: SandboxState, body: Rec): Rec => {
  const contact = must(state.table('contacts'), body.contactId, 'Contact');
  if (contact.locationId !== body.locationId) throw fail(404, `Contact with id ${body.contactId} not found`);
  const stamp = now();
  const o = write(state, { id: newId(), locationId: body.locationId, source: 'api', customFields: [], followers: [], createdAt: stamp, lastStatusChangeAt: stamp, lastStageChangeAt: stamp }, body);
  return state.table('opportunities').put(o);
};

const opportunityOf = (req: Req, state: SandboxState): Rec => mustOwn(req, state.table('opportunities'), req.params.id, 'Opportunity');

const upsert: Handler = (req, state) => {
  const { followers, isRemoveAllFollowers, followersActionType, id, ...body } = req.body;
  const all = state.table('opportunities');
  const found = id
    ? mustOwn(req, all, id, 'Opportunity')
    : all.where((o) => o.locationId === body.locationId && o.contactId === body.contactId && o.pipelineId === body.pipelineId)[0];
  const o = found ? write(state, found, body) : create(state, { status: 'open', name: 'Opportunity', ...body });
  if (isRemoveAllFollowers) o.followers = [];
  else if (Array.isArray(followers) && followers.length) {
    o.followers = followersActionType === 'remove' ? o.followers.filter((f: string) => !followers.includes(f)) : [...new Set([...o.followers, ...followers])];
  }
  return { opportunity: withContact(state, o), new: !found };
};

const ORDERS: Record<string, [string, number]> = {
  added_desc: ['createdAt', -1],
  added_asc: ['createdAt', 1],
  updated_desc: ['updatedAt', -1],
  updated_asc: ['updatedAt', 1],
};

/** mm-dd-yyyy (the search's `date`/`endDate`) → epoch ms. */
const mdy = (v: string, field: string): number => {
  const m = /^(\d{2})-(\d{2})-(\d{4})$/.exec(v);
  if (!m) throw fail(422, [`${field} must be in mm-dd-yyyy format`]);
  return Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]));
};

/** GET /opportunities/search. */
const search: Handler = (req, state) => {
  const q = req.query;
  if (q.order !== undefined && !ORDERS[q.order]) throw fail(422, [`order must be one of the following values: ${Object.keys(ORDERS).join(', ')}`]);
  const [key, dir] = ORDERS[q.order ?? 'added_desc'];
  const from = q.date ? mdy(q.date, 'date') : undefined;
  const to = q.endDate ? mdy(q.endDate, 'endDate') + 86_399_999 : undefined;
  const found = state
    .table('opportunities')
    .where((o) => o.locationId === q.location_id)
    .map((o) => withContact(state, o))
    .filter(
      (o) =>
        matchesText(q.q, o.name, o.contact?.name, o.contact?.email, o.contact?.phone) &&
        (!q.id || o.id === q.id) &&
        (!q.pipeline_id || o.pipelineId === q.pipeline_id) &&
        (!q.pipeline_stage_id || o.pipelineStageId === q.pipeline_stage_id) &&
        (!q.status || q.status === 'all' || o.status === q.status) &&
        (!q.assigned_to || o.assignedTo === q.assigned_to) &&
        (!q.contact_id || o.contactId === q.contact_id) &&
        (from === undefined || Date.parse(o.createdAt) >= from) &&
        (to === undefined || Date.parse(o.createdAt) <= to),
    )
    .sort((a, b) => (Date.parse(a[key]) - Date.parse(b[key])) * dir);
  const limit = Number(q.limit) > 0 ? Number(q.limit) : 20;
  let start: number;
  let current: number;
  if (q.startAfterId) {
    start = found.findIndex((o) => o.id === q.startAfterId) + 1;
    current = Math.floor(start / limit) + 1;
  } else {
    current = Math.max(1, Number(q.page) || 1);
    start = (current - 1) * limit;
  }
  const page = found.slice(start, start + limit);
  const last = page[page.length - 1];
  const more = start + limit < found.length;
  return {
    opportunities: page,
    meta: {
      total: found.length,
      currentPage: current,
      ...(current > 1 ? { prevPage: current - 1 } : {}),
      ...(more
        ? {
            nextPage: current + 1,
            startAfterId: last.id,
            startAfter: Date.parse(last[key]),
            nextPageUrl: `/opportunities/search?location_id=${q.location_id}&startAfterId=${last.id}&startAfter=${Date.parse(last[key])}`,
          }
        : {}),
    },
    aggregations: {},
  };
};

const changeFollowers = (add: boolean): Handler => (req, state) => {
  const o = opportunityOf(req, state);
  const given: string[] = req.body.followers;
  for (const id of given) if (!state.table('users').has(id)) throw fail(422, [`followers: user ${id} not found`]);
  const before: string[] = o.followers;
  if (add) {
    o.followers = [...new Set([...before, ...given])];
    return { followers: o.followers, followersAdded: given.filter((f) => !before.includes(f)) };
  }
  const all = boolOf(req.query.isRemoveAllFollowers);
  o.followers = all ? [] : before.filter((f) => !given.includes(f));
  return { followers: o.followers, followersRemoved: before.filter((f) => !o.followers.includes(f)) };
};

export default defineResource({
  name: 'opportunities',
  routes: (r) => {
    r.get('/opportunities/pipelines', (req, s) => ({ pipelines: s.table('pipelines').where((p) => p.locationId === req.query.locationId) }));
    r.get('/opportunities/lost-reason', (req, s) => {
      const q = req.query;
      const found = s
        .table('lostReasons')
        .where((l) => l.locationId === q.locationId && (boolOf(q.deleted) ?? false) === !!l.deleted && matchesText(q.query ?? q.name, l.name));
      return { lostReasons: limitSkip(found, q, 20).map(({ deleted: _d, ...l }) => l), total: found.length };
    });
    r.get('/opportunities/search', search);
    r.post('/opportunities/', (req, s) => ({ opportunity: withContact(s, create(s, req.body)) }));
    r.post('/opportunities/upsert', upsert);
    r.get('/opportunities/{id}', (req, s) => ({ opportunity: withContact(s, opportunityOf(req, s)) }));
    r.put('/opportunities/{id}', (req, s) => ({ opportunity: withContact(s, write(s, opportunityOf(req, s), req.body || {})) }));
    r.put('/opportunities/{id}/status', (req, s) => {
      write(s, opportunityOf(req, s), pick(req.body, ['status', 'lostReasonId']));
      return { succeded: true };
    });
    r.delete('/opportunities/{id}', (req, s) => ({ succeded: s.table('opportunities').delete(opportunityOf(req, s).id) }));
    r.post('/opportunities/{id}/followers', changeFollowers(true));
    r.delete('/opportunities/{id}/followers', changeFollowers(false));
  },
  seed: (s) => {
    const { locationId, userId } = s.options;
    const daysAgo = (d: number): string => new Date(Date.now() - d * 86_400_000).toISOString();
    s.table('pipelines').put({
      id: SEED.pipelineId,
      name: 'Sales',
      locationId,
      showInFunnel: true,
      showInPieChart: true,
      stages: [
        { id: SEED.stages.newLead, name: 'New lead', position: 0, showInFunnel: true, showInPieChart: true },
        { id: SEED.stages.proposal, name: 'Proposal sent', position: 1, showInFunnel: true, showInPieChart: true },
        { id: SEED.stages.closed, name: 'Closed', position: 2, showInFunnel: true, showInPieChart: true },
      ],
    });
    s.table('lostReasons').put({ id: SEED.lostReasonId, name: 'Too expensive', locationId, createdAt: daysAgo(30), updatedAt: daysAgo(30) });
    s.table('lostReasons').put({ id: 'Lr9Xw3Nq6Zt2Vb5Mk8Pc', name: 'Went with a competitor', locationId, createdAt: daysAgo(30), updatedAt: daysAgo(30) });
    s.table('opportunities').put({
      id: SEED.opportunityId,
      name: 'Corporate plan — Tesla Inc',
      monetaryValue: 500,
      pipelineId: SEED.pipelineId,
      pipelineStageId: SEED.stages.newLead,
      assignedTo: userId,
      status: 'open',
      source: 'Website',
      contactId: SEED.contacts.john,
      locationId,
      customFields: [{ id: 'Pq1wE2rT3yU4iO5pA6sD', fieldValue: 'Referral' }],
      followers: [SEED.users.frontDesk],
      lastStatusChangeAt: daysAgo(2),
      lastStageChangeAt: daysAgo(2),
      lastActionDate: daysAgo(2),
      createdAt: daysAgo(2),
      updatedAt: daysAgo(2),
    });
  },
});

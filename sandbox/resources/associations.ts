/**
 * Associations (definitions linking two object types: create, get by id or key, list, list by object key,
 * update labels, delete) and relations (links between two records of an association: create, list by
 * record, delete). GHL's spec documents one association object for every answer here; the list answers
 * are `{associations, total}` and `{relations, total}` (the `responseSchema` errata).
 */
import { fail, Reply, type Handler, type Req } from '../http';
import { limitSkip, listOf, must, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newHexId, now, type Rec, type SandboxState } from '../state';

const mineOrMissing = <T extends Rec>(req: Req, rec: T | undefined, what: string, id: string): T => {
  if (!rec || (req.grant?.locationId && rec.locationId !== req.grant.locationId)) throw fail(404, `${what} with id ${id} not found`);
  return rec;
};

const associationOf = (req: Req, state: SandboxState, id = req.params.associationId): Rec =>
  mineOrMissing(req, state.table('associations').get(id), 'Association', id);

/** Which table holds the records of an object key (contacts, opportunities, businesses; custom objects elsewhere). */
const RECORD_TABLES: Record<string, string> = { contact: 'contacts', opportunity: 'opportunities', business: 'businesses' };

/** A record id must exist when its object is one the sandbox keeps. */
const checkRecord = (state: SandboxState, objectKey: string, id: string, locationId: string, field: string): void => {
  const table = RECORD_TABLES[objectKey];
  if (!table) return;
  const rec = state.table(table).get(id);
  if (!rec || rec.locationId !== locationId) throw fail(422, [`${field}: no ${objectKey} with id ${id} in this location`]);
};

const createAssociation: Handler = (req, state) => {
  const b = req.body;
  if (state.table('associations').where((a) => a.locationId === b.locationId && a.key === b.key).length) {
    throw fail(400, `An association with key ${b.key} already exists`);
  }
  const association = state.table('associations').put({
    id: newHexId(),
    associationType: 'USER_DEFINED',
    ...pick(b, ['locationId', 'key', 'firstObjectLabel', 'firstObjectKey', 'secondObjectLabel', 'secondObjectKey']),
  });
  return new Reply(201, association);
};

const createRelation: Handler = (req, state) => {
  const b = req.body;
  const association = associationOf(req, state, b.associationId);
  if (association.locationId !== b.locationId) throw fail(404, `Association with id ${b.associationId} not found`);
  checkRecord(state, association.firstObjectKey, b.firstRecordId, b.locationId, 'firstRecordId');
  checkRecord(state, association.secondObjectKey, b.secondRecordId, b.locationId, 'secondRecordId');
  const duplicate = state
    .table('relations')
    .where((r) => r.associationId === association.id && r.firstRecordId === b.firstRecordId && r.secondRecordId === b.secondRecordId);
  if (duplicate.length) throw fail(400, 'These records are already related through this association');
  const relation = state.table('relations').put({
    id: newHexId(),
    ...pick(b, ['locationId', 'associationId', 'firstRecordId', 'secondRecordId']),
    createdAt: now(),
  });
  return new Reply(201, relation);
};

export default defineResource({
  name: 'associations',
  routes: (r) => {
    r.post('/associations/', createAssociation);
    r.get('/associations/', (req, s) => {
      const all = s.table('associations').where((a) => a.locationId === req.query.locationId);
      return { associations: limitSkip(all, req.query, 100), total: all.length };
    });
    r.get('/associations/key/{key_name}', (req, s) => {
      const found = s.table('associations').where((a) => a.locationId === req.query.locationId && a.key === req.params.key_name)[0];
      return mineOrMissing(req, found, 'Association with key', req.params.key_name);
    });
    r.get('/associations/objectKey/{objectKey}', (req, s) => {
      const loc = req.grant?.locationId || req.query.locationId;
      const key = req.params.objectKey;
      const found = s.table('associations').where((a) => a.locationId === loc && (a.firstObjectKey === key || a.secondObjectKey === key));
      return { associations: found, total: found.length };
    });
    r.get('/associations/{associationId}', (req, s) => associationOf(req, s));
    r.put('/associations/{associationId}', (req, s) => {
      const a = associationOf(req, s);
      if (a.associationType !== 'USER_DEFINED') throw fail(400, 'System associations cannot be changed');
      return Object.assign(a, pick(req.body, ['firstObjectLabel', 'secondObjectLabel']));
    });
    r.delete('/associations/{associationId}', (req, s) => {
      const a = associationOf(req, s);
      if (a.associationType !== 'USER_DEFINED') throw fail(400, 'System associations cannot be deleted');
      s.table('associations').delete(a.id);
      for (const rel of s.table('relations').where((x) => x.associationId === a.id)) s.table('relations').delete(rel.id);
      return { deleted: true, id: a.id, message: 'Association deleted successfully' };
    });

    r.post('/associations/relations', createRelation);
    r.get('/associations/relations/{recordId}', (req, s) => {
      const ids = listOf(req.query.associationIds);
      const found = s
        .table('relations')
        .where((x) => x.locationId === req.query.locationId && (x.firstRecordId === req.params.recordId || x.secondRecordId === req.params.recordId))
        .filter((x) => !ids.length || ids.includes(x.associationId));
      return { relations: limitSkip(found, req.query, 100), total: found.length };
    });
    r.delete('/associations/relations/{relationId}', (req, s) => {
      const rel = must(s.table('relations'), req.params.relationId, 'Relation');
      if (rel.locationId !== req.query.locationId) throw fail(404, `Relation with id ${req.params.relationId} not found`);
      s.table('relations').delete(rel.id);
      return rel;
    });
  },
  seed: (s) => {
    const { locationId } = s.options;
    s.table('associations').put({
      id: SEED.associationId,
      locationId,
      key: 'patient_guardian',
      firstObjectLabel: 'Patient',
      firstObjectKey: 'contact',
      secondObjectLabel: 'Guardian',
      secondObjectKey: 'contact',
      associationType: 'USER_DEFINED',
    });
    s.table('associations').put({
      id: '6790c0f1a2b3c4d5e6f70813',
      locationId,
      key: 'contact_business',
      firstObjectLabel: 'Contact',
      firstObjectKey: 'contact',
      secondObjectLabel: 'Business',
      secondObjectKey: 'business',
      associationType: 'SYSTEM_DEFINED',
    });
    s.table('relations').put({
      id: SEED.relationId,
      locationId,
      associationId: SEED.associationId,
      firstRecordId: SEED.contacts.maria,
      secondRecordId: SEED.contacts.john,
      createdAt: '2025-10-01T12:00:00.000Z',
    });
  },
});

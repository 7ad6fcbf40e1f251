/**
 * Businesses (companies contacts belong to): create, get, update, delete and the sub-account's list.
 * GHL spells the record's key `buiseness` on create and update answers, and `business` on reads.
 */
import { Reply, type Handler } from '../http';
import { limitSkip, mustOwn, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newHexId, now } from '../state';

const KEYS = ['name', 'phone', 'email', 'website', 'address', 'city', 'state', 'postalCode', 'country', 'description'];

const createBusiness: Handler = (req, state) => {
  const stamp = now();
  const who = { id: req.grant!.userId, name: 'API', source: 'INTEGRATION' };
  const business = state.table('businesses').put({
    id: newHexId(),
    locationId: req.body.locationId,
    ...pick(req.body, KEYS),
    createdBy: who,
    updatedBy: who,
    createdAt: stamp,
    updatedAt: stamp,
  });
  return new Reply(201, { success: true, buiseness: business });
};

const updateBusiness: Handler = (req, state) => {
  const business = mustOwn(req, state.table('businesses'), req.params.businessId, 'Business');
  Object.assign(business, pick(req.body, KEYS), { updatedAt: now(), updatedBy: { id: req.grant!.userId, name: 'API', source: 'INTEGRATION' } });
  return { success: true, buiseness: business };
};

const deleteBusiness: Handler = (req, state) => {
  const business = mustOwn(req, state.table('businesses'), req.params.businessId, 'Business');
  state.table('businesses').delete(business.id);
  for (const c of state.table('contacts').where((x) => x.businessId === business.id)) delete c.businessId;
  return { success: true };
};

export default defineResource({
  name: 'businesses',
  routes: (r) => {
    r.post('/businesses/', createBusiness);
    r.get('/businesses/', (req, s) => ({ businesses: limitSkip(s.table('businesses').where((b) => b.locationId === req.query.locationId), req.query, 100) }));
    r.get('/businesses/{businessId}', (req, s) => ({ business: mustOwn(req, s.table('businesses'), req.params.businessId, 'Business') }));
    r.put('/businesses/{businessId}', updateBusiness);
    r.delete('/businesses/{businessId}', deleteBusiness);
  },
  seed: (s) => {
    const stamp = '2025-09-14T08:30:00.000Z';
    const who = { id: s.options.userId, name: 'Jordan Smith', source: 'WEB_USER' };
    s.table('businesses').put({
      id: SEED.businessId,
      locationId: s.options.locationId,
      name: 'DGS VolMAX',
      phone: '+18832327657',
      email: 'office@dgsvolmax.example.com',
      website: 'dgsvolmax.example.com',
      address: '12 Industrial Park',
      city: 'Dolomite',
      state: 'AL',
      postalCode: '35061',
      country: 'US',
      description: 'Corporate dental plan for 40 employees',
      createdBy: who,
      updatedBy: who,
      createdAt: stamp,
      updatedAt: stamp,
    });
  },
});

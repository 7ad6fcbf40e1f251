/**
 * The agency and its sub-accounts: the company, locations (get, search, create), snapshots, and a
 * sub-account's custom field definitions and tags.
 */
import { fail, type Handler, type Req } from '../http';
import { limitSkip, lower, must, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newId, now, type Rec, type SandboxState } from '../state';

/** A location the token may see: its own (sub-account token) or one of its company's (agency token). */
const visibleLocation = (req: Req, state: SandboxState, id: string): Rec => {
  const location = must(state.table('locations'), id, 'Location');
  const g = req.grant!;
  const allowed = g.userType === 'Location' ? g.locationId === id : location.companyId === g.companyId;
  if (!allowed) throw fail(403, 'The token does not have access to this location');
  return location;
};

const LOCATION_KEYS = ['name', 'phone', 'email', 'address', 'city', 'state', 'country', 'postalCode', 'website', 'timezone', 'settings', 'social', 'snapshotId'];

const createLocation: Handler = (req, state) => {
  const b = req.body;
  if (b.companyId !== req.grant!.companyId) throw fail(403, 'The token does not have access to this company');
  if (b.snapshotId && !state.table('snapshots').has(b.snapshotId)) throw fail(400, `Snapshot ${b.snapshotId} not found`);
  const id = newId();
  const location = state.table('locations').put({
    id,
    companyId: b.companyId,
    ...pick(b, LOCATION_KEYS),
    domain: `${lower(b.name).replace(/[^a-z0-9]+/g, '-')}.sandbox-sites.example.com`,
    ...(b.prospectInfo ? { firstName: b.prospectInfo.firstName, lastName: b.prospectInfo.lastName, email: b.email ?? b.prospectInfo.email } : {}),
    dateAdded: now(),
  });
  return location;
};

const searchLocations: Handler = (req, state) => {
  const q = req.query;
  const g = req.grant!;
  const companyId = q.companyId || g.companyId;
  if (companyId !== g.companyId) throw fail(403, 'The token does not have access to this company');
  let found = state
    .table('locations')
    .where((l) => l.companyId === companyId && (g.userType === 'Company' || l.id === g.locationId))
    .filter((l) => !q.email || lower(l.email) === lower(q.email));
  found = found.sort((a, b) => String(a.dateAdded).localeCompare(String(b.dateAdded)) * (q.order === 'desc' ? -1 : 1));
  return { locations: limitSkip(found, q, 10) };
};

const company: Handler = (req, state) => {
  if (req.params.companyId !== req.grant!.companyId) throw fail(403, 'The token does not have access to this company');
  return { company: must(state.table('companies'), req.params.companyId, 'Company') };
};

export default defineResource({
  name: 'locations',
  routes: (r) => {
    r.get('/locations/{locationId}', (req, s) => ({ location: visibleLocation(req, s, req.params.locationId) }));
    r.get('/locations/search', searchLocations);
    r.post('/locations/', createLocation);
    r.get('/companies/{companyId}', company);
    r.get('/snapshots/', (req, s) => {
      if (req.query.companyId !== req.grant!.companyId) throw fail(403, 'The token does not have access to this company');
      return { snapshots: s.table('snapshots').where((x) => x.companyId === req.query.companyId).map(({ id, name, type }) => ({ id, name, type })) };
    });
    r.get('/locations/{locationId}/customFields', (req, s) => {
      visibleLocation(req, s, req.params.locationId);
      const model = req.query.model;
      return {
        customFields: s.table('customFields').where((d) => d.locationId === req.params.locationId && (!model || model === 'all' || d.model === model)),
      };
    });
    r.get('/locations/{locationId}/tags', (req, s) => {
      visibleLocation(req, s, req.params.locationId);
      const tags = s.table('tags').where((t) => t.locationId === req.params.locationId);
      return { tags: tags.sort((a, b) => a.name.localeCompare(b.name)).map(({ id, name, locationId }) => ({ id, name, locationId })) };
    });
  },
  seed: (s) => {
    const { companyId, locationId } = s.options;
    s.table('companies').put({
      id: companyId,
      name: 'Acme Agency',
      email: 'owner@acmeagency.example.com',
      phone: '+12055550199',
      website: 'https://acmeagency.example.com',
      domain: 'app.acmeagency.example.com',
      address: '1 Agency Plaza',
      city: 'Birmingham',
      state: 'AL',
      country: 'US',
      postalCode: '35203',
      timezone: 'America/Chicago',
      currency: 'USD',
      status: 'active',
      locationCount: 3,
      isReselling: false,
    });
    const base = { companyId, country: 'US', timezone: 'America/Chicago', settings: { allowDuplicateContact: false, allowDuplicateOpportunity: false, allowFacebookNameMerge: false, disableContactTimezone: false } };
    const locations = s.table('locations');
    locations.put({
      ...base,
      id: locationId,
      name: 'Acme Dental',
      address: '3535 1st St N',
      city: 'Dolomite',
      state: 'AL',
      postalCode: '35061',
      website: 'https://acmedental.example.com',
      email: 'frontdesk@acmedental.example.com',
      phone: '+12055550100',
      domain: 'acmedental.example.com',
      firstName: 'Rina',
      lastName: 'Shah',
      business: { name: 'Acme Dental', address: '3535 1st St N', city: 'Dolomite', state: 'AL', country: 'US', postalCode: '35061', website: 'https://acmedental.example.com', timezone: 'America/Chicago' },
      dateAdded: '2025-01-10T09:00:00.000Z',
    });
    locations.put({
      ...base,
      id: SEED.secondLocationId,
      name: 'Bright Smiles Orthodontics',
      address: '200 Main St',
      city: 'Tuscaloosa',
      state: 'AL',
      postalCode: '35401',
      website: 'https://brightsmiles.example.com',
      email: 'hello@brightsmiles.example.com',
      phone: '+12055550142',
      dateAdded: '2025-03-02T09:00:00.000Z',
    });
    locations.put({
      ...base,
      id: SEED.notInstalledLocationId,
      name: 'Harbor Physio',
      address: '12 Harbor Rd',
      city: 'Mobile',
      state: 'AL',
      postalCode: '36602',
      email: 'desk@harborphysio.example.com',
      dateAdded: '2025-05-20T09:00:00.000Z',
    });
    s.table('snapshots').put({ id: SEED.snapshotId, companyId, name: 'Dental practice starter', type: 'own' });
    s.table('snapshots').put({ id: 'pM2Kx7Wq4Zr9Lt1Nb6Vc', companyId, name: 'Orthodontics funnel', type: 'imported' });
    const fields = s.table('customFields');
    for (const f of [
      { id: 'MgobCB14YMVKuE4Ka8p1', name: 'Pincode', fieldKey: 'contact.pincode', dataType: 'NUMERICAL', model: 'contact', position: 0 },
      { id: 'jR8nA1bQ7kLmP2sT4uVw', name: 'Favourite Colours', fieldKey: 'contact.favourite_colours', dataType: 'MULTIPLE_OPTIONS', picklistOptions: ['Red', 'Blue', 'Green'], model: 'contact', position: 1 },
      { id: 'Zx9cV8bN7mQ6wE5rT4yU', name: 'Anniversary', fieldKey: 'contact.anniversary', dataType: 'DATE', model: 'contact', position: 2 },
      { id: 'Pq1wE2rT3yU4iO5pA6sD', name: 'Deal Source', fieldKey: 'opportunity.deal_source', dataType: 'SINGLE_OPTIONS', picklistOptions: ['Referral', 'Ads', 'Website'], model: 'opportunity', position: 0 },
    ]) {
      fields.put({ ...f, locationId, placeholder: '' });
    }
    for (const name of ['newsletter', 'vip', 'webinar']) s.table('tags').put({ id: `tag${name[0].toUpperCase()}${name.slice(1)}0001`, name, locationId });
  },
});

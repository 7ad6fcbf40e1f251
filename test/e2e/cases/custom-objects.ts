/** End-to-end cases: custom object records, custom values, API Request (Beta). */
import { ids, SEED, type Case } from '../harness';

const PLAN = SEED.objectKeys.treatmentPlan;
const { restoration, invisalign } = SEED.objectRecords;
const searches = (t: { requests: Array<{ method: string; path: string }> }) => t.requests.filter((r) => r.method === 'POST' && r.path.includes('/records'));

export const CUSTOM_OBJECT_CASES: Case[] = [
  {
    subject: 'triggers.new_custom_object_record',
    does: 'lists the chosen object\'s records newest first, each with its own id and its properties by name',
    input: { schemaKey: PLAN },
    expect: (out) => {
      expect(ids(out)).toEqual([invisalign, restoration]);
      expect(out.map((r: any) => r.recordId)).toEqual([invisalign, restoration]);
      expect(out[1].propertiesByName).toMatchObject({ 'Plan Name': 'Full-mouth restoration', Status: 'Accepted', Procedures: ['Crown', 'Implant'], 'Insurance: Carrier': 'Delta Dental' });
      expect(out[0].createdAt).toMatch(/Z$/);
    },
  },
  {
    subject: 'searches.find_custom_object_record',
    does: 'finds the record whose property has that value',
    input: { schemaKey: PLAN, property: 'plan_name', value: 'full-mouth restoration' },
    expect: (out) => {
      expect(ids(out)).toEqual([restoration]);
      expect(out[0].propertiesByName['Plan Name']).toBe('Full-mouth restoration');
    },
  },
  {
    subject: 'searches.find_custom_object_record',
    does: 'finds nothing for a value only part of a record\'s (GHL\'s search matches it; the step wants the exact value)',
    input: { schemaKey: PLAN, property: 'plan_name', value: 'restoration' },
    expect: (out, t) => {
      expect(out).toEqual([]);
      expect(searches(t)).toHaveLength(1);
    },
  },
  {
    subject: 'creates.create_custom_object_record',
    does: 'creates the record with its properties typed as the object\'s schema says',
    input: {
      schemaKey: PLAN,
      owner: SEED.users.frontDesk,
      prop__plan_name: 'Sleep apnea appliance',
      prop__total_cost: '1250.50',
      prop__sessions: '3',
      prop__start_date: '2026-09-14',
      prop__status: 'Proposed',
      prop__procedures: ['Cleaning', 'crown'],
      prop__insurance__member_id: 'DD-44120',
      prop__referral: 'Instagram',
      prop__notes: 'Patient asked about {{contact.first_name}} reminders',
    },
    expect: (out, t) => {
      const properties = {
        plan_name: 'Sleep apnea appliance',
        total_cost: { currency: 'default', value: 1250.5 },
        sessions: 3,
        start_date: '2026-09-14',
        status: 'proposed',
        procedures: ['cleaning', 'crown'],
        'insurance.member_id': 'DD-44120',
        referral: 'Instagram',
        notes: 'Patient asked about {{contact.first_name}} reminders',
      };
      expect(out).toMatchObject({ owner: [SEED.users.frontDesk], properties });
      expect(out.propertiesByName).toMatchObject({ 'Plan Name': 'Sleep apnea appliance', Status: 'Proposed', 'Insurance: Member ID': 'DD-44120', 'Referral Source': 'Instagram' });
      expect(t.state.table('objectRecords').get(out.id)).toMatchObject({ objectKey: PLAN, locationId: SEED.locationId, properties });
    },
  },
  {
    subject: 'creates.create_custom_object_record',
    does: 'refuses a number GHL would misread, naming the field, before the record is sent',
    input: { schemaKey: PLAN, prop__plan_name: 'Veneers', prop__sessions: '1,5' },
    fails: (err, t) => {
      expect(err.message).toMatch(/The Sessions field must be a number/);
      expect(t.requests.filter((r) => r.method === 'POST')).toEqual(t.connection === 'agency' ? [expect.objectContaining({ path: '/oauth/locationToken' })] : []);
      expect(t.state.table('objectRecords').size).toBe(3);
    },
  },
  {
    subject: 'creates.update_custom_object_record',
    does: 'changes only the given property; the others stay',
    input: { schemaKey: PLAN, recordId: restoration, prop__status: 'Completed' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: restoration, propertiesByName: { Status: 'Completed', 'Plan Name': 'Full-mouth restoration' } });
      expect(t.state.table('objectRecords').get(restoration)!.properties).toMatchObject({ status: 'completed', sessions: 6 });
    },
  },
  {
    subject: 'creates.delete_custom_object_record',
    does: 'deletes the record',
    input: { schemaKey: PLAN, recordId: invisalign },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: invisalign, deleted: true, success: true });
      expect(t.state.table('objectRecords').has(invisalign)).toBe(false);
    },
  },
  {
    subject: 'creates.create_custom_value',
    does: 'creates the custom value with its merge field',
    input: { name: 'Parking Info', value: 'Free parking behind the building' },
    expect: (out, t) => {
      expect(out).toMatchObject({ name: 'Parking Info', fieldKey: '{{ custom_values.parking_info }}', value: 'Free parking behind the building', locationId: SEED.locationId });
      expect(t.state.table('customValues').get(out.id)).toMatchObject({ name: 'Parking Info' });
    },
  },
  {
    subject: 'creates.update_custom_value',
    does: 'changes the value and keeps the name (read first, as GHL takes both)',
    input: { customValueId: SEED.customValues.officePhone, value: '+1 205 555 0199' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.customValues.officePhone, name: 'Office Phone', value: '+1 205 555 0199' });
      expect(t.state.table('customValues').get(SEED.customValues.officePhone)).toMatchObject({ name: 'Office Phone', value: '+1 205 555 0199' });
    },
  },
  {
    subject: 'creates.api_request_beta',
    does: 'GET of the sub-account\'s custom values: status, headers and parsed body',
    input: { method: 'GET', path: '/locations/{locationId}/customValues' },
    expect: (out) => {
      expect(out.status).toBe(200);
      expect(out.headers['content-type']).toMatch(/application\/json/);
      expect(out.headers['x-ratelimit-max']).toBe('100');
      expect(out.body.customValues.map((v: any) => v.name)).toEqual(['Office Phone', 'Booking Link', 'Hygiene Special']);
    },
  },
  {
    subject: 'creates.api_request_beta',
    does: 'POST with a JSON body creates what it says, with the Version the path needs',
    input: {
      method: 'POST',
      path: `/objects/${PLAN}/records`,
      body: JSON.stringify({ locationId: SEED.locationId, properties: { plan_name: 'Whitening series', sessions: 2 } }),
    },
    expect: (out, t) => {
      expect(out.status).toBe(201);
      expect(out.body.record.properties).toEqual({ plan_name: 'Whitening series', sessions: 2 });
      expect(t.state.table('objectRecords').get(out.body.record.id)).toMatchObject({ objectKey: PLAN });
    },
  },
  {
    subject: 'creates.api_request_beta',
    does: 'with Stop on Error off, GHL\'s 404 is the result',
    input: { method: 'GET', path: `/objects/${PLAN}/records/000000000000000000000000`, stopOnError: 'false' },
    allowStatuses: [404],
    expect: (out) => expect(out).toMatchObject({ status: 404, body: { statusCode: 404, message: 'Record with id 000000000000000000000000 not found' } }),
  },
  {
    subject: 'creates.api_request_beta',
    does: 'refuses a URL of another host before anything is sent to it',
    input: { method: 'GET', path: 'https://evil.example/contacts/' },
    fails: (err, t) => {
      expect(err.message).toMatch(/a URL of another host is refused/);
      expect(t.requests.filter((r) => r.path !== '/oauth/locationToken')).toEqual([]);
    },
  },
];

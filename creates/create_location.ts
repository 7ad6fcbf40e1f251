import { unwrapRecord } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import {
  CREATED_LOCATION_OUTPUT_FIELDS,
  CREATED_LOCATION_SAMPLE,
  createLocationBody,
  createLocationInputs,
} from '../lib/locations';

export default defineOperation({
  key: 'create_location',
  kind: 'create',
  noun: 'Location',
  label: 'Create Location',
  description:
    'Creates a new sub-account (location) in the agency, optionally from a snapshot. Needs an agency connection (and the Agency Pro plan).',
  endpoint: { method: 'POST', path: '/locations/' },
  scopes: ['locations.write'],
  token: 'agency',
  inputFields: createLocationInputs(),
  request: (input, ctx) => {
    if (!ctx.companyId) throw new InputError('The GoHighLevel connection has no company (agency) id; reconnect it.', 'companyId');
    return { body: createLocationBody(input, ctx.companyId) };
  },
  // The spec answers the new location at the top level; accept a `location` wrapper too.
  result: (data) => unwrapRecord(data, ['location']),
  sample: CREATED_LOCATION_SAMPLE,
  outputFields: CREATED_LOCATION_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { LOCATION_DETAIL_OUTPUT_FIELDS, LOCATION_DETAIL_SAMPLE, locationIdField } from '../lib/locations';

export default defineOperation({
  key: 'find_location_by_id',
  kind: 'search',
  noun: 'Location',
  label: 'Find Location by ID',
  description:
    "Finds a sub-account (location) by its ID. Leave the Location empty to get the connection's own sub-account.",
  endpoint: { method: 'GET', path: '/locations/{locationId}' },
  scopes: ['locations.readonly'],
  token: 'either',
  inputFields: [locationIdField()],
  // An explicit request path param: the engine's `location: 'path'` would always use the connection's id.
  request: (input, ctx) => {
    const locationId = String(input.locationId ?? '').trim() || ctx.locationId;
    if (!locationId) {
      throw new InputError('Choose the Location to find: an agency connection has no sub-account of its own.', 'locationId');
    }
    return { path: { locationId } };
  },
  result: 'location',
  sample: LOCATION_DETAIL_SAMPLE,
  outputFields: LOCATION_DETAIL_OUTPUT_FIELDS,
});

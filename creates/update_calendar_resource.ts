import { defineOperation } from '../lib/operation';
import {
  RESOURCE_ID,
  RESOURCE_OUTPUT_FIELDS,
  RESOURCE_SAMPLE,
  RESOURCE_TYPE,
  resourceChange,
  resourceFields,
  withId,
} from '../domains/calendar-resources';

const inputFields = [RESOURCE_TYPE, RESOURCE_ID, ...resourceFields('update')];

export default defineOperation({
  key: 'update_calendar_resource',
  kind: 'create',
  noun: 'Calendar Resource',
  label: 'Update Calendar Resource',
  description: 'Updates a room or piece of equipment, changing only the fields you fill in.',
  endpoint: { method: 'PUT', path: '/calendars/resources/{resourceType}/{id}' },
  scopes: ['calendars/resources.write'],
  // The body's locationId is optional in the spec; sending it keeps the update inside this sub-account.
  location: 'body',
  inputFields,
  request: resourceChange(inputFields),
  // GHL's record with an `id`: its own, `_id`, or the id asked for.
  result: (data, input) => withId(data, input.id),
  sample: RESOURCE_SAMPLE,
  outputFields: RESOURCE_OUTPUT_FIELDS,
});

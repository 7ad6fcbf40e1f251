import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { hasPropertyInput, objectPropertyInputs, OBJECT_SCHEMA_REQUEST, objectRecordAt } from '../lib/object-fields';
import { isBlank } from '../lib/transforms';
import { FOLLOWERS, OWNER, RECORD_ID, RECORD_OUTPUT_FIELDS, RECORD_SAMPLE, SCHEMA_KEY } from '../domains/custom-objects';

export default defineOperation({
  key: 'update_custom_object_record',
  kind: 'create',
  noun: 'Record',
  label: 'Update Custom Object Record',
  description: 'Updates a record of the chosen custom object; only the properties you fill in are changed.',
  endpoint: { method: 'PUT', path: '/objects/{schemaKey}/records/{id}' },
  scopes: ['objects/record.write', 'objects/schema.readonly'],
  extraRequests: OBJECT_SCHEMA_REQUEST,
  location: 'query',
  inputFields: [SCHEMA_KEY, RECORD_ID, OWNER, FOLLOWERS, objectPropertyInputs('update')],
  request: (input) => {
    if (!hasPropertyInput(input) && isBlank(input.owner) && isBlank(input.followers)) {
      throw new InputError('Give at least one property, the owner or the followers to update.', 'recordId');
    }
    return {};
  },
  result: objectRecordAt('record'),
  sample: RECORD_SAMPLE,
  outputFields: RECORD_OUTPUT_FIELDS,
});

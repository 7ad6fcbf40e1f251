import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { hasPropertyInput, objectPropertyInputs, OBJECT_SCHEMA_REQUEST, objectRecordAt } from '../lib/object-fields';
import { FOLLOWERS, OWNER, RECORD_OUTPUT_FIELDS, RECORD_SAMPLE, SCHEMA_KEY } from '../domains/custom-objects';

export default defineOperation({
  key: 'create_custom_object_record',
  kind: 'create',
  noun: 'Record',
  label: 'Create Custom Object Record',
  description: "Creates a record of the chosen custom object, with the object's properties as fields.",
  endpoint: { method: 'POST', path: '/objects/{schemaKey}/records' },
  scopes: ['objects/record.write', 'objects/schema.readonly'],
  extraRequests: OBJECT_SCHEMA_REQUEST,
  location: 'body',
  inputFields: [SCHEMA_KEY, OWNER, FOLLOWERS, objectPropertyInputs('create')],
  request: (input) => {
    if (!hasPropertyInput(input)) throw new InputError("Give at least one of the object's properties for the new record.", 'schemaKey');
    return {};
  },
  result: objectRecordAt('record'),
  sample: RECORD_SAMPLE,
  outputFields: RECORD_OUTPUT_FIELDS,
});

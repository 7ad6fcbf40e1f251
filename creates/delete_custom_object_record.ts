import { defineOperation } from '../lib/operation';
import { deletion } from '../lib/results';
import { RECORD_ID, SCHEMA_KEY } from '../domains/custom-objects';

export default defineOperation({
  key: 'delete_custom_object_record',
  kind: 'create',
  noun: 'Record',
  label: 'Delete Custom Object Record',
  description: 'Deletes a record of the chosen custom object permanently.',
  endpoint: { method: 'DELETE', path: '/objects/{schemaKey}/records/{id}' },
  ...deletion('recordId', 'Record ID', { id: '661c06b4ffde146bdb469442', deleted: true, success: true }, { deletes: 'the record', idFromAnswer: true }),
  scopes: ['objects/record.write'],
  inputFields: [SCHEMA_KEY, RECORD_ID],
});

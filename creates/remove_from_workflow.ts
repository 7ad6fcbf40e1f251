import { defineOperation } from '../lib/operation';
import { contactIdField, workflowIdField } from '../lib/fields';
import { acknowledged } from '../lib/results';
import { WORKFLOW_RESULT_OUTPUT_FIELDS, WORKFLOW_RESULT_SAMPLE } from '../domains/workflows';

export default defineOperation({
  key: 'remove_from_workflow',
  kind: 'create',
  noun: 'Workflow',
  label: 'Remove from Workflow',
  description: 'Removes a contact from a workflow.',
  endpoint: { method: 'DELETE', path: '/contacts/{contactId}/workflow/{workflowId}' },
  ack: true,
  scopes: ['contacts.write'],
  inputFields: [contactIdField(), workflowIdField()],
  // The spec requires a JSON body here (its only property, eventStartTime, means nothing on removal).
  request: () => ({ body: {} }),
  result: acknowledged(['contactId', 'workflowId']),
  sample: WORKFLOW_RESULT_SAMPLE,
  outputFields: WORKFLOW_RESULT_OUTPUT_FIELDS,
});

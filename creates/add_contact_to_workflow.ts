import { defineOperation } from '../lib/operation';
import { contactIdField, workflowIdField } from '../lib/fields';
import { acknowledged } from '../lib/results';
import { WORKFLOW_RESULT_OUTPUT_FIELDS, WORKFLOW_RESULT_SAMPLE, isoAtUtc } from '../domains/workflows';

export default defineOperation({
  key: 'add_contact_to_workflow',
  kind: 'create',
  noun: 'Workflow',
  label: 'Add Contact to Workflow',
  description: 'Enrolls a contact in a workflow.',
  endpoint: { method: 'POST', path: '/contacts/{contactId}/workflow/{workflowId}' },
  ack: true,
  scopes: ['contacts.write'],
  inputFields: [
    contactIdField(),
    workflowIdField(),
    {
      key: 'eventStartTime',
      label: 'Event Start Time',
      type: 'datetime',
      helpText: 'For workflows that wait on an event date (e.g. an appointment): the event\'s start. Sent as ISO-8601.',
      to: 'body',
      as: isoAtUtc,
    },
  ],
  // A JSON body even without a start time (the spec requires one).
  request: () => ({ body: {} }),
  result: acknowledged(['contactId', 'workflowId']),
  sample: WORKFLOW_RESULT_SAMPLE,
  outputFields: WORKFLOW_RESULT_OUTPUT_FIELDS,
});

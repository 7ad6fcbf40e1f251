/**
 * What several Workflows & Campaigns actions share: the workflow enrolment result's sample and output
 * fields, the contact followers' output fields, and the enrolment's event time conversion (values from the
 * spec's examples).
 */
import { toIsoInZone } from '../lib/transforms';
import type { Conversion, OutputField } from '../lib/types';

/** A Zapier datetime → ISO-8601 at UTC with an explicit offset (`2021-06-23T02:30:00+00:00`), whatever the Zap's timezone. */
export const isoAtUtc: Conversion = (value, f) => toIsoInZone(value, f.key, 'UTC', f.label);

/** Add/Remove from Workflow: which contact and workflow, and whether GHL accepted it. */
export const WORKFLOW_RESULT_SAMPLE = {
  contactId: 'sx6wyHhbFdRXh302LLNR',
  workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9',
  succeded: true,
};

export const WORKFLOW_RESULT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'contactId', label: 'Contact ID' },
  { key: 'workflowId', label: 'Workflow ID' },
  { key: 'succeded', label: 'Succeeded', type: 'boolean' },
];

/** Add and Remove Contact Followers: the contact and its followers (each adds the users it added or removed). */
export const CONTACT_FOLLOWERS_OUTPUT_FIELDS: OutputField[] = [
  { key: 'contactId', label: 'Contact ID' },
  { key: 'followers', label: 'Followers (user IDs)' },
];

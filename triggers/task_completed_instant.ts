import { defineInstant, withoutEnvelope } from '../lib/instant';
import { TASK_ASSIGNEE_FILTER } from '../domains/contacts';
import { exampleOf, TASK_LACKS, taskMatches } from '../domains/webhooks';
import twin from './task_completed';

/** Task Completed, from GoHighLevel's TaskComplete webhook: Task Completed's item and id (`taskId:completed`). */
export default defineInstant({
  key: 'task_completed_instant',
  label: 'Task Completed (Instant)',
  description: "Triggers when a contact's task is marked completed, optionally only a chosen user's tasks.",
  counterpart: twin,
  events: ['TaskComplete'],
  inputFields: [{ ...TASK_ASSIGNEE_FILTER, helpText: 'Only tasks assigned to this user. A task fires once: completing it again after reopening it does not.' }],
  record: (d) => ({ ...withoutEnvelope(d), completed: true }),
  matches: taskMatches,
  lacks: TASK_LACKS,
  about: 'Fires once for each task marked completed (TaskComplete).',
  example: () => exampleOf('TaskComplete'),
});

import { defineInstant } from '../lib/instant';
import { TASK_ASSIGNEE_FILTER } from '../domains/contacts';
import { exampleOf, TASK_LACKS, taskMatches } from '../domains/webhooks';
import twin from './new_task';

/** New Task, from GoHighLevel's TaskCreate webhook: New Task's item and id (the task's). */
export default defineInstant({
  key: 'new_task_instant',
  label: 'New Task (Instant)',
  description: "Triggers when a task is added to any contact, optionally only a chosen user's tasks.",
  counterpart: twin,
  events: ['TaskCreate'],
  inputFields: [TASK_ASSIGNEE_FILTER],
  matches: taskMatches,
  lacks: TASK_LACKS,
  about: 'Fires once for each task added to a contact (TaskCreate).',
  example: () => exampleOf('TaskCreate'),
});

import { defineOperation } from '../lib/operation';
import { eventId } from '../domains/events';
import {
  NEWEST_UPDATED,
  OPPORTUNITY_EVENT_OUTPUT_FIELDS,
  OPPORTUNITY_EVENT_SAMPLE,
  OPPORTUNITY_EVENTS_PAGING,
  opportunityEvent,
  PIPELINE_FILTER,
  STATUS_EVENT_FILTER,
} from '../domains/opportunities';

/**
 * Fires each time an opportunity gets a new status: the newest page of changed opportunities
 * (`order=updated_desc`), newest first by `lastStatusChangeAt`; the event's id is
 * `opportunityId:status:lastStatusChangeAt`, so every status change is one event.
 */
export default defineOperation({
  key: 'opportunity_status_changed',
  kind: 'trigger',
  noun: 'Opportunity',
  label: 'Opportunity Status Changed',
  description: 'Triggers when an opportunity gets a new status, such as won or lost.',
  endpoint: { method: 'GET', path: '/opportunities/search' },
  scopes: ['opportunities.readonly'],
  customFields: 'opportunity',
  location: 'query:location_id',
  inputFields: [
    PIPELINE_FILTER,
    {
      ...STATUS_EVENT_FILTER,
      helpText:
        'Only when an opportunity gets this status (won, lost, abandoned or open). Leave empty for any status. A new ' +
        'opportunity counts as getting its first status. Each check sees the status an opportunity has then: one ' +
        'changed several times between two checks fires once, for the status it has.',
    },
  ],
  request: () => NEWEST_UPDATED,
  list: {
    key: 'opportunities',
    paging: OPPORTUNITY_EVENTS_PAGING,
    sortBy: 'lastStatusChangeAt',
    each: opportunityEvent,
    idOf: (o) => eventId(o.opportunityId, o.status, o.lastStatusChangeAt),
  },
  sample: {
    ...OPPORTUNITY_EVENT_SAMPLE,
    status: 'won',
    id: eventId(OPPORTUNITY_EVENT_SAMPLE.id, 'won', OPPORTUNITY_EVENT_SAMPLE.lastStatusChangeAt),
  },
  outputFields: OPPORTUNITY_EVENT_OUTPUT_FIELDS,
});

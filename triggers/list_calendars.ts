import { defineOperation } from '../lib/operation';
import { toBool } from '../lib/transforms';
import { CALENDAR_OUTPUT_FIELDS, CALENDAR_SAMPLE, calendarGroupIdField } from '../lib/calendars';

export default defineOperation({
  key: 'list_calendars',
  kind: 'trigger',
  noun: 'Calendar',
  label: 'List Calendars',
  description: 'Triggers when a new calendar is added to the sub-account (optionally only in one calendar group).',
  endpoint: { method: 'GET', path: '/calendars/' },
  scopes: ['calendars.readonly'],
  location: 'query',
  inputFields: [
    calendarGroupIdField({ required: false, helpText: 'Only calendars of this group. Leave empty for all calendars.' }),
    { key: 'showDrafted', label: 'Include Drafts', type: 'boolean', helpText: 'Yes to include draft (inactive) calendars.' },
  ],
  request: (input) => ({ query: { groupId: input.groupId, showDrafted: toBool(input.showDrafted, 'showDrafted', 'Include Drafts') } }),
  list: { key: 'calendars' },
  sample: CALENDAR_SAMPLE,
  outputFields: CALENDAR_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { CALENDAR_OUTPUT_FIELDS, CALENDAR_SAMPLE, calendarGroupIdField } from '../domains/calendars';

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
    { ...calendarGroupIdField({ required: false, helpText: 'Only calendars of this group. Leave empty for all calendars.' }), to: 'query' },
    { key: 'showDrafted', label: 'Include Drafts', type: 'boolean', helpText: 'Yes to include draft (inactive) calendars.', to: 'query' },
  ],
  list: { key: 'calendars' },
  sample: CALENDAR_SAMPLE,
  outputFields: CALENDAR_OUTPUT_FIELDS,
});

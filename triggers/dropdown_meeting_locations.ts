import { defineDropdown } from '../lib/dropdown';
import { meetingLocationsOf, meetingLocationLabel } from '../domains/calendars';

/** The meeting locations configured on the step's calendar (its own and its team members'), by meeting id. */
export default defineDropdown({
  key: 'dropdown_meeting_locations',
  noun: 'Meeting Location',
  endpoint: { method: 'GET', path: '/calendars/{calendarId}' },
  scopes: ['calendars.readonly'],
  inputs: [{ key: 'calendarId', label: 'Calendar', required: true, helpText: 'The calendar the step names.' }],
  listKey: meetingLocationsOf,
  idOf: (l) => l.meetingId,
  labelKey: 'label',
  label: meetingLocationLabel,
});

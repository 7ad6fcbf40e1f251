import { acknowledgement } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { toBool } from '../lib/transforms';
import { calendarGroupIdField } from '../lib/calendars';

export default defineOperation({
  key: 'update_group_status',
  kind: 'create',
  noun: 'Calendar Group',
  label: 'Update Group Status',
  description: 'Enables or disables a calendar group.',
  endpoint: { method: 'PUT', path: '/calendars/groups/{groupId}/status' },
  ack: true,
  scopes: ['calendars/groups.write'],
  inputFields: [
    calendarGroupIdField(),
    {
      key: 'isActive',
      label: 'Active',
      type: 'boolean',
      required: true,
      helpText: 'Yes to enable the group, No to disable it.',
    },
  ],
  request: (input) => ({ body: { isActive: toBool(input.isActive, 'isActive', 'Active') } }),
  result: (data, input) => ({ ...acknowledgement(data), id: input.groupId, isActive: toBool(input.isActive, 'isActive', 'Active') }),
  sample: { id: 'ocQHyuzHvysMo5N5VsXc', isActive: false, success: true },
  outputFields: [
    { key: 'id', label: 'Calendar Group ID' },
    { key: 'isActive', label: 'Active', type: 'boolean' },
    { key: 'success', label: 'Succeeded', type: 'boolean' },
  ],
});

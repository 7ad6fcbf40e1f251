import { acknowledgement } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { toBool } from '../lib/transforms';
import { GROUP_ID } from '../domains/calendars';

export default defineOperation({
  key: 'update_group_status',
  kind: 'create',
  noun: 'Group',
  label: 'Update Group Status',
  description: 'Enables or disables a calendar group.',
  endpoint: { method: 'PUT', path: '/calendars/groups/{groupId}/status' },
  ack: true,
  scopes: ['calendars/groups.write'],
  inputFields: [
    GROUP_ID,
    {
      key: 'isActive',
      label: 'Active',
      type: 'boolean',
      required: true,
      helpText: 'Yes to enable the group, No to disable it.',
      to: 'body',
    },
  ],
  // GHL answers `{success}` at most: the group and the status it now has are added.
  result: (data, input) => ({ ...acknowledgement(data), id: input.groupId, isActive: toBool(input.isActive, 'isActive', 'Active') }),
  sample: { id: 'ocQHyuzHvysMo5N5VsXc', isActive: false, success: true },
  outputFields: [
    { key: 'id', label: 'Calendar Group ID' },
    { key: 'isActive', label: 'Active', type: 'boolean' },
    { key: 'success', label: 'Succeeded', type: 'boolean' },
  ],
});

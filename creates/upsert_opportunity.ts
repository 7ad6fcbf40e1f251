import { defineOperation } from '../lib/operation';
import { userIdField } from '../lib/fields';
import { recordAt } from '../lib/results';
import { toList } from '../lib/transforms';
import {
  ASSIGNED_TO,
  CONTACT_ID,
  LOST_REASON_ID,
  MONETARY_VALUE,
  OPPORTUNITY_CUSTOM_FIELDS,
  OPPORTUNITY_ID,
  OPPORTUNITY_NAME_OPTIONAL,
  OPPORTUNITY_OUTPUT_FIELDS,
  OPPORTUNITY_SAMPLE,
  PIPELINE_ID,
  PIPELINE_STAGE_ID,
  STATUS_OPTIONAL,
} from '../domains/opportunities';

/**
 * Upsert: with an Opportunity ID that opportunity is updated; otherwise GHL updates the contact's
 * opportunity in the pipeline, or creates one. The spec also marks `followers`, `isRemoveAllFollowers` and
 * `followersActionType` required; they are optional in practice and only sent when filled in.
 */
export default defineOperation({
  key: 'upsert_opportunity',
  kind: 'create',
  noun: 'Opportunity',
  label: 'Upsert Opportunity',
  description: "Creates an opportunity, or updates the contact's existing one in the pipeline.",
  endpoint: { method: 'POST', path: '/opportunities/upsert' },
  scopes: ['opportunities.write'],
  location: 'body',
  customFields: 'opportunity',
  inputFields: [
    {
      ...OPPORTUNITY_ID,
      required: false,
      helpText: 'Leave empty to match by contact and pipeline; give an Opportunity ID to update that opportunity.',
      to: 'body',
    },
    PIPELINE_ID,
    PIPELINE_STAGE_ID,
    OPPORTUNITY_NAME_OPTIONAL,
    STATUS_OPTIONAL,
    CONTACT_ID,
    MONETARY_VALUE,
    ASSIGNED_TO,
    OPPORTUNITY_CUSTOM_FIELDS,
    LOST_REASON_ID,
    {
      ...userIdField('followers', 'Followers', {
        list: true,
        required: false,
        helpText: 'Users to add to (or remove from) the followers. Choose users, or map User IDs.',
      }),
      to: 'body',
    },
    {
      key: 'followersActionType',
      label: 'Followers Action',
      choices: { add: 'Add these followers', remove: 'Remove these followers' },
      helpText: 'What to do with the Followers above (default: add).',
    },
    {
      key: 'isRemoveAllFollowers',
      label: 'Remove All Followers',
      type: 'boolean',
      helpText: 'Remove every follower of the opportunity.',
      to: 'body',
    },
  ],
  // The followers action only goes with followers.
  request: (input) => (toList(input.followers).length ? { body: { followersActionType: input.followersActionType || 'add' } } : {}),
  result: (data) => ({ ...recordAt(data, 'opportunity'), new: Boolean(data.new) }),
  sample: { ...OPPORTUNITY_SAMPLE, new: true },
  outputFields: [...OPPORTUNITY_OUTPUT_FIELDS, { key: 'new', label: 'Was Created', type: 'boolean' }],
});

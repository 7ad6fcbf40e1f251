import { recordAt } from '../lib/results';
import { CUSTOM_FIELDS_SCOPE, fetchCustomFieldDefs, hasCustomFieldInput } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { compact } from '../lib/http';
import { toBool } from '../lib/transforms';
import {
  OPPORTUNITY_OUTPUT_FIELDS,
  OPPORTUNITY_SAMPLE,
  followersField,
  followersOf,
  lostReasonIdField,
  opportunityBody,
  opportunityIdField,
  opportunityInputs,
  opportunityResult,
} from '../lib/opportunities';

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
  description:
    "Creates an opportunity, or updates the contact's existing opportunity in the pipeline (or the one whose ID you give).",
  endpoint: { method: 'POST', path: '/opportunities/upsert' },
  scopes: ['opportunities.write', CUSTOM_FIELDS_SCOPE],
  location: 'body',
  inputFields: [
    opportunityIdField({
      required: false,
      helpText: 'Leave empty to match by contact and pipeline; give an Opportunity ID to update that opportunity.',
    }),
    ...opportunityInputs({ required: false, contact: true }).map((f) =>
      typeof f !== 'function' && (f.key === 'pipelineId' || f.key === 'contactId') ? { ...f, required: true } : f,
    ),
    lostReasonIdField,
    followersField({ required: false, helpText: 'Users to add to (or remove from) the followers. Choose users, or map User IDs.' }),
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
    },
  ],
  request: async (input, ctx) => {
    const defs = (hasCustomFieldInput(input) ? await fetchCustomFieldDefs(ctx.z, ctx.bundle, 'opportunity', ctx) : undefined);
    const followers = followersOf(input);
    const removeAll = toBool(input.isRemoveAllFollowers, 'isRemoveAllFollowers', 'Remove All Followers');
    return {
      body: compact({
        id: input.opportunityId,
        ...opportunityBody(input, { defs }),
        contactId: input.contactId,
        lostReasonId: input.lostReasonId,
        followers: followers.length ? followers : undefined,
        followersActionType: followers.length ? input.followersActionType || 'add' : undefined,
        isRemoveAllFollowers: removeAll,
      }),
    };
  },
  result: async (data, _input, ctx) => ({ ...(await opportunityResult(recordAt(data, 'opportunity'), ctx)), new: Boolean(data.new) }),
  sample: { ...OPPORTUNITY_SAMPLE, new: true },
  outputFields: [...OPPORTUNITY_OUTPUT_FIELDS, { key: 'new', label: 'Was Created', type: 'boolean' }],
  extraRequests: 'custom field definitions, when the opportunity has custom fields',
});

import { recordAt } from './results';
/**
 * What the Workflows & Campaigns actions share: workflow enrolment results and contact followers
 * (inputs, body, result), with samples and output fields (values from the spec's examples).
 */
import { InputError } from './http';
import type { Field, Input, OutputField } from './types';
import { userIdField } from './fields';
import { toList } from './transforms';

/** Add/Remove from Workflow: which contact and workflow, and whether GHL accepted it. */
export const workflowResult = (data: any, input: Input) => ({
  contactId: input.contactId,
  workflowId: input.workflowId,
  succeded: data?.succeded ?? data?.succeeded ?? true,
});

export const WORKFLOW_RESULT_SAMPLE = {
  contactId: 'sx6wyHhbFdRXh302LLNR',
  workflowId: '78559bb3-b920-461e-b010-7b2a2816d2a9',
  succeded: true,
};

export const WORKFLOW_RESULT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'contactId', label: 'Contact ID' },
  { key: 'workflowId', label: 'Workflow ID' },
  { key: 'succeded', label: 'Succeeded', type: 'boolean' },
];

/** The followers input: users of the sub-account, picked, mapped as line items or as a comma list. */
export const followersField = (helpText: string): Field =>
  userIdField('followers', 'Followers', { required: true, list: true, helpText });

/** Followers input → `{followers: [...]}`; a value that splits into nothing is an input error. */
export const followersBody = (input: Input) => {
  const followers = toList(input.followers);
  if (followers.length === 0) throw new InputError('The Followers field is required but was empty.', 'followers');
  return { followers };
};

export const followersResult = (data: any, input: Input) => ({
  contactId: input.contactId,
  ...recordAt(data, '', ['followers']),
});

export const followersOutputFields = (changedKey: 'followersAdded' | 'followersRemoved', label: string): OutputField[] => [
  { key: 'contactId', label: 'Contact ID' },
  { key: 'followers', label: 'Followers (user IDs)' },
  { key: changedKey, label },
];

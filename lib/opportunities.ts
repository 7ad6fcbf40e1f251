/**
 * What the opportunity operations share: pipeline/stage/opportunity inputs, the create/update/upsert body,
 * custom fields (model `opportunity`), the opportunity sample and output fields, and the result mapping.
 */
import { customFieldInputs, customFieldsFromInput, withCustomFieldNames, type CustomFieldDef } from './custom-fields';
import { compact, InputError } from './http';
import { contactIdField, idField, userIdField } from './fields';
import type { Ctx, Field, Input, InputField, OutputField } from './types';
import { toList, toNumber } from './transforms';

/** Statuses a user can set (the spec's `all` is a search filter value, not a status). */
export const STATUS_CHOICES: Record<string, string> = {
  open: 'Open',
  won: 'Won',
  lost: 'Lost',
  abandoned: 'Abandoned',
};

/** The pipeline picker; choosing one refreshes the stage dropdown (which reads `pipelineId`). */
export const pipelineIdField = (opts: { required?: boolean; helpText?: string } = {}): Field =>
  idField('pipelineId', 'Pipeline', 'dropdown_pipelines.id.name', {
    required: opts.required ?? true,
    altersDynamicFields: true,
    helpText: opts.helpText ?? 'Choose a pipeline, or map a Pipeline ID. The Stage list shows this pipeline\'s stages.',
  });

/** The stage picker: stages of the pipeline chosen in the same step. */
export const pipelineStageIdField = (opts: { required?: boolean; helpText?: string } = {}): Field =>
  idField('pipelineStageId', 'Stage', 'dropdown_pipeline_stages.id.name', {
    required: opts.required ?? false,
    helpText:
      opts.helpText ?? 'A stage of the chosen pipeline. Choose the pipeline first, or map a Stage ID.',
  });

/** The opportunity to act on: a dropdown of the newest opportunities, or a mapped ID. */
export const opportunityIdField = (opts: { required?: boolean; helpText?: string } = {}): Field => ({
  key: 'opportunityId',
  label: 'Opportunity',
  required: opts.required ?? true,
  dynamic: 'dropdown_opportunities.id.name',
  helpText:
    opts.helpText ??
    'Choose an opportunity, or map the Opportunity ID from an earlier step (for example Find Opportunity or Create Opportunity).',
});

export const statusField = (
  opts: { required?: boolean; helpText?: string; default?: string; allowAll?: boolean } = {},
): Field => ({
  key: 'status',
  label: 'Status',
  required: opts.required ?? false,
  // "All" is only a search filter value, never a status to set.
  choices: opts.allowAll ? { ...STATUS_CHOICES, all: 'All' } : STATUS_CHOICES,
  ...(opts.default ? { default: opts.default } : {}),
  helpText: opts.helpText ?? 'open, won, lost or abandoned.',
});

export const monetaryValueField: Field = {
  key: 'monetaryValue',
  label: 'Opportunity Value',
  type: 'number',
  helpText: 'The monetary value (lead value), a number such as 220 or 1499.99 (no currency symbol).',
};

export const lostReasonIdField: Field = {
  key: 'lostReasonId',
  label: 'Lost Reason',
  dynamic: 'dropdown_lost_reasons.id.name',
  helpText: 'With status "lost": the ID of one of the sub-account\'s lost reasons (Settings → Opportunities).',
};

export const followersField = (opts: { required?: boolean; helpText?: string } = {}): Field =>
  userIdField('followers', 'Followers', {
    list: true,
    required: opts.required ?? true,
    helpText: opts.helpText ?? 'Users who follow the opportunity. Choose users, or map User IDs (a comma-separated list works).',
  });

/** The standard opportunity inputs (create/update/upsert) plus the sub-account's opportunity custom fields. */
export const opportunityInputs = (opts: { required: boolean; contact?: boolean }): InputField[] => {
  const fields: Field[] = [
    pipelineIdField({ required: opts.required }),
    pipelineStageIdField(),
    { key: 'name', label: 'Opportunity Name', required: opts.required, helpText: 'e.g. "Website redesign — Acme".' },
    statusField({ required: opts.required, ...(opts.required ? { default: 'open' } : {}) }),
  ];
  if (opts.contact) fields.push(contactIdField({ required: opts.required }));
  fields.push(monetaryValueField, userIdField('assignedTo', 'Assigned User'));
  return [...fields, customFieldInputs('opportunity')];
};

/** A status value checked against the ones GHL takes. */
export const checkStatus = (value: unknown, field = 'status', label = 'Status'): string | undefined => {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  const s = String(value).trim().toLowerCase();
  if (!Object.keys(STATUS_CHOICES).includes(s)) {
    throw new InputError(`The ${label} field must be one of open, won, lost or abandoned, got "${value}".`, field);
  }
  return s;
};

/**
 * Search filters → the snake_case query of GET /opportunities/search, newest first. A status of "all"
 * (the trigger's "any status") is passed as GHL's own filter value.
 */
export const opportunitySearchQuery = (input: Input): Record<string, unknown> => ({
  q: String(input.q ?? '').trim(),
  contact_id: String(input.contactId ?? '').trim(),
  pipeline_id: input.pipelineId,
  pipeline_stage_id: input.pipelineStageId,
  status: String(input.status ?? '').trim().toLowerCase() === 'all' ? 'all' : checkStatus(input.status),
  assigned_to: input.assignedTo,
  order: 'added_desc',
});

/**
 * Opportunity custom fields in the shape the spec declares: `field_value` is a string, a list of strings
 * or an object, so numbers and booleans are sent as text (GHL parses them by the field's type).
 */
export const opportunityCustomFields = (input: Input, defs?: CustomFieldDef[]): Array<Record<string, unknown>> | undefined => {
  const list = customFieldsFromInput(input, defs);
  if (!list) return undefined;
  return list.map((cf) => {
    const v = cf.field_value;
    if (typeof v === 'number' || typeof v === 'boolean') return { ...cf, field_value: String(v) };
    if (Array.isArray(v)) return { ...cf, field_value: v.map((x) => (typeof x === 'string' ? x : String(x))) };
    return cf;
  });
};

/** Inputs → the fields every opportunity body shares (create, update, upsert). */
export const opportunityBody = (input: Input, opts: { customFields?: boolean; defs?: CustomFieldDef[] } = {}): Record<string, unknown> =>
  compact({
    pipelineId: input.pipelineId,
    name: input.name,
    pipelineStageId: input.pipelineStageId,
    status: checkStatus(input.status),
    monetaryValue: toNumber(input.monetaryValue, 'monetaryValue', 'Opportunity Value'),
    assignedTo: input.assignedTo,
    customFields: opts.customFields === false ? undefined : opportunityCustomFields(input, opts.defs),
  });

/** Followers as a list of user ids. */
export const followersOf = (input: Input): string[] => toList(input.followers);

/** An opportunity as Zapier sees it: GHL's record plus custom fields by name. */
export const opportunityResult = (opportunity: any, ctx: Ctx) => withCustomFieldNames(opportunity, ctx, 'opportunity');

export const OPPORTUNITY_SAMPLE = {
  id: 'yWQobCRIhRguQtD2llvk',
  name: 'Website redesign — Acme',
  monetaryValue: 500,
  pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
  pipelineStageId: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69',
  assignedTo: 'zT46WSCPbudrq4zhWMk6',
  status: 'open',
  source: 'Zapier',
  lastStatusChangeAt: '2026-07-03T04:55:17.355Z',
  lastStageChangeAt: '2026-07-03T04:55:17.355Z',
  lastActionDate: '2026-07-03T04:55:17.355Z',
  createdAt: '2026-07-03T04:55:17.355Z',
  updatedAt: '2026-07-03T04:55:17.355Z',
  contactId: 'byMEV0NQinDhq8ZfiOi2',
  locationId: 've9EPM428h8vShlRW1KT',
  contact: {
    id: 'byMEV0NQinDhq8ZfiOi2',
    name: 'John Deo',
    companyName: 'Tesla Inc',
    email: 'john@deo.com',
    phone: '+12025550107',
    tags: ['vip'],
  },
  lostReasonId: '',
  followers: ['zT46WSCPbudrq4zhWMk6'],
  customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', fieldValue: 'Referral' }],
  customFieldsByName: { 'Lead Source Detail': 'Referral' },
};

export const OPPORTUNITY_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Opportunity ID' },
  { key: 'name', label: 'Opportunity Name' },
  { key: 'monetaryValue', label: 'Opportunity Value', type: 'number' },
  { key: 'pipelineId', label: 'Pipeline ID' },
  { key: 'pipelineStageId', label: 'Stage ID' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'status', label: 'Status' },
  { key: 'source', label: 'Source' },
  { key: 'lastStatusChangeAt', label: 'Last Status Change', type: 'datetime' },
  { key: 'lastStageChangeAt', label: 'Last Stage Change', type: 'datetime' },
  { key: 'lastActionDate', label: 'Last Action Date', type: 'datetime' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'contact', label: 'Contact' },
  { key: 'contact__name', label: 'Contact Name' },
  { key: 'contact__companyName', label: 'Contact Company Name' },
  { key: 'contact__email', label: 'Contact Email' },
  { key: 'contact__phone', label: 'Contact Phone' },
  { key: 'contact__tags', label: 'Contact Tags' },
  { key: 'lostReasonId', label: 'Lost Reason ID' },
  { key: 'followers', label: 'Follower User IDs' },
  { key: 'customFields', label: 'Custom Fields (by ID)' },
  { key: 'customFieldsByName', label: 'Custom Fields (by name)' },
];

export const PIPELINE_SAMPLE = {
  id: 'VDm7RPYC2GLUvdpKmBfC',
  name: 'Sales pipeline',
  stages: [
    { id: 'e93ba61a-53b3-45e7-985a-c7732dbcdb69', name: 'New lead', position: 0 },
    { id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'Proposal sent', position: 1 },
  ],
  showInFunnel: true,
  showInPieChart: true,
  locationId: 've9EPM428h8vShlRW1KT',
};

export const PIPELINE_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Pipeline ID' },
  { key: 'name', label: 'Pipeline Name' },
  { key: 'stages', label: 'Stages' },
  { key: 'showInFunnel', label: 'Show in Funnel Chart', type: 'boolean' },
  { key: 'showInPieChart', label: 'Show in Pie Chart', type: 'boolean' },
  { key: 'locationId', label: 'Sub-Account ID' },
];

export const FOLLOWERS_OUTPUT_FIELDS = (changedKey: 'followersAdded' | 'followersRemoved', changedLabel: string): OutputField[] => [
  { key: 'id', label: 'Opportunity ID' },
  { key: 'followers', label: 'Follower User IDs' },
  { key: changedKey, label: changedLabel },
];

/**
 * The stages of the pipelines answer (GET /opportunities/pipelines) as dropdown items: the chosen pipeline's
 * stages (input `pipelineId`), or every pipeline's stages labelled "Pipeline › Stage" when none is chosen.
 */
export const pipelineStages = (data: any, input: Input): any[] => {
  const pipelines: any[] = Array.isArray(data?.pipelines) ? data.pipelines : [];
  const chosen = String(input.pipelineId ?? '').trim();
  const selected = chosen ? pipelines.filter((p) => p?.id === chosen) : pipelines;
  return selected.flatMap((p) =>
    (Array.isArray(p?.stages) ? p.stages : [])
      .filter((s: any) => s && s.id)
      .map((s: any) => ({
        ...s,
        pipelineId: p.id,
        pipelineName: p.name,
        stageName: s.name,
        name: chosen ? s.name || s.id : `${p.name || p.id} › ${s.name || s.id}`,
      })),
  );
};

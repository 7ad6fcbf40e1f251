/**
 * What several opportunity operations share: the opportunity fields with their bindings (create, update and
 * upsert write them to the body; the searches filter by pipeline and stage in the query), the status
 * conversions, the opportunity custom fields (model `opportunity`), and the opportunity sample and output
 * fields.
 */
import { customFieldInputs } from '../lib/custom-fields';
import { contactIdField, idField, userIdField } from '../lib/fields';
import { InputError } from '../lib/http';
import type { Conversion, Field, OutputField } from '../lib/types';

/** Statuses a user can set (the spec's `all` is a search filter value, not a status). */
export const STATUS_CHOICES: Record<string, string> = {
  open: 'Open',
  won: 'Won',
  lost: 'Lost',
  abandoned: 'Abandoned',
};

/** A status value checked against the ones GHL takes, lower-cased. */
export const checkStatus = (value: unknown, field = 'status', label = 'Status'): string | undefined => {
  if (value === undefined || value === null || String(value).trim() === '') return undefined;
  const s = String(value).trim().toLowerCase();
  if (!Object.keys(STATUS_CHOICES).includes(s)) {
    throw new InputError(`The ${label} field must be one of open, won, lost or abandoned, got "${value}".`, field);
  }
  return s;
};

/** The status to set: open, won, lost or abandoned. */
export const opportunityStatus: Conversion = (value, f) => checkStatus(value, f.key, f.label);

/** The status to search for: a status, or "all" (GHL's own filter value for any status). */
export const statusFilter: Conversion = (value, f) =>
  String(value).trim().toLowerCase() === 'all' ? 'all' : checkStatus(value, f.key, f.label);

/** The opportunity to act on (`{id}` in the path): a dropdown of the newest opportunities, or a mapped ID. */
export const OPPORTUNITY_ID: Field = {
  key: 'opportunityId',
  label: 'Opportunity',
  required: true,
  dynamic: 'dropdown_opportunities.id.name',
  helpText:
    'Choose an opportunity, or map the Opportunity ID from an earlier step (for example Find Opportunity or Create Opportunity).',
  to: 'path',
  name: 'id',
};

/** The pipeline picker; choosing one refreshes the stage dropdown (which reads `pipelineId`). */
const pipelinePicker = (required: boolean, helpText = "Choose a pipeline, or map a Pipeline ID. The Stage list shows this pipeline's stages."): Field =>
  idField('pipelineId', 'Pipeline', 'dropdown_pipelines.id.name', { required, altersDynamicFields: true, helpText });

/** The stage picker: stages of the pipeline chosen in the same step. */
const stagePicker = (helpText = 'A stage of the chosen pipeline. Choose the pipeline first, or map a Stage ID.'): Field =>
  idField('pipelineStageId', 'Stage', 'dropdown_pipeline_stages.id.name', { required: false, helpText });

// The fields create, update and upsert write to the body.
export const PIPELINE_ID: Field = { ...pipelinePicker(true), to: 'body' };
export const PIPELINE_ID_OPTIONAL: Field = { ...PIPELINE_ID, required: false };
export const PIPELINE_STAGE_ID: Field = { ...stagePicker(), to: 'body' };
export const OPPORTUNITY_NAME: Field = {
  key: 'name',
  label: 'Opportunity Name',
  required: true,
  helpText: 'e.g. "Website redesign — Acme".',
  to: 'body',
};
export const OPPORTUNITY_NAME_OPTIONAL: Field = { ...OPPORTUNITY_NAME, required: false };
export const STATUS_OPTIONAL: Field = {
  key: 'status',
  label: 'Status',
  required: false,
  choices: STATUS_CHOICES,
  helpText: 'open, won, lost or abandoned.',
  to: 'body',
  as: opportunityStatus,
};
export const STATUS: Field = { ...STATUS_OPTIONAL, required: true, default: 'open' };
export const CONTACT_ID: Field = { ...contactIdField(), to: 'body' };
export const MONETARY_VALUE: Field = {
  key: 'monetaryValue',
  label: 'Opportunity Value',
  type: 'number',
  helpText: 'The monetary value (lead value), a number such as 220 or 1499.99 (no currency symbol).',
  to: 'body',
};
export const ASSIGNED_TO: Field = { ...userIdField('assignedTo', 'Assigned User'), to: 'body' };
export const LOST_REASON_ID: Field = {
  key: 'lostReasonId',
  label: 'Lost Reason',
  dynamic: 'dropdown_lost_reasons.id.name',
  helpText: 'With status "lost": the ID of one of the sub-account\'s lost reasons (Settings → Opportunities).',
  to: 'body',
};
/** The sub-account's opportunity custom fields: typed inputs, sent as the body's `customFields`. */
export const OPPORTUNITY_CUSTOM_FIELDS = customFieldInputs('opportunity');

// The filters both searches share (GET /opportunities/search takes snake_case names).
export const PIPELINE_FILTER: Field = { ...pipelinePicker(false, 'Only opportunities in this pipeline.'), to: 'query', name: 'pipeline_id' };
export const STAGE_FILTER: Field = {
  ...stagePicker('Only opportunities in this stage of the chosen pipeline.'),
  to: 'query',
  name: 'pipeline_stage_id',
};

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
    name: 'Marcus Chen',
    companyName: 'Tesla Inc',
    email: 'marcus.chen@example.com',
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

/** Add and Remove Followers: the opportunity and its followers (each adds the users it added or removed). */
export const FOLLOWERS_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Opportunity ID' },
  { key: 'followers', label: 'Follower User IDs' },
];

// ---------------------------------------------------------------------------------------------------
// Event triggers and the search by id (issue 14: New Opportunity, Opportunity Stage Changed, Opportunity
// Status Changed, Find Opportunity by ID). Each poll is one request for the newest page (GET
// /opportunities/search, `order` newest first); more pages only while Zapier populates its dedupe store.
// (Imports of this block are kept here, with the block, so parallel work on this module merges cleanly.)
import { withZonedTimes } from './events';
import type { Paging } from '../lib/types';

/** A page of the opportunity event triggers: 100 opportunities (`page`/`limit`; GHL allows up to 100). */
export const OPPORTUNITY_EVENTS_PAGING: Paging = { style: 'page/limit', size: 100 };

/**
 * The `order` of GET /opportunities/search that puts an event trigger's newest events first: `added_desc`
 * (creation) for new opportunities; `updated_desc` for stage and status changes (a change updates the
 * opportunity, so every opportunity changed since the last check is on the first page).
 */
export const NEWEST_ADDED = { query: { order: 'added_desc' } };
export const NEWEST_UPDATED = { query: { order: 'updated_desc' } };

const OPPORTUNITY_TIMES = ['lastStatusChangeAt', 'lastStageChangeAt', 'lastActionDate', 'createdAt', 'updatedAt'];

/** An opportunity as an event: its times with a zone, and its own id as `opportunityId`. */
export const opportunityEvent = (o: any): Record<string, any> => ({ ...withZonedTimes(o, OPPORTUNITY_TIMES), opportunityId: o.id });

/** The status filter of the event triggers: a status an opportunity can have (no "all": leave it empty). */
export const STATUS_EVENT_FILTER: Field = {
  key: 'status',
  label: 'Status',
  required: false,
  choices: STATUS_CHOICES,
  helpText: 'Only opportunities with this status. Leave empty for any status.',
  to: 'query',
  as: opportunityStatus,
};

/** The opportunity triggers' sample (from the search's answer), with a realistic contact. */
export const OPPORTUNITY_EVENT_SAMPLE = {
  ...OPPORTUNITY_SAMPLE,
  contact: {
    id: 'byMEV0NQinDhq8ZfiOi2',
    name: 'Marcus Bell',
    companyName: 'Acme Widgets',
    email: 'marcus.bell@acmewidgets.com',
    phone: '+12025550107',
    tags: ['vip'],
  },
  opportunityId: OPPORTUNITY_SAMPLE.id,
};

/** The opportunity fields, `id` labelled as the event's and the opportunity's own id beside it. */
export const OPPORTUNITY_EVENT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Event ID' },
  { key: 'opportunityId', label: 'Opportunity ID' },
  ...OPPORTUNITY_OUTPUT_FIELDS.filter((f) => f.key !== 'id'),
];

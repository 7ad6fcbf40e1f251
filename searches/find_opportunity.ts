import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { contactIdField } from '../lib/fields';
import { isBlank } from '../lib/transforms';
import {
  OPPORTUNITY_OUTPUT_FIELDS,
  OPPORTUNITY_SAMPLE,
  PIPELINE_FILTER,
  STAGE_FILTER,
  STATUS_CHOICES,
  statusFilter,
} from '../domains/opportunities';

export default defineOperation({
  key: 'find_opportunity',
  kind: 'search',
  noun: 'Opportunity',
  label: 'Find Opportunity',
  searchOrCreate: 'create_opportunity',
  description: 'Finds the newest opportunity matching a text or a contact, optionally within a pipeline.',
  endpoint: { method: 'GET', path: '/opportunities/search' },
  scopes: ['opportunities.readonly'],
  customFields: 'opportunity',
  location: 'query:location_id',
  inputFields: [
    {
      key: 'q',
      label: 'Search Text',
      helpText: "Matched against the opportunity's name and its contact's name, email and phone. Give this, a Contact, or both.",
      to: 'query',
      as: 'id', // trimmed
    },
    {
      ...contactIdField({ required: false, helpText: "The opportunity's contact. Choose a contact, or map a Contact ID (for example from Find Contact)." }),
      to: 'query',
      name: 'contact_id',
      as: 'id',
    },
    PIPELINE_FILTER,
    STAGE_FILTER,
    {
      key: 'status',
      label: 'Status',
      required: false,
      choices: STATUS_CHOICES,
      helpText: 'Only opportunities with this status (empty: any status).',
      to: 'query',
      as: statusFilter,
    },
  ],
  request: (input) => {
    if (isBlank(input.q) && isBlank(input.contactId)) throw new InputError('Give a Search Text or a Contact to find an opportunity by.', 'q');
    return { query: { order: 'added_desc', limit: 10 } };
  },
  list: { key: 'opportunities' },
  sample: OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
});

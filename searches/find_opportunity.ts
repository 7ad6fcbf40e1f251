import { CUSTOM_FIELDS_SCOPE } from '../lib/custom-fields';
import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { contactIdField } from '../lib/fields';
import {
  OPPORTUNITY_OUTPUT_FIELDS,
  OPPORTUNITY_SAMPLE,
  opportunityResult,
  opportunitySearchQuery,
  pipelineIdField,
  pipelineStageIdField,
  statusField,
} from '../lib/opportunities';

export default defineOperation({
  key: 'find_opportunity',
  kind: 'search',
  noun: 'Opportunity',
  label: 'Find Opportunity',
  searchOrCreate: 'upsert_opportunity',
  description: "Finds an opportunity by text (its name or the contact's name, email or phone) or by contact, optionally within a pipeline (newest first).",
  endpoint: { method: 'GET', path: '/opportunities/search' },
  scopes: ['opportunities.readonly', CUSTOM_FIELDS_SCOPE],
  location: 'query:location_id',
  inputFields: [
    {
      key: 'q',
      label: 'Search Text',
      helpText: "Matched against the opportunity's name and its contact's name, email and phone. Give this, a Contact, or both.",
    },
    contactIdField({ required: false, helpText: "The opportunity's contact. Choose a contact, or map a Contact ID (for example from Find Contact)." }),
    pipelineIdField({ required: false, helpText: 'Only opportunities in this pipeline.' }),
    pipelineStageIdField({ helpText: 'Only opportunities in this stage of the chosen pipeline.' }),
    statusField({ helpText: 'Only opportunities with this status (empty: any status).' }),
  ],
  request: (input) => {
    const query = opportunitySearchQuery(input);
    if (!query.q && !query.contact_id) throw new InputError('Give a Search Text or a Contact to find an opportunity by.', 'q');
    return { query: { ...query, limit: 10 } };
  },
  list: { key: 'opportunities', each: (o, _input, ctx) => opportunityResult(o, ctx) },
  sample: OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
  extraRequests: 'custom field definitions, when an opportunity has custom fields',
});

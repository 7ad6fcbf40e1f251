import { defineOperation } from '../lib/operation';
import {
  ASSIGNED_TO,
  CONTACT_ID,
  MONETARY_VALUE,
  OPPORTUNITY_CUSTOM_FIELDS,
  OPPORTUNITY_NAME,
  OPPORTUNITY_OUTPUT_FIELDS,
  OPPORTUNITY_SAMPLE,
  PIPELINE_ID,
  PIPELINE_STAGE_ID,
  STATUS,
} from '../domains/opportunities';

export default defineOperation({
  key: 'create_opportunity',
  kind: 'create',
  noun: 'Opportunity',
  label: 'Create Opportunity',
  description: 'Creates a new opportunity for a contact in a pipeline, with its value, owner and custom fields.',
  endpoint: { method: 'POST', path: '/opportunities/' },
  scopes: ['opportunities.write'],
  location: 'body',
  customFields: 'opportunity',
  inputFields: [PIPELINE_ID, PIPELINE_STAGE_ID, OPPORTUNITY_NAME, STATUS, CONTACT_ID, MONETARY_VALUE, ASSIGNED_TO, OPPORTUNITY_CUSTOM_FIELDS],
  result: 'opportunity',
  sample: OPPORTUNITY_SAMPLE,
  outputFields: OPPORTUNITY_OUTPUT_FIELDS,
});

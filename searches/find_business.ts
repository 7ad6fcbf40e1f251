import { defineOperation } from '../lib/operation';
import { BUSINESS_OUTPUT_FIELDS, FIND_BUSINESS_PAGES, FOUND_BUSINESS_SAMPLE, findBusinessesNamed } from '../domains/businesses';

/** A business of the sub-account by its name (exact, any case); nothing found (`[]`) when none has it. */
export default defineOperation({
  key: 'find_business',
  kind: 'search',
  noun: 'Business',
  label: 'Find Business',
  searchOrCreate: 'create_business',
  description: 'Finds a business by its name.',
  endpoint: { method: 'GET', path: '/businesses/' },
  scopes: ['businesses.readonly'],
  location: 'query',
  inputFields: [
    {
      key: 'name',
      label: 'Business Name',
      required: true,
      helpText: `The business's name, matched exactly (any case). Up to ${FIND_BUSINESS_PAGES * 100} businesses of the sub-account are searched.`,
    },
  ],
  send: findBusinessesNamed,
  extraRequests: `further pages of GET /businesses/ (${FIND_BUSINESS_PAGES} at most) while no business on the pages read has the name`,
  list: { key: 'businesses' },
  sample: FOUND_BUSINESS_SAMPLE,
  outputFields: BUSINESS_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { SOCIAL_TAG_OUTPUT_FIELDS, SOCIAL_TAG_SAMPLE } from '../domains/social-planner';

export default defineOperation({
  key: 'get_social_planner_tags',
  kind: 'trigger',
  noun: 'Social Planner Tag',
  label: 'Get Social Planner Tags',
  description: 'Triggers when a new social planner tag is created in the sub-account.',
  endpoint: { method: 'GET', path: '/social-media-posting/{locationId}/tags' },
  scopes: ['socialplanner/tag.readonly'],
  location: 'path',
  inputFields: [{ key: 'searchText', label: 'Search Text', helpText: 'Only tags matching this text (optional).', to: 'query' }],
  list: { key: 'results.tags', paging: { style: 'limit/skip', size: 100 }, sortBy: 'createdAt' },
  sample: SOCIAL_TAG_SAMPLE,
  outputFields: SOCIAL_TAG_OUTPUT_FIELDS,
});

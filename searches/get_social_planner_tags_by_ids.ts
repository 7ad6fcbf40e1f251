import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { toList } from '../lib/transforms';
import { SOCIAL_TAG_OUTPUT_FIELDS, SOCIAL_TAG_SAMPLE, socialTag, socialTagIdsField } from '../lib/social-planner';

export default defineOperation({
  key: 'get_social_planner_tags_by_ids',
  kind: 'search',
  noun: 'Social Planner Tag',
  label: 'Get Social Planner Tags by IDs',
  description: 'Finds social planner tags by their IDs (a read, despite the POST it uses).',
  endpoint: { method: 'POST', path: '/social-media-posting/{locationId}/tags/details' },
  scopes: ['socialplanner/tag.readonly'],
  location: 'path',
  inputFields: [socialTagIdsField()],
  request: (input) => {
    const tagIds = toList(input.tagIds);
    if (!tagIds.length) throw new InputError('The Tags field is required but was empty.', 'tagIds');
    return { body: { tagIds } };
  },
  list: { key: 'results.tags', each: socialTag },
  sample: SOCIAL_TAG_SAMPLE,
  outputFields: SOCIAL_TAG_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { idField } from '../lib/fields';
import { SOCIAL_TAG_OUTPUT_FIELDS, SOCIAL_TAG_SAMPLE } from '../domains/social-planner';

/** A tag with `id` for mapping (GHL only gives `_id`). */
const socialTag = (t: any): any => (t && typeof t === 'object' ? { id: t._id ?? t.id, ...t } : t);

export default defineOperation({
  key: 'get_social_planner_tags_by_ids',
  kind: 'search',
  noun: 'Social Planner Tag',
  label: 'Get Social Planner Tags by IDs',
  description: 'Finds social planner tags by their IDs (a read, despite the POST it uses).',
  endpoint: { method: 'POST', path: '/social-media-posting/{locationId}/tags/details' },
  scopes: ['socialplanner/tag.readonly'],
  location: 'path',
  inputFields: [
    {
      ...idField('tagIds', 'Tags', 'dropdown_social_planner_tags.id.name', {
        list: true,
        helpText: 'Social planner tags: choose them, or map Tag IDs (a comma-separated value is split).',
      }),
      to: 'body',
    },
  ],
  list: { key: 'results.tags', each: socialTag },
  sample: SOCIAL_TAG_SAMPLE,
  outputFields: SOCIAL_TAG_OUTPUT_FIELDS,
});

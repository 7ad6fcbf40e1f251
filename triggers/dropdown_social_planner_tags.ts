import { defineDropdown } from '../lib/dropdown';

/** The sub-account's social planner tags (not the contact tags of dropdown_tags). */
export default defineDropdown({
  key: 'dropdown_social_planner_tags',
  noun: 'Social Planner Tag',
  endpoint: { method: 'GET', path: '/social-media-posting/{locationId}/tags' },
  scopes: ['socialplanner/tag.readonly'],
  location: 'path',
  listKey: 'results.tags',
  paging: { style: 'limit/skip', size: 100 },
  label: (t) => t.tag,
});

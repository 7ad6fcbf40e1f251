import { defineOperation } from '../lib/operation';
import { BLOG_OUTPUT_FIELDS, BLOG_PAGE_SIZE, BLOG_SAMPLE } from '../lib/blogs';

export default defineOperation({
  key: 'get_blogs_by_location',
  kind: 'trigger',
  noun: 'Blog',
  label: 'Get Blogs by Location',
  description: 'Triggers when a new blog (blog site) is added to the sub-account.',
  endpoint: { method: 'GET', path: '/blogs/site/all' },
  scopes: ['blogs/list.readonly'],
  location: 'query',
  inputFields: [{ key: 'searchTerm', label: 'Search Term', helpText: 'Only blogs whose name matches this text (optional).' }],
  request: (input) => ({ query: { searchTerm: input.searchTerm } }),
  list: { key: 'data', paging: { style: 'limit/skip', size: BLOG_PAGE_SIZE } },
  sample: BLOG_SAMPLE,
  outputFields: BLOG_OUTPUT_FIELDS,
});

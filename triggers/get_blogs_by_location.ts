import { defineOperation } from '../lib/operation';
import { BLOG_PAGE_SIZE } from '../domains/blogs';

export default defineOperation({
  key: 'get_blogs_by_location',
  kind: 'trigger',
  noun: 'Blog',
  label: 'Get Blogs by Location',
  description: 'Triggers when a new blog (blog site) is added to the sub-account.',
  endpoint: { method: 'GET', path: '/blogs/site/all' },
  scopes: ['blogs/list.readonly'],
  location: 'query',
  inputFields: [{ key: 'searchTerm', label: 'Search Term', helpText: 'Only blogs whose name matches this text (optional).', to: 'query' }],
  list: { key: 'data', paging: { style: 'limit/skip', size: BLOG_PAGE_SIZE } },
  sample: { id: 'lMOzIQZne5m6zQ528sT6', _id: 'lMOzIQZne5m6zQ528sT6', name: 'My blog' },
  outputFields: [
    { key: 'id', label: 'Blog ID' },
    { key: '_id', label: 'Blog ID (GHL)' },
    { key: 'name', label: 'Name' },
  ],
});

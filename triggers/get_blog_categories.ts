import { defineOperation } from '../lib/operation';
import { BLOG_CATEGORY_OUTPUT_FIELDS, BLOG_CATEGORY_SAMPLE, BLOG_PAGE_SIZE } from '../lib/blogs';

export default defineOperation({
  key: 'get_blog_categories',
  kind: 'trigger',
  noun: 'Blog Category',
  label: 'Get Blog Categories',
  description: 'Triggers when a new blog category is added to the sub-account.',
  endpoint: { method: 'GET', path: '/blogs/categories' },
  scopes: ['blogs/category.readonly'],
  location: 'query',
  list: { key: 'categories', paging: { style: 'limit/offset', size: BLOG_PAGE_SIZE }, sortBy: 'updatedAt' },
  sample: BLOG_CATEGORY_SAMPLE,
  outputFields: BLOG_CATEGORY_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { BLOG_AUTHOR_OUTPUT_FIELDS, BLOG_AUTHOR_SAMPLE, BLOG_PAGE_SIZE } from '../lib/blogs';

export default defineOperation({
  key: 'get_blog_authors',
  kind: 'trigger',
  noun: 'Blog Author',
  label: 'Get Blog Authors',
  description: 'Triggers when a new blog author is added to the sub-account.',
  endpoint: { method: 'GET', path: '/blogs/authors' },
  scopes: ['blogs/author.readonly'],
  location: 'query',
  list: { key: 'authors', paging: { style: 'limit/offset', size: BLOG_PAGE_SIZE }, sortBy: 'updatedAt' },
  sample: BLOG_AUTHOR_SAMPLE,
  outputFields: BLOG_AUTHOR_OUTPUT_FIELDS,
});

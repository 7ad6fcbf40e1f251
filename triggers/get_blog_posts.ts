import { defineOperation } from '../lib/operation';
import { BLOG_ID_FIELD, BLOG_PAGE_SIZE, BLOG_POST_OUTPUT_FIELDS, BLOG_POST_SAMPLE, BLOG_POST_STATUS_FIELD, blogPostResult } from '../domains/blogs';

export default defineOperation({
  key: 'get_blog_posts',
  kind: 'trigger',
  noun: 'Blog Post',
  label: 'Get Blog Posts',
  description: 'Triggers when a new post is added to the chosen blog.',
  endpoint: { method: 'GET', path: '/blogs/posts/all' },
  scopes: ['blogs/posts.readonly'],
  location: 'query',
  inputFields: [
    { ...BLOG_ID_FIELD, to: 'query' },
    { ...BLOG_POST_STATUS_FIELD, required: false, helpText: 'Only posts with this status (optional).', to: 'query' },
    { key: 'searchTerm', label: 'Search Term', helpText: 'Only posts whose title matches this text (optional).', to: 'query' },
  ],
  list: {
    key: 'blogs',
    paging: { style: 'limit/offset', size: BLOG_PAGE_SIZE },
    sortBy: 'publishedAt',
    each: blogPostResult,
  },
  sample: BLOG_POST_SAMPLE,
  outputFields: BLOG_POST_OUTPUT_FIELDS,
});

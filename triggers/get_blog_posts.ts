import { defineOperation } from '../lib/operation';
import {
  BLOG_PAGE_SIZE,
  BLOG_POST_OUTPUT_FIELDS,
  BLOG_POST_SAMPLE,
  blogIdField,
  blogPostStatusField,
  blogPostResult,
} from '../lib/blogs';

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
    blogIdField(),
    blogPostStatusField({ required: false, helpText: 'Only posts with this status (optional).' }),
    { key: 'searchTerm', label: 'Search Term', helpText: 'Only posts whose title matches this text (optional).' },
  ],
  request: (input) => ({ query: { blogId: input.blogId, status: input.status, searchTerm: input.searchTerm } }),
  list: {
    key: 'blogs',
    paging: { style: 'limit/offset', size: BLOG_PAGE_SIZE },
    sortBy: 'publishedAt',
    each: blogPostResult,
  },
  sample: BLOG_POST_SAMPLE,
  outputFields: BLOG_POST_OUTPUT_FIELDS,
});

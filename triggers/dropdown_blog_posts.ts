import { defineOperation } from '../lib/operation';
import { BLOG_PAGE_SIZE } from '../domains/blogs';

/** A post's dropdown label: its title, and its status when not published. */
const blogPostLabel = (p: any): string =>
  `${p?.title || p?.urlSlug || 'Untitled post'}${p?.status && p.status !== 'PUBLISHED' ? ` (${String(p.status).toLowerCase()})` : ''}`;

/**
 * Posts of the blog chosen in the same step (its `blogId` input), `dropdown_blog_posts.id.title`.
 * Made with defineOperation rather than defineDropdown to declare the step input it reads.
 */
export default defineOperation({
  key: 'dropdown_blog_posts',
  kind: 'trigger',
  noun: 'Blog Post',
  label: 'Blog Post List',
  description: 'Lists the posts of a blog for dropdowns.',
  hidden: true,
  endpoint: { method: 'GET', path: '/blogs/posts/all' },
  scopes: ['blogs/posts.readonly'],
  location: 'query',
  inputFields: [{ key: 'blogId', label: 'Blog', required: true, helpText: 'The blog chosen in the step.', to: 'query', as: 'id' }],
  list: {
    key: 'blogs',
    paging: { style: 'limit/offset', size: BLOG_PAGE_SIZE },
    each: (p: any) => ({ ...p, title: blogPostLabel(p) }),
  },
});

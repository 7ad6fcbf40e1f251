import { defineDropdown } from '../lib/dropdown';
import { BLOG_PAGE_SIZE } from '../domains/blogs';

/** The sub-account's blog authors. */
export default defineDropdown({
  key: 'dropdown_blog_authors',
  noun: 'Blog Author',
  endpoint: { method: 'GET', path: '/blogs/authors' },
  scopes: ['blogs/author.readonly'],
  location: 'query',
  listKey: 'authors',
  paging: { style: 'limit/offset', size: BLOG_PAGE_SIZE },
  label: (a) => a.name,
});

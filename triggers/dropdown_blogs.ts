import { defineDropdown } from '../lib/dropdown';
import { BLOG_PAGE_SIZE } from '../domains/blogs';

/** The sub-account's blogs (blog sites). */
export default defineDropdown({
  key: 'dropdown_blogs',
  noun: 'Blog',
  endpoint: { method: 'GET', path: '/blogs/site/all' },
  scopes: ['blogs/list.readonly'],
  location: 'query',
  listKey: 'data',
  paging: { style: 'limit/skip', size: BLOG_PAGE_SIZE },
  label: (b) => b.name,
});

import { defineDropdown } from '../lib/dropdown';
import { BLOG_PAGE_SIZE } from '../domains/blogs';

/** The sub-account's blog categories (`dropdown_blog_categories.id.label`). */
export default defineDropdown({
  key: 'dropdown_blog_categories',
  noun: 'Blog Category',
  endpoint: { method: 'GET', path: '/blogs/categories' },
  scopes: ['blogs/category.readonly'],
  location: 'query',
  listKey: 'categories',
  paging: { style: 'limit/offset', size: BLOG_PAGE_SIZE },
  labelKey: 'label',
  label: (c) => c.label || c.name || c.urlSlug,
});

import { defineOperation } from '../lib/operation';
import { BLOG_PAGE_SIZE } from '../domains/blogs';

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
  sample: {
    id: 'lMOzIQZne5m6zQ528sT6',
    _id: 'lMOzIQZne5m6zQ528sT6',
    label: 'HighLevel',
    locationId: 'lMOzIQZne5m6zQ528sT6',
    updatedAt: '2025-01-03T11:06:35.822Z',
    canonicalLink: 'https://tryghl.blog/doc/category/agency-growth',
    urlSlug: 'agency-growth',
  },
  outputFields: [
    { key: 'id', label: 'Category ID' },
    { key: '_id', label: 'Category ID (GHL)' },
    { key: 'label', label: 'Name' },
    { key: 'locationId', label: 'Location ID' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
    { key: 'canonicalLink', label: 'Canonical Link' },
    { key: 'urlSlug', label: 'URL Slug' },
  ],
});

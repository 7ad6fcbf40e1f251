import { defineOperation } from '../lib/operation';
import { BLOG_PAGE_SIZE } from '../domains/blogs';

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
  sample: {
    id: 'lMOzIQZne5m6zQ528sT6',
    _id: 'lMOzIQZne5m6zQ528sT6',
    name: 'HighLevel',
    locationId: 'lMOzIQZne5m6zQ528sT6',
    updatedAt: '2025-01-03T11:06:35.822Z',
    canonicalLink: 'https://tryghl.blog/post/technology',
  },
  outputFields: [
    { key: 'id', label: 'Author ID' },
    { key: '_id', label: 'Author ID (GHL)' },
    { key: 'name', label: 'Name' },
    { key: 'locationId', label: 'Location ID' },
    { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
    { key: 'canonicalLink', label: 'Canonical Link' },
  ],
});

import { defineDropdown } from '../lib/dropdown';

/** The media library's folders (Upload File to Media Library's folder), newest first. */
export default defineDropdown({
  key: 'dropdown_media_folders',
  noun: 'Media Folder',
  endpoint: { method: 'GET', path: '/medias/files' },
  scopes: ['medias.readonly'],
  // The media library names its sub-account as `altId` (with `altType: location`), not `locationId`.
  request: (_input, ctx) => ({ query: { altType: 'location', altId: ctx.locationId, type: 'folder', sortBy: 'createdAt', sortOrder: 'desc' } }),
  listKey: 'files',
  paging: { style: 'limit/offset', size: 100 },
  idOf: (f) => f?._id ?? f?.id,
  label: (f) => f.name,
});

/**
 * Blogs: the blog, author, category and post dropdown fields, samples and output fields, and the body
 * of Create/Update Blog Post (the spec's CreateBlogPostParams / UpdateBlogPostParams).
 */
import type { Field, Input, OutputField } from './types';
import { compact, InputError } from './http';
import { idField } from './fields';
import { toIsoUtc, toList } from './transforms';

export const BLOG_POST_STATUSES = ['DRAFT', 'PUBLISHED', 'SCHEDULED', 'ARCHIVED'] as const;

const STATUS_CHOICES = { PUBLISHED: 'Published', DRAFT: 'Draft', SCHEDULED: 'Scheduled', ARCHIVED: 'Archived' };

/** Blog-endpoint page size (limit/offset and limit/skip). */
export const BLOG_PAGE_SIZE = 50;

export const blogIdField = (opts: { helpText?: string; required?: boolean } = {}): Field =>
  idField('blogId', 'Blog', 'dropdown_blogs.id.name', {
    required: opts.required ?? true,
    helpText: opts.helpText ?? 'The blog (blog site) of the sub-account. Choose one, or map a Blog ID.',
  });

export const blogPostIdField = (): Field =>
  idField('postId', 'Blog Post', 'dropdown_blog_posts.id.title', {
    helpText: 'A post of the chosen blog. Choose the Blog first, or map a Blog Post ID (for example from Get Blog Posts).',
  });

export const blogAuthorField = (): Field =>
  idField('author', 'Author', 'dropdown_blog_authors.id.name', {
    helpText: 'The blog author. Choose one, or map an Author ID (from Get Blog Authors).',
  });

export const blogCategoriesField = (): Field =>
  idField('categories', 'Categories', 'dropdown_blog_categories.id.label', {
    required: false,
    list: true,
    helpText: 'Blog categories of the post. Choose them, or map Category IDs (from Get Blog Categories).',
  });

export const blogPostStatusField = (opts: { required?: boolean; default?: string; helpText?: string } = {}): Field => ({
  key: 'status',
  label: 'Status',
  required: opts.required ?? true,
  choices: STATUS_CHOICES,
  ...(opts.default ? { default: opts.default } : {}),
  helpText: opts.helpText ?? 'Published, Draft, Scheduled (needs a Publish Date in the future) or Archived.',
});

/** The inputs of Create Blog Post (`update: false`) and Update Blog Post (`update: true`). */
export const blogPostInputs = (update: boolean): Field[] => [
  blogIdField(),
  ...(update ? [blogPostIdField()] : []),
  { key: 'title', label: 'Title', required: true },
  {
    key: 'rawHTML',
    label: 'Content (HTML)',
    type: 'text',
    required: true,
    helpText: 'The body of the post as HTML, e.g. `<h1>Heading</h1><p>Text…</p>`. Plain text works too.',
  },
  { key: 'description', label: 'Description', type: 'text', required: true, helpText: 'A short summary, shown in listings and to search engines.' },
  { key: 'imageUrl', label: 'Image URL', required: true, helpText: 'The URL of the featured image.' },
  { key: 'imageAltText', label: 'Image Alt Text', helpText: 'Alternative text of the image. Empty = the title.' },
  blogAuthorField(),
  blogCategoriesField(),
  { key: 'tags', label: 'Tags', list: true, helpText: 'Free-text tags, e.g. seo. A comma-separated value is split into several tags.' },
  blogPostStatusField({ default: update ? undefined : 'PUBLISHED' }),
  {
    key: 'publishedAt',
    label: 'Publish Date',
    type: 'datetime',
    required: update,
    helpText: update
      ? 'When the post is (or was) published; for Scheduled, when it goes live.'
      : 'When the post is published; for Scheduled, when it goes live. Empty = now (not allowed for Scheduled).',
  },
  {
    key: 'urlSlug',
    label: 'URL Slug',
    required: update,
    helpText: update
      ? 'The last part of the post URL, e.g. `my-first-post`. Normalised to lowercase letters, digits and dashes.'
      : 'The last part of the post URL, e.g. `my-first-post`; normalised to lowercase letters, digits and dashes. ' +
        'Empty = made from the title. Check it first with Check Blog URL Slug.',
  },
  { key: 'canonicalLink', label: 'Canonical Link', helpText: 'The canonical URL, if the post is also published elsewhere.' },
];

/** "Ünïcode Title!" → "unicode-title". */
export const slugify = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/**
 * A URL slug from a given slug (normalised: "My Post" → "my-post"), else from the title. An input error
 * when nothing usable is left.
 */
export const urlSlugOf = (given: unknown, title?: string): string => {
  const raw = given === undefined || given === null ? '' : String(given).trim();
  const slug = slugify(raw || title || '');
  if (!slug) {
    throw new InputError(
      raw
        ? `The URL Slug field has no letters or digits to make a slug from: "${raw}".`
        : 'The URL Slug field is empty and no slug can be made from the title: give a URL Slug.',
      'urlSlug',
    );
  }
  return slug;
};

/** A post's dropdown label: its title, and its status when not published. */
export const blogPostLabel = (p: any): string =>
  `${p?.title || p?.urlSlug || 'Untitled post'}${p?.status && p.status !== 'PUBLISHED' ? ` (${String(p.status).toLowerCase()})` : ''}`;

const text = (v: unknown): string | undefined => (v === undefined || v === null || String(v).trim() === '' ? undefined : String(v).trim());

/**
 * Inputs → the post body (the engine adds `locationId`). Every property the spec requires is present;
 * optional ones only when given, except that an update always sends `tags` (PUT replaces the post).
 */
export const blogPostBody = (input: Input, opts: { update: boolean }): Record<string, unknown> => {
  const title = text(input.title)!;
  const status = String(input.status ?? '').trim().toUpperCase();
  if (!(BLOG_POST_STATUSES as readonly string[]).includes(status)) {
    throw new InputError(`The Status field must be one of ${BLOG_POST_STATUSES.join(', ')}, got "${input.status}".`, 'status');
  }
  let publishedAt = toIsoUtc(input.publishedAt, 'publishedAt', 'Publish Date');
  if (!publishedAt) {
    if (status === 'SCHEDULED') throw new InputError('A Scheduled post needs a Publish Date (when it goes live).', 'publishedAt');
    publishedAt = new Date().toISOString();
  }
  const urlSlug = urlSlugOf(input.urlSlug, title);
  const tags = toList(input.tags);
  return compact({
    title,
    blogId: text(input.blogId),
    imageUrl: text(input.imageUrl),
    description: text(input.description),
    rawHTML: String(input.rawHTML),
    status,
    imageAltText: text(input.imageAltText) ?? title,
    categories: toList(input.categories),
    tags: tags.length || opts.update ? tags : undefined,
    author: text(input.author),
    urlSlug,
    canonicalLink: text(input.canonicalLink),
    publishedAt,
  });
};

/** A blog post as GHL answers it (the spec's BlogPostResponseDTO example), plus `id`. */
export const BLOG_POST_SAMPLE = {
  id: '66c381b38be80858b9af62b6',
  _id: '66c381b38be80858b9af62b6',
  title: 'Banana is good source of energy',
  description: 'Description',
  imageUrl: 'https://storage.googleapis.com/ghl-test/fACm0Ojm5oC70G3DcFmE/media/66b5aa3b1745b2713a8d033f.jpeg',
  imageAltText: 'alt',
  status: 'PUBLISHED',
  archived: false,
  urlSlug: 'banana-good-energy',
  canonicalLink: 'https://blog.chatgpts.agency/post/test-8384',
  author: '659ec9634a3796e4e47cc360',
  categories: ['659ecabc4a37969a2b7cc370', '6683abde331c041f32c07aee'],
  tags: ['Apple', 'Banana'],
  publishedAt: '2024-08-19T17:14:57.000Z',
  updatedAt: '2024-08-19T17:32:36.182Z',
};

export const BLOG_POST_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Blog Post ID' },
  { key: '_id', label: 'Blog Post ID (GHL)' },
  { key: 'title', label: 'Title' },
  { key: 'description', label: 'Description' },
  { key: 'imageUrl', label: 'Image URL' },
  { key: 'imageAltText', label: 'Image Alt Text' },
  { key: 'status', label: 'Status' },
  { key: 'archived', label: 'Archived', type: 'boolean' },
  { key: 'urlSlug', label: 'URL Slug' },
  { key: 'canonicalLink', label: 'Canonical Link' },
  { key: 'author', label: 'Author ID' },
  { key: 'categories', label: 'Category IDs' },
  { key: 'tags', label: 'Tags' },
  { key: 'publishedAt', label: 'Published At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

/** A post out of GHL's envelope, with `id` beside GHL's `_id` for mapping. */
export const blogPostResult = (post: any): any =>
  post && typeof post === 'object' ? { id: post._id ?? post.id, ...post } : post;

export const BLOG_SAMPLE = { id: 'lMOzIQZne5m6zQ528sT6', _id: 'lMOzIQZne5m6zQ528sT6', name: 'My blog' };
export const BLOG_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Blog ID' },
  { key: '_id', label: 'Blog ID (GHL)' },
  { key: 'name', label: 'Name' },
];

export const BLOG_AUTHOR_SAMPLE = {
  id: 'lMOzIQZne5m6zQ528sT6',
  _id: 'lMOzIQZne5m6zQ528sT6',
  name: 'HighLevel',
  locationId: 'lMOzIQZne5m6zQ528sT6',
  updatedAt: '2025-01-03T11:06:35.822Z',
  canonicalLink: 'https://tryghl.blog/post/technology',
};
export const BLOG_AUTHOR_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Author ID' },
  { key: '_id', label: 'Author ID (GHL)' },
  { key: 'name', label: 'Name' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  { key: 'canonicalLink', label: 'Canonical Link' },
];

export const BLOG_CATEGORY_SAMPLE = {
  id: 'lMOzIQZne5m6zQ528sT6',
  _id: 'lMOzIQZne5m6zQ528sT6',
  label: 'HighLevel',
  locationId: 'lMOzIQZne5m6zQ528sT6',
  updatedAt: '2025-01-03T11:06:35.822Z',
  canonicalLink: 'https://tryghl.blog/doc/category/agency-growth',
  urlSlug: 'agency-growth',
};
export const BLOG_CATEGORY_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Category ID' },
  { key: '_id', label: 'Category ID (GHL)' },
  { key: 'label', label: 'Name' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
  { key: 'canonicalLink', label: 'Canonical Link' },
  { key: 'urlSlug', label: 'URL Slug' },
];

/**
 * What several blog operations share: the blog, post, author and category pickers, the blog post fields
 * of Create and Update Blog Post (with their bindings) and what the bindings cannot say, the URL slug and
 * status conversions, the page size, and the post sample and output fields.
 *
 * Text GHL takes trimmed is bound `as: 'id'` (the engine's trimmed text).
 */
import { InputError } from '../lib/http';
import { idField } from '../lib/fields';
import { isBlank, nonEmpty, toList } from '../lib/transforms';
import type { Conversion, Field, Input, OutputField, RequestParts } from '../lib/types';

/** Blog-endpoint page size (limit/offset and limit/skip). */
export const BLOG_PAGE_SIZE = 50;

export const BLOG_POST_STATUSES = ['DRAFT', 'PUBLISHED', 'SCHEDULED', 'ARCHIVED'] as const;

const STATUS_CHOICES = { PUBLISHED: 'Published', DRAFT: 'Draft', SCHEDULED: 'Scheduled', ARCHIVED: 'Archived' };

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

/** A given URL slug, normalised as the blog post actions normalise it ("My Post" → `my-post`). */
export const urlSlug: Conversion = (value) => urlSlugOf(value);

/** A post status, upper-cased (`published` → `PUBLISHED`); anything but GHL's four is an input error. */
export const blogPostStatus: Conversion = (value, { key, label }) => {
  const status = String(value).trim().toUpperCase();
  if (!(BLOG_POST_STATUSES as readonly string[]).includes(status)) {
    throw new InputError(`The ${label} field must be one of ${BLOG_POST_STATUSES.join(', ')}, got "${value}".`, key);
  }
  return status;
};

export const BLOG_ID_FIELD: Field = idField('blogId', 'Blog', 'dropdown_blogs.id.name', {
  helpText: 'The blog (blog site) of the sub-account. Choose one, or map a Blog ID.',
});

export const BLOG_POST_ID_FIELD: Field = idField('postId', 'Blog Post', 'dropdown_blog_posts.id.title', {
  helpText: 'A post of the chosen blog. Choose the Blog first, or map a Blog Post ID (for example from Get Blog Posts).',
});

/** The post status: a choice (the posts filter sends it as chosen; the post actions check it, `as: blogPostStatus`). */
export const BLOG_POST_STATUS_FIELD: Field = {
  key: 'status',
  label: 'Status',
  required: true,
  choices: STATUS_CHOICES,
  helpText: 'Published, Draft, Scheduled (needs a Publish Date in the future) or Archived.',
};

// ---------------------------------------------------------------------------------------------------------
// The post fields of Create and Update Blog Post (the spec's CreateBlogPostParams / UpdateBlogPostParams)

const POST_BLOG_FIELD: Field = { ...BLOG_ID_FIELD, to: 'body', as: 'id' };
const TITLE_FIELD: Field = { key: 'title', label: 'Title', required: true, to: 'body', as: 'id' };
const CONTENT_FIELD: Field = {
  key: 'rawHTML',
  label: 'Content (HTML)',
  type: 'text',
  required: true,
  helpText: 'The body of the post as HTML, e.g. `<h1>Heading</h1><p>Text…</p>`. Plain text works too.',
  to: 'body',
};
const DESCRIPTION_FIELD: Field = {
  key: 'description',
  label: 'Description',
  type: 'text',
  required: true,
  helpText: 'A short summary, shown in listings and to search engines.',
  to: 'body',
  as: 'id',
};
const IMAGE_URL_FIELD: Field = { key: 'imageUrl', label: 'Image URL', required: true, helpText: 'The URL of the featured image.', to: 'body', as: 'id' };
const IMAGE_ALT_FIELD: Field = {
  key: 'imageAltText',
  label: 'Image Alt Text',
  helpText: 'Alternative text of the image. Empty = the title.',
  to: 'body',
  as: 'id',
};
const AUTHOR_FIELD: Field = {
  ...idField('author', 'Author', 'dropdown_blog_authors.id.name', {
    helpText: 'The blog author. Choose one, or map an Author ID (from Get Blog Authors).',
  }),
  to: 'body',
  as: 'id',
};
/** Sent even when empty (`blogPostRequest`): not bound. */
const CATEGORIES_FIELD: Field = idField('categories', 'Categories', 'dropdown_blog_categories.id.label', {
  required: false,
  list: true,
  helpText: 'Blog categories of the post. Choose them, or map Category IDs (from Get Blog Categories).',
});
/** Bound for a create (left out when empty); an update always sends them (`blogPostRequest`). */
const TAGS_FIELD: Field = {
  key: 'tags',
  label: 'Tags',
  list: true,
  helpText: 'Free-text tags, e.g. seo. A comma-separated value is split into several tags.',
  to: 'body',
};
const POST_STATUS_FIELD: Field = { ...BLOG_POST_STATUS_FIELD, to: 'body', as: blogPostStatus };
const CANONICAL_FIELD: Field = {
  key: 'canonicalLink',
  label: 'Canonical Link',
  helpText: 'The canonical URL, if the post is also published elsewhere.',
  to: 'body',
  as: 'id',
};

/** The inputs of Create Blog Post. The URL slug is made in `blogPostRequest` (from the title when empty). */
export const CREATE_BLOG_POST_FIELDS: Field[] = [
  POST_BLOG_FIELD,
  TITLE_FIELD,
  CONTENT_FIELD,
  DESCRIPTION_FIELD,
  IMAGE_URL_FIELD,
  IMAGE_ALT_FIELD,
  AUTHOR_FIELD,
  CATEGORIES_FIELD,
  TAGS_FIELD,
  { ...POST_STATUS_FIELD, default: 'PUBLISHED' },
  {
    key: 'publishedAt',
    label: 'Publish Date',
    type: 'datetime',
    required: false,
    helpText: 'When the post is published; for Scheduled, when it goes live. Empty = now (not allowed for Scheduled).',
    to: 'body',
    as: 'isoUtc',
  },
  {
    key: 'urlSlug',
    label: 'URL Slug',
    required: false,
    helpText:
      'The last part of the post URL, e.g. `my-first-post`; normalised to lowercase letters, digits and dashes. ' +
      'Empty = made from the title. Check it first with Check Blog URL Slug.',
  },
  CANONICAL_FIELD,
];

/** The inputs of Update Blog Post: the post, and every property (GHL replaces the whole post). */
export const UPDATE_BLOG_POST_FIELDS: Field[] = [
  POST_BLOG_FIELD,
  BLOG_POST_ID_FIELD,
  TITLE_FIELD,
  CONTENT_FIELD,
  DESCRIPTION_FIELD,
  IMAGE_URL_FIELD,
  IMAGE_ALT_FIELD,
  AUTHOR_FIELD,
  CATEGORIES_FIELD,
  TAGS_FIELD,
  POST_STATUS_FIELD,
  {
    key: 'publishedAt',
    label: 'Publish Date',
    type: 'datetime',
    required: true,
    helpText: 'When the post is (or was) published; for Scheduled, when it goes live.',
    to: 'body',
    as: 'isoUtc',
  },
  {
    key: 'urlSlug',
    label: 'URL Slug',
    required: true,
    helpText: 'The last part of the post URL, e.g. `my-first-post`. Normalised to lowercase letters, digits and dashes.',
  },
  CANONICAL_FIELD,
];

/**
 * What the post bindings cannot say (the engine adds `locationId`): the categories are sent even when
 * empty, and so are the tags of an update (PUT replaces the post); an empty Publish Date is now, except for
 * a Scheduled post; the URL slug and the image alt text are made from the title when empty. Runs after the
 * bindings, so the status and the date are checked first.
 */
export const blogPostRequest =
  (opts: { update: boolean }) =>
  (input: Input): RequestParts => {
    const title = nonEmpty(input.title);
    const publishNow = isBlank(input.publishedAt);
    if (publishNow && nonEmpty(input.status)?.toUpperCase() === 'SCHEDULED') {
      throw new InputError('A Scheduled post needs a Publish Date (when it goes live).', 'publishedAt');
    }
    return {
      body: {
        categories: toList(input.categories),
        ...(opts.update ? { tags: toList(input.tags) } : {}),
        urlSlug: urlSlugOf(input.urlSlug, title),
        ...(isBlank(input.imageAltText) ? { imageAltText: title } : {}),
        ...(publishNow ? { publishedAt: new Date().toISOString() } : {}),
      },
    };
  };

/** A blog post as GHL answers it (the spec's BlogPostResponseDTO example), plus `id`. */
export const BLOG_POST_SAMPLE = {
  id: '66c381b38be80858b9af62b6',
  _id: '66c381b38be80858b9af62b6',
  title: 'Banana is good source of energy',
  description: 'How we cut patient wait times by 40% in six months.',
  imageUrl: 'https://storage.googleapis.com/ghl-test/fACm0Ojm5oC70G3DcFmE/media/66b5aa3b1745b2713a8d033f.jpeg',
  imageAltText: 'The clinic\'s new waiting room',
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
export const blogPostResult = (post: any): any => (post && typeof post === 'object' ? { id: post._id ?? post.id, ...post } : post);

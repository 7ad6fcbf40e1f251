import { defineOperation, type Input } from '../lib/operation';
import { BLOG_ID_FIELD, BLOG_POST_ID_FIELD, urlSlug, urlSlugOf } from '../domains/blogs';

/**
 * The slug check answers `{exists}`: one item per state of the slug ("taken" / "available"), each with a
 * stable id, so the trigger fires when the slug changes state (e.g. a post takes it, or it is freed).
 */
const slugStates = (data: any, input: Input) => {
  const slug = urlSlugOf(input.urlSlug);
  const exists = Boolean(data?.exists);
  const state = exists ? 'taken' : 'available';
  return [{ id: `${slug}:${state}`, urlSlug: slug, exists, available: !exists, state }];
};

export default defineOperation({
  key: 'check_blog_url_slug',
  kind: 'trigger',
  noun: 'URL Slug',
  label: 'Check Blog URL Slug',
  description: 'Triggers when a blog post URL slug becomes taken or available in the sub-account.',
  endpoint: { method: 'GET', path: '/blogs/posts/url-slug-exists' },
  scopes: ['blogs/check-slug.readonly'],
  location: 'query',
  inputFields: [
    // The slug is normalised as Create/Update Blog Post normalise it ("My Post" → "my-post").
    {
      key: 'urlSlug',
      label: 'URL Slug',
      required: true,
      helpText: 'The slug to check, e.g. `my-first-post` (normalised as the blog post actions do: "My Post" → `my-post`).',
      to: 'query',
      as: urlSlug,
    },
    { ...BLOG_ID_FIELD, required: false, helpText: 'Only to list posts in the Blog Post field below (not sent).' },
    {
      ...BLOG_POST_ID_FIELD,
      required: false,
      helpText: 'A post to ignore (the post being edited): its own slug does not count as taken. Optional.',
      to: 'query',
    },
  ],
  list: { key: slugStates },
  sample: { id: 'my-first-post:available', urlSlug: 'my-first-post', exists: false, available: true, state: 'available' },
  outputFields: [
    { key: 'id', label: 'State ID' },
    { key: 'urlSlug', label: 'URL Slug' },
    { key: 'exists', label: 'Taken', type: 'boolean' },
    { key: 'available', label: 'Available', type: 'boolean' },
    { key: 'state', label: 'State (taken or available)' },
  ],
});

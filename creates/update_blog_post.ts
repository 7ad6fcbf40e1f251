import { recordAt } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { BLOG_POST_OUTPUT_FIELDS, BLOG_POST_SAMPLE, blogPostRequest, blogPostResult, UPDATE_BLOG_POST_FIELDS } from '../domains/blogs';

export default defineOperation({
  key: 'update_blog_post',
  kind: 'create',
  noun: 'Blog Post',
  label: 'Update Blog Post',
  description: 'Updates a blog post, replacing the whole post (empty Categories and Tags clear them).',
  endpoint: { method: 'PUT', path: '/blogs/posts/{postId}' },
  scopes: ['blogs/post-update.write'],
  location: 'body',
  inputFields: UPDATE_BLOG_POST_FIELDS,
  request: blogPostRequest({ update: true }),
  result: (data) => blogPostResult(recordAt(data, 'updatedBlogPost')),
  sample: BLOG_POST_SAMPLE,
  outputFields: BLOG_POST_OUTPUT_FIELDS,
});

import { recordAt } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { BLOG_POST_OUTPUT_FIELDS, BLOG_POST_SAMPLE, blogPostRequest, blogPostResult, CREATE_BLOG_POST_FIELDS } from '../domains/blogs';

export default defineOperation({
  key: 'create_blog_post',
  kind: 'create',
  noun: 'Blog Post',
  label: 'Create Blog Post',
  description: 'Creates a blog post (published, scheduled, draft or archived) in the chosen blog.',
  endpoint: { method: 'POST', path: '/blogs/posts' },
  scopes: ['blogs/post.write'],
  location: 'body',
  inputFields: CREATE_BLOG_POST_FIELDS,
  request: blogPostRequest({ update: false }),
  result: (data) => blogPostResult(recordAt(data, 'data')),
  sample: BLOG_POST_SAMPLE,
  outputFields: BLOG_POST_OUTPUT_FIELDS,
});

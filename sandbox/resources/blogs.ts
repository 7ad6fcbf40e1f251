/**
 * Blogs: the sub-account's blog sites, authors, categories and posts (list by blog with `status` and
 * `searchTerm`, create, update), and the URL-slug check. Mongo-style `_id`s, as GHL answers them.
 */
import { fail, type Handler, type Req } from '../http';
import { limitSkip, lower, matchesText, pick } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import { newHexId, now, type Rec, type SandboxState } from '../state';

const POST_KEYS = ['title', 'blogId', 'imageUrl', 'description', 'rawHTML', 'status', 'imageAltText', 'categories', 'tags', 'author', 'urlSlug', 'canonicalLink', 'publishedAt'];

/** A post as the list and write answers show it (without its HTML). */
const postAnswer = ({ rawHTML: _html, locationId: _l, blogId: _b, ...p }: Rec): Rec => p;

const checkPost = (state: SandboxState, b: Rec, exceptId?: string): void => {
  const problems: string[] = [];
  const blog = state.table('blogs').get(b.blogId);
  if (!blog || blog.locationId !== b.locationId) throw fail(404, `Blog with id ${b.blogId} not found`);
  if (!state.table('blogAuthors').get(b.author)) problems.push(`author: no author with id ${b.author}`);
  for (const c of b.categories || []) if (!state.table('blogCategories').get(c)) problems.push(`categories: no category with id ${c}`);
  if (Number.isNaN(Date.parse(b.publishedAt))) problems.push('publishedAt must be a valid ISO 8601 date string');
  if (problems.length) throw fail(422, problems);
  const taken = state.table('blogPosts').where((p) => p.locationId === b.locationId && p.urlSlug === b.urlSlug && p._id !== exceptId);
  if (taken.length) throw fail(400, `The URL slug ${b.urlSlug} is already used by another post`);
};

const createPost: Handler = (req, state) => {
  checkPost(state, req.body);
  const post = state.table('blogPosts').put({ _id: newHexId(), locationId: req.body.locationId, archived: false, tags: [], ...pick(req.body, POST_KEYS), updatedAt: now() });
  return { data: postAnswer(post) };
};

const updatePost: Handler = (req: Req, state) => {
  const post = state.table('blogPosts').get(req.params.postId);
  if (!post || post.locationId !== req.body.locationId) throw fail(404, `Blog post with id ${req.params.postId} not found`);
  checkPost(state, req.body, post._id);
  Object.assign(post, pick(req.body, POST_KEYS), { archived: req.body.status === 'ARCHIVED', updatedAt: now() });
  return { updatedBlogPost: postAnswer(post) };
};

export default defineResource({
  name: 'blogs',
  routes: (r) => {
    r.get('/blogs/site/all', (req, s) => {
      const found = s.table('blogs').where((b) => b.locationId === req.query.locationId && matchesText(req.query.searchTerm, b.name));
      return { data: limitSkip(found, req.query, 10).map(({ _id, name }) => ({ _id, name })) };
    });
    r.get('/blogs/authors', (req, s) => ({
      authors: limitSkip(s.table('blogAuthors').where((a) => a.locationId === req.query.locationId), req.query, 10),
    }));
    r.get('/blogs/categories', (req, s) => ({
      categories: limitSkip(s.table('blogCategories').where((c) => c.locationId === req.query.locationId), req.query, 10),
    }));
    r.get('/blogs/posts/all', (req, s) => {
      const q = req.query;
      const found = s
        .table('blogPosts')
        .where((p) => p.locationId === q.locationId && p.blogId === q.blogId && (!q.status || p.status === q.status) && matchesText(q.searchTerm, p.title, p.description))
        .sort((a, b) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt));
      return { blogs: limitSkip(found, q, 10).map(postAnswer) };
    });
    r.get('/blogs/posts/url-slug-exists', (req, s) => ({
      exists: s.table('blogPosts').where((p) => p.locationId === req.query.locationId && lower(p.urlSlug) === lower(req.query.urlSlug) && p._id !== req.query.postId).length > 0,
    }));
    r.post('/blogs/posts', createPost);
    r.put('/blogs/posts/{postId}', updatePost);
  },
  seed: (s) => {
    const { locationId } = s.options;
    const stamp = '2025-10-20T08:00:00.000Z';
    s.table('blogs').put({ _id: SEED.blogId, locationId, name: 'Acme Dental Journal' });
    s.table('blogAuthors').put({ _id: SEED.authorId, locationId, name: 'Dr. Rina Shah', updatedAt: stamp, canonicalLink: 'https://acmedental.example.com/blog/author/rina-shah' });
    s.table('blogCategories').put({ _id: SEED.categoryId, locationId, label: 'Oral health', urlSlug: 'oral-health', updatedAt: stamp, canonicalLink: 'https://acmedental.example.com/blog/category/oral-health' });
    s.table('blogPosts').put({
      _id: SEED.blogPostId,
      locationId,
      blogId: SEED.blogId,
      title: 'Five habits for healthier gums',
      description: 'Simple daily habits that keep gum disease away.',
      rawHTML: '<h1>Five habits for healthier gums</h1><p>Floss daily…</p>',
      imageUrl: 'https://images.acmedental.example.com/gums.jpg',
      imageAltText: 'A smiling patient',
      status: 'PUBLISHED',
      archived: false,
      categories: [SEED.categoryId],
      tags: ['gums', 'habits'],
      author: SEED.authorId,
      urlSlug: 'five-habits-for-healthier-gums',
      canonicalLink: 'https://acmedental.example.com/blog/five-habits-for-healthier-gums',
      publishedAt: stamp,
      updatedAt: stamp,
    });
  },
});

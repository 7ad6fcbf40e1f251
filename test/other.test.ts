/**
 * Other Operations (locations, custom fields, company, associations and relations, blogs): every
 * operation's exact request (method, path, query, Version, bearer token, body) and result shape.
 */
import { AGENCY_AUTH, COMPANY_ID, inputFields, LOCATION_AUTH, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { AGENCY_ONLY_MESSAGE } from '../lib/connection';
import { stableHash } from '../lib/transforms';
import { blogPostStatus, slugify, urlSlug } from '../domains/blogs';
import { countryCode } from '../domains/locations';
import { itemsOf } from '../domains/associations';

setupNock();

const V = '2021-07-28';
const AGENCY_TOKEN = AGENCY_AUTH.access_token;

/** Zapier errors carry a JSON message: the agency-only refusal must be exactly the engine's message. */
const expectAgencyOnly = async (run: Promise<unknown>): Promise<void> => {
  const err: any = await run.then(
    () => undefined,
    (e) => e,
  );
  expect(err).toBeDefined();
  expect(JSON.parse(err.message)).toMatchObject({ message: AGENCY_ONLY_MESSAGE, status: 400 });
};

// ---------------------------------------------------------------- locations, custom fields, company

const LOCATION = { id: LOCATION_ID, name: 'Mark Shoes', email: 'john.doe@mail.com', city: 'New York', country: 'US', timezone: 'US/Central' };
const LOCATION_2 = { id: 'Lx1EI6YIgQYMQi0ytFXv', name: 'Dentist', city: 'Delhi', country: 'IN' };

describe('List Locations', () => {
  test('agency connection: the agency token, companyId, newest first, limit/skip paging', async () => {
    mockGhl({
      method: 'GET',
      path: '/locations/search',
      query: { companyId: COMPANY_ID, order: 'desc', limit: '100', skip: '0' },
      version: V,
      token: AGENCY_TOKEN,
      reply: { locations: [LOCATION, LOCATION_2] },
    });
    const result = await perform('triggers', 'list_locations', {}, { authData: AGENCY_AUTH });
    expect(result).toEqual([LOCATION, LOCATION_2]);
  });

  test('the next page and an email filter', async () => {
    mockGhl({
      method: 'GET',
      path: '/locations/search',
      query: { companyId: COMPANY_ID, order: 'desc', email: 'john.doe@mail.com', limit: '100', skip: '100' },
      version: V,
      token: AGENCY_TOKEN,
      reply: { locations: [LOCATION] },
    });
    const result = await perform('triggers', 'list_locations', { email: ' john.doe@mail.com ' }, { authData: AGENCY_AUTH, meta: { page: 1 } });
    expect(result).toEqual([LOCATION]);
  });

  test('a sub-account connection is told it needs an agency connection, before any request', async () => {
    await expect(perform('triggers', 'list_locations', {})).rejects.toThrow(/This step needs an agency connection/);
  });

  test('a malformed email filter fails before any request', async () => {
    await expect(perform('triggers', 'list_locations', { email: 'nope' }, { authData: AGENCY_AUTH })).rejects.toThrow(/Email field is not a valid email/);
  });
});

describe('List Custom Fields', () => {
  test('reads the definitions of the chosen model under the connection\'s location', async () => {
    const field = { id: '3sv6UEo51C9Bmpo1cKTq', name: 'pincode', fieldKey: 'contact.pincode', dataType: 'TEXT', model: 'contact' };
    mockGhl({
      method: 'GET',
      path: `/locations/${LOCATION_ID}/customFields`,
      query: { model: 'opportunity' },
      version: V,
      reply: { customFields: [field] },
    });
    expect(await perform('triggers', 'list_custom_fields', { model: 'opportunity' })).toEqual([field]);
  });

  test('no model: no query at all', async () => {
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}/customFields`, version: V, reply: { customFields: [] } });
    expect(await perform('triggers', 'list_custom_fields', {})).toEqual([]);
  });
});

describe('Get Company', () => {
  const COMPANY = { id: COMPANY_ID, name: 'Tesla inc', email: 'john@deo.com', locationCount: 10 };

  test('agency connection: the connection\'s company, once per version (content hash)', async () => {
    mockGhl({ method: 'GET', path: `/companies/${COMPANY_ID}`, version: V, token: AGENCY_TOKEN, reply: { company: COMPANY } });
    const result = await perform('triggers', 'get_company', {}, { authData: AGENCY_AUTH });
    expect(result).toEqual([{ ...COMPANY, record_version: stableHash(COMPANY) }]);
  });

  test('sub-account connection: refused before any request with the agency-only message', async () => {
    await expectAgencyOnly(perform('triggers', 'get_company', {}, { authData: LOCATION_AUTH }));
  });
});

describe('Find Location by ID', () => {
  const DETAIL = { ...LOCATION, companyId: COMPANY_ID, domain: 'test.msgsndr.com' };

  test("empty Location: the connection's own sub-account", async () => {
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}`, version: V, reply: { location: DETAIL } });
    expect(await perform('searches', 'find_location_by_id', {})).toEqual([DETAIL]);
  });

  test('an explicit Location wins over the connection\'s own', async () => {
    mockGhl({ method: 'GET', path: '/locations/Lx1EI6YIgQYMQi0ytFXv', version: V, reply: { location: { ...DETAIL, id: 'Lx1EI6YIgQYMQi0ytFXv' } } });
    const result = await perform('searches', 'find_location_by_id', { locationId: ' Lx1EI6YIgQYMQi0ytFXv ' });
    expect(result).toEqual([{ ...DETAIL, id: 'Lx1EI6YIgQYMQi0ytFXv' }]);
  });

  test('agency connection: the agency token itself, the chosen location', async () => {
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}`, version: V, token: AGENCY_TOKEN, reply: { location: DETAIL } });
    const result = await perform('searches', 'find_location_by_id', { locationId: LOCATION_ID }, { authData: AGENCY_AUTH });
    expect(result).toEqual([DETAIL]);
  });

  test('agency connection without a Location: an input error, no request', async () => {
    await expect(perform('searches', 'find_location_by_id', {}, { authData: AGENCY_AUTH })).rejects.toThrow(
      /Choose the Location to find/,
    );
  });

  test('not found is an empty list', async () => {
    mockGhl({ method: 'GET', path: '/locations/missing', version: V, status: 404, reply: { statusCode: 404, message: 'Location not found' } });
    expect(await perform('searches', 'find_location_by_id', { locationId: 'missing' })).toEqual([]);
  });
});

describe('Create Location', () => {
  const CREATED = { id: 'newLoc123', companyId: COMPANY_ID, name: 'Mark Shoes', country: 'US' };

  test('agency connection: companyId from the connection, nested groups, only declared properties', async () => {
    mockGhl({
      method: 'POST',
      path: '/locations/',
      version: V,
      token: AGENCY_TOKEN,
      body: {
        name: 'Mark Shoes',
        phone: '+1410039940',
        companyId: COMPANY_ID,
        city: 'New York',
        country: 'US',
        timezone: 'US/Central',
        prospectInfo: { firstName: 'John', lastName: 'Doe', email: 'john.doe@mail.com' },
        settings: { allowDuplicateContact: true, disableContactTimezone: false },
        social: { facebookUrl: 'https://www.facebook.com/markshoes' },
        twilio: { sid: 'AC_1', authToken: 'tw-secret' },
        snapshotId: 'snap1',
      },
      reply: CREATED,
    });
    const result = await perform(
      'creates',
      'create_location',
      {
        name: 'Mark Shoes',
        phone: '+1 410-039-940',
        city: 'New York',
        country: 'us',
        timezone: 'US/Central',
        address: '',
        prospectFirstName: 'John',
        prospectLastName: 'Doe',
        prospectEmail: 'john.doe@mail.com',
        allowDuplicateContact: 'true',
        disableContactTimezone: false,
        social_facebookUrl: 'https://www.facebook.com/markshoes',
        twilioSid: 'AC_1',
        twilioAuthToken: 'tw-secret',
        snapshotId: 'snap1',
      },
      { authData: AGENCY_AUTH },
    );
    expect(result).toEqual(CREATED);
  });

  test('sub-account connection: refused before any request with the agency-only message', async () => {
    await expectAgencyOnly(perform('creates', 'create_location', { name: 'X' }));
  });

  test('a partial prospect or a bad country fails before any request', async () => {
    await expect(
      perform('creates', 'create_location', { name: 'X', prospectFirstName: 'John' }, { authData: AGENCY_AUTH }),
    ).rejects.toThrow(/Prospect: Prospect Last Name and Prospect Email must be given too/);
    await expect(perform('creates', 'create_location', { name: 'X', country: 'USA' }, { authData: AGENCY_AUTH })).rejects.toThrow(
      /Country field must be a two-letter country code/,
    );
  });

  test('Twilio and Mailgun: both values or neither', async () => {
    await expect(perform('creates', 'create_location', { name: 'X', twilioSid: 'AC_1' }, { authData: AGENCY_AUTH })).rejects.toThrow(
      /Twilio: Twilio Auth Token must be given too \(or leave all of them empty\)/,
    );
    await expect(
      perform('creates', 'create_location', { name: 'X', mailgunDomain: 'replies.example.com' }, { authData: AGENCY_AUTH }),
    ).rejects.toThrow(/Mailgun: Mailgun API Key must be given too/);
  });
});

// ---------------------------------------------------------------- associations and relations

const ASSOCIATION = {
  id: 've9EPM428h8vShlRW1KT',
  locationId: LOCATION_ID,
  key: 'student_teacher',
  firstObjectLabel: 'student',
  firstObjectKey: 'custom_objects.children',
  secondObjectLabel: 'Teacher',
  secondObjectKey: 'contact',
  associationType: 'USER_DEFINED',
};
const RELATION = { id: 'rel1', locationId: LOCATION_ID, associationId: ASSOCIATION.id, firstRecordId: 'rec1', secondRecordId: 'rec2' };

describe('Find Associations', () => {
  test('locationId, skip and limit (all required); a bare list answer', async () => {
    mockGhl({
      method: 'GET',
      path: '/associations/',
      query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
      version: V,
      reply: [ASSOCIATION],
    });
    expect(await perform('triggers', 'find_associations', {})).toEqual([ASSOCIATION]);
  });

  test('a wrapped list answer', async () => {
    mockGhl({
      method: 'GET',
      path: '/associations/',
      query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
      version: V,
      reply: { associations: [ASSOCIATION], total: 1, traceId: 't1' },
    });
    expect(await perform('triggers', 'find_associations', {})).toEqual([ASSOCIATION]);
  });

  test('itemsOf reads every documented and observed shape', () => {
    const read = itemsOf('associations');
    expect(read([ASSOCIATION])).toEqual([ASSOCIATION]);
    expect(read({ associations: [ASSOCIATION] })).toEqual([ASSOCIATION]);
    expect(read({ items: [ASSOCIATION], total: 1 })).toEqual([ASSOCIATION]);
    expect(read(ASSOCIATION)).toEqual([ASSOCIATION]);
    expect(read({})).toEqual([]);
  });
});

describe('Get Association', () => {
  test('by id, once per version', async () => {
    mockGhl({ method: 'GET', path: `/associations/${ASSOCIATION.id}`, version: V, reply: ASSOCIATION });
    const result = await perform('triggers', 'get_association', { associationId: ASSOCIATION.id });
    expect(result).toEqual([{ ...ASSOCIATION, record_version: stableHash(ASSOCIATION) }]);
  });
});

describe('Get Association Key', () => {
  test('by key name with locationId', async () => {
    mockGhl({
      method: 'GET',
      path: '/associations/key/student_teacher',
      query: { locationId: LOCATION_ID },
      version: V,
      reply: ASSOCIATION,
    });
    const result = await perform('triggers', 'get_association_key', { key_name: 'student_teacher' });
    expect(result).toEqual([{ ...ASSOCIATION, record_version: stableHash(ASSOCIATION) }]);
  });
});

describe('Get Association by Keys', () => {
  test('the associations of an object key, with locationId', async () => {
    mockGhl({
      method: 'GET',
      path: '/associations/objectKey/custom_objects.children',
      query: { locationId: LOCATION_ID },
      version: V,
      reply: [ASSOCIATION],
    });
    expect(await perform('triggers', 'get_association_by_keys', { objectKey: 'custom_objects.children' })).toEqual([ASSOCIATION]);
  });

  test('an empty object key is an input error', async () => {
    await expect(perform('triggers', 'get_association_by_keys', { objectKey: '' })).rejects.toThrow(/Object Key field is required/);
  });
});

describe('Get Relations by Record', () => {
  test('locationId, skip, limit and the association filter (repeated query key)', async () => {
    mockGhl({
      method: 'GET',
      path: '/associations/relations/rec1',
      query: { locationId: LOCATION_ID, limit: '100', skip: '0', associationIds: ['a1', 'a2'] },
      version: V,
      reply: { relations: [RELATION], total: 1 },
    });
    const result = await perform('triggers', 'get_relations_by_record', { recordId: 'rec1', associationIds: ['a1, a2'] });
    expect(result).toEqual([RELATION]);
  });

  test('no association filter: no associationIds parameter', async () => {
    mockGhl({
      method: 'GET',
      path: '/associations/relations/rec1',
      query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
      version: V,
      reply: [RELATION],
    });
    expect(await perform('triggers', 'get_relations_by_record', { recordId: 'rec1' })).toEqual([RELATION]);
  });
});

describe('Create Association', () => {
  test('labels and object keys as strings, locationId in the body', async () => {
    mockGhl({
      method: 'POST',
      path: '/associations/',
      version: V,
      body: {
        locationId: LOCATION_ID,
        key: 'student_teacher',
        firstObjectLabel: 'student',
        firstObjectKey: 'custom_objects.children',
        secondObjectLabel: 'Teacher',
        secondObjectKey: 'contact',
      },
      status: 201,
      reply: ASSOCIATION,
    });
    const result = await perform('creates', 'create_association', {
      key: 'student_teacher',
      firstObjectLabel: 'student',
      firstObjectKey: 'custom_objects.children',
      secondObjectLabel: 'Teacher',
      secondObjectKey: ' contact ',
    });
    expect(result).toEqual(ASSOCIATION);
  });
});

describe('Update Association', () => {
  test('only the two labels', async () => {
    mockGhl({
      method: 'PUT',
      path: `/associations/${ASSOCIATION.id}`,
      version: V,
      body: { firstObjectLabel: 'student', secondObjectLabel: 'tutor' },
      reply: { ...ASSOCIATION, secondObjectLabel: 'tutor' },
    });
    const result = await perform('creates', 'update_association', {
      associationId: ASSOCIATION.id,
      firstObjectLabel: 'student',
      secondObjectLabel: 'tutor',
    });
    expect(result).toEqual({ ...ASSOCIATION, secondObjectLabel: 'tutor' });
  });
});

describe('Delete Association', () => {
  test('deletes and reports GHL\'s answer', async () => {
    const reply = { deleted: true, id: ASSOCIATION.id, message: 'Association deleted successfully' };
    mockGhl({ method: 'DELETE', path: `/associations/${ASSOCIATION.id}`, version: V, reply });
    expect(await perform('creates', 'delete_association', { associationId: ASSOCIATION.id })).toEqual(reply);
  });
});

describe('Create Relation', () => {
  test('association and the two records, locationId in the body', async () => {
    mockGhl({
      method: 'POST',
      path: '/associations/relations',
      version: V,
      body: { locationId: LOCATION_ID, associationId: ASSOCIATION.id, firstRecordId: 'rec1', secondRecordId: 'rec2' },
      status: 201,
      reply: RELATION,
    });
    const result = await perform('creates', 'create_relation', {
      associationId: ASSOCIATION.id,
      firstRecordId: 'rec1',
      secondRecordId: 'rec2',
    });
    expect(result).toEqual(RELATION);
  });
});

describe('Delete Relation', () => {
  test('locationId in the query; the helper Record ID is not sent', async () => {
    mockGhl({ method: 'DELETE', path: '/associations/relations/rel1', query: { locationId: LOCATION_ID }, version: V, reply: {} });
    expect(await perform('creates', 'delete_relation', { relationId: 'rel1', recordId: 'rec1' })).toEqual({ id: 'rel1', deleted: true });
  });
});

// ---------------------------------------------------------------- blogs

const POST = {
  _id: '66c381b38be80858b9af62b6',
  title: 'Banana is good source of energy',
  status: 'PUBLISHED',
  urlSlug: 'banana-good-energy',
  categories: ['cat1'],
  archived: false,
  publishedAt: '2024-08-19T17:14:57.000Z',
  updatedAt: '2024-08-19T17:32:36.182Z',
};

describe('Check Blog URL Slug', () => {
  test('one item for the slug state, with a stable id', async () => {
    mockGhl({
      method: 'GET',
      path: '/blogs/posts/url-slug-exists',
      query: { locationId: LOCATION_ID, urlSlug: 'my-first-post' },
      version: V,
      reply: { exists: false },
    });
    const result = await perform('triggers', 'check_blog_url_slug', { urlSlug: ' my-first-post ' });
    expect(result).toEqual([{ id: 'my-first-post:available', urlSlug: 'my-first-post', exists: false, available: true, state: 'available' }]);
  });

  test('postId is passed; the helper Blog is not', async () => {
    mockGhl({
      method: 'GET',
      path: '/blogs/posts/url-slug-exists',
      query: { locationId: LOCATION_ID, urlSlug: 'my-first-post', postId: POST._id },
      version: V,
      reply: { exists: true },
    });
    const result = await perform('triggers', 'check_blog_url_slug', { urlSlug: 'my-first-post', postId: POST._id, blogId: 'blog1' });
    expect(result).toEqual([{ id: 'my-first-post:taken', urlSlug: 'my-first-post', exists: true, available: false, state: 'taken' }]);
  });

  test('the slug is normalised as the blog post actions do; nothing usable is an input error', async () => {
    mockGhl({
      method: 'GET',
      path: '/blogs/posts/url-slug-exists',
      query: { locationId: LOCATION_ID, urlSlug: 'my-first-post' },
      version: V,
      reply: { exists: false },
    });
    const [item] = await perform('triggers', 'check_blog_url_slug', { urlSlug: 'My First Post!' });
    expect(item).toMatchObject({ id: 'my-first-post:available', urlSlug: 'my-first-post' });
    await expect(perform('triggers', 'check_blog_url_slug', { urlSlug: '!!!' })).rejects.toThrow(/no letters or digits/);
  });
});

describe('Get Blog Authors', () => {
  test('limit/offset paging with locationId; `_id` becomes `id`; newest update first', async () => {
    const older = { _id: 'a1', name: 'Old', locationId: LOCATION_ID, updatedAt: '2024-01-03T11:06:35.822Z' };
    const newer = { _id: 'a2', name: 'New', locationId: LOCATION_ID, updatedAt: '2025-01-03T11:06:35.822Z' };
    mockGhl({
      method: 'GET',
      path: '/blogs/authors',
      query: { locationId: LOCATION_ID, limit: '50', offset: '50' },
      version: V,
      reply: { authors: [older, newer] },
    });
    const result = await perform('triggers', 'get_blog_authors', {}, { meta: { page: 1 } });
    expect(result).toEqual([{ ...newer, id: 'a2' }, { ...older, id: 'a1' }]);
  });
});

describe('Get Blog Categories', () => {
  test('limit/offset paging with locationId', async () => {
    const cat = { _id: 'c1', label: 'Agency Growth', urlSlug: 'agency-growth', locationId: LOCATION_ID, updatedAt: '2025-01-03T11:06:35.822Z' };
    mockGhl({
      method: 'GET',
      path: '/blogs/categories',
      query: { locationId: LOCATION_ID, limit: '50', offset: '0' },
      version: V,
      reply: { categories: [cat] },
    });
    expect(await perform('triggers', 'get_blog_categories', {})).toEqual([{ ...cat, id: 'c1' }]);
  });
});

describe('Get Blog Posts', () => {
  test('blogId, status and search term, limit/offset paging', async () => {
    mockGhl({
      method: 'GET',
      path: '/blogs/posts/all',
      query: { locationId: LOCATION_ID, blogId: 'blog1', status: 'PUBLISHED', searchTerm: 'banana', limit: '50', offset: '0' },
      version: V,
      reply: { blogs: [POST] },
    });
    const result = await perform('triggers', 'get_blog_posts', { blogId: 'blog1', status: 'PUBLISHED', searchTerm: 'banana' });
    expect(result).toEqual([{ ...POST, id: POST._id }]);
  });

  test('the blog is required', async () => {
    await expect(perform('triggers', 'get_blog_posts', {})).rejects.toThrow(/Blog field is required/);
  });
});

describe('Get Blogs by Location', () => {
  test('limit/skip paging with locationId', async () => {
    mockGhl({
      method: 'GET',
      path: '/blogs/site/all',
      query: { locationId: LOCATION_ID, limit: '50', skip: '0' },
      version: V,
      reply: { data: [{ _id: 'blog1', name: 'My blog' }] },
    });
    expect(await perform('triggers', 'get_blogs_by_location', {})).toEqual([{ _id: 'blog1', name: 'My blog', id: 'blog1' }]);
  });
});

const POST_INPUT = {
  blogId: 'blog1',
  title: 'Banana is good source of energy',
  rawHTML: '<h1>Bananas</h1><p>Energy.</p>',
  description: 'Why bananas',
  imageUrl: 'https://example.com/banana.jpg',
  author: 'author1',
  categories: ['cat1, cat2'],
  tags: 'fruit, energy',
  status: 'SCHEDULED',
  publishedAt: '2026-08-19T19:14:57+02:00',
  urlSlug: 'banana-good-energy',
};

describe('Create Blog Post', () => {
  test('every required property, the date as ISO UTC, alt text defaulting to the title', async () => {
    mockGhl({
      method: 'POST',
      path: '/blogs/posts',
      version: V,
      body: {
        locationId: LOCATION_ID,
        title: POST_INPUT.title,
        blogId: 'blog1',
        imageUrl: 'https://example.com/banana.jpg',
        description: 'Why bananas',
        rawHTML: '<h1>Bananas</h1><p>Energy.</p>',
        status: 'SCHEDULED',
        imageAltText: POST_INPUT.title,
        categories: ['cat1', 'cat2'],
        tags: ['fruit', 'energy'],
        author: 'author1',
        urlSlug: 'banana-good-energy',
        publishedAt: '2026-08-19T17:14:57.000Z',
      },
      reply: { data: { ...POST, status: 'SCHEDULED' } },
    });
    const result = await perform('creates', 'create_blog_post', POST_INPUT);
    expect(result).toEqual({ ...POST, status: 'SCHEDULED', id: POST._id });
  });

  test('empty slug and date: slug made from the title, published now, no tags, empty categories', async () => {
    const before = Date.now();
    mockGhl({
      method: 'POST',
      path: '/blogs/posts',
      version: V,
      body: (b: any) =>
        b.urlSlug === 'creme-brulee-for-beginners' &&
        b.status === 'PUBLISHED' &&
        Array.isArray(b.categories) &&
        b.categories.length === 0 &&
        !('tags' in b) &&
        !('canonicalLink' in b) &&
        Date.parse(b.publishedAt) >= before - 1000 &&
        Date.parse(b.publishedAt) <= Date.now() + 1000,
      reply: { data: POST },
    });
    await perform('creates', 'create_blog_post', {
      ...POST_INPUT,
      title: 'Crème Brûlée for Beginners!',
      urlSlug: '',
      publishedAt: '',
      status: 'PUBLISHED',
      categories: [],
      tags: '',
    });
  });

  test('an unparsable publish date is an input error naming the field', async () => {
    await expect(perform('creates', 'create_blog_post', { ...POST_INPUT, publishedAt: 'next tuesday-ish' })).rejects.toThrow(
      /Publish Date field is not a date/,
    );
  });

  test('a scheduled post needs a publish date; an unusable slug or a bad status is refused', async () => {
    await expect(perform('creates', 'create_blog_post', { ...POST_INPUT, publishedAt: '' })).rejects.toThrow(
      /Scheduled post needs a Publish Date/,
    );
    await expect(perform('creates', 'create_blog_post', { ...POST_INPUT, urlSlug: '%%%' })).rejects.toThrow(
      /URL Slug field has no letters or digits/,
    );
    await expect(perform('creates', 'create_blog_post', { ...POST_INPUT, status: 'LIVE' })).rejects.toThrow(/Status field must be one of/);
  });

  test('slugify', () => {
    expect(slugify('Crème Brûlée for Beginners!')).toBe('creme-brulee-for-beginners');
    expect(slugify('  --AI  News 2026-- ')).toBe('ai-news-2026');
  });
});

describe('Update Blog Post', () => {
  test('PUT to the post, the whole post in the body (tags always sent)', async () => {
    mockGhl({
      method: 'PUT',
      path: `/blogs/posts/${POST._id}`,
      version: V,
      body: {
        locationId: LOCATION_ID,
        title: POST_INPUT.title,
        blogId: 'blog1',
        imageUrl: 'https://example.com/banana.jpg',
        description: 'Why bananas',
        rawHTML: '<h1>Bananas</h1><p>Energy.</p>',
        status: 'PUBLISHED',
        imageAltText: 'A banana',
        categories: ['cat1'],
        tags: [],
        author: 'author1',
        urlSlug: 'banana-good-energy',
        canonicalLink: 'https://blog.example.com/banana',
        publishedAt: '2024-08-19T17:14:57.000Z',
      },
      reply: { updatedBlogPost: POST },
    });
    const result = await perform('creates', 'update_blog_post', {
      ...POST_INPUT,
      postId: POST._id,
      status: 'published',
      imageAltText: 'A banana',
      categories: 'cat1',
      tags: [],
      canonicalLink: 'https://blog.example.com/banana',
      publishedAt: '2024-08-19T17:14:57Z',
      urlSlug: 'Banana Good Energy',
    });
    expect(result).toEqual({ ...POST, id: POST._id });
  });

  test('the post, slug and publish date are required', async () => {
    await expect(perform('creates', 'update_blog_post', { ...POST_INPUT, postId: '' })).rejects.toThrow(/Blog Post field is required/);
    await expect(perform('creates', 'update_blog_post', { ...POST_INPUT, postId: 'p1', urlSlug: '' })).rejects.toThrow(
      /URL Slug field is required/,
    );
  });
});

// ---------------------------------------------------------------- dropdowns

describe('Dropdowns', () => {
  test('blogs, authors and categories label their items', async () => {
    mockGhl({ method: 'GET', path: '/blogs/site/all', query: { locationId: LOCATION_ID, limit: '50', skip: '0' }, version: V, reply: { data: [{ _id: 'blog1', name: 'My blog' }] } });
    expect(await perform('triggers', 'dropdown_blogs')).toEqual([{ _id: 'blog1', id: 'blog1', name: 'My blog' }]);
    mockGhl({ method: 'GET', path: '/blogs/authors', query: { locationId: LOCATION_ID, limit: '50', offset: '0' }, version: V, reply: { authors: [{ _id: 'a1', name: 'HighLevel' }] } });
    expect(await perform('triggers', 'dropdown_blog_authors')).toEqual([{ _id: 'a1', id: 'a1', name: 'HighLevel' }]);
    mockGhl({ method: 'GET', path: '/blogs/categories', query: { locationId: LOCATION_ID, limit: '50', offset: '0' }, version: V, reply: { categories: [{ _id: 'c1', label: 'Growth' }] } });
    expect(await perform('triggers', 'dropdown_blog_categories')).toEqual([{ _id: 'c1', id: 'c1', label: 'Growth' }]);
  });

  test('blog posts of the chosen blog; without a blog, a clear message', async () => {
    mockGhl({ method: 'GET', path: '/blogs/posts/all', query: { locationId: LOCATION_ID, blogId: 'blog1', limit: '50', offset: '0' }, version: V, reply: { blogs: [{ ...POST, status: 'DRAFT' }] } });
    const result = await perform('triggers', 'dropdown_blog_posts', { blogId: 'blog1' });
    expect(result[0]).toMatchObject({ id: POST._id, title: `${POST.title} (draft)` });
    await expect(perform('triggers', 'dropdown_blog_posts', {})).rejects.toThrow(/Blog field is required/);
  });

  test('associations: id or key as value, a readable label', async () => {
    mockGhl({ method: 'GET', path: '/associations/', query: { locationId: LOCATION_ID, limit: '100', skip: '0' }, version: V, reply: { associations: [ASSOCIATION] } });
    const result = await perform('triggers', 'dropdown_associations');
    expect(result).toEqual([{ ...ASSOCIATION, name: 'student_teacher (custom_objects.children ↔ contact)' }]);
  });

  test('relations of the given record', async () => {
    mockGhl({ method: 'GET', path: '/associations/relations/rec1', query: { locationId: LOCATION_ID, limit: '100', skip: '0' }, version: V, reply: { relations: [RELATION] } });
    expect(await perform('triggers', 'dropdown_relations', { recordId: 'rec1' })).toEqual([{ ...RELATION, name: 'rec1 ↔ rec2' }]);
    await expect(perform('triggers', 'dropdown_relations', {})).rejects.toThrow(/Record ID field is required/);
  });

  test('locations (agency token, companyId) and snapshots (agency only)', async () => {
    mockGhl({ method: 'GET', path: '/locations/search', query: { companyId: COMPANY_ID, limit: '100', skip: '0' }, version: V, token: AGENCY_TOKEN, reply: { locations: [LOCATION] } });
    expect(await perform('triggers', 'dropdown_locations', {}, { authData: AGENCY_AUTH })).toEqual([{ ...LOCATION, name: 'Mark Shoes — New York, US' }]);
    mockGhl({ method: 'GET', path: '/snapshots/', query: { companyId: COMPANY_ID }, version: V, token: AGENCY_TOKEN, reply: { snapshots: [{ id: 's1', name: 'Martial Arts', type: 'own' }] } });
    expect(await perform('triggers', 'dropdown_location_snapshots', {}, { authData: AGENCY_AUTH })).toEqual([{ id: 's1', name: 'Martial Arts (own)', type: 'own' }]);
    await expectAgencyOnly(perform('triggers', 'dropdown_location_snapshots'));
  });

  test('id inputs point at these dropdowns', async () => {
    const fields = Object.fromEntries((await inputFields('creates', 'update_blog_post')).map((f) => [f.key, f]));
    expect(fields.blogId.dynamic).toBe('dropdown_blogs.id.name');
    expect(fields.postId.dynamic).toBe('dropdown_blog_posts.id.title');
    expect(fields.author.dynamic).toBe('dropdown_blog_authors.id.name');
    expect(fields.categories).toMatchObject({ dynamic: 'dropdown_blog_categories.id.label', list: true });
    expect(fields.rawHTML.type).toBe('text');
    expect(fields.publishedAt).toMatchObject({ type: 'datetime', required: true });
    const keyField = (await inputFields('triggers', 'get_association_key')).find((f) => f.key === 'key_name');
    expect(keyField.dynamic).toBe('dropdown_associations.key.name');
    // Agency and "either" steps never get the Sub-Account picker.
    const findFields = await inputFields('searches', 'find_location_by_id', {}, AGENCY_AUTH);
    expect(findFields.map((f) => f.key)).toEqual(['locationId']);
    expect(findFields[0].dynamic).toBe('dropdown_locations.id.name');
  });
});

// ---------------------------------------------------------------- conversions

describe('Location and blog conversions', () => {
  const run = (conversion: typeof countryCode, value: unknown, key: string, label: string) => conversion(value, { key, label }, {}, {} as any);

  test('countryCode: two letters, upper-cased; anything else is an input error naming the field', () => {
    expect(run(countryCode, ' us ', 'country', 'Country')).toBe('US');
    expect(run(countryCode, 'IN', 'country', 'Country')).toBe('IN');
    expect(() => run(countryCode, 'USA', 'country', 'Country')).toThrow(
      expect.objectContaining({ field: 'country', message: 'The Country field must be a two-letter country code such as US, got "USA".' }),
    );
  });

  test('urlSlug: a given slug normalised; nothing usable is an input error', () => {
    expect(run(urlSlug, ' My First Post! ', 'urlSlug', 'URL Slug')).toBe('my-first-post');
    expect(() => run(urlSlug, '%%%', 'urlSlug', 'URL Slug')).toThrow('The URL Slug field has no letters or digits to make a slug from: "%%%".');
  });

  test('blogPostStatus: one of GHL\'s four, upper-cased', () => {
    expect(run(blogPostStatus, ' published ', 'status', 'Status')).toBe('PUBLISHED');
    expect(run(blogPostStatus, 'SCHEDULED', 'status', 'Status')).toBe('SCHEDULED');
    expect(() => run(blogPostStatus, 'LIVE', 'status', 'Status')).toThrow(
      expect.objectContaining({ field: 'status', message: 'The Status field must be one of DRAFT, PUBLISHED, SCHEDULED, ARCHIVED, got "LIVE".' }),
    );
  });
});

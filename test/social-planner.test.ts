/**
 * Social Planner: tags (trigger), tags by IDs and statistics (searches sent as POST), and their dropdowns.
 */
import { inputFields, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { stableHash } from '../lib/transforms';
import { socialPlatforms } from '../domains/social-planner';

setupNock();

const V = '2021-07-28';
const TAG = {
  _id: '65fbdcfecc884f07e645ea8b',
  tag: 'Primary Tag',
  locationId: LOCATION_ID,
  createdBy: 'hxHGVRb1YJUscrCB8eXK',
  deleted: false,
  createdAt: '2023-08-02T00:00:00.000Z',
  updatedAt: '2023-08-02T00:00:00.000Z',
};
const NEWER_TAG = { ...TAG, _id: '65fbdcfecc884f07e645ea8c', tag: 'Launch', createdAt: '2024-02-01T00:00:00.000Z' };
const ENVELOPE = (tags: unknown[]) => ({ success: true, statusCode: 200, message: 'Fetched Tags', results: { tags, count: tags.length } });

describe('Get Social Planner Tags', () => {
  test('location in the path, limit/skip paging, search text; newest first with `id`', async () => {
    mockGhl({
      method: 'GET',
      path: `/social-media-posting/${LOCATION_ID}/tags`,
      query: { searchText: 'launch', limit: '100', skip: '0' },
      version: V,
      reply: ENVELOPE([TAG, NEWER_TAG]),
    });
    const result = await perform('triggers', 'get_social_planner_tags', { searchText: 'launch' });
    expect(result).toEqual([
      { ...NEWER_TAG, id: NEWER_TAG._id },
      { ...TAG, id: TAG._id },
    ]);
  });

  test('no tags yet: an empty list', async () => {
    mockGhl({
      method: 'GET',
      path: `/social-media-posting/${LOCATION_ID}/tags`,
      query: { limit: '100', skip: '0' },
      version: V,
      reply: ENVELOPE([]),
    });
    expect(await perform('triggers', 'get_social_planner_tags', {})).toEqual([]);
  });
});

describe('Get Social Planner Tags by IDs', () => {
  test('POSTs the split tag ids and returns the tags', async () => {
    mockGhl({
      method: 'POST',
      path: `/social-media-posting/${LOCATION_ID}/tags/details`,
      version: V,
      body: { tagIds: [TAG._id, NEWER_TAG._id] },
      status: 201,
      reply: { ...ENVELOPE([TAG, NEWER_TAG]), statusCode: 201 },
    });
    const result = await perform('searches', 'get_social_planner_tags_by_ids', { tagIds: [`${TAG._id}, ${NEWER_TAG._id}`] });
    expect(result).toEqual([
      { ...TAG, id: TAG._id },
      { ...NEWER_TAG, id: NEWER_TAG._id },
    ]);
  });

  test('no tag ids: an input error, no request', async () => {
    await expect(perform('searches', 'get_social_planner_tags_by_ids', { tagIds: [' , '] })).rejects.toThrow(/Tags field is required/);
  });

  test('nothing found: an empty list', async () => {
    mockGhl({
      method: 'POST',
      path: `/social-media-posting/${LOCATION_ID}/tags/details`,
      version: V,
      body: { tagIds: ['gone'] },
      status: 201,
      reply: ENVELOPE([]),
    });
    expect(await perform('searches', 'get_social_planner_tags_by_ids', { tagIds: 'gone' })).toEqual([]);
  });
});

describe('Get Social Media Statistics', () => {
  const RESULTS = {
    dayRange: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    totals: { posts: 3, likes: 42, followers: 1280, impressions: 5310, comments: 7 },
    breakdowns: { posts: { total: 3, totalChange: 50, platforms: { facebook: { value: 3, change: 50 } } } },
  };

  test('locationId in the query, profile ids and platforms in the body; one flattened result', async () => {
    mockGhl({
      method: 'POST',
      path: '/social-media-posting/statistics',
      query: { locationId: LOCATION_ID },
      version: V,
      body: { profileIds: ['p1', 'p2'], platforms: ['facebook', 'instagram'] },
      status: 201,
      reply: { results: RESULTS, message: 'Analytics Built Successfully', traceId: 't1' },
    });
    const result = await perform('searches', 'get_social_media_statistics', {
      profileIds: ['p1', 'p2'],
      platforms: ['Facebook', 'instagram'],
    });
    expect(result).toEqual([
      {
        id: stableHash({ profileIds: ['p1', 'p2'], results: RESULTS }),
        profileIds: ['p1', 'p2'],
        ...RESULTS,
        message: 'Analytics Built Successfully',
      },
    ]);
  });

  test('no platforms: the body holds only the profile ids', async () => {
    mockGhl({
      method: 'POST',
      path: '/social-media-posting/statistics',
      query: { locationId: LOCATION_ID },
      version: V,
      body: { profileIds: ['p1'] },
      reply: { results: RESULTS, message: 'ok' },
    });
    const [result] = await perform('searches', 'get_social_media_statistics', { profileIds: 'p1' });
    expect(result).toMatchObject({ profileIds: ['p1'], totals: RESULTS.totals });
  });

  test('an unsupported platform or no accounts: input errors, no request', async () => {
    await expect(perform('searches', 'get_social_media_statistics', { profileIds: 'p1', platforms: ['myspace'] })).rejects.toThrow(
      /Platforms field has unsupported values \(myspace\)/,
    );
    await expect(perform('searches', 'get_social_media_statistics', { profileIds: [] })).rejects.toThrow(/Social Accounts field is required/);
  });
});

describe('Social Planner dropdowns', () => {
  test('tags: id and tag name', async () => {
    mockGhl({
      method: 'GET',
      path: `/social-media-posting/${LOCATION_ID}/tags`,
      query: { limit: '100', skip: '0' },
      version: V,
      reply: ENVELOPE([TAG]),
    });
    expect(await perform('triggers', 'dropdown_social_planner_tags')).toEqual([{ ...TAG, id: TAG._id, name: 'Primary Tag' }]);
  });

  test('accounts: the profile id as value, name and platform as label', async () => {
    const account = { id: 'acc_1', profileId: 'p1', name: 'Mark Shoes', platform: 'facebook', isExpired: false };
    mockGhl({
      method: 'GET',
      path: `/social-media-posting/${LOCATION_ID}/accounts`,
      version: V,
      reply: { success: true, statusCode: 200, message: 'Fetched Accounts', results: { accounts: [account], groups: [] } },
    });
    expect(await perform('triggers', 'dropdown_social_accounts')).toEqual([{ ...account, id: 'p1', name: 'Mark Shoes (facebook)' }]);
  });

  test('id inputs point at these dropdowns', async () => {
    const tagIds = (await inputFields('searches', 'get_social_planner_tags_by_ids')).find((f) => f.key === 'tagIds');
    expect(tagIds).toMatchObject({ dynamic: 'dropdown_social_planner_tags.id.name', list: true, required: true });
    const profileIds = (await inputFields('searches', 'get_social_media_statistics')).find((f) => f.key === 'profileIds');
    expect(profileIds).toMatchObject({ dynamic: 'dropdown_social_accounts.id.name', list: true, required: true });
  });
});

describe('Social Planner conversions', () => {
  const run = (conversion: typeof socialPlatforms, value: unknown, key: string, label: string) => conversion(value, { key, label }, {}, {} as any);

  test('socialPlatforms: lower-cased; an unsupported platform is an input error naming the field', () => {
    expect(run(socialPlatforms, ['Facebook', 'instagram, TikTok'], 'platforms', 'Platforms')).toEqual(['facebook', 'instagram', 'tiktok']);
    expect(run(socialPlatforms, ' , ', 'platforms', 'Platforms')).toEqual([]);
    expect(() => run(socialPlatforms, ['google', 'myspace', 'orkut'], 'platforms', 'Platforms')).toThrow(
      expect.objectContaining({
        field: 'platforms',
        message: 'The Platforms field has unsupported values (myspace, orkut); use facebook, instagram, linkedin, google, pinterest, youtube, tiktok.',
      }),
    );
  });
});

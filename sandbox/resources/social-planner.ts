/**
 * Social planner: the sub-account's connected accounts, its post tags (list with `searchText`/`limit`/
 * `skip`, details by ids) and post statistics for profiles (the last 7 days against the 7 before).
 */
import { fail, Reply, type Handler, type Req } from '../http';
import { limitSkip, matchesText } from '../kit';
import { defineResource } from '../resource';
import { SEED } from '../seed-ids';
import type { Rec } from '../state';

const envelope = (results: Rec, message: string) => ({ success: true, statusCode: 200, message, results });

const ownLocation = (req: Req): string => {
  if (req.params.locationId !== req.grant?.locationId) throw fail(403, 'The token does not have access to this location');
  return req.params.locationId;
};

const statistics: Handler = (req, state) => {
  const { profileIds, platforms } = req.body;
  const accounts = state.table('socialAccounts').where((a) => a.locationId === req.query.locationId);
  const chosen = accounts.filter((a) => (profileIds as string[]).includes(a.profileId) || (profileIds as string[]).includes(a.id));
  if (chosen.length !== (profileIds as string[]).length) throw fail(422, ['profileIds: every profile id must be a connected account of this location']);
  const selected = platforms?.length ? chosen.filter((a) => platforms.includes(a.platform)) : chosen;
  const names = [...new Set(selected.map((a) => a.platform as string))];
  const dayRange = [...Array(7)].map((_, i) => new Date(Date.now() - (6 - i) * 86_400_000).toUTCString().slice(0, 3));
  // Per platform and day (oldest first): a fixed, plausible week.
  const series = (base: number) => [0, 1, 2, 3, 4, 5, 6].map((i) => base + i * Math.ceil(base / 10));
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
  const perPlatform = (base: number) => Object.fromEntries(names.map((p) => [p, { total: sum(series(base)), series: series(base) }]));
  const breakdown = (base: number) => ({
    total: names.length * sum(series(base)),
    totalChange: 12.5,
    platforms: Object.fromEntries(names.map((p) => [p, { value: sum(series(base)), change: 12.5 }])),
  });
  const totals = { posts: names.length * 7, likes: names.length * sum(series(6)), followers: names.length * 1250, impressions: names.length * sum(series(300)), comments: names.length * 7 };
  return new Reply(201, {
    results: {
      dayRange,
      totals,
      postPerformance: {
        posts: Object.fromEntries(names.map((p) => [p, series(1).map(() => 1)])),
        impressions: series(300).map((x) => x * names.length),
        likes: series(6).map((x) => x * names.length),
        comments: series(1).map(() => names.length),
      },
      breakdowns: {
        posts: breakdown(1),
        impressions: breakdown(300),
        reach: breakdown(200),
        engagement: Object.fromEntries(names.map((p) => [p, { likes: sum(series(6)), comments: 7, shares: 3, change: 8 }])),
      },
      platformTotals: { impressions: perPlatform(300), followers: perPlatform(1250), likes: perPlatform(6) },
      demographics: {
        gender: { totals: { male: { total: 480, percentage: 48 }, female: { total: 500, percentage: 50 }, unknown: { total: 20, percentage: 2 } } },
        age: { totals: { '13-17': 1, '18-24': 12, '25-34': 30, '35-44': 28, '45-54': 17, '55-64': 8, '65+': 4 } },
      },
    },
    message: 'Statistics fetched successfully',
    traceId: `sbx-${Date.now()}`,
  });
};

export default defineResource({
  name: 'social-planner',
  routes: (r) => {
    r.get('/social-media-posting/{locationId}/accounts', (req, s) => {
      const loc = ownLocation(req);
      const accounts = s.table('socialAccounts').where((a) => a.locationId === loc).map(({ locationId: _l, ...a }) => a);
      return envelope({ accounts, groups: [] }, 'Accounts fetched successfully');
    });
    r.get('/social-media-posting/{locationId}/tags', (req, s) => {
      const loc = ownLocation(req);
      const found = s.table('socialTags').where((t) => t.locationId === loc && !t.deleted && matchesText(req.query.searchText, t.tag));
      return envelope({ tags: limitSkip(found, req.query, 10), count: found.length }, 'Tags fetched successfully');
    });
    r.post('/social-media-posting/{locationId}/tags/details', (req, s) => {
      const loc = ownLocation(req);
      const found = s.table('socialTags').where((t) => t.locationId === loc && (req.body.tagIds as string[]).includes(t._id));
      return new Reply(201, { ...envelope({ tags: found, count: found.length }, 'Tags fetched successfully'), statusCode: 201 });
    });
    r.post('/social-media-posting/statistics', statistics);
  },
  seed: (s) => {
    const { locationId, userId } = s.options;
    s.table('socialAccounts').put({
      id: SEED.socialAccountId,
      locationId,
      oauthId: '6613a9b7c8d9e0f1a2b3c4d5',
      profileId: '112233445566778',
      name: 'Acme Dental',
      platform: 'facebook',
      type: 'page',
      expire: '2027-01-01T00:00:00.000Z',
      isExpired: false,
      meta: {},
    });
    s.table('socialAccounts').put({
      id: '6613a9b7c8d9e0f1a2b3c4d6_ve9EPM428h8vShlRW1KT_17841400000000000_business',
      locationId,
      oauthId: '6613a9b7c8d9e0f1a2b3c4d6',
      profileId: '17841400000000000',
      name: '@acmedental',
      platform: 'instagram',
      type: 'business',
      expire: '2027-01-01T00:00:00.000Z',
      isExpired: false,
      meta: {},
    });
    const stamp = '2025-08-01T10:00:00.000Z';
    s.table('socialTags').put({ _id: SEED.socialTags.promo, tag: 'promo', locationId, createdBy: userId, deleted: false, createdAt: stamp, updatedAt: stamp });
    s.table('socialTags').put({ _id: SEED.socialTags.tips, tag: 'dental tips', locationId, createdBy: userId, deleted: false, createdAt: stamp, updatedAt: stamp });
  },
});

/**
 * Social Planner: tag and statistics samples, output fields and id fields.
 */
import type { Field, OutputField } from './types';
import { idField } from './fields';

/** A social planner tag (the spec's SocialMediaTagSchema example), with `id` beside GHL's `_id`. */
export const SOCIAL_TAG_SAMPLE = {
  id: '65fbdcfecc884f07e645ea8b',
  _id: '65fbdcfecc884f07e645ea8b',
  tag: 'Primary Tag',
  locationId: 'Lx1EI6YIgQYMQi0ytFXv',
  createdBy: 'hxHGVRb1YJUscrCB8eXK',
  deleted: false,
  createdAt: '2023-08-02T00:00:00.000Z',
  updatedAt: '2023-08-02T00:00:00.000Z',
};

export const SOCIAL_TAG_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Tag ID' },
  { key: '_id', label: 'Tag ID (GHL)' },
  { key: 'tag', label: 'Tag Name' },
  { key: 'locationId', label: 'Location ID' },
  { key: 'createdBy', label: 'Created By User ID' },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'createdAt', label: 'Created At', type: 'datetime' },
  { key: 'updatedAt', label: 'Updated At', type: 'datetime' },
];

/** A tag with `id` for mapping (GHL only gives `_id`). */
export const socialTag = (t: any): any => (t && typeof t === 'object' ? { id: t._id ?? t.id, ...t } : t);

export const socialTagIdsField = (): Field =>
  idField('tagIds', 'Tags', 'dropdown_social_planner_tags.id.name', {
    list: true,
    helpText: 'Social planner tags: choose them, or map Tag IDs (a comma-separated value is split).',
  });

export const SOCIAL_PLATFORMS = ['facebook', 'instagram', 'linkedin', 'google', 'pinterest', 'youtube', 'tiktok'] as const;

export const socialProfileIdsField = (): Field =>
  idField('profileIds', 'Social Accounts', 'dropdown_social_accounts.id.name', {
    list: true,
    helpText:
      'Connected social media accounts (their profile ids) to get statistics for. Choose them, or map profile IDs.',
  });

export const socialPlatformsField = (): Field => ({
  key: 'platforms',
  label: 'Platforms',
  list: true,
  choices: {
    facebook: 'Facebook',
    instagram: 'Instagram',
    linkedin: 'LinkedIn (pages only)',
    google: 'Google Business Profile',
    pinterest: 'Pinterest',
    youtube: 'YouTube',
    tiktok: 'TikTok (business accounts only)',
  },
  helpText: 'Only these platforms (optional; empty = all platforms of the chosen accounts).',
});

/** The statistics answer's `results` (the spec's example), flattened for Zapier. */
export const SOCIAL_STATISTICS_SAMPLE = {
  id: 'a3c1f0d2e4b5a6c7',
  profileIds: ['67a5a9aa776c837de4aa5b12'],
  dayRange: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
  totals: { posts: 3, likes: 42, followers: 1280, impressions: 5310, comments: 7 },
  postPerformance: { posts: { google: [0, 1, 0, 1, 0, 1, 0] }, impressions: [700, 820, 760, 790, 810, 700, 730], likes: [5, 6, 7, 6, 6, 6, 6], comments: [1, 1, 1, 1, 1, 1, 1] },
  breakdowns: {
    posts: { total: 3, totalChange: 50, platforms: { google: { value: 3, change: 50 } } },
    impressions: { total: 5310, totalChange: 12, platforms: { google: { value: 5310, change: 12 } } },
    reach: { total: 2100, totalChange: 8, platforms: { google: { value: 2100, change: 8 } } },
    engagement: { google: { likes: 42, comments: 7, shares: 2, change: 5 } },
  },
  platformTotals: {
    impressions: { google: { total: 5310, series: [700, 820, 760, 790, 810, 700, 730] } },
    followers: { google: { total: 1280, series: [1270, 1272, 1274, 1275, 1277, 1279, 1280] } },
    likes: { google: { total: 42, series: [5, 6, 7, 6, 6, 6, 6] } },
  },
  demographics: {
    gender: { totals: { male: { total: 0, percentage: 0 }, female: { total: 0, percentage: 0 }, unknown: { total: 0, percentage: 0 } } },
    age: { totals: { '13-17': 0, '18-24': 0, '25-34': 0, '35-44': 0, '45-54': 0, '55-64': 0, '65+': 0 } },
  },
  message: 'Analytics Built Successfully',
};

export const SOCIAL_STATISTICS_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Statistics ID' },
  { key: 'profileIds', label: 'Profile IDs' },
  { key: 'dayRange', label: 'Days' },
  { key: 'totals', label: 'Totals (last 7 days)' },
  { key: 'totals__posts', label: 'Total Posts', type: 'number' },
  { key: 'totals__likes', label: 'Total Likes', type: 'number' },
  { key: 'totals__followers', label: 'Total Followers', type: 'number' },
  { key: 'totals__impressions', label: 'Total Impressions', type: 'number' },
  { key: 'totals__comments', label: 'Total Comments', type: 'number' },
  { key: 'postPerformance', label: 'Post Performance' },
  { key: 'breakdowns', label: 'Breakdowns (with change vs the previous 7 days)' },
  { key: 'platformTotals', label: 'Platform Totals' },
  { key: 'demographics', label: 'Demographics' },
  { key: 'message', label: 'Message' },
];

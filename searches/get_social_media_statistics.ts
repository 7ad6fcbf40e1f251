import { recordAt } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { idField } from '../lib/fields';
import { stableHash, toList } from '../lib/transforms';
import { socialPlatforms } from '../domains/social-planner';

export default defineOperation({
  key: 'get_social_media_statistics',
  kind: 'search',
  noun: 'Social Media Statistic',
  label: 'Get Social Media Statistics',
  description: "Finds the last 7 days' posting statistics of connected social accounts, with the change.",
  endpoint: { method: 'POST', path: '/social-media-posting/statistics' },
  scopes: ['socialplanner/statistics.readonly'],
  location: 'query',
  inputFields: [
    {
      ...idField('profileIds', 'Social Accounts', 'dropdown_social_accounts.id.name', {
        list: true,
        helpText:
          'Connected social media accounts (their profile ids) to get statistics for. Choose them, or map profile IDs.',
      }),
      to: 'body',
    },
    {
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
      to: 'body',
      as: socialPlatforms,
    },
  ],
  // One object: the 7-day analytics, with the accounts asked for and a stable id for this answer.
  result: (data, input) => {
    const results = recordAt(data, 'results');
    const profileIds = toList(input.profileIds);
    return { id: stableHash({ profileIds, results }), profileIds, ...results, message: data.message };
  },
  // The statistics answer's `results` (the spec's example), flattened for Zapier.
  sample: {
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
  },
  outputFields: [
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
  ],
});

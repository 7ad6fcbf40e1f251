import { recordAt } from '../lib/results';
import { defineOperation } from '../lib/operation';
import { InputError } from '../lib/http';
import { stableHash, toList } from '../lib/transforms';
import {
  SOCIAL_PLATFORMS,
  SOCIAL_STATISTICS_OUTPUT_FIELDS,
  SOCIAL_STATISTICS_SAMPLE,
  socialPlatformsField,
  socialProfileIdsField,
} from '../lib/social-planner';

export default defineOperation({
  key: 'get_social_media_statistics',
  kind: 'search',
  noun: 'Statistics',
  label: 'Get Social Media Statistics',
  description:
    'Finds the posting statistics of connected social accounts for the last 7 days, with the change against the 7 days before.',
  endpoint: { method: 'POST', path: '/social-media-posting/statistics' },
  scopes: ['socialplanner/statistics.readonly'],
  location: 'query',
  inputFields: [socialProfileIdsField(), socialPlatformsField()],
  request: (input) => {
    const profileIds = toList(input.profileIds);
    if (!profileIds.length) throw new InputError('The Social Accounts field is required but was empty.', 'profileIds');
    const platforms = toList(input.platforms).map((p) => p.toLowerCase());
    const unknown = platforms.filter((p) => !(SOCIAL_PLATFORMS as readonly string[]).includes(p));
    if (unknown.length) {
      throw new InputError(
        `The Platforms field has unsupported values (${unknown.join(', ')}); use ${SOCIAL_PLATFORMS.join(', ')}.`,
        'platforms',
      );
    }
    return { body: { profileIds, ...(platforms.length ? { platforms } : {}) } };
  },
  // One object: the 7-day analytics, with the accounts asked for and a stable id for this answer.
  result: (data, input) => {
    const results = recordAt(data, 'results');
    const profileIds = toList(input.profileIds);
    return { id: stableHash({ profileIds, results }), profileIds, ...results, message: data.message };
  },
  sample: SOCIAL_STATISTICS_SAMPLE,
  outputFields: SOCIAL_STATISTICS_OUTPUT_FIELDS,
});

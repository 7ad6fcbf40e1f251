/** End-to-end cases: social planner. */
import { SEED, type Case } from '../harness';

export const SOCIAL_CASES: Case[] = [
  {
    subject: 'triggers.get_social_planner_tags',
    does: 'lists the post tags',
    expect: (out) => expect(out.map((t: any) => t.tag)).toEqual(['promo', 'dental tips']),
  },
  {
    subject: 'triggers.get_social_planner_tags',
    does: 'searches the tags',
    input: { searchText: 'tips' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.socialTags.tips, tag: 'dental tips' })]),
  },
  {
    subject: 'searches.get_social_planner_tags_by_ids',
    does: 'returns the tags with these ids',
    input: { tagIds: [SEED.socialTags.promo] },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.socialTags.promo, tag: 'promo' })]),
  },
  {
    subject: 'searches.get_social_media_statistics',
    does: 'returns the last 7 days of statistics for the profile',
    input: { profileIds: ['112233445566778'] },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0].dayRange).toHaveLength(7);
      expect(out[0].totals).toMatchObject({ posts: 7, followers: 1250 }); // one facebook page: a post a day
    },
  },
];

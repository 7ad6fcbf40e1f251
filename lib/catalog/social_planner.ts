/**
 * Social Planner: 1 trigger (Get Social Planner Tags), 2 searches (reads sent as POST: tags by IDs,
 * statistics), plus the hidden dropdown triggers for tags and connected accounts.
 */
import getSocialPlannerTags from '../../triggers/get_social_planner_tags';
import dropdownSocialPlannerTags from '../../triggers/dropdown_social_planner_tags';
import dropdownSocialAccounts from '../../triggers/dropdown_social_accounts';
import getSocialPlannerTagsByIds from '../../searches/get_social_planner_tags_by_ids';
import getSocialMediaStatistics from '../../searches/get_social_media_statistics';
import type { CategoryOperations } from './types';

const social_planner: CategoryOperations = {
  triggers: [getSocialPlannerTags, dropdownSocialPlannerTags, dropdownSocialAccounts],
  creates: [],
  searches: [getSocialPlannerTagsByIds, getSocialMediaStatistics],
};

export default social_planner;

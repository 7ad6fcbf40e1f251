/** Opportunities: 3 triggers, 7 creates, 1 search (Find Opportunity, paired with Upsert Opportunity), 4 dropdowns. */
import searchOpportunities from '../../triggers/search_opportunities';
import getOpportunity from '../../triggers/get_opportunity';
import listPipelines from '../../triggers/list_pipelines';
import dropdownPipelines from '../../triggers/dropdown_pipelines';
import dropdownPipelineStages from '../../triggers/dropdown_pipeline_stages';
import dropdownOpportunities from '../../triggers/dropdown_opportunities';
import dropdownLostReasons from '../../triggers/dropdown_lost_reasons';
import createOpportunity from '../../creates/create_opportunity';
import updateOpportunity from '../../creates/update_opportunity';
import deleteOpportunity from '../../creates/delete_opportunity';
import updateOpportunityStatus from '../../creates/update_opportunity_status';
import upsertOpportunity from '../../creates/upsert_opportunity';
import addFollowers from '../../creates/add_followers';
import removeFollowers from '../../creates/remove_followers';
import findOpportunity from '../../searches/find_opportunity';
import type { CategoryOperations } from './types';

const opportunities: CategoryOperations = {
  triggers: [
    searchOpportunities,
    getOpportunity,
    listPipelines,
    dropdownPipelines,
    dropdownPipelineStages,
    dropdownOpportunities,
    dropdownLostReasons,
  ],
  creates: [
    createOpportunity,
    updateOpportunity,
    deleteOpportunity,
    updateOpportunityStatus,
    upsertOpportunity,
    addFollowers,
    removeFollowers,
  ],
  searches: [findOpportunity],
  searchOrCreates: { find_opportunity: 'upsert_opportunity' },
};

export default opportunities;

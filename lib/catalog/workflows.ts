/** Workflows & Campaigns: 3 triggers, 5 creates. */
import listWorkflows from '../../triggers/list_workflows';
import listSnapshots from '../../triggers/list_snapshots';
import listCampaigns from '../../triggers/list_campaigns';
import addContactToWorkflow from '../../creates/add_contact_to_workflow';
import removeFromWorkflow from '../../creates/remove_from_workflow';
import addContactFollowers from '../../creates/add_contact_followers';
import removeContactFollowers from '../../creates/remove_contact_followers';
import bulkBusinessUpdate from '../../creates/bulk_business_update';
import type { CategoryOperations } from './types';

const workflows: CategoryOperations = {
  triggers: [listWorkflows, listSnapshots, listCampaigns],
  creates: [addContactToWorkflow, removeFromWorkflow, addContactFollowers, removeContactFollowers, bulkBusinessUpdate],
  searches: [],
};

export default workflows;

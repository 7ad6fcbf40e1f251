/** Hidden triggers that feed dynamic dropdowns, shared by every category. */
import dropdownContacts from '../../triggers/dropdown_contacts';
import dropdownUsers from '../../triggers/dropdown_users';
import dropdownTags from '../../triggers/dropdown_tags';
import dropdownCampaigns from '../../triggers/dropdown_campaigns';
import dropdownWorkflows from '../../triggers/dropdown_workflows';
import dropdownBusinesses from '../../triggers/dropdown_businesses';
import dropdownContactTasks from '../../triggers/dropdown_contact_tasks';
import dropdownContactNotes from '../../triggers/dropdown_contact_notes';
import dropdownSubAccounts from '../../triggers/dropdown_sub_accounts';
import dropdownForms from '../../triggers/dropdown_forms';
import type { CategoryOperations } from './types';

const dropdowns: CategoryOperations = {
  triggers: [
    dropdownContacts,
    dropdownUsers,
    dropdownTags,
    dropdownCampaigns,
    dropdownWorkflows,
    dropdownBusinesses,
    dropdownContactTasks,
    dropdownContactNotes,
    dropdownSubAccounts,
    dropdownForms,
  ],
  creates: [],
  searches: [],
};

export default dropdowns;

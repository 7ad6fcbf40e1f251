/** Contacts: 10 triggers, 17 creates, 1 search (Find Contact, paired with Create Contact). */
import getContact from '../../triggers/get_contact';
import searchContacts from '../../triggers/search_contacts';
import getContactsByBusiness from '../../triggers/get_contacts_by_business';
import getDuplicateContact from '../../triggers/get_duplicate_contact';
import getContactAppointments from '../../triggers/get_contact_appointments';
import getContactTasks from '../../triggers/get_contact_tasks';
import getContactTaskById from '../../triggers/get_contact_task_by_id';
import getContactNotes from '../../triggers/get_contact_notes';
import getContactNoteById from '../../triggers/get_contact_note_by_id';
import listContactsDeprecated from '../../triggers/list_contacts_deprecated';
import createContact from '../../creates/create_contact';
import updateContact from '../../creates/update_contact';
import deleteContact from '../../creates/delete_contact';
import upsertContact from '../../creates/upsert_contact';
import addTagsToContact from '../../creates/add_tags_to_contact';
import removeTagsFromContact from '../../creates/remove_tags_from_contact';
import bulkUpdateContactTags from '../../creates/bulk_update_contact_tags';
import createContactTask from '../../creates/create_contact_task';
import updateContactTask from '../../creates/update_contact_task';
import completeContactTask from '../../creates/complete_contact_task';
import deleteContactTask from '../../creates/delete_contact_task';
import createContactNote from '../../creates/create_contact_note';
import updateContactNote from '../../creates/update_contact_note';
import deleteContactNote from '../../creates/delete_contact_note';
import addContactToCampaign from '../../creates/add_contact_to_campaign';
import removeFromCampaign from '../../creates/remove_from_campaign';
import removeFromAllCampaigns from '../../creates/remove_from_all_campaigns';
import findContact from '../../searches/find_contact';
import type { CategoryOperations } from './types';

const contacts: CategoryOperations = {
  triggers: [
    getContact,
    searchContacts,
    getContactsByBusiness,
    getDuplicateContact,
    getContactAppointments,
    getContactTasks,
    getContactTaskById,
    getContactNotes,
    getContactNoteById,
    listContactsDeprecated,
  ],
  creates: [
    createContact,
    updateContact,
    deleteContact,
    upsertContact,
    addTagsToContact,
    removeTagsFromContact,
    bulkUpdateContactTags,
    createContactTask,
    updateContactTask,
    completeContactTask,
    deleteContactTask,
    createContactNote,
    updateContactNote,
    deleteContactNote,
    addContactToCampaign,
    removeFromCampaign,
    removeFromAllCampaigns,
  ],
  searches: [findContact],
  searchOrCreates: { find_contact: 'create_contact' },
};

export default contacts;

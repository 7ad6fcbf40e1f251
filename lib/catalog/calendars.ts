/** Calendars & Appointments, first part: groups, calendars, free slots, events, appointments, block slots. */
import listCalendarGroups from '../../triggers/list_calendar_groups';
import listCalendars from '../../triggers/list_calendars';
import getCalendarById from '../../triggers/get_calendar_by_id';
import getFreeSlots from '../../triggers/get_free_slots';
import listCalendarEvents from '../../triggers/list_calendar_events';
import listBlockedSlots from '../../triggers/list_blocked_slots';
import getAppointment from '../../triggers/get_appointment';
import dropdownCalendars from '../../triggers/dropdown_calendars';
import dropdownCalendarGroups from '../../triggers/dropdown_calendar_groups';
import createCalendarGroup from '../../creates/create_calendar_group';
import updateCalendarGroup from '../../creates/update_calendar_group';
import updateGroupStatus from '../../creates/update_group_status';
import deleteCalendarGroup from '../../creates/delete_calendar_group';
import validateGroupSlug from '../../creates/validate_group_slug';
import createCalendar from '../../creates/create_calendar';
import updateCalendar from '../../creates/update_calendar';
import deleteCalendar from '../../creates/delete_calendar';
import createAppointment from '../../creates/create_appointment';
import updateAppointment from '../../creates/update_appointment';
import deleteEvent from '../../creates/delete_event';
import createBlockSlot from '../../creates/create_block_slot';
import updateBlockSlot from '../../creates/update_block_slot';
import type { CategoryOperations } from './types';

const calendars: CategoryOperations = {
  triggers: [
    listCalendarGroups,
    listCalendars,
    getCalendarById,
    getFreeSlots,
    listCalendarEvents,
    listBlockedSlots,
    getAppointment,
    dropdownCalendars,
    dropdownCalendarGroups,
  ],
  creates: [
    createCalendarGroup,
    updateCalendarGroup,
    updateGroupStatus,
    deleteCalendarGroup,
    validateGroupSlug,
    createCalendar,
    updateCalendar,
    deleteCalendar,
    createAppointment,
    updateAppointment,
    deleteEvent,
    createBlockSlot,
    updateBlockSlot,
  ],
  searches: [],
};

export default calendars;

/** Calendars & Appointments, second part: appointment notes, calendar notifications, calendar resources. */
import listAppointmentNotes from '../../triggers/list_appointment_notes';
import listCalendarNotifications from '../../triggers/list_calendar_notifications';
import getCalendarNotification from '../../triggers/get_calendar_notification';
import listCalendarResources from '../../triggers/list_calendar_resources';
import getCalendarResource from '../../triggers/get_calendar_resource';
import dropdownCalendarResources from '../../triggers/dropdown_calendar_resources';
import dropdownCalendarNotifications from '../../triggers/dropdown_calendar_notifications';
import dropdownAppointmentNotes from '../../triggers/dropdown_appointment_notes';
import createAppointmentNote from '../../creates/create_appointment_note';
import updateAppointmentNote from '../../creates/update_appointment_note';
import deleteAppointmentNote from '../../creates/delete_appointment_note';
import createCalendarNotification from '../../creates/create_calendar_notification';
import updateNotification from '../../creates/update_notification';
import deleteNotification from '../../creates/delete_notification';
import createCalendarResource from '../../creates/create_calendar_resource';
import updateCalendarResource from '../../creates/update_calendar_resource';
import deleteCalendarResource from '../../creates/delete_calendar_resource';
import type { CategoryOperations } from './types';

const calendarResources: CategoryOperations = {
  triggers: [
    listAppointmentNotes,
    listCalendarNotifications,
    getCalendarNotification,
    listCalendarResources,
    getCalendarResource,
    // Hidden triggers feeding this category's dropdowns.
    dropdownCalendarResources,
    dropdownCalendarNotifications,
    dropdownAppointmentNotes,
  ],
  creates: [
    createAppointmentNote,
    updateAppointmentNote,
    deleteAppointmentNote,
    createCalendarNotification,
    updateNotification,
    deleteNotification,
    createCalendarResource,
    updateCalendarResource,
    deleteCalendarResource,
  ],
  searches: [],
};

export default calendarResources;

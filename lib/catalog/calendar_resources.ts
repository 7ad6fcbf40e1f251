/** Calendars & Appointments, second part: appointment notes, calendar notifications, calendar resources. */
import type { CategoryOperations } from './types';

const calendarResources: CategoryOperations = {
  triggers: [],
  creates: [],
  searches: [],
};

export default calendarResources;

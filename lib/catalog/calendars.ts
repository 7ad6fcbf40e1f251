/** Calendars & Appointments, first part: groups, calendars, free slots, events, appointments, block slots. */
import type { CategoryOperations } from './types';

const calendars: CategoryOperations = {
  triggers: [],
  creates: [],
  searches: [],
};

export default calendars;

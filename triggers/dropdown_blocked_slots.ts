import { eventPicker } from '../domains/calendars';

/** Blocked slots of the last 30 and the next 90 days, upcoming first: of the step's calendar, else of each calendar. */
export default eventPicker('dropdown_blocked_slots', 'Blocked Slot', '/calendars/blocked-slots', 'Blocked slot');

/** End to end: calendars, free slots, appointments, blocked slots, notes, notifications, resources (cases/calendars.ts). */
import { describeCases } from './harness';
import { CALENDAR_CASES } from './cases/calendars';

describeCases('calendars end to end (app tester → sandbox)', CALENDAR_CASES);

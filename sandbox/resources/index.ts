/**
 * Every resource the sandbox models, in the order their seeds run (users and locations first: the others
 * point at them). A new resource is one module of its own, added here (docs/SANDBOX.md "Adding a resource").
 */
import type { Resource } from '../resource';
import oauth from './oauth';
import locations from './locations';
import users from './users';
import contacts from './contacts';
import contactActivity from './contact-activity';
import marketing from './marketing';
import businesses from './businesses';
import calendars from './calendars';
import calendarEvents from './calendar-events';
import calendarResources from './calendar-resources';
import opportunities from './opportunities';
import conversations from './conversations';
import associations from './associations';
import blogs from './blogs';
import socialPlanner from './social-planner';
import customObjects from './custom-objects';
import customValues from './custom-values';

export const RESOURCES: Resource[] = [
  oauth,
  locations,
  users,
  contacts,
  contactActivity,
  marketing,
  businesses,
  calendars,
  calendarEvents,
  calendarResources,
  opportunities,
  conversations,
  associations,
  blogs,
  socialPlanner,
  customObjects,
  customValues,
];

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
import emails from './emails';
import businesses from './businesses';
import calendars from './calendars';
import calendarEvents from './calendar-events';
import calendarResources from './calendar-resources';
import opportunities from './opportunities';
import conversations from './conversations';
import associations from './associations';
import blogs from './blogs';
import socialPlanner from './social-planner';
// issue 14 (event triggers): the sub-account's task search
import locationTasks from './location-tasks';
// Commerce (issues 14 and 15)
import invoices from './invoices';
import products from './products';
import payments from './payments';
// Messaging, forms and media (issues 14 and 15).
import forms from './forms';
import media from './media';
import phoneNumbers from './phone-numbers';
import customObjects from './custom-objects';
import customValues from './custom-values';

export const RESOURCES: Resource[] = [
  oauth,
  locations,
  users,
  contacts,
  contactActivity,
  marketing,
  emails,
  businesses,
  calendars,
  calendarEvents,
  calendarResources,
  opportunities,
  conversations,
  associations,
  blogs,
  socialPlanner,
  // issue 14 (event triggers)
  locationTasks,
  // Commerce (issues 14 and 15): invoices point at contacts; payments list the invoices' payments.
  invoices,
  products,
  payments,
  // Messaging, forms and media (issues 14 and 15).
  forms,
  media,
  phoneNumbers,
  customObjects,
  customValues,
];

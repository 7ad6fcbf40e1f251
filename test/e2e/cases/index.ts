/** Every end-to-end case, by domain (one test file per domain runs them). */
import type { Case } from '../harness';
import { BUSINESS_CASES } from './businesses';
import { CALENDAR_CASES } from './calendars';
import { CONTACT_CASES } from './contacts';
import { CONVERSATION_CASES } from './conversations';
import { OPPORTUNITY_CASES } from './opportunities';
import { OTHER_CASES } from './other';
import { PRIVATE_TOKEN_CASES } from './private-token';
import { SOCIAL_CASES } from './social';
import { USER_CASES } from './users';
import { WORKFLOW_CASES } from './workflows';
// issue 14: the CRM event triggers and searches
import { EVENT_CASES } from './events';
import { FIND_CASES } from './finds';
// Commerce (issues 14 and 15)
import { COMMERCE_CASES } from './commerce';
// Messaging, forms and media (issues 14 and 15).
import { MESSAGING_CASES } from './messaging';
import { CUSTOM_OBJECT_CASES } from './custom-objects';
// Instant triggers at the webhook relay (issue 17).
import { INSTANT_CASES } from './instant';

export const ALL_CASES: Case[] = [
  ...CONTACT_CASES,
  ...CALENDAR_CASES,
  ...OPPORTUNITY_CASES,
  ...USER_CASES,
  ...CONVERSATION_CASES,
  ...BUSINESS_CASES,
  ...WORKFLOW_CASES,
  ...OTHER_CASES,
  ...SOCIAL_CASES,
  // issue 14: the CRM event triggers and searches
  ...EVENT_CASES,
  ...FIND_CASES,
  // Commerce (issues 14 and 15)
  ...COMMERCE_CASES,
  // Messaging, forms and media (issues 14 and 15).
  ...MESSAGING_CASES,
  ...CUSTOM_OBJECT_CASES,
  // Instant triggers at the webhook relay (issue 17).
  ...INSTANT_CASES,
  ...PRIVATE_TOKEN_CASES,
];

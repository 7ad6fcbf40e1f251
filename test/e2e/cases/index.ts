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
  ...PRIVATE_TOKEN_CASES,
];

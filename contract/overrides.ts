/**
 * Per-operation input overrides for the contract run. The generated inputs (contract/inputs.ts) fill every
 * field with a plausible value; a few operations validate combinations of inputs themselves (an email OR a
 * phone, a time window, one of calendarId/userId/groupId) and need specific values.
 *
 * Keep this short, one entry per operation key, each with its reason. A value of `undefined` removes a
 * generated input. Overrides apply to every run of the operation (all inputs, required inputs only, and
 * the agency connection). Never use an override to hide a request that breaks the spec.
 */
export interface InputOverride {
  input: Record<string, unknown>;
  reason: string;
}

const OPEN_HOURS = '[{"daysOfTheWeek":[1,2,3,4,5],"hours":[{"openHour":9,"openMinute":0,"closeHour":17,"closeMinute":0}]}]';

export const INPUT_OVERRIDES: Record<string, InputOverride> = {
  find_contact: {
    input: { email: 'jane.doe@example.com' },
    reason: 'Needs an email or a phone; neither field is required on its own.',
  },
  get_duplicate_contact: {
    input: { email: 'jane.doe@example.com' },
    reason: 'Needs an email or a phone; neither field is required on its own.',
  },
  create_block_slot: {
    input: { assignedUserId: undefined },
    reason: 'Takes a Calendar or an Assigned User, not both (GHL blocks one calendar or one user).',
  },
  update_block_slot: {
    input: { assignedUserId: undefined },
    reason: 'Takes a Calendar or an Assigned User, not both (GHL blocks one calendar or one user).',
  },
  create_calendar: {
    input: { openHours: OPEN_HOURS },
    reason: 'Open Hours is GHL\'s JSON text, which the operation parses.',
  },
  update_calendar: {
    input: { openHours: OPEN_HOURS },
    reason: 'Open Hours is GHL\'s JSON text, which the operation parses.',
  },
  // Messaging, forms and media (issues 14 and 15).
  upload_file_to_media_library: {
    input: { fileUrl: undefined },
    reason: 'Takes a File (uploaded) or a File URL (hosted), not both; the hosted upload is checked end to end in the sandbox.',
  },
  // API Request (Beta), issue 15.
  api_request_beta: {
    input: { method: 'GET', path: '/locations/{locationId}', query: undefined, body: undefined, headers: { 'Accept-Language': 'en-US' } },
    reason: 'Wraps any endpoint: the run calls a real one (Get Sub-Account, its declared endpoint), with no query or body (that endpoint takes none).',
  },
};

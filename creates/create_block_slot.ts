import { defineOperation } from '../lib/operation';
import { record } from '../lib/results';
import { BLOCK_SLOT_OUTPUT_FIELDS, BLOCK_SLOT_SAMPLE, blockSlotFields, blockSlotRule } from '../domains/calendars';

export default defineOperation({
  key: 'create_block_slot',
  kind: 'create',
  noun: 'Block Slot',
  label: 'Create Block Slot',
  description: "Blocks time on a calendar, or in a user's schedule, so it cannot be booked.",
  endpoint: { method: 'POST', path: '/calendars/events/block-slots' },
  scopes: ['calendars/events.write'],
  location: 'body',
  inputFields: blockSlotFields('create'),
  request: blockSlotRule,
  result: record('', 'id'),
  sample: BLOCK_SLOT_SAMPLE,
  outputFields: BLOCK_SLOT_OUTPUT_FIELDS,
});

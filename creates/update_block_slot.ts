import { defineOperation } from '../lib/operation';
import { BLOCK_SLOT_OUTPUT_FIELDS, BLOCK_SLOT_SAMPLE, blockSlotBody, blockSlotInputs } from '../lib/calendars';
import { record } from '../lib/results';

export default defineOperation({
  key: 'update_block_slot',
  kind: 'create',
  noun: 'Blocked Slot',
  label: 'Update Block Slot',
  description: 'Updates a blocked slot: its title, its times, or the calendar or user it blocks.',
  endpoint: { method: 'PUT', path: '/calendars/events/block-slots/{eventId}' },
  scopes: ['calendars/events.write'],
  location: 'body',
  inputFields: blockSlotInputs('update'),
  request: (input, ctx) => ({ body: blockSlotBody(input, ctx) }),
  result: record('', 'id'),
  sample: BLOCK_SLOT_SAMPLE,
  outputFields: BLOCK_SLOT_OUTPUT_FIELDS,
});

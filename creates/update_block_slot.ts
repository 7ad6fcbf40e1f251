import { defineOperation } from '../lib/operation';
import { record } from '../lib/results';
import { BLOCK_SLOT_OUTPUT_FIELDS, BLOCK_SLOT_SAMPLE, blockSlotFields, blockSlotRule } from '../domains/calendars';

export default defineOperation({
  key: 'update_block_slot',
  kind: 'create',
  noun: 'Block Slot',
  label: 'Update Block Slot',
  description: 'Updates a blocked slot: its title, its times, or the calendar or user it blocks.',
  endpoint: { method: 'PUT', path: '/calendars/events/block-slots/{eventId}' },
  scopes: ['calendars/events.write'],
  location: 'body',
  inputFields: blockSlotFields('update'),
  request: blockSlotRule,
  result: record('', 'id'),
  sample: BLOCK_SLOT_SAMPLE,
  outputFields: BLOCK_SLOT_OUTPUT_FIELDS,
});

import { defineOperation } from '../lib/operation';
import { unwrapRecord } from '../lib/results';
import { CONVERSATION_ID_FIELD } from '../domains/conversations';

export default defineOperation({
  key: 'get_conversation',
  kind: 'trigger',
  noun: 'Conversation',
  label: 'Get Conversation',
  description: 'Triggers when the chosen conversation is read, starred, reassigned or otherwise changed.',
  endpoint: { method: 'GET', path: '/conversations/{conversationId}' },
  scopes: ['conversations.readonly'],
  inputFields: [CONVERSATION_ID_FIELD],
  // The spec gives the record no update time: a version is a hash of its content.
  result: (data) => unwrapRecord(data, ['conversation']),
  sample: {
    id: 've9EPM428kjkvShlRW1KT',
    contactId: 've9EPM428kjkvShlRW1KT',
    locationId: 've9EPM428kjkvShlRW1KT',
    deleted: false,
    inbox: true,
    type: 1,
    unreadCount: 1,
    assignedTo: 've9EPM428kjkvShlRW1KT',
    starred: true,
  },
  outputFields: [
    { key: 'id', label: 'Conversation ID' },
    { key: 'contactId', label: 'Contact ID' },
    { key: 'locationId', label: 'Sub-Account ID' },
    { key: 'deleted', label: 'Deleted', type: 'boolean' },
    { key: 'inbox', label: 'In Inbox', type: 'boolean' },
    { key: 'type', label: 'Channel Type (1 Phone, 2 Email, 3 Messenger, 4 Review, 5 Group SMS)' },
    { key: 'unreadCount', label: 'Unread Count', type: 'integer' },
    { key: 'assignedTo', label: 'Assigned User ID' },
    { key: 'starred', label: 'Starred', type: 'boolean' },
  ],
});

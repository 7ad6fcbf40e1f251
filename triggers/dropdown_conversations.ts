import { defineDropdown, personLabel } from '../lib/dropdown';

/** The sub-account's conversations, most recent message first (one page: GHL pages them by cursor). */
export default defineDropdown({
  key: 'dropdown_conversations',
  noun: 'Conversation',
  endpoint: { method: 'GET', path: '/conversations/search' },
  scopes: ['conversations.readonly'],
  location: 'query',
  listKey: 'conversations',
  request: () => ({ query: { sort: 'desc', sortBy: 'last_message_date', limit: 100 } }),
  label: (c) => {
    const who = personLabel({ name: c.fullName || c.contactName, email: c.email, phone: c.phone });
    const last = String(c.lastMessageBody || '').replace(/\s+/g, ' ').trim();
    const snippet = last.length > 40 ? `${last.slice(0, 37)}...` : last;
    return [who, snippet && `"${snippet}"`].filter(Boolean).join(' ');
  },
});

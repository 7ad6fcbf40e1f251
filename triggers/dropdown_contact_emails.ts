import { defineDropdown } from '../lib/dropdown';
import { contactIdField } from '../lib/fields';

/** The chosen contact's emails, newest first (Send Message's "Reply To Email"): one page of GHL's message export. */
export default defineDropdown({
  key: 'dropdown_contact_emails',
  noun: 'Email',
  endpoint: { method: 'GET', path: '/conversations/messages/export' },
  scopes: ['conversations/message.readonly'],
  location: 'query',
  inputs: [contactIdField()],
  request: (input) => ({ query: { contactId: input.contactId, channel: 'Email', sortBy: 'createdAt', sortOrder: 'desc', limit: 50 } }),
  listKey: 'messages',
  label: (m) => {
    const when = String(m.dateAdded || '').slice(0, 10);
    const what = String(m.subject || m.body || '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim();
    const snippet = what.length > 50 ? `${what.slice(0, 47)}...` : what;
    return [m.direction === 'inbound' ? 'From the contact' : 'To the contact', when, snippet && `"${snippet}"`].filter(Boolean).join(' ');
  },
});

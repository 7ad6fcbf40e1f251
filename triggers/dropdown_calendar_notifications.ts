import { defineDropdown } from '../lib/dropdown';

const words: Record<string, string> = {
  booked: 'Booked',
  confirmation: 'Confirmation',
  cancellation: 'Cancellation',
  reminder: 'Reminder',
  followup: 'Follow-up',
  reschedule: 'Reschedule',
  email: 'email',
  inApp: 'in-app',
  sms: 'SMS',
  whatsapp: 'WhatsApp',
  contact: 'contact',
  guest: 'guest',
  assignedUser: 'assigned user',
  emails: 'email addresses',
  phoneNumbers: 'phone numbers',
  business: 'business',
};
const word = (v: unknown): string => (typeof v === 'string' ? words[v] || v : '');

/** Notifications of the calendar chosen in the same step (its `calendarId` input). */
export default defineDropdown({
  key: 'dropdown_calendar_notifications',
  noun: 'Calendar Notification',
  endpoint: { method: 'GET', path: '/calendars/{calendarId}/notifications' },
  scopes: ['calendars/events.readonly'],
  listKey: null,
  paging: { style: 'limit/skip', size: 100 },
  idOf: (n) => n._id ?? n.id,
  label: (n) => {
    const head = [word(n.notificationType) || 'Notification', n.channel ? `by ${word(n.channel)}` : '', n.receiverType ? `to ${word(n.receiverType)}` : '']
      .filter(Boolean)
      .join(' ');
    const subject = typeof n.subject === 'string' && n.subject.trim() ? `: ${n.subject.trim()}` : '';
    return `${head}${subject}${n.isActive === false ? ' (inactive)' : ''}`;
  },
});

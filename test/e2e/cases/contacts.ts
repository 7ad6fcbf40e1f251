/** End-to-end cases: contacts, their tags, notes and tasks, businesses' contacts. */
import { ids, SEED, type Case } from '../harness';

const { rubika, john, maria } = SEED.contacts;
const PINCODE = 'MgobCB14YMVKuE4Ka8p1';

export const CONTACT_CASES: Case[] = [
  {
    subject: 'creates.create_contact',
    does: 'creates the contact with its tags and a custom field, in the chosen sub-account',
    input: { firstName: 'Jane', lastName: 'Doe', email: 'Jane.Doe@Example.com', phone: '+1 202-555-0199', tags: ['lead', 'zapier'], [`cf__${PINCODE}`]: '12345' },
    expect: (out, t) => {
      expect(out).toMatchObject({ firstName: 'Jane', lastName: 'Doe', name: 'Jane Doe', email: 'jane.doe@example.com', phone: '+12025550199', tags: ['lead', 'zapier'] });
      expect(String(out.customFieldsByName.Pincode)).toBe('12345');
      expect(t.state.table('contacts').get(out.id)).toMatchObject({ locationId: SEED.locationId, name: 'Jane Doe' });
      expect(t.state.table('tags').where((x) => x.name === 'zapier')).toHaveLength(1);
    },
  },
  {
    subject: 'creates.update_contact',
    does: 'changes only the given fields',
    input: { contactId: john, lastName: 'Smith', city: 'Austin' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: john, firstName: 'John', lastName: 'Smith', name: 'John Smith', city: 'Austin', email: 'john@deo.com' });
      expect(t.state.table('contacts').get(john)).toMatchObject({ name: 'John Smith', city: 'Austin' });
    },
  },
  {
    subject: 'creates.delete_contact',
    does: 'deletes the contact (and its notes and tasks)',
    input: { contactId: rubika },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: rubika, deleted: true });
      expect(t.state.table('contacts').has(rubika)).toBe(false);
      expect(t.state.table('notes').has(SEED.noteId)).toBe(false);
    },
  },
  {
    subject: 'creates.upsert_contact',
    does: 'updates the contact with that email instead of creating a duplicate',
    input: { email: 'rubika@deos.com', city: 'Pune', tags: ['returning'] },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: rubika, new: false, city: 'Pune', tags: ['returning'] });
      expect(t.state.table('contacts').size).toBe(3);
    },
  },
  {
    subject: 'creates.upsert_contact',
    does: 'creates a contact for a new email',
    input: { email: 'new.person@example.com', firstName: 'New' },
    expect: (out, t) => {
      expect(out).toMatchObject({ new: true, email: 'new.person@example.com', firstName: 'New' });
      expect(t.state.table('contacts').get(out.id)).toBeDefined();
    },
  },
  {
    subject: 'creates.add_tags_to_contact',
    does: 'adds tags and keeps the existing ones',
    input: { contactId: john, tags: ['Gold', 'vip'] },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: john, tags: ['vip', 'gold'] });
      expect(t.state.table('contacts').get(john)!.tags).toEqual(['vip', 'gold']);
    },
  },
  {
    subject: 'creates.remove_tags_from_contact',
    does: 'removes only the given tags',
    input: { contactId: rubika, tags: ['vip'] },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: rubika, tags: ['webinar'] });
      expect(t.state.table('contacts').get(rubika)!.tags).toEqual(['webinar']);
    },
  },
  {
    subject: 'creates.bulk_update_contact_tags',
    does: 'adds a tag to several contacts at once',
    input: { type: 'add', contacts: [john, maria], tags: ['spring-promo'] },
    expect: (out, t) => {
      expect(out).toMatchObject({ succeded: true, errorCount: 0 });
      expect(t.state.table('contacts').get(john)!.tags).toContain('spring-promo');
      expect(t.state.table('contacts').get(maria)!.tags).toContain('spring-promo');
      expect(t.state.table('contacts').get(rubika)!.tags).not.toContain('spring-promo');
    },
  },
  {
    subject: 'creates.bulk_business_update',
    does: 'adds contacts to a business',
    input: { action: 'add', ids: [john, maria], businessId: SEED.businessId },
    expect: (out, t) => {
      expect(out).toEqual({ success: true, ids: [john, maria] });
      expect(t.state.table('contacts').get(maria)!.businessId).toBe(SEED.businessId);
    },
  },
  {
    subject: 'creates.bulk_business_update',
    does: 'removes contacts from their business (businessId null)',
    input: { action: 'remove', ids: [rubika] },
    expect: (out, t) => {
      expect(out).toEqual({ success: true, ids: [rubika] });
      expect(t.state.table('contacts').get(rubika)!.businessId).toBeUndefined();
    },
  },
  {
    subject: 'creates.create_contact_task',
    does: 'adds a task with an ISO due date to the contact',
    input: { contactId: john, title: 'Send the quote', dueDate: '2026-12-01T10:00:00Z', assignedTo: SEED.users.frontDesk },
    expect: (out, t) => {
      expect(out).toMatchObject({ contactId: john, title: 'Send the quote', dueDate: '2026-12-01T10:00:00.000Z', completed: false, assignedTo: SEED.users.frontDesk });
      expect(t.state.table('tasks').get(out.id)).toMatchObject({ contactId: john });
    },
  },
  {
    subject: 'creates.update_contact_task',
    does: 'changes the task title',
    input: { contactId: rubika, taskId: SEED.taskId, title: 'Call back on Monday' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.taskId, contactId: rubika, title: 'Call back on Monday', body: 'Wants pricing for 3 seats' });
      expect(t.state.table('tasks').get(SEED.taskId)!.title).toBe('Call back on Monday');
    },
  },
  {
    subject: 'creates.complete_contact_task',
    does: 'marks the task completed',
    input: { contactId: rubika, taskId: SEED.taskId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.taskId, completed: true });
      expect(t.state.table('tasks').get(SEED.taskId)!.completed).toBe(true);
    },
  },
  {
    subject: 'creates.delete_contact_task',
    does: 'deletes the task',
    input: { contactId: rubika, taskId: SEED.taskId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.taskId, deleted: true });
      expect(t.state.table('tasks').has(SEED.taskId)).toBe(false);
    },
  },
  {
    subject: 'creates.create_contact_note',
    does: 'adds a note to the contact',
    input: { contactId: john, body: 'Prefers email.', userId: SEED.users.frontDesk },
    expect: (out, t) => {
      expect(out).toMatchObject({ contactId: john, body: 'Prefers email.', userId: SEED.users.frontDesk });
      expect(t.state.table('notes').get(out.id)).toMatchObject({ contactId: john, body: 'Prefers email.' });
    },
  },
  {
    subject: 'creates.update_contact_note',
    does: 'changes the note body',
    input: { contactId: rubika, id: SEED.noteId, body: 'Quote sent.' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.noteId, contactId: rubika, body: 'Quote sent.' });
      expect(t.state.table('notes').get(SEED.noteId)!.body).toBe('Quote sent.');
    },
  },
  {
    subject: 'creates.delete_contact_note',
    does: 'deletes the note',
    input: { contactId: rubika, id: SEED.noteId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: SEED.noteId, deleted: true });
      expect(t.state.table('notes').has(SEED.noteId)).toBe(false);
    },
  },
  {
    subject: 'triggers.get_contact',
    does: 'returns the contact once per version, custom fields by name',
    input: { contactId: rubika },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: rubika, name: 'Rubika Deo', email: 'rubika@deos.com', customFieldsByName: { Pincode: '35061' } });
      expect(out[0].record_version).toBeTruthy();
    },
  },
  {
    subject: 'triggers.get_contact',
    does: 'an unknown contact is GHL\'s 404, in words',
    input: { contactId: 'nope0000000000000000' },
    allowStatuses: [404],
    fails: (err) => expect(err.message).toMatch(/could not find it \(404\).*Contact with id nope0000000000000000 not found/),
  },
  {
    subject: 'triggers.search_contacts',
    does: 'lists the contacts with a tag, newest first',
    input: { tag: 'vip' },
    expect: (out) => expect(ids(out)).toEqual([john, rubika]),
  },
  {
    subject: 'triggers.search_contacts',
    does: 'finds contacts by text',
    input: { query: 'lopez' },
    expect: (out) => expect(ids(out)).toEqual([maria]),
  },
  {
    subject: 'triggers.list_contacts_deprecated',
    does: 'lists every contact of the sub-account, newest first',
    expect: (out) => expect(ids(out)).toEqual([maria, john, rubika]),
  },
  {
    subject: 'triggers.get_duplicate_contact',
    does: 'returns the contact with that email',
    input: { email: 'john@deo.com' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: john, name: 'John Deo' })]),
  },
  {
    subject: 'triggers.get_duplicate_contact',
    does: 'returns nothing for an email nobody has',
    input: { email: 'nobody@example.com' },
    expect: (out) => expect(out).toEqual([]),
  },
  {
    subject: 'searches.find_contact',
    does: 'finds a contact by phone (any formatting)',
    input: { number: '+1 (202) 555-0107' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: john, phone: '+12025550107' })]),
  },
  {
    subject: 'searches.find_contact',
    does: 'finds nothing for an unknown email',
    input: { email: 'nobody@example.com' },
    expect: (out) => expect(out).toEqual([]),
  },
  {
    subject: 'triggers.get_contacts_by_business',
    does: 'lists the contacts of the business',
    input: { businessId: SEED.businessId },
    expect: (out) => expect(ids(out)).toEqual([rubika]),
  },
  {
    subject: 'triggers.get_contact_appointments',
    does: "lists the contact's appointments, GHL's zone-less local times as instants in the sub-account's timezone",
    input: { contactId: rubika },
    expect: (out, { sandbox }) => {
      expect(out).toEqual([expect.objectContaining({ id: SEED.appointmentId, calendarId: SEED.calendarId, title: 'Consultation with Rubika Deo' })]);
      const stored = sandbox.state.table('appointments').get(SEED.appointmentId)!;
      expect(out[0].startTime).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d-0[56]:00$/); // America/Chicago
      expect(Date.parse(out[0].startTime)).toBe(Math.floor(Date.parse(stored.startTime) / 1000) * 1000);
    },
  },
  {
    subject: 'triggers.get_contact_tasks',
    does: 'lists the contact\'s tasks',
    input: { contactId: rubika },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.taskId, title: 'Call back about the quote' })]),
  },
  {
    subject: 'triggers.get_contact_task_by_id',
    does: 'returns the task',
    input: { contactId: rubika, taskId: SEED.taskId },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: SEED.taskId, contactId: rubika, title: 'Call back about the quote', completed: false });
    },
  },
  {
    subject: 'triggers.get_contact_notes',
    does: 'lists the contact\'s notes',
    input: { contactId: rubika },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.noteId, body: 'Called back; wants a quote for the premium plan.' })]),
  },
  {
    subject: 'triggers.get_contact_note_by_id',
    does: 'returns the note',
    input: { contactId: rubika, id: SEED.noteId },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: SEED.noteId, contactId: rubika, body: 'Called back; wants a quote for the premium plan.' });
    },
  },
];

/**
 * Contacts: every operation's exact request (method, path, query, Version, body) and result shape.
 */
import { App, inputFields, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';

setupNock();

const V = '2021-07-28';
const CONTACT = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  locationId: LOCATION_ID,
  firstName: 'Rubika',
  email: 'rubika@deos.com',
  dateAdded: '2026-07-02T05:18:26.704Z',
  dateUpdated: '2026-07-03T05:18:26.704Z',
  customFields: [] as Array<{ id: string; value: unknown }>,
};
const CUSTOM_FIELDS = {
  customFields: [
    { id: 'cfPin', name: 'Pincode', fieldKey: 'contact.pincode', dataType: 'NUMERICAL', model: 'contact' },
    { id: 'cfColor', name: 'Favourite Colours', fieldKey: 'contact.colours', dataType: 'MULTIPLE_OPTIONS', picklistOptions: ['Red', 'Blue'], model: 'contact' },
    { id: 'cfBday', name: 'Anniversary', fieldKey: 'contact.anniversary', dataType: 'DATE', model: 'contact' },
    { id: 'cfFile', name: 'Contract', fieldKey: 'contact.contract', dataType: 'FILE_UPLOAD', model: 'contact' },
  ],
};

describe('Create Contact', () => {
  test('sends the contact with locationId, split tags, checked email and custom fields as {id, field_value}', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/',
      version: V,
      body: {
        locationId: LOCATION_ID,
        firstName: 'Rubika',
        email: 'rubika@deos.com',
        phone: '+18888888888',
        tags: ['vip', 'webinar'],
        dateOfBirth: '1990-09-25',
        customFields: [
          { id: 'cfPin', field_value: '35061' },
          { id: 'cfColor', field_value: ['Red', 'Blue'] },
          { id: 'cfBday', field_value: '2020-05-01' },
          { key: 'contact.nickname', field_value: 'Rubi' },
        ],
      },
      reply: { contact: { ...CONTACT, customFields: [{ id: 'cfPin', value: 35061 }] } },
    });
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}/customFields`, query: { model: 'contact' }, version: V, reply: CUSTOM_FIELDS });
    const result = await perform('creates', 'create_contact', {
      firstName: 'Rubika',
      email: ' rubika@deos.com ',
      phone: '+1 888-888-8888',
      tags: ['vip, webinar'],
      dateOfBirth: '1990-09-25T00:00:00Z',
      cf__cfPin: 35061,
      cf__cfColor: ['Red', 'Blue'],
      cfd__cfBday: '2020-05-01T10:00:00Z',
      customFieldsByKey: { 'contact.nickname': 'Rubi' },
      lastName: '',
    });
    expect(result).toMatchObject({ id: CONTACT.id, email: 'rubika@deos.com', customFieldsByName: { Pincode: 35061 } });
  });

  test('a malformed email fails before any request, naming the field', async () => {
    await expect(perform('creates', 'create_contact', { email: 'not-an-email' })).rejects.toThrow(
      /Email field is not a valid email address/,
    );
  });

  test('shows the sub-account custom fields as typed inputs (file uploads left out)', async () => {
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}/customFields`, query: { model: 'contact' }, version: V, reply: CUSTOM_FIELDS });
    const fields = await inputFields('creates', 'create_contact');
    const byKey = Object.fromEntries(fields.map((f) => [f.key, f]));
    expect(byKey.cf__cfPin).toMatchObject({ label: 'Pincode', type: 'number' });
    expect(byKey.cf__cfColor).toMatchObject({ label: 'Favourite Colours', list: true, choices: [{ value: 'Red', label: 'Red', sample: 'Red' }, { value: 'Blue', label: 'Blue', sample: 'Blue' }] });
    expect(byKey.cfd__cfBday).toMatchObject({ label: 'Anniversary', type: 'datetime' });
    expect(byKey.cf__cfFile).toBeUndefined();
    expect(byKey.customFieldsByKey).toMatchObject({ dict: true });
    expect(byKey.email).toBeDefined();
    expect(byKey.locationId).toBeUndefined(); // sub-account connections never see the Sub-Account picker
  });
});

describe('Get Contact', () => {
  test('fires once per version of the contact (id + dateUpdated)', async () => {
    mockGhl({ method: 'GET', path: '/contacts/seD4PfOuKoVMLkEZqohJ', version: V, reply: { contact: CONTACT } });
    const result = await perform('triggers', 'get_contact', { contactId: 'seD4PfOuKoVMLkEZqohJ' });
    expect(result).toEqual([{ ...CONTACT, customFieldsByName: {}, record_version: CONTACT.dateUpdated }]);
  });

  test('an empty contact id is an input error, not a request to /contacts/', async () => {
    await expect(perform('triggers', 'get_contact', { contactId: '  ' })).rejects.toThrow(/Contact field is required/);
  });
});

describe('Find Contact', () => {
  test('searches duplicates by email and phone with locationId', async () => {
    mockGhl({
      method: 'GET',
      path: '/contacts/search/duplicate',
      query: { locationId: LOCATION_ID, email: 'rubika@deos.com', number: '+18888888888' },
      version: V,
      reply: { contact: CONTACT },
    });
    const result = await perform('searches', 'find_contact', { email: 'rubika@deos.com', number: '+1 (888) 888-8888' });
    expect(result).toEqual([{ ...CONTACT, customFieldsByName: {} }]);
  });

  test('nothing found is an empty list', async () => {
    mockGhl({ method: 'GET', path: '/contacts/search/duplicate', query: { locationId: LOCATION_ID, email: 'x@y.io' }, version: V, reply: { contact: null } });
    expect(await perform('searches', 'find_contact', { email: 'x@y.io' })).toEqual([]);
  });

  test('needs an email or a phone', async () => {
    await expect(perform('searches', 'find_contact', {})).rejects.toThrow(/Give an Email or a Phone/);
  });
});

describe('Delete Contact', () => {
  test('deletes and reports the deleted id', async () => {
    mockGhl({ method: 'DELETE', path: '/contacts/c1', version: V, reply: { succeded: true } });
    expect(await perform('creates', 'delete_contact', { contactId: 'c1' })).toEqual({ id: 'c1', deleted: true, succeded: true });
  });
});

describe('Search Contacts', () => {
  test('posts a newest-first search with paging, text and tag filter; items newest first', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/search',
      version: V,
      body: {
        locationId: LOCATION_ID,
        page: 1,
        pageLimit: 100,
        query: 'deo',
        filters: [{ field: 'tags', operator: 'contains', value: ['vip'] }],
        sort: [{ field: 'dateAdded', direction: 'desc' }],
      },
      reply: {
        contacts: [
          { ...CONTACT, id: 'older', dateAdded: '2026-01-01T00:00:00Z' },
          { ...CONTACT, id: 'newer', dateAdded: '2026-02-01T00:00:00Z' },
        ],
        total: 2,
      },
    });
    const result = await perform('triggers', 'search_contacts', { query: 'deo', tag: 'vip' });
    expect(result.map((c: any) => c.id)).toEqual(['newer', 'older']);
    expect(result[0]).toMatchObject({ email: CONTACT.email, customFieldsByName: {} });
  });

  test('page 2 of the dropdown-style paging asks for page 3', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/search',
      version: V,
      body: { locationId: LOCATION_ID, page: 3, pageLimit: 100, sort: [{ field: 'dateAdded', direction: 'desc' }] },
      reply: { contacts: [], total: 0 },
    });
    expect(await perform('triggers', 'search_contacts', {}, { meta: { page: 2 } })).toEqual([]);
  });
});

describe('Get Contacts by Business', () => {
  test('lists the business contacts with locationId and paging', async () => {
    mockGhl({
      method: 'GET',
      path: '/contacts/business/biz1',
      query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
      version: V,
      reply: { contacts: [{ ...CONTACT, businessId: 'biz1' }], count: 1 },
    });
    const result = await perform('triggers', 'get_contacts_by_business', { businessId: 'biz1' });
    expect(result).toEqual([{ ...CONTACT, businessId: 'biz1' }]);
  });
});

describe('Get Duplicate Contact', () => {
  test('fires with the matching contact and its version', async () => {
    mockGhl({ method: 'GET', path: '/contacts/search/duplicate', query: { locationId: LOCATION_ID, number: '+15550102030' }, version: V, reply: { contact: CONTACT } });
    const result = await perform('triggers', 'get_duplicate_contact', { number: '+1 555 010 2030' });
    expect(result).toEqual([{ ...CONTACT, customFieldsByName: {}, record_version: CONTACT.dateUpdated }]);
  });

  test('no duplicate → nothing fires', async () => {
    mockGhl({ method: 'GET', path: '/contacts/search/duplicate', query: { locationId: LOCATION_ID, email: 'n@o.pe' }, version: V, reply: { contact: null } });
    expect(await perform('triggers', 'get_duplicate_contact', { email: 'n@o.pe' })).toEqual([]);
  });
});

describe('Get Contact Appointments', () => {
  test("lists the contact's events newest first, their zone-less local times read in the sub-account's timezone", async () => {
    mockGhl({
      method: 'GET',
      path: '/contacts/c1/appointments',
      version: V,
      reply: { events: [{ id: 'e1', dateAdded: '2026-01-01 10:00:00' }, { id: 'e2', dateAdded: '2026-07-01 10:00:00', startTime: '2026-07-16 11:00:00' }] },
    });
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}`, version: V, reply: { location: { id: LOCATION_ID, timezone: 'America/Chicago' } } });
    const result = await perform('triggers', 'get_contact_appointments', { contactId: 'c1' });
    expect(result).toEqual([
      { id: 'e2', dateAdded: '2026-07-01T10:00:00-05:00', startTime: '2026-07-16T11:00:00-05:00' },
      { id: 'e1', dateAdded: '2026-01-01T10:00:00-06:00' },
    ]);
  });

  test('the timezone is read once and kept; a second poll makes one request', async () => {
    const reply = { events: [{ id: 'e1', startTime: '2026-01-01 10:00:00' }] };
    mockGhl({ method: 'GET', path: '/contacts/c1/appointments', version: V, reply });
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}`, version: V, reply: { location: { id: LOCATION_ID, timezone: 'Asia/Kolkata' } } });
    expect(await perform('triggers', 'get_contact_appointments', { contactId: 'c1' })).toEqual([{ id: 'e1', startTime: '2026-01-01T10:00:00+05:30' }]);
    mockGhl({ method: 'GET', path: '/contacts/c1/appointments', version: V, reply });
    expect(await perform('triggers', 'get_contact_appointments', { contactId: 'c1' })).toEqual([{ id: 'e1', startTime: '2026-01-01T10:00:00+05:30' }]);
  });

  test('a time GHL sends that is not a date is an error naming it, not passed on', async () => {
    mockGhl({ method: 'GET', path: '/contacts/c1/appointments', version: V, reply: { events: [{ id: 'e1', startTime: 'soon' }] } });
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}`, version: V, reply: { location: { id: LOCATION_ID, timezone: 'UTC' } } });
    await expect(perform('triggers', 'get_contact_appointments', { contactId: 'c1' })).rejects.toThrow(/startTime/);
  });
});

describe('Get Contact Tasks / Task by ID', () => {
  const TASK = { id: 't1', title: 'Call', dueDate: '2026-07-08T14:30:00.000Z', completed: false, contactId: 'c1' };
  test('lists tasks with their ids', async () => {
    mockGhl({ method: 'GET', path: '/contacts/c1/tasks', version: V, reply: { tasks: [TASK] } });
    expect(await perform('triggers', 'get_contact_tasks', { contactId: 'c1' })).toEqual([TASK]);
  });

  test('a task fires again when it changes (content-hash version)', async () => {
    mockGhl({ method: 'GET', path: '/contacts/c1/tasks/t1', version: V, reply: { task: TASK } });
    mockGhl({ method: 'GET', path: '/contacts/c1/tasks/t1', version: V, reply: { task: { ...TASK, completed: true } } });
    const [before] = await perform('triggers', 'get_contact_task_by_id', { contactId: 'c1', taskId: 't1' });
    const [after] = await perform('triggers', 'get_contact_task_by_id', { contactId: 'c1', taskId: 't1' });
    expect(before).toMatchObject({ ...TASK, id: 't1' });
    expect(after.id).toBe('t1');
    expect(after.record_version).not.toBe(before.record_version);
  });
});

describe('Get Contact Notes / Note by ID', () => {
  const NOTE = { id: 'n1', body: 'Called', userId: 'u1', contactId: 'c1', dateAdded: '2026-07-08T12:02:11.285Z' };
  test('lists notes newest first', async () => {
    mockGhl({ method: 'GET', path: '/contacts/c1/notes', version: V, reply: { notes: [NOTE, { ...NOTE, id: 'n2', dateAdded: '2026-07-09T12:00:00Z' }] } });
    const result = await perform('triggers', 'get_contact_notes', { contactId: 'c1' });
    expect(result.map((n: any) => n.id)).toEqual(['n2', 'n1']);
  });

  test('gets one note as a versioned record', async () => {
    mockGhl({ method: 'GET', path: '/contacts/c1/notes/n1', version: V, reply: { note: NOTE } });
    const [note] = await perform('triggers', 'get_contact_note_by_id', { contactId: 'c1', id: 'n1' });
    expect(note).toMatchObject(NOTE);
    expect(note.record_version).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('List Contacts (Deprecated)', () => {
  test('calls GET /contacts/ with locationId and limit, and says it is deprecated', async () => {
    mockGhl({ method: 'GET', path: '/contacts/', query: { locationId: LOCATION_ID, limit: '100' }, version: V, reply: { contacts: [CONTACT], count: 1 } });
    expect(await perform('triggers', 'list_contacts_deprecated', {})).toEqual([CONTACT]);
    const { App } = await import('./helpers');
    expect(App.triggers.list_contacts_deprecated.display.description).toMatch(/deprecated.*Search Contacts/i);
  });
});

describe('Update Contact', () => {
  test('puts only the filled fields (no locationId, no companyName)', async () => {
    mockGhl({
      method: 'PUT',
      path: '/contacts/c1',
      version: V,
      body: { lastName: 'Deo', tags: ['a', 'b'], dnd: true, customFields: [{ id: 'cfPin', field_value: '12' }] },
      reply: { succeded: true, contact: { ...CONTACT, id: 'c1', customFields: [{ id: 'cfPin', value: 12 }] } },
    });
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}/customFields`, query: { model: 'contact' }, version: V, reply: CUSTOM_FIELDS });
    const result = await perform('creates', 'update_contact', { contactId: 'c1', lastName: 'Deo', tags: 'a,b', dnd: 'true', cf__cfPin: 12, companyName: 'ignored' });
    expect(result).toMatchObject({ id: 'c1', customFieldsByName: { Pincode: 12 } });
  });
});

describe('Upsert Contact', () => {
  test('posts with locationId and reports whether it was created', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/upsert',
      version: V,
      body: { locationId: LOCATION_ID, email: 'rubika@deos.com', createNewIfDuplicateAllowed: false },
      reply: { new: false, contact: CONTACT, traceId: 't' },
    });
    const result = await perform('creates', 'upsert_contact', { email: 'rubika@deos.com', createNewIfDuplicateAllowed: false });
    expect(result).toEqual({ ...CONTACT, customFieldsByName: {}, new: false });
  });
});

describe('Tags', () => {
  test('Add Tags to Contact posts the tag list', async () => {
    mockGhl({ method: 'POST', path: '/contacts/c1/tags', version: V, body: { tags: ['vip', 'new lead'] }, reply: { tags: ['old', 'vip', 'new lead'] } });
    expect(await perform('creates', 'add_tags_to_contact', { contactId: 'c1', tags: ['vip', 'new lead'] })).toEqual({
      id: 'c1',
      tags: ['old', 'vip', 'new lead'],
    });
  });

  test('Remove Tags from Contact sends a DELETE with a JSON body', async () => {
    mockGhl({ method: 'DELETE', path: '/contacts/c1/tags', version: V, body: { tags: ['vip'] }, reply: { tags: ['old'] } });
    expect(await perform('creates', 'remove_tags_from_contact', { contactId: 'c1', tags: 'vip' })).toEqual({ id: 'c1', tags: ['old'] });
  });

  test('Add Tags needs at least one tag', async () => {
    await expect(perform('creates', 'add_tags_to_contact', { contactId: 'c1', tags: [] })).rejects.toThrow(/Tags field is required/);
  });

  test('Bulk Update Contact Tags fills {type} and sends ids and tags as lists', async () => {
    const reply = { succeded: true, errorCount: 0, responses: [{ contactId: 'c1', message: 'Tags updated', type: 'success' }] };
    mockGhl({
      method: 'POST',
      path: '/contacts/bulk/tags/update/remove',
      version: V,
      body: { locationId: LOCATION_ID, contacts: ['c1', 'c2'], tags: ['vip'], removeAllTags: false },
      reply,
    });
    expect(await perform('creates', 'bulk_update_contact_tags', { type: 'remove', contacts: 'c1, c2', tags: ['vip'], removeAllTags: 'no' })).toEqual(reply);
  });
});

describe('Tasks', () => {
  const TASK = { id: 't1', title: 'Call back', body: 'x', dueDate: '2026-07-08T14:30:00.000Z', completed: false, assignedTo: 'u1', contactId: 'c1' };
  test('Create Contact Task converts the due date to ISO and defaults completed to false', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/c1/tasks',
      version: V,
      body: { completed: false, title: 'Call back', body: 'x', dueDate: '2026-07-08T14:30:00.000Z', assignedTo: 'u1' },
      reply: { task: TASK },
    });
    expect(await perform('creates', 'create_contact_task', { contactId: 'c1', title: 'Call back', body: 'x', dueDate: '2026-07-08T09:30:00-05:00', assignedTo: 'u1' })).toEqual(TASK);
  });

  test('Create Contact Task rejects a due date that does not parse', async () => {
    await expect(perform('creates', 'create_contact_task', { contactId: 'c1', title: 'x', dueDate: 'someday' })).rejects.toThrow(
      /Due Date field is not a date/,
    );
  });

  test('Update Contact Task puts only what changed', async () => {
    mockGhl({ method: 'PUT', path: '/contacts/c1/tasks/t1', version: V, body: { title: 'Call again' }, reply: { task: { ...TASK, title: 'Call again' } } });
    expect(await perform('creates', 'update_contact_task', { contactId: 'c1', taskId: 't1', title: 'Call again' })).toMatchObject({ title: 'Call again' });
  });

  test('Complete Contact Task sends {completed: true}', async () => {
    mockGhl({ method: 'PUT', path: '/contacts/c1/tasks/t1/completed', version: V, body: { completed: true }, reply: { task: { ...TASK, completed: true } } });
    expect(await perform('creates', 'complete_contact_task', { contactId: 'c1', taskId: 't1' })).toMatchObject({ id: 't1', completed: true });
  });

  test('Delete Contact Task reports the deleted id', async () => {
    mockGhl({ method: 'DELETE', path: '/contacts/c1/tasks/t1', version: V, reply: { succeded: true } });
    expect(await perform('creates', 'delete_contact_task', { contactId: 'c1', taskId: 't1' })).toEqual({ id: 't1', deleted: true, succeded: true });
  });
});

describe('Notes', () => {
  const NOTE = { id: 'n1', body: 'Called', userId: 'u1', contactId: 'c1', dateAdded: '2026-07-08T12:02:11.285Z' };
  test('Create Contact Note', async () => {
    mockGhl({ method: 'POST', path: '/contacts/c1/notes', version: V, body: { body: 'Called', userId: 'u1', pinned: true }, reply: { note: NOTE } });
    expect(await perform('creates', 'create_contact_note', { contactId: 'c1', body: 'Called', userId: 'u1', pinned: true })).toEqual(NOTE);
  });

  test('Update Contact Note', async () => {
    mockGhl({ method: 'PUT', path: '/contacts/c1/notes/n1', version: V, body: { body: 'Called twice' }, reply: { note: { ...NOTE, body: 'Called twice' } } });
    expect(await perform('creates', 'update_contact_note', { contactId: 'c1', id: 'n1', body: 'Called twice' })).toMatchObject({ body: 'Called twice' });
  });

  test('Delete Contact Note', async () => {
    mockGhl({ method: 'DELETE', path: '/contacts/c1/notes/n1', version: V, reply: { succeded: true } });
    expect(await perform('creates', 'delete_contact_note', { contactId: 'c1', id: 'n1' })).toEqual({ id: 'n1', deleted: true, succeded: true });
  });
});

describe('Campaigns', () => {
  test('Add Contact to Campaign posts an empty body', async () => {
    mockGhl({ method: 'POST', path: '/contacts/c1/campaigns/cmp1', version: V, body: {}, reply: { succeded: true } });
    expect(await perform('creates', 'add_contact_to_campaign', { contactId: 'c1', campaignId: 'cmp1' })).toEqual({ contactId: 'c1', campaignId: 'cmp1', succeded: true });
  });

  test('Remove from Campaign', async () => {
    mockGhl({ method: 'DELETE', path: '/contacts/c1/campaigns/cmp1', version: V, reply: { succeded: true } });
    expect(await perform('creates', 'remove_from_campaign', { contactId: 'c1', campaignId: 'cmp1' })).toEqual({ contactId: 'c1', campaignId: 'cmp1', succeded: true });
  });

  test('Remove from All Campaigns uses the literal removeAll segment', async () => {
    mockGhl({ method: 'DELETE', path: '/contacts/c1/campaigns/removeAll', version: V, reply: { succeded: true } });
    expect(await perform('creates', 'remove_from_all_campaigns', { contactId: 'c1' })).toEqual({ contactId: 'c1', succeded: true });
  });
});

describe('dropdowns', () => {
  test('contacts: newest first, labelled "Name (email)", paginated', async () => {
    mockGhl({
      method: 'POST',
      path: '/contacts/search',
      version: V,
      body: { locationId: LOCATION_ID, page: 2, pageLimit: 100, sort: [{ field: 'dateAdded', direction: 'desc' }] },
      reply: { contacts: [{ id: 'c1', firstName: 'Rubika', lastName: 'Deo', email: 'r@d.co' }] },
    });
    expect(await perform('triggers', 'dropdown_contacts', {}, { meta: { page: 1 } })).toEqual([
      { id: 'c1', firstName: 'Rubika', lastName: 'Deo', email: 'r@d.co', name: 'Rubika Deo (r@d.co)' },
    ]);
  });

  test('users: /users/search with companyId and locationId', async () => {
    mockGhl({
      method: 'GET',
      path: '/users/search',
      query: { companyId: '5DP4iH6HLkQsiKESj6rh', locationId: LOCATION_ID, limit: '100', skip: '0' },
      version: V,
      reply: { users: [{ id: 'u1', name: 'Ann Lee', email: 'ann@x.co' }], count: 1 },
    });
    expect(await perform('triggers', 'dropdown_users', {})).toEqual([{ id: 'u1', name: 'Ann Lee (ann@x.co)', email: 'ann@x.co' }]);
  });

  test('tags: values are tag names', async () => {
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}/tags`, version: V, reply: { tags: [{ id: 't1', name: 'vip', locationId: LOCATION_ID }] } });
    expect(await perform('triggers', 'dropdown_tags', {})).toEqual([{ id: 't1', name: 'vip', locationId: LOCATION_ID }]);
  });

  test.each([
    ['dropdown_campaigns', '/campaigns/', 'campaigns', { id: 'k1', name: 'Spring', status: 'published' }, 'Spring (published)', undefined],
    ['dropdown_workflows', '/workflows/', 'workflows', { id: 'w1', name: 'Onboarding', status: 'draft' }, 'Onboarding (draft)', undefined],
    ['dropdown_businesses', '/businesses/', 'businesses', { id: 'b1', name: 'Acme Inc' }, 'Acme Inc', { limit: '100', skip: '0' }],
  ])('%s lists %s with locationId', async (key, path, listKey, item, label, paging) => {
    mockGhl({ method: 'GET', path, query: { locationId: LOCATION_ID, ...(paging || {}) }, version: V, reply: { [listKey]: [item] } });
    expect(await perform('triggers', key, {})).toEqual([{ ...item, name: label }]);
  });

  test('contact tasks and notes follow the chosen contact', async () => {
    mockGhl({ method: 'GET', path: '/contacts/c1/tasks', version: V, reply: { tasks: [{ id: 't1', title: 'Call', completed: true }] } });
    mockGhl({ method: 'GET', path: '/contacts/c1/notes', version: V, reply: { notes: [{ id: 'n1', body: 'A very long note '.repeat(10) }] } });
    expect(await perform('triggers', 'dropdown_contact_tasks', { contactId: 'c1' })).toEqual([{ id: 't1', title: 'Call (done)', completed: true }]);
    const [note] = await perform('triggers', 'dropdown_contact_notes', { contactId: 'c1' });
    expect(note.label).toHaveLength(60);
    expect(note.label.endsWith('...')).toBe(true);
  });

  test('every Contacts id input is a dropdown', async () => {
    const idKeys = /^(contactId|taskId|campaignId|businessId|assignedTo|userId|contacts|tags|tag)$/;
    // The Contacts category of the catalog: its operations, by key.
    const contacts = {
      triggers: ['get_contact', 'search_contacts', 'get_contacts_by_business', 'get_duplicate_contact', 'get_contact_appointments', 'get_contact_tasks', 'get_contact_task_by_id', 'get_contact_notes', 'get_contact_note_by_id', 'list_contacts_deprecated'],
      creates: ['create_contact', 'update_contact', 'delete_contact', 'upsert_contact', 'add_tags_to_contact', 'remove_tags_from_contact', 'bulk_update_contact_tags', 'create_contact_task', 'update_contact_task', 'complete_contact_task', 'delete_contact_task', 'create_contact_note', 'update_contact_note', 'delete_contact_note', 'add_contact_to_campaign', 'remove_from_campaign', 'remove_from_all_campaigns'],
      searches: ['find_contact'],
    };
    for (const kind of ['triggers', 'creates', 'searches'] as const) {
      for (const op of contacts[kind].map((key) => (App as any)[kind][key])) {
        for (const f of op.operation.inputFields) {
          if (typeof f !== 'function' && idKeys.test(f.key)) expect([op.key, f.key, f.dynamic]).toEqual([op.key, f.key, expect.stringMatching(/^dropdown_/)]);
        }
      }
    }
  });
});

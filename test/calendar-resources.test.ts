/**
 * Calendars & Appointments (second part): appointment notes, calendar notifications and calendar
 * resources. Every operation's exact request (method, path, query, Version, body) and result shape.
 */
import { LOCATION_ID, mockGhl, perform, setupNock } from './helpers';
import { InputError } from '../lib/http';
import { emailList, noteText, phoneList, resourceTypeOf, serviceCalendarIds, wholeCount } from '../domains/calendar-resources';

setupNock();

const V = '2021-04-15';

const NOTE = {
  id: 'HGPcayliwcdoUFzvbTok',
  body: 'Bring last year\'s paperwork',
  userId: 'TUcmRxWrjqzJS8EjkxNK',
  dateAdded: '2026-07-08T12:02:11.285Z',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  createdBy: { id: 'TUcmRxWrjqzJS8EjkxNK', name: 'John Doe' },
};

const NOTIFICATION = {
  _id: '66c5ea6f2a1f5c3b9f1d2e4a',
  receiverType: 'contact',
  channel: 'email',
  notificationType: 'reminder',
  isActive: true,
  subject: 'See you tomorrow',
  body: 'Reminder',
  beforeTime: [{ timeOffset: 1, unit: 'days' }],
  deleted: false,
};

const RESOURCE = {
  id: 'Q9oPp1yK3w7rS8tU2vXz',
  locationId: LOCATION_ID,
  name: 'yoga room',
  resourceType: 'rooms',
  isActive: true,
  description: 'Quiet room',
  quantity: 1,
  outOfService: 0,
  capacity: 85,
  calendarIds: ['Jsj0xnlDDjw0SuvX1J13'],
};

// ------------------------------------------------------------------------------------------------
// Appointment notes
// ------------------------------------------------------------------------------------------------

describe('List Appointment Notes', () => {
  test('asks for 20 notes (GHL maximum) with limit/offset and lists them newest first', async () => {
    const older = { ...NOTE, id: 'older', dateAdded: '2026-07-01T10:00:00.000Z' };
    mockGhl({
      method: 'GET',
      path: '/calendars/appointments/apt1/notes',
      query: { limit: '20', offset: '0' },
      version: V,
      reply: { notes: [older, NOTE], hasMore: false },
    });
    const result = await perform('triggers', 'list_appointment_notes', { appointmentId: 'apt1' });
    expect(result).toEqual([NOTE, older]);
  });

  test('the next page is offset by the page size', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/appointments/apt1/notes',
      query: { limit: '20', offset: '20' },
      version: V,
      reply: { notes: [], hasMore: false },
    });
    expect(await perform('triggers', 'list_appointment_notes', { appointmentId: 'apt1' }, { meta: { page: 1 } })).toEqual([]);
  });

  test('an empty appointment id is an input error', async () => {
    await expect(perform('triggers', 'list_appointment_notes', { appointmentId: ' ' })).rejects.toThrow(
      /Appointment field is required/,
    );
  });
});

describe('Create Appointment Note', () => {
  test('posts the NotesDTO and returns the note', async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/appointments/apt1/notes',
      version: V,
      body: { body: 'Bring last year\'s paperwork', userId: 'TUcmRxWrjqzJS8EjkxNK' },
      reply: { note: NOTE },
    });
    const result = await perform('creates', 'create_appointment_note', {
      appointmentId: 'apt1',
      body: 'Bring last year\'s paperwork',
      userId: 'TUcmRxWrjqzJS8EjkxNK',
    });
    expect(result).toEqual(NOTE);
  });

  test('a note longer than 5000 characters fails before any request', async () => {
    await expect(
      perform('creates', 'create_appointment_note', { appointmentId: 'apt1', body: 'x'.repeat(5001) }),
    ).rejects.toThrow(/Note field is too long/);
  });

  test('the note text is required', async () => {
    await expect(perform('creates', 'create_appointment_note', { appointmentId: 'apt1' })).rejects.toThrow(
      /Note field is required/,
    );
  });
});

describe('Update Appointment Note', () => {
  test('puts the new text at /notes/{noteId} and returns the note', async () => {
    mockGhl({
      method: 'PUT',
      path: '/calendars/appointments/apt1/notes/HGPcayliwcdoUFzvbTok',
      version: V,
      body: { body: 'Updated text' },
      reply: { note: { ...NOTE, body: 'Updated text' } },
    });
    const result = await perform('creates', 'update_appointment_note', {
      appointmentId: 'apt1',
      noteId: 'HGPcayliwcdoUFzvbTok',
      body: 'Updated text',
      userId: '',
    });
    expect(result).toEqual({ ...NOTE, body: 'Updated text' });
  });
});

describe('Delete Appointment Note', () => {
  test('deletes and reports the deleted note id', async () => {
    mockGhl({
      method: 'DELETE',
      path: '/calendars/appointments/apt1/notes/HGPcayliwcdoUFzvbTok',
      version: V,
      reply: { success: true },
    });
    const result = await perform('creates', 'delete_appointment_note', { appointmentId: 'apt1', noteId: 'HGPcayliwcdoUFzvbTok' });
    expect(result).toEqual({ id: 'HGPcayliwcdoUFzvbTok', deleted: true, success: true });
  });
});

describe('dropdown_appointment_notes', () => {
  test('lists the notes of the appointment in the form, labelled by their text', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/appointments/apt1/notes',
      query: { limit: '20', offset: '0' },
      version: V,
      reply: { notes: [{ ...NOTE, body: `  Long   ${'y'.repeat(80)}` }] },
    });
    const result = await perform('triggers', 'dropdown_appointment_notes', { appointmentId: 'apt1' });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ id: NOTE.id });
    expect(result[0].label).toBe(`Long ${'y'.repeat(52)}...`);
  });
});

// ------------------------------------------------------------------------------------------------
// Calendar notifications
// ------------------------------------------------------------------------------------------------

describe('List Calendar Notifications', () => {
  test('pages with limit/skip, passes the filters, and reads the root array (ids from _id)', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/cal1/notifications',
      query: { limit: '100', skip: '0', isActive: 'true', deleted: 'false' },
      version: V,
      reply: [NOTIFICATION, { ...NOTIFICATION, _id: 'second', notificationType: 'followup' }],
    });
    const result = await perform('triggers', 'list_calendar_notifications', { calendarId: 'cal1', isActive: true, deleted: 'false' });
    expect(result).toEqual([
      { ...NOTIFICATION, id: NOTIFICATION._id },
      { ...NOTIFICATION, _id: 'second', notificationType: 'followup', id: 'second' },
    ]);
  });

  test('without filters only the paging goes in the query', async () => {
    mockGhl({ method: 'GET', path: '/calendars/cal1/notifications', query: { limit: '100', skip: '100' }, version: V, reply: [] });
    expect(await perform('triggers', 'list_calendar_notifications', { calendarId: 'cal1' }, { meta: { page: 1 } })).toEqual([]);
  });
});

describe('Get Calendar Notification', () => {
  test('fires once per version of the notification (id from _id, content hash as version)', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/cal1/notifications/66c5ea6f2a1f5c3b9f1d2e4a',
      version: V,
      reply: NOTIFICATION,
    });
    const result = await perform('triggers', 'get_calendar_notification', {
      calendarId: 'cal1',
      notificationId: '66c5ea6f2a1f5c3b9f1d2e4a',
    });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject({ ...NOTIFICATION, id: NOTIFICATION._id });
    expect(result[0].record_version).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe('Create Calendar Notification', () => {
  test('sends a JSON array with one CreateCalendarNotificationDTO and returns the first created', async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/cal1/notifications',
      version: V,
      body: [
        {
          receiverType: 'emails',
          channel: 'email',
          notificationType: 'reminder',
          isActive: true,
          subject: 'See you tomorrow',
          body: 'Reminder',
          beforeTime: [{ timeOffset: 1, unit: 'days' }],
          additionalEmailIds: ['ops@deos.com', 'desk@deos.com'],
          additionalPhoneNumbers: ['+919876744444'],
          selectedUsers: ['TUcmRxWrjqzJS8EjkxNK', 'sub_account_admin'],
          fromAddress: 'clinic@deos.com',
          fromName: 'Deos Clinic',
        },
      ],
      reply: [{ ...NOTIFICATION, receiverType: 'emails' }],
    });
    const result = await perform('creates', 'create_calendar_notification', {
      calendarId: 'cal1',
      receiverType: 'emails',
      channel: 'email',
      notificationType: 'reminder',
      isActive: 'true',
      subject: 'See you tomorrow',
      body: 'Reminder',
      beforeTimeOffset: '1',
      beforeTimeUnit: 'days',
      afterTimeOffset: '',
      additionalEmailIds: ['ops@deos.com, desk@deos.com'],
      additionalPhoneNumbers: '+91 98767-44444',
      selectedUsers: ['TUcmRxWrjqzJS8EjkxNK', 'sub_account_admin'],
      fromAddress: 'clinic@deos.com',
      fromName: 'Deos Clinic',
      templateId: '',
    });
    expect(result).toEqual({ ...NOTIFICATION, receiverType: 'emails', id: NOTIFICATION._id });
  });

  test('a follow-up schedule defaults its unit to hours', async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/cal1/notifications',
      version: V,
      body: [{ receiverType: 'contact', channel: 'sms', notificationType: 'followup', afterTime: [{ timeOffset: 2, unit: 'hours' }] }],
      reply: [{ _id: 'n2', receiverType: 'contact', channel: 'sms', notificationType: 'followup' }],
    });
    const result = await perform('creates', 'create_calendar_notification', {
      calendarId: 'cal1',
      receiverType: 'contact',
      channel: 'sms',
      notificationType: 'followup',
      afterTimeOffset: 2,
    });
    expect(result).toMatchObject({ id: 'n2', _id: 'n2', notificationType: 'followup' });
  });

  test('a malformed additional email fails before any request, naming the field', async () => {
    await expect(
      perform('creates', 'create_calendar_notification', {
        calendarId: 'cal1',
        receiverType: 'emails',
        channel: 'email',
        notificationType: 'booked',
        additionalEmailIds: ['ok@deos.com', 'nope'],
      }),
    ).rejects.toThrow(/Additional Email Addresses field is not a valid email address: .*nope/);
  });

  test('a non-numeric schedule amount is an input error', async () => {
    await expect(
      perform('creates', 'create_calendar_notification', {
        calendarId: 'cal1',
        receiverType: 'contact',
        channel: 'email',
        notificationType: 'reminder',
        beforeTimeOffset: 'soon',
      }),
    ).rejects.toThrow(/Send Before \(amount\) field must be a number/);
  });

  test('recipient, channel and type are required', async () => {
    await expect(
      perform('creates', 'create_calendar_notification', { calendarId: 'cal1', channel: 'email', notificationType: 'booked' }),
    ).rejects.toThrow(/Recipient field is required/);
  });
});

describe('Update Notification', () => {
  test('puts only the filled fields and returns GHL\'s message with the ids', async () => {
    mockGhl({
      method: 'PUT',
      path: '/calendars/cal1/notifications/66c5ea6f2a1f5c3b9f1d2e4a',
      version: V,
      body: { isActive: false, beforeTime: [{ timeOffset: 30, unit: 'minutes' }], fromNumber: '+18888888888', deleted: false },
      reply: { message: 'Notification updated successfully' },
    });
    const result = await perform('creates', 'update_notification', {
      calendarId: 'cal1',
      notificationId: '66c5ea6f2a1f5c3b9f1d2e4a',
      isActive: 'no',
      beforeTimeOffset: '30',
      beforeTimeUnit: 'minutes',
      fromNumber: '+1 (888) 888-8888',
      deleted: false,
      subject: '',
    });
    expect(result).toEqual({
      id: '66c5ea6f2a1f5c3b9f1d2e4a',
      calendarId: 'cal1',
      message: 'Notification updated successfully',
    });
  });

  test('an update with nothing to change fails before any request', async () => {
    await expect(
      perform('creates', 'update_notification', { calendarId: 'cal1', notificationId: 'n1', subject: '' }),
    ).rejects.toThrow(/Fill in at least one field of the notification/);
  });
});

describe('Delete Notification', () => {
  test('deletes and reports the deleted notification id', async () => {
    mockGhl({
      method: 'DELETE',
      path: '/calendars/cal1/notifications/66c5ea6f2a1f5c3b9f1d2e4a',
      version: V,
      reply: { message: 'Notification deleted successfully' },
    });
    const result = await perform('creates', 'delete_notification', { calendarId: 'cal1', notificationId: '66c5ea6f2a1f5c3b9f1d2e4a' });
    expect(result).toEqual({ id: '66c5ea6f2a1f5c3b9f1d2e4a', deleted: true, message: 'Notification deleted successfully' });
  });
});

describe('dropdown_calendar_notifications', () => {
  test('lists the notifications of the calendar in the form, with readable labels', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/cal1/notifications',
      query: { limit: '100', skip: '0' },
      version: V,
      reply: [NOTIFICATION, { _id: 'n2', notificationType: 'booked', channel: 'inApp', receiverType: 'assignedUser', isActive: false }],
    });
    const result = await perform('triggers', 'dropdown_calendar_notifications', { calendarId: 'cal1' });
    expect(result.map((n: any) => [n.id, n.name])).toEqual([
      [NOTIFICATION._id, 'Reminder by email to contact: See you tomorrow'],
      ['n2', 'Booked by in-app to assigned user (inactive)'],
    ]);
  });
});

// ------------------------------------------------------------------------------------------------
// Calendar resources
// ------------------------------------------------------------------------------------------------

describe('List Calendar Resources', () => {
  test('asks with locationId, limit and skip for the chosen type and reads the root array', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/resources/rooms',
      query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
      version: V,
      reply: [RESOURCE],
    });
    expect(await perform('triggers', 'list_calendar_resources', { resourceType: 'rooms' })).toEqual([RESOURCE]);
  });

  test('accepts a mapped singular type ("Equipment") and pages with skip', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/resources/equipments',
      query: { locationId: LOCATION_ID, limit: '100', skip: '200' },
      version: V,
      reply: [],
    });
    expect(await perform('triggers', 'list_calendar_resources', { resourceType: 'Equipment' }, { meta: { page: 2 } })).toEqual([]);
  });

  test('an unknown resource type is an input error', async () => {
    await expect(perform('triggers', 'list_calendar_resources', { resourceType: 'desks' })).rejects.toThrow(
      /Resource Type field must be .*equipments.* or .*rooms/,
    );
  });
});

describe('Get Calendar Resource', () => {
  test('fires once per version of the resource', async () => {
    mockGhl({ method: 'GET', path: `/calendars/resources/rooms/${RESOURCE.id}`, version: V, reply: RESOURCE });
    const result = await perform('triggers', 'get_calendar_resource', { resourceType: 'rooms', id: RESOURCE.id });
    expect(result).toHaveLength(1);
    expect(result[0]).toMatchObject(RESOURCE);
    expect(result[0].record_version).toMatch(/^[0-9a-f]{16}$/);
  });

  test('a record without id gets the id it was asked for', async () => {
    const { id: _omit, ...noId } = RESOURCE;
    mockGhl({ method: 'GET', path: '/calendars/resources/equipments/eq1', version: V, reply: { ...noId, resourceType: 'equipments' } });
    const result = await perform('triggers', 'get_calendar_resource', { resourceType: 'equipments', id: 'eq1' });
    expect(result[0]).toMatchObject({ id: 'eq1', resourceType: 'equipments' });
  });
});

describe('Create Calendar Resource', () => {
  test('posts every required property with locationId, numbers and calendar ids', async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/resources/rooms',
      version: V,
      body: {
        locationId: LOCATION_ID,
        name: 'yoga room',
        description: 'Quiet room',
        quantity: 1,
        outOfService: 0,
        capacity: 85,
        calendarIds: ['Jsj0xnlDDjw0SuvX1J13', 'oCM5feFC86FAAbcO7lJK'],
      },
      reply: RESOURCE,
    });
    const result = await perform('creates', 'create_calendar_resource', {
      resourceType: 'rooms',
      name: 'yoga room',
      description: 'Quiet room',
      quantity: '1',
      outOfService: 0,
      capacity: '85',
      calendarIds: ['Jsj0xnlDDjw0SuvX1J13, oCM5feFC86FAAbcO7lJK'],
    });
    expect(result).toEqual(RESOURCE);
  });

  test('no calendars is sent as an empty list (the property is required)', async () => {
    mockGhl({
      method: 'POST',
      path: '/calendars/resources/equipments',
      version: V,
      body: { locationId: LOCATION_ID, name: 'Projector', description: 'HD', quantity: 3, outOfService: 1, capacity: 1, calendarIds: [] },
      reply: { _id: 'eq9', name: 'Projector', resourceType: 'equipments' },
    });
    const result = await perform('creates', 'create_calendar_resource', {
      resourceType: 'equipments',
      name: 'Projector',
      description: 'HD',
      quantity: 3,
      outOfService: 1,
      capacity: 1,
    });
    expect(result).toEqual({ _id: 'eq9', id: 'eq9', name: 'Projector', resourceType: 'equipments' });
  });

  test('a negative or fractional quantity is an input error', async () => {
    await expect(
      perform('creates', 'create_calendar_resource', {
        resourceType: 'equipments',
        name: 'Projector',
        description: 'HD',
        quantity: '2.5',
        outOfService: 0,
        capacity: 1,
      }),
    ).rejects.toThrow(/Quantity field must be a whole number/);
  });
});

describe('Update Calendar Resource', () => {
  test('puts only the filled fields (with locationId) and returns the resource', async () => {
    mockGhl({
      method: 'PUT',
      path: `/calendars/resources/rooms/${RESOURCE.id}`,
      version: V,
      body: { locationId: LOCATION_ID, capacity: 40, isActive: false },
      reply: { ...RESOURCE, capacity: 40, isActive: false },
    });
    const result = await perform('creates', 'update_calendar_resource', {
      resourceType: 'rooms',
      id: RESOURCE.id,
      capacity: '40',
      isActive: 'false',
      name: '',
    });
    expect(result).toEqual({ ...RESOURCE, capacity: 40, isActive: false });
  });

  test('an update with nothing to change fails before any request', async () => {
    await expect(perform('creates', 'update_calendar_resource', { resourceType: 'rooms', id: 'r1' })).rejects.toThrow(
      /Fill in at least one field of the resource/,
    );
  });
});

describe('Delete Calendar Resource', () => {
  test('deletes and reports the deleted resource id', async () => {
    mockGhl({ method: 'DELETE', path: `/calendars/resources/equipments/${RESOURCE.id}`, version: V, reply: { success: true } });
    const result = await perform('creates', 'delete_calendar_resource', { resourceType: 'equipments', id: RESOURCE.id });
    expect(result).toEqual({ id: RESOURCE.id, deleted: true, success: true });
  });
});

describe('dropdown_calendar_resources', () => {
  test('lists resources of the type chosen in the form', async () => {
    mockGhl({
      method: 'GET',
      path: '/calendars/resources/equipments',
      query: { locationId: LOCATION_ID, limit: '100', skip: '0' },
      version: V,
      reply: [{ ...RESOURCE, resourceType: 'equipments', name: 'Projector', isActive: false }],
    });
    const result = await perform('triggers', 'dropdown_calendar_resources', { resourceType: 'equipments' });
    expect(result.map((r: any) => [r.id, r.name])).toEqual([[RESOURCE.id, 'Projector (inactive)']]);
  });

  test('asks for the resource type first', async () => {
    await expect(perform('triggers', 'dropdown_calendar_resources', {})).rejects.toThrow(/Resource Type field is required/);
  });
});

// ------------------------------------------------------------------------------------------------
// Conversions
// ------------------------------------------------------------------------------------------------

describe('Calendar resource conversions', () => {
  const ref = (key: string, label: string) => ({ key, label });
  const ctx = {} as any;
  const fieldOf = (fn: () => unknown): string | undefined => {
    try {
      fn();
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      return (e as InputError).field;
    }
    throw new Error('no error');
  };

  test('noteText: the text as given, not blank, at most 5000 characters', () => {
    const f = ref('body', 'Note');
    expect(noteText(' Bring the forms ', f, {}, ctx)).toBe(' Bring the forms ');
    expect(noteText('x'.repeat(5000), f, {}, ctx)).toHaveLength(5000);
    expect(() => noteText('x'.repeat(5001), f, {}, ctx)).toThrow('The Note field is too long: 5001 characters, GoHighLevel takes at most 5000.');
    expect(() => noteText([' '], f, {}, ctx)).toThrow('The Note field is required but was empty.');
    expect(fieldOf(() => noteText('x'.repeat(5001), f, {}, ctx))).toBe('body');
  });

  test('emailList / phoneList: split, each checked, naming the field', () => {
    const emails = ref('additionalEmailIds', 'Additional Email Addresses');
    const phones = ref('additionalPhoneNumbers', 'Additional Phone Numbers');
    expect(emailList(['ops@deos.com, desk@deos.com'], emails, {}, ctx)).toEqual(['ops@deos.com', 'desk@deos.com']);
    expect(emailList('', emails, {}, ctx)).toEqual([]);
    expect(() => emailList(['ok@deos.com', 'nope'], emails, {}, ctx)).toThrow(/Additional Email Addresses field is not a valid email address: "nope"/);
    expect(phoneList('+91 98767-44444\n+1 (888) 888-8888', phones, {}, ctx)).toEqual(['+919876744444', '+18888888888']);
    expect(fieldOf(() => phoneList('call me', phones, {}, ctx))).toBe('additionalPhoneNumbers');
  });

  test('resourceTypeOf: equipments or rooms, singular or any case', () => {
    const f = ref('resourceType', 'Resource Type');
    expect(resourceTypeOf('Equipment', f, {}, ctx)).toBe('equipments');
    expect(resourceTypeOf(' ROOMS ', f, {}, ctx)).toBe('rooms');
    expect(() => resourceTypeOf('', f, {}, ctx)).toThrow('The Resource Type field is required: choose Equipment or Room.');
    expect(() => resourceTypeOf('desks', f, {}, ctx)).toThrow('The Resource Type field must be "equipments" or "rooms", got "desks".');
  });

  test('wholeCount: a whole number of 0 or more', () => {
    const f = ref('quantity', 'Quantity');
    expect(wholeCount('3', f, {}, ctx)).toBe(3);
    expect(wholeCount(0, f, {}, ctx)).toBe(0);
    expect(() => wholeCount('2.5', f, {}, ctx)).toThrow('The Quantity field must be a whole number of 0 or more, got "2.5".');
    expect(() => wholeCount(-1, f, {}, ctx)).toThrow(/Quantity field must be a whole number of 0 or more/);
    expect(() => wholeCount('three', f, {}, ctx)).toThrow(/Quantity field must be a number/);
  });

  test('serviceCalendarIds: at most 100 calendars', () => {
    const f = ref('calendarIds', 'Service Calendars');
    expect(serviceCalendarIds(['c1, c2'], f, {}, ctx)).toEqual(['c1', 'c2']);
    const many = Array.from({ length: 101 }, (_, i) => `c${i}`);
    expect(() => serviceCalendarIds(many, f, {}, ctx)).toThrow('The Service Calendars field takes at most 100 calendars, got 101.');
    expect(serviceCalendarIds(many.slice(0, 100), f, {}, ctx)).toHaveLength(100);
  });
});

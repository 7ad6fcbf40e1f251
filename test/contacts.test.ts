/**
 * Contacts: every operation's exact request (method, path, query, Version, body) and result shape.
 */
import { inputFields, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';

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
          { id: 'cfPin', field_value: 35061 },
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

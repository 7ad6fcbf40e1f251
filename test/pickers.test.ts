/**
 * Dropdowns for ids that had none (issue 14 §3): messages, calls and emails of the message export, and the
 * records of an association's objects. The appointment, blocked-slot, meeting-location and email-template
 * pickers are tested with the calendars (test/calendars.test.ts).
 */
import { inputFields, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';

setupNock();

const V_CONV = '2021-04-15';
const V = '2021-07-28';
const EXPORT = (extra: Record<string, string> = {}) => ({ locationId: LOCATION_ID, sortBy: 'createdAt', sortOrder: 'desc', limit: '100', ...extra });
const SMS = { id: 'm1', messageType: 'TYPE_SMS', direction: 'inbound', body: 'Great, see you then!', dateAdded: '2026-07-16T10:00:00.000Z', conversationId: 'c1', contactId: 'k1' };
const CALL = { id: 'm2', messageType: 'TYPE_CALL', direction: 'outbound', body: '', dateAdded: '2026-07-15T09:00:00.000Z', conversationId: 'c1', contactId: 'k1' };

describe('message pickers (GET /conversations/messages/export, newest first, one page)', () => {
  test('messages: labelled by channel, direction, day and text', async () => {
    mockGhl({ method: 'GET', path: '/conversations/messages/export', query: EXPORT(), version: V_CONV, reply: { messages: [SMS, CALL], total: 2 } });
    const result = await perform('triggers', 'dropdown_messages', {});
    expect(result.map((m: any) => [m.id, m.label])).toEqual([
      ['m1', 'SMS from the contact · 2026-07-16 · "Great, see you then!"'],
      ['m2', 'Call to the contact · 2026-07-15'],
    ]);
  });

  test("of the step's conversation or contact when it names one", async () => {
    mockGhl({ method: 'GET', path: '/conversations/messages/export', query: EXPORT({ conversationId: 'c1', contactId: 'k1' }), version: V_CONV, reply: { messages: [SMS] } });
    expect((await perform('triggers', 'dropdown_messages', { conversationId: 'c1', contactId: 'k1' })).map((m: any) => m.id)).toEqual(['m1']);
  });

  test('calls: channel Call', async () => {
    mockGhl({ method: 'GET', path: '/conversations/messages/export', query: EXPORT({ channel: 'Call' }), version: V_CONV, reply: { messages: [CALL] } });
    expect((await perform('triggers', 'dropdown_call_messages', {})).map((m: any) => m.id)).toEqual(['m2']);
  });

  test('emails: channel Email, by their email message id (what Get Email by ID reads)', async () => {
    const email = { ...SMS, id: 'm3', messageType: 'TYPE_EMAIL', subject: 'Your quote', meta: { email: { messageIds: ['em1'] } } };
    const noId = { ...SMS, id: 'm4', messageType: 'TYPE_EMAIL', meta: {} };
    mockGhl({ method: 'GET', path: '/conversations/messages/export', query: EXPORT({ channel: 'Email' }), version: V_CONV, reply: { messages: [email, noId] } });
    const result = await perform('triggers', 'dropdown_email_messages', {});
    expect(result.map((m: any) => [m.id, m.label])).toEqual([['em1', 'Email from the contact · 2026-07-16 · "Your quote"']]);
  });

  test('a refused export is its error, not an empty list', async () => {
    mockGhl({ method: 'GET', path: '/conversations/messages/export', query: EXPORT(), version: V_CONV, status: 403, reply: { statusCode: 403, message: 'The token is not authorized for this scope.' } });
    await expect(perform('triggers', 'dropdown_messages', {})).rejects.toThrow(/not authorized for this scope/);
  });

  test('the message inputs use them', async () => {
    const dynamicOf = async (kind: 'triggers' | 'creates', key: string, field: string) => (await inputFields(kind, key)).find((f: any) => f.key === field)?.dynamic;
    expect(await dynamicOf('triggers', 'get_message_by_id', 'id')).toBe('dropdown_messages.id.label');
    expect(await dynamicOf('creates', 'update_message_status', 'messageId')).toBe('dropdown_messages.id.label');
    expect(await dynamicOf('triggers', 'get_message_recording', 'messageId')).toBe('dropdown_call_messages.id.label');
    expect(await dynamicOf('triggers', 'get_message_transcription', 'messageId')).toBe('dropdown_call_messages.id.label');
    expect(await dynamicOf('triggers', 'download_transcription', 'messageId')).toBe('dropdown_call_messages.id.label');
    expect(await dynamicOf('triggers', 'get_email_by_id', 'id')).toBe('dropdown_email_messages.id.label');
  });
});

describe("record pickers: the records of an association's objects", () => {
  const ASSOCIATIONS = {
    associations: [
      { id: 'a1', key: 'plan_patient', firstObjectKey: 'custom_objects.treatment_plan', secondObjectKey: 'contact' },
      { id: 'a2', key: 'contact_business', firstObjectKey: 'contact', secondObjectKey: 'business' },
    ],
  };
  const associations = () =>
    mockGhl({ method: 'GET', path: '/associations/', query: { locationId: LOCATION_ID, skip: '0', limit: '100' }, version: V, reply: ASSOCIATIONS });
  const contacts = () =>
    mockGhl({
      method: 'POST',
      path: '/contacts/search',
      body: { locationId: LOCATION_ID, pageLimit: 100 },
      version: V,
      reply: { contacts: [{ id: 'k1', firstName: 'Rubika', lastName: 'Deo', email: 'rubika@deos.com' }], total: 1 },
    });

  test("the first object's records: a custom object's, labelled by its primary property", async () => {
    associations();
    mockGhl({
      method: 'POST',
      path: '/objects/custom_objects.treatment_plan/records/search',
      body: { locationId: LOCATION_ID, page: 1, pageLimit: 100, query: '', searchAfter: [] },
      version: V,
      reply: { records: [{ id: 'r1', properties: { notes: 'x', plan_name: 'Full-mouth restoration' } }], total: 1 },
    });
    mockGhl({
      method: 'GET',
      path: '/objects/custom_objects.treatment_plan',
      query: { locationId: LOCATION_ID, fetchProperties: 'true' },
      version: V,
      reply: {
        object: { key: 'custom_objects.treatment_plan', primaryDisplayProperty: 'custom_objects.treatment_plan.plan_name', labels: { singular: 'Treatment Plan', plural: 'Treatment Plans' } },
        fields: [{ fieldKey: 'custom_objects.treatment_plan.plan_name', name: 'Plan Name', dataType: 'TEXT' }],
      },
    });
    const result = await perform('triggers', 'dropdown_first_records', { associationId: 'a1' });
    expect(result.map((r: any) => [r.id, r.name])).toEqual([['r1', 'Treatment plan: Full-mouth restoration']]);
  });

  test("the second object's records: contacts", async () => {
    associations();
    contacts();
    const result = await perform('triggers', 'dropdown_second_records', { associationId: 'a1' });
    expect(result.map((r: any) => [r.id, r.name])).toEqual([['k1', 'Contact: Rubika Deo (rubika@deos.com)']]);
  });

  test('either record of the chosen Associations (the first of them); without one, of every association, each object once', async () => {
    associations();
    contacts();
    mockGhl({ method: 'GET', path: '/businesses/', query: { locationId: LOCATION_ID }, version: V, reply: { businesses: [{ id: 'b1', name: 'Deo Dental' }] } });
    const result = await perform('triggers', 'dropdown_association_records', { associationIds: ['a2'] });
    expect(result.map((r: any) => [r.id, r.name])).toEqual([
      ['k1', 'Contact: Rubika Deo (rubika@deos.com)'],
      ['b1', 'Business: Deo Dental'],
    ]);
  });

  test('a failing list is its error', async () => {
    associations();
    mockGhl({ method: 'POST', path: '/contacts/search', body: { locationId: LOCATION_ID, pageLimit: 100 }, version: V, status: 422, reply: { statusCode: 422, message: ['pageLimit must not be greater than 100'] } });
    await expect(perform('triggers', 'dropdown_second_records', { associationId: 'a1' })).rejects.toThrow(/pageLimit must not be greater than 100/);
  });

  test('the record inputs use them', async () => {
    const dynamicOf = async (kind: 'triggers' | 'creates', key: string, field: string) => (await inputFields(kind, key)).find((f: any) => f.key === field)?.dynamic;
    expect(await dynamicOf('creates', 'create_relation', 'firstRecordId')).toBe('dropdown_first_records.id.name');
    expect(await dynamicOf('creates', 'create_relation', 'secondRecordId')).toBe('dropdown_second_records.id.name');
    expect(await dynamicOf('triggers', 'get_relations_by_record', 'recordId')).toBe('dropdown_association_records.id.name');
    expect(await dynamicOf('creates', 'delete_relation', 'recordId')).toBe('dropdown_association_records.id.name');
  });
});

/**
 * What the contact operations share: the contact inputs, the body they become, the contact sample and
 * output fields, and the contact result (custom fields by name).
 */
import { customFieldInputs, customFieldsFromInput, withCustomFieldNames, type CustomFieldDef } from './custom-fields';
import { compact } from './http';
import type { Ctx, Field, Input, InputField, OutputField } from './types';
import { tagsField, userIdField } from './fields';
import { checkEmail, normalizePhone, toBool, toDateOnly, toIsoUtc, toList } from './transforms';

/** The standard contact inputs (create/update/upsert). `gender` and company only where GHL takes them. */
export const contactInputs = (opts: { gender?: boolean; companyName?: boolean } = {}): InputField[] => {
  const fields: Field[] = [
    { key: 'firstName', label: 'First Name' },
    { key: 'lastName', label: 'Last Name' },
    { key: 'name', label: 'Full Name', helpText: 'Use instead of first and last name if you only have a full name.' },
    { key: 'email', label: 'Email', helpText: 'e.g. rosan@deos.com' },
    { key: 'phone', label: 'Phone', helpText: 'With country code, e.g. +1 888-888-8888.' },
  ];
  if (opts.companyName !== false) fields.push({ key: 'companyName', label: 'Company Name' });
  fields.push(
    { key: 'address1', label: 'Street Address' },
    { key: 'city', label: 'City' },
    { key: 'state', label: 'State' },
    { key: 'postalCode', label: 'Postal Code' },
    { key: 'country', label: 'Country', helpText: 'Two-letter country code, e.g. US.' },
    { key: 'website', label: 'Website' },
    { key: 'timezone', label: 'Timezone', helpText: 'IANA name, e.g. America/Chicago.' },
    { key: 'dateOfBirth', label: 'Date of Birth', type: 'datetime', helpText: 'Sent as YYYY-MM-DD.' },
  );
  if (opts.gender) fields.push({ key: 'gender', label: 'Gender', choices: { male: 'Male', female: 'Female' } });
  fields.push(
    tagsField({ helpText: 'Tag names to set on the contact. Replaces the contact\'s tags on update; use Add Tags to Contact to add.' }),
    { key: 'source', label: 'Source', helpText: 'Where the contact came from, e.g. "Zapier" or "Website form".' },
    userIdField('assignedTo', 'Assigned User'),
    { key: 'dnd', label: 'Do Not Disturb', type: 'boolean', helpText: 'Turns off all outbound messages to this contact.' },
  );
  return [...fields, customFieldInputs('contact')];
};

/** Contact inputs → GHL's contact body: email and phone checked, tags split, date of birth as a date. */
export const contactBody = (input: Input, defs?: CustomFieldDef[]): Record<string, unknown> => {
  const tags = toList(input.tags);
  return compact({
    firstName: input.firstName,
    lastName: input.lastName,
    name: input.name,
    email: checkEmail(input.email, 'email'),
    phone: normalizePhone(input.phone, 'phone'),
    companyName: input.companyName,
    address1: input.address1,
    city: input.city,
    state: input.state,
    postalCode: input.postalCode,
    country: input.country,
    website: input.website,
    timezone: input.timezone,
    dateOfBirth: toDateOnly(input.dateOfBirth, 'dateOfBirth', 'Date of Birth'),
    gender: input.gender,
    tags: tags.length ? tags : undefined,
    source: input.source,
    assignedTo: input.assignedTo,
    dnd: toBool(input.dnd, 'dnd', 'Do Not Disturb'),
    customFields: customFieldsFromInput(input, defs),
  });
};

/** A contact record as Zapier sees it: GHL's record plus custom fields by name. */
export const contactResult = (contact: any, ctx: Ctx) => withCustomFieldNames(contact, ctx, 'contact');

export const CONTACT_SAMPLE = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  name: 'Rubika Deo',
  firstName: 'Rubika',
  lastName: 'Deo',
  email: 'rubika@deos.com',
  phone: '+18832327657',
  companyName: 'DGS VolMAX',
  address1: '3535 1st St N',
  city: 'Dolomite',
  state: 'AL',
  postalCode: '35061',
  country: 'US',
  website: 'https://www.tesla.com',
  timezone: 'Asia/Calcutta',
  dnd: false,
  type: 'lead',
  source: 'public api',
  assignedTo: 'y0BeYjuRIlDwsDcOHOJo',
  tags: ['webinar', 'vip'],
  dateOfBirth: '1990-09-25',
  dateAdded: '2026-07-02T05:18:26.704Z',
  dateUpdated: '2026-07-02T05:18:26.704Z',
  businessId: '641c094001436dbc2081e642',
  customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', value: '35061' }],
  customFieldsByName: { Pincode: '35061' },
};

export const CONTACT_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Contact ID' },
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'name', label: 'Full Name' },
  { key: 'firstName', label: 'First Name' },
  { key: 'lastName', label: 'Last Name' },
  { key: 'email', label: 'Email' },
  { key: 'phone', label: 'Phone' },
  { key: 'companyName', label: 'Company Name' },
  { key: 'address1', label: 'Street Address' },
  { key: 'city', label: 'City' },
  { key: 'state', label: 'State' },
  { key: 'postalCode', label: 'Postal Code' },
  { key: 'country', label: 'Country' },
  { key: 'website', label: 'Website' },
  { key: 'timezone', label: 'Timezone' },
  { key: 'dnd', label: 'Do Not Disturb', type: 'boolean' },
  { key: 'type', label: 'Type' },
  { key: 'source', label: 'Source' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'tags', label: 'Tags' },
  { key: 'dateOfBirth', label: 'Date of Birth' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
  { key: 'businessId', label: 'Business ID' },
  { key: 'customFields', label: 'Custom Fields (by ID)' },
  { key: 'customFieldsByName', label: 'Custom Fields (by name)' },
];

export const TASK_SAMPLE = {
  id: 'lJpzYrWdpkC2hX6t2yue',
  title: 'Call back about the quote',
  body: 'Wants pricing for 3 seats',
  assignedTo: 'hxHGVRb1YJUscrCB8eXK',
  dueDate: '2026-07-08T14:30:00.000Z',
  completed: false,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
};

export const TASK_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Task ID' },
  { key: 'title', label: 'Title' },
  { key: 'body', label: 'Description' },
  { key: 'assignedTo', label: 'Assigned User ID' },
  { key: 'dueDate', label: 'Due Date', type: 'datetime' },
  { key: 'completed', label: 'Completed', type: 'boolean' },
  { key: 'contactId', label: 'Contact ID' },
];

export const NOTE_SAMPLE = {
  id: 'HGPcayliwcdoUFzvbTok',
  title: 'Follow-up summary',
  body: 'Called back; wants a quote for the premium plan.',
  userId: 'TUcmRxWrjqzJS8EjkxNK',
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  color: '#FFAA00',
  pinned: false,
  dateAdded: '2026-07-08T12:02:11.285Z',
};

export const NOTE_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Note ID' },
  { key: 'title', label: 'Title' },
  { key: 'body', label: 'Note' },
  { key: 'userId', label: 'User ID' },
  { key: 'contactId', label: 'Contact ID' },
  { key: 'color', label: 'Color' },
  { key: 'pinned', label: 'Pinned', type: 'boolean' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
];

/** Task inputs → GHL's task body (due date as ISO-8601). */
export const taskBody = (input: Input) =>
  compact({
    title: input.title,
    body: input.body,
    dueDate: input.dueDate === undefined ? undefined : toIsoUtc(input.dueDate, 'dueDate', 'Due Date'),
    completed: toBool(input.completed, 'completed', 'Completed'),
    assignedTo: input.assignedTo,
  });

/** Note inputs → GHL's note body. */
export const noteBody = (input: Input) =>
  compact({ body: input.body, title: input.title, userId: input.userId, color: input.color, pinned: toBool(input.pinned, 'pinned', 'Pinned') });

/** The result of tag changes: the contact id and the tags GHL reports. */
export const TAGS_SAMPLE = { id: 'seD4PfOuKoVMLkEZqohJ', tags: ['webinar', 'vip'] };
export const TAGS_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Contact ID' },
  { key: 'tags', label: 'Tags' },
];

export const SUCCESS_OUTPUT_FIELDS = (idLabel: string): OutputField[] => [
  { key: 'id', label: idLabel },
  { key: 'deleted', label: 'Deleted', type: 'boolean' },
  { key: 'succeded', label: 'Succeeded', type: 'boolean' },
];

/** Note inputs (create: the note text is required; update: nothing is). */
export const NOTE_INPUTS = (required: boolean): Field[] => [
  { key: 'body', label: 'Note', type: 'text', required },
  { key: 'title', label: 'Title' },
  userIdField('userId', 'Author', { helpText: 'The user shown as the note\'s author. Choose from the list, or map a User ID.' }),
  { key: 'color', label: 'Color', helpText: 'A hex colour, e.g. #FFAA00.' },
  { key: 'pinned', label: 'Pinned', type: 'boolean' },
];

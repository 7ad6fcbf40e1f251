/**
 * What several contact operations share: the contact fields (with their bindings), the task and note
 * fields, the pickers of a contact's tasks and notes, and the contact, task and note samples and output
 * fields.
 */
import { customFieldInputs } from '../lib/custom-fields';
import { idField, tagsField, userIdField } from '../lib/fields';
import type { Field, InputField, OutputField } from '../lib/types';

export const contactTaskIdField = (): Field =>
  idField('taskId', 'Task', 'dropdown_contact_tasks.id.title', {
    helpText: 'A task of the chosen contact. Choose the contact first, or map a Task ID.',
  });

export const contactNoteIdField = (key = 'id'): Field =>
  idField(key, 'Note', 'dropdown_contact_notes.id.label', {
    helpText: 'A note of the chosen contact. Choose the contact first, or map a Note ID.',
  });

const body = (f: Field): Field => ({ ...f, to: 'body' });

/** The contact fields of create, update and upsert, bound to the body; `gender` and company only where GHL takes them. */
export const contactFields = (opts: { gender?: boolean; companyName?: boolean } = {}): InputField[] => [
  ...[
    { key: 'firstName', label: 'First Name' },
    { key: 'lastName', label: 'Last Name' },
    { key: 'name', label: 'Full Name', helpText: 'Use instead of first and last name if you only have a full name.' },
    { key: 'email', label: 'Email', helpText: 'e.g. rosan@deos.com', as: 'email' },
    { key: 'phone', label: 'Phone', helpText: 'With country code, e.g. +1 888-888-8888.', as: 'phone' },
    ...(opts.companyName === false ? [] : [{ key: 'companyName', label: 'Company Name' }]),
    { key: 'address1', label: 'Street Address' },
    { key: 'city', label: 'City' },
    { key: 'state', label: 'State' },
    { key: 'postalCode', label: 'Postal Code' },
    { key: 'country', label: 'Country', helpText: 'Two-letter country code, e.g. US.' },
    { key: 'website', label: 'Website' },
    { key: 'timezone', label: 'Timezone', helpText: 'IANA name, e.g. America/Chicago.' },
    { key: 'dateOfBirth', label: 'Date of Birth', type: 'datetime', helpText: 'Sent as YYYY-MM-DD.', as: 'dateOnly' },
    ...(opts.gender ? [{ key: 'gender', label: 'Gender', choices: { male: 'Male', female: 'Female' } }] : []),
    tagsField({ helpText: "Tag names to set on the contact. Replaces the contact's tags on update; use Add Tags to Contact to add." }),
    { key: 'source', label: 'Source', helpText: 'Where the contact came from, e.g. "Zapier" or "Website form".' },
    userIdField('assignedTo', 'Assigned User'),
    { key: 'dnd', label: 'Do Not Disturb', type: 'boolean', helpText: 'Turns off all outbound messages to this contact.' },
  ].map((f) => body(f as Field)),
  customFieldInputs('contact'),
];

/** Task fields (create: title and due date required), bound to the body; the due date as ISO-8601. */
export const taskFields = (create: boolean): Field[] =>
  [
    { key: 'title', label: 'Title', required: create },
    { key: 'body', label: 'Description', type: 'text' },
    {
      key: 'dueDate',
      label: 'Due Date',
      type: 'datetime',
      required: create,
      as: 'isoUtc',
      ...(create ? { helpText: 'When the task is due, e.g. "tomorrow 9am" or 2026-07-08T14:30:00Z.' } : {}),
    },
    userIdField('assignedTo', 'Assigned User'),
    { key: 'completed', label: 'Completed', type: 'boolean', ...(create ? { default: 'false' } : {}) },
  ].map((f) => body(f as Field));

/** Note fields (create: the note text is required), bound to the body. */
export const noteFields = (create: boolean): Field[] =>
  [
    { key: 'body', label: 'Note', type: 'text', required: create },
    { key: 'title', label: 'Title' },
    userIdField('userId', 'Author', { helpText: "The user shown as the note's author. Choose from the list, or map a User ID." }),
    { key: 'color', label: 'Color', helpText: 'A hex colour, e.g. #FFAA00.' },
    { key: 'pinned', label: 'Pinned', type: 'boolean' },
  ].map((f) => body(f as Field));

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

/** The result of tag changes: the contact id and the tags GHL reports. */
export const TAGS_SAMPLE = { id: 'seD4PfOuKoVMLkEZqohJ', tags: ['webinar', 'vip'] };
export const TAGS_OUTPUT_FIELDS: OutputField[] = [
  { key: 'id', label: 'Contact ID' },
  { key: 'tags', label: 'Tags' },
];

// ---------------------------------------------------------------------------------------------------
// Event triggers and searches of contacts and tasks (issue 14: New Contact, Updated Contact, Tag Added to
// Contact, New Task, Task Completed, Find Contact by ID). Each poll is one request for the newest page;
// the engine reads more pages only while Zapier populates its dedupe store (lib/operation.ts pollPages).
// (Imports of this block are kept here, with the block, so parallel work on this module merges cleanly.)
import { compact } from '../lib/http';
import { toList } from '../lib/transforms';
import type { Ctx, Input, RequestParts } from '../lib/types';
import { withZonedTimes } from './events';

/** A page of the contact event triggers: the newest 100 contacts by the event's date (POST /contacts/search). */
export const CONTACT_EVENTS_PAGING = { style: 'body' as const, size: 100 };

/**
 * POST /contacts/search for an event trigger: the page asked for, newest first by the event's date
 * (`dateAdded` for new contacts, `dateUpdated` for changes), optionally filtered.
 */
export const contactEventsRequest =
  (sortBy: 'dateAdded' | 'dateUpdated', filters?: (input: Input) => unknown[] | undefined) =>
  (input: Input, ctx: Ctx): RequestParts => ({
    body: compact({
      page: ctx.page + 1,
      pageLimit: ctx.pageSize,
      filters: filters?.(input),
      sort: [{ field: sortBy, direction: 'desc' }],
    }),
  });

/** A contact as an event: its times with a zone, and its own id as `contactId` (the event's `id` is set apart). */
export const contactEvent = (contact: any): Record<string, any> => ({
  ...withZonedTimes(contact, ['dateAdded', 'dateUpdated']),
  contactId: contact.id,
});

/** A tag as GoHighLevel keeps it: trimmed and lower-cased (it lower-cases the tags it stores). */
export const tagName = (tag: unknown): string => String(tag ?? '').trim().toLowerCase();

/** The contact event triggers' sample: a contact GoHighLevel's search returns (the event id set by each trigger). */
export const CONTACT_EVENT_SAMPLE = { ...CONTACT_SAMPLE, contactId: CONTACT_SAMPLE.id };

/** The contact fields, `id` labelled as the event's and the contact's own id beside it. */
export const contactEventOutputFields = (eventLabel: string, extra: OutputField[] = []): OutputField[] => [
  { key: 'id', label: eventLabel },
  { key: 'contactId', label: 'Contact ID' },
  ...CONTACT_OUTPUT_FIELDS.filter((f) => f.key !== 'id'),
  ...extra,
];

/** A page of the task event triggers (POST /locations/{locationId}/tasks/search pages with limit/skip). */
export const TASK_EVENTS_PAGING = { style: 'body' as const, size: 100 };

/**
 * POST /locations/{locationId}/tasks/search: the page asked for (limit/skip), every contact's tasks, and
 * the filters (completed, an assignee). The spec has no sort: GoHighLevel's own order is kept and the
 * engine orders the page newest first by the event's date.
 */
export const taskSearchRequest =
  (completed?: boolean) =>
  (input: Input, ctx: Ctx): RequestParts => ({
    body: compact({
      completed,
      assignedTo: toList(input.assignedTo).length ? toList(input.assignedTo) : undefined,
      limit: ctx.pageSize,
      skip: ctx.page * ctx.pageSize,
    }),
  });

/** A task of the tasks search as an event: its id as `taskId` (GHL answers `_id` there), times with a zone. */
export const taskEvent = (task: any): Record<string, any> => {
  const { _id, ...rest } = task || {};
  return { ...withZonedTimes(rest, ['dueDate', 'dateAdded', 'dateUpdated', 'completedAt']), taskId: _id ?? task?.id };
};

/** The assignee filter of the task triggers (an optional user dropdown; sent as a list of one). */
export const TASK_ASSIGNEE_FILTER: Field = userIdField('assignedTo', 'Assigned User', {
  helpText: 'Only tasks assigned to this user. Leave empty for every task of the sub-account.',
});

/** A task as the tasks search returns it (any contact's), with the event's id and the task's own. */
export const TASK_EVENT_SAMPLE = {
  id: 'lJpzYrWdpkC2hX6t2yue',
  taskId: 'lJpzYrWdpkC2hX6t2yue',
  title: 'Call back about the quote',
  body: 'Wants pricing for 3 seats',
  assignedTo: 'hxHGVRb1YJUscrCB8eXK',
  dueDate: '2026-07-08T14:30:00.000Z',
  completed: false,
  contactId: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  dateAdded: '2026-07-06T09:12:44.000Z',
  dateUpdated: '2026-07-06T09:12:44.000Z',
  contactDetails: { id: 'seD4PfOuKoVMLkEZqohJ', firstName: 'Rubika', lastName: 'Deo', email: 'rubika@deos.com', phone: '+18832327657' },
};

export const taskEventOutputFields = (eventLabel: string): OutputField[] => [
  { key: 'id', label: eventLabel },
  { key: 'taskId', label: 'Task ID' },
  ...TASK_OUTPUT_FIELDS.filter((f) => f.key !== 'id'),
  { key: 'locationId', label: 'Sub-Account ID' },
  { key: 'dateAdded', label: 'Date Added', type: 'datetime' },
  { key: 'dateUpdated', label: 'Date Updated', type: 'datetime' },
  { key: 'contactDetails', label: 'Contact' },
  { key: 'contactDetails__firstName', label: 'Contact First Name' },
  { key: 'contactDetails__lastName', label: 'Contact Last Name' },
  { key: 'contactDetails__email', label: 'Contact Email' },
  { key: 'contactDetails__phone', label: 'Contact Phone' },
];

/**
 * Errata: where GoHighLevel's OpenAPI spec is wrong or silent, and what the contract check uses instead.
 *
 * Each entry names one endpoint (method + the spec's path template), the operation(s) it concerns, what it
 * changes, and why. An erratum changes the check for that endpoint only; no check is ever loosened
 * globally. Keep this list short: add an entry only with evidence (docs/ghl-api.md, the catalog's notes,
 * GHL's behaviour), never to make a failing operation pass. See docs/CONTRACT.md.
 */
import type { HttpMethod } from './types';
import type { Json } from './spec';
// Commerce (issues 14 and 15): the invoice, product and payment errata.
import { COMMERCE_ERRATA } from './errata-commerce';

export type { Erratum, ErratumChange } from './erratum';
import type { Erratum, ErratumChange } from './erratum';

/** What GHL accepts on POST /contacts/search (docs/ghl-api.md "Known spec gaps"). */
const CONTACT_SEARCH_BODY: Json = {
  type: 'object',
  additionalProperties: false,
  required: ['locationId'],
  properties: {
    locationId: { type: 'string', minLength: 1 },
    page: { type: 'integer', minimum: 1 },
    pageLimit: { type: 'integer', minimum: 1, maximum: 500 },
    searchAfter: { type: 'array' },
    query: { type: 'string' },
    filters: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          group: { type: 'string', enum: ['AND', 'OR'] },
          filters: { type: 'array' },
          field: { type: 'string' },
          operator: { type: 'string' },
          value: {},
        },
      },
    },
    sort: {
      type: 'array',
      items: {
        type: 'object',
        required: ['field', 'direction'],
        properties: { field: { type: 'string' }, direction: { type: 'string', enum: ['asc', 'desc'] } },
      },
    },
  },
};

/** A contact as GHL returns it (for the endpoints whose spec has no response schema). */
const CONTACT: Json = {
  id: 'seD4PfOuKoVMLkEZqohJ',
  locationId: 've9EPM428h8vShlRW1KT',
  firstName: 'Rubika',
  lastName: 'Deo',
  email: 'rubika@deos.com',
  phone: '+18832327657',
  tags: ['webinar'],
  dateAdded: '2026-07-02T05:18:26.704Z',
  dateUpdated: '2026-07-02T05:18:26.704Z',
  customFields: [{ id: 'MgobCB14YMVKuE4Ka8p1', value: '35061' }],
};

/** Custom field values as GHL takes them: `{id, field_value}` or `{key, field_value}` (docs/ghl-api.md). */
const CUSTOM_FIELD_VALUES: Json = {
  type: 'array',
  items: {
    type: 'object',
    anyOf: [{ required: ['id'] }, { required: ['key'] }],
    properties: {
      id: { type: 'string', minLength: 1 },
      key: { type: 'string', minLength: 1 },
      field_value: { type: ['string', 'number', 'boolean', 'array', 'object'] },
    },
  },
};

/** The contact writes (create, update, upsert) share the spec's contact body DTO and its two mistakes. */
const CONTACT_WRITES: Array<{ method: HttpMethod; path: string; operations: string[] }> = [
  { method: 'POST', path: '/contacts/', operations: ['Create Contact'] },
  { method: 'PUT', path: '/contacts/{contactId}', operations: ['Update Contact'] },
  { method: 'POST', path: '/contacts/upsert', operations: ['Upsert Contact'] },
];

/** Shapes of GHL's answers for the `responseSchema` errata (what the sandbox checks its own answers against). */
const MESSAGE: Json = {
  type: 'object',
  required: ['id', 'type', 'messageType', 'locationId', 'contactId', 'conversationId', 'dateAdded', 'direction'],
  properties: { id: { type: 'string' }, type: { type: 'number' }, messageType: { type: 'string' }, dateAdded: { type: 'string' }, direction: { enum: ['inbound', 'outbound'] } },
};
const SENTENCE: Json = {
  type: 'object',
  required: ['mediaChannel', 'sentenceIndex', 'startTime', 'endTime', 'transcript', 'confidence'],
  properties: { mediaChannel: { type: 'number' }, sentenceIndex: { type: 'number' }, startTime: { type: 'number' }, endTime: { type: 'number' }, transcript: { type: 'string' }, confidence: { type: 'number' } },
};
const STAGE: Json = { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' }, position: { type: 'number' } } };
const ASSOCIATION: Json = {
  type: 'object',
  required: ['id', 'locationId', 'key', 'firstObjectKey', 'firstObjectLabel', 'secondObjectKey', 'secondObjectLabel', 'associationType'],
  properties: { id: { type: 'string' }, key: { type: 'string' }, firstObjectKey: { type: 'string' }, secondObjectKey: { type: 'string' } },
};
const RELATION: Json = {
  type: 'object',
  required: ['id', 'locationId', 'associationId', 'firstRecordId', 'secondRecordId'],
  properties: { id: { type: 'string' }, associationId: { type: 'string' }, firstRecordId: { type: 'string' }, secondRecordId: { type: 'string' } },
};

const OPPORTUNITY: Json = {
  type: 'object',
  required: ['id', 'name', 'pipelineId', 'pipelineStageId', 'status', 'contactId', 'locationId'],
  properties: {
    id: { type: 'string' },
    name: { type: 'string' },
    monetaryValue: { type: 'number' },
    status: { enum: ['open', 'won', 'lost', 'abandoned'] },
    followers: { type: 'array', items: { type: 'string' } },
    customFields: { type: 'array', items: { type: 'object', required: ['id'] } },
    contact: { type: 'object', properties: { id: { type: 'string' }, name: { type: 'string' } } },
  },
};
const OPPORTUNITY_REASON =
  'The spec types an opportunity\'s followers (and notes, tasks, calendarEvents) as lists of lists; followers are user ids ' +
  '(POST /opportunities/{id}/followers answers them as strings).';

/** GHL's spec types many scalar properties as "object" (its examples are strings or numbers). */
const STRING: Json = { type: 'string', minLength: 1 };

// Messaging, forms and media (issues 14 and 15: Send Message, Add Inbound Message, Upload File to Media Library).
/** A media library object as GHL answers it (GET /medias/files). */
const MEDIA_OBJECT: Json = {
  type: 'object',
  required: ['_id', 'altId', 'altType', 'name', 'type'],
  properties: {
    _id: { type: 'string' },
    altId: { type: 'string' },
    altType: { enum: ['location'] },
    name: { type: 'string' },
    type: { enum: ['file', 'folder'] },
    parentId: { type: 'string' },
    url: { type: 'string' },
    path: { type: 'string' },
  },
};
/** A form or survey submission's answer (GET /forms/submissions, GET /surveys/submissions). */
const submissionsAnswer = (parentKey: string): Json => ({
  type: 'object',
  required: ['submissions', 'meta'],
  properties: {
    submissions: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', parentKey, 'createdAt'],
        properties: { id: { type: 'string' }, contactId: { type: 'string' }, createdAt: { type: 'string' }, [parentKey]: { type: 'string' }, name: { type: 'string' }, email: { type: 'string' }, others: { type: 'object' } },
      },
    },
    meta: { type: 'object', required: ['total', 'currentPage'], properties: { total: { type: 'number' }, currentPage: { type: 'number' }, nextPage: { type: ['number', 'null'] }, prevPage: { type: ['number', 'null'] } } },
  },
});
const MESSAGING_ERRATA: Erratum[] = [
  {
    method: 'GET',
    path: '/conversations/messages/export',
    operations: ['Message List', 'Call List', 'Email List'],
    change: {
      kind: 'response',
      body: {
        messages: [
          { id: 've9EPM428h8vShlRW1KT', type: 1, messageType: 'TYPE_SMS', locationId: 've9EPM428h8vShlRW1KT', contactId: 've9EPM428h8vShlRW1KT', conversationId: 've9EPM428h8vShlRW1KT', dateAdded: '2024-03-27T18:13:49.000Z', body: 'Hi there', direction: 'inbound', contentType: 'text/plain' },
          { id: 'wf0FQN539i9wTimSX2LU', type: 7, messageType: 'TYPE_CALL', locationId: 've9EPM428h8vShlRW1KT', contactId: 've9EPM428h8vShlRW1KT', conversationId: 've9EPM428h8vShlRW1KT', dateAdded: '2024-03-27T17:02:10.000Z', direction: 'outbound', contentType: 'text/plain', meta: { callDuration: '120', callStatus: 'completed' } },
          { id: 'xg1GRO640j0xUjnTY3MV', type: 3, messageType: 'TYPE_EMAIL', locationId: 've9EPM428h8vShlRW1KT', contactId: 've9EPM428h8vShlRW1KT', conversationId: 've9EPM428h8vShlRW1KT', dateAdded: '2024-03-26T09:30:00.000Z', direction: 'outbound', contentType: 'text/html', meta: { email: { messageIds: ['ve9EPM428kjkvShlRW1KT', 've9EPs1028kjkvShlRW1KT'] } } },
        ],
        total: 3,
      },
    },
    reason:
      "MessageMeta's example nests its email inside another \"email\" key ({email: {email: {messageIds}}}) where its description " +
      "says meta.email.messageIds; the mock answers a call, a text and an email the way the description and GetMessageResponseDto's fields say.",
  },
  {
    method: 'GET',
    path: '/conversations/messages/export',
    operations: ['Send Message (its Reply To Email dropdown)'],
    change: {
      kind: 'responseSchema',
      schema: { type: 'object', required: ['messages', 'total'], properties: { messages: { type: 'array', items: MESSAGE }, nextCursor: { type: 'string' }, total: { type: 'number' } } },
    },
    reason:
      'The message status enum of GetMessageResponseDto lacks the statuses of calls ("completed", "answered", "voicemail"…: ' +
      'the spec\'s own CallDataDTO status enum), which the export lists with the other messages.',
  },
  ...(['/forms/submissions', '/surveys/submissions'] as const).map(
    (path): Erratum => ({
      method: 'GET',
      path,
      operations: [path.startsWith('/forms') ? 'New Form Submission' : 'New Survey Submission'],
      change: { kind: 'responseSchema', schema: submissionsAnswer(path.startsWith('/forms') ? 'formId' : 'surveyId') },
      reason:
        'The spec\'s answer schema does not compile: EventDataSchema.contactSessionIds is "nullable" without a "type" ' +
        '(OpenAPI 3.0 needs both); this is the same shape, checkable.',
    }),
  ),
  {
    method: 'POST',
    path: '/conversations/messages',
    operations: ['Send Message'],
    change: { kind: 'bodyNotRequired', properties: ['subType', 'status'] },
    reason:
      'The spec marks subType and status required. GHL\'s earlier published spec of the same DTO (SendMessageBodyDto) ' +
      'requires only type and contactId; status is the state GHL gives the message it sends (the response\'s status, ' +
      'same enum), and subType is typed "object" with the example "Email", a copy of type.',
  },
  {
    method: 'POST',
    path: '/conversations/messages/upload',
    operations: ['Send Message', 'Add Inbound Message'],
    change: { kind: 'bodyNotRequired', properties: ['attachmentUrls'] },
    reason:
      'The endpoint\'s description says the files are sent as "fileAttachment" parts (multipart); attachmentUrls, which ' +
      'the DTO requires, is the other way in (files by URL), not needed with the files themselves.',
  },
  {
    method: 'POST',
    path: '/conversations/messages/upload',
    operations: ['Send Message', 'Add Inbound Message'],
    change: {
      kind: 'bodyProperties',
      properties: {
        fileAttachment: { oneOf: [{ type: 'string', format: 'binary' }, { type: 'array', minItems: 1, items: { type: 'string', format: 'binary' } }] },
      },
    },
    reason: 'The endpoint\'s description names the files\' key, "fileAttachment", which UploadFilesDto does not declare.',
  },
  {
    method: 'POST',
    path: '/conversations/messages/upload',
    operations: ['Send Message', 'Add Inbound Message'],
    change: {
      kind: 'response',
      body: { uploadedFiles: { 'price-list.pdf': 'https://storage.googleapis.com/msgsndr/ve9EPM428h8vShlRW1KT/media/price-list.pdf' } },
    },
    reason:
      'The spec types uploadedFiles as an object without properties (its example is empty); the description says "The API ' +
      'will return an object with the URLs": each uploaded file\'s name with its URL.',
  },
  {
    method: 'GET',
    path: '/medias/files',
    operations: ['Upload File to Media Library (its folder dropdown)'],
    change: {
      kind: 'response',
      body: {
        files: [
          { _id: '64af50c42d567a3b4f5989e0', altId: 've9EPM428h8vShlRW1KT', altType: 'location', name: 'Brochures', type: 'folder', parentId: '' },
        ],
      },
    },
    reason:
      'The spec types "files" as a list of strings, with one object as its example (altId, altType, name, parentId, url, ' +
      'path): GHL answers media objects with their _id.',
  },
  {
    method: 'GET',
    path: '/medias/files',
    operations: ['Upload File to Media Library (its folder dropdown)'],
    change: { kind: 'responseSchema', schema: { type: 'object', required: ['files'], properties: { files: { type: 'array', items: MEDIA_OBJECT } } } },
    reason: 'See the response erratum above: the files and folders are objects, not strings.',
  },
];
/** A custom object record as GHL answers it: its properties are an object of values by property key. */
const OBJECT_RECORD: Json = {
  type: 'object',
  properties: {
    id: { type: 'string' },
    owner: { type: 'array', items: { type: 'string' } },
    followers: { type: 'array', items: { type: 'string' } },
    properties: { type: 'object' },
  },
};
const OBJECT_RECORD_REASON =
  'The spec types a record\'s properties as a string; its own example (customer_number: 1424, money: {currency, value}, ' +
  'section_of_app: [...]) and the create and update bodies make it an object of values by property key.';
/** What GHL takes when writing a record: its properties by key, the owner (one user) and followers (up to ten). */
const OBJECT_RECORD_BODY: Json = {
  type: 'object',
  additionalProperties: false,
  properties: {
    properties: { type: 'object' },
    owner: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 1 },
    followers: { type: 'array', items: { type: 'string', minLength: 1 }, maxItems: 10 },
  },
};
const OBJECT_RECORD_BODY_REASON =
  'The spec\'s record body DTO is empty. A record is written as the spec\'s own record (IRecordSchema) holds it: ' +
  'properties by key, owner ("Limited to 1") and followers ("Limited to 10").';

export const ERRATA: Erratum[] = [
  ...CONTACT_WRITES.map(
    ({ method, path, operations }): Erratum => ({
      method,
      path,
      operations,
      change: {
        kind: 'bodyProperties',
        properties: { dateOfBirth: { type: 'string', nullable: true }, customFields: CUSTOM_FIELD_VALUES },
      },
      reason:
        'The spec types dateOfBirth as "object" (its example is "1990-09-25"; it is a date string: docs/ghl-api.md ' +
        '"Formats"). It requires "id" on every custom field value though its items declare "key" as the alternative ' +
        '(GHL takes {id, field_value} or {key, field_value}: docs/ghl-api.md), and types numeric values "object".',
    }),
  ),
  {
    method: 'GET',
    path: '/associations/',
    operations: ['Find Associations', 'Association List', 'First Record List', 'Second Record List', 'Associated Record List'],
    change: {
      kind: 'response',
      body: {
        associations: [
          {
            id: 've9EPM428h8vShlRW1KT',
            locationId: 've9EPM428h8vShlRW1KT',
            key: 'student_teacher',
            firstObjectLabel: 'student',
            firstObjectKey: 'custom_objects.children',
            secondObjectLabel: 'Teacher',
            secondObjectKey: 'contact',
            associationType: 'USER_DEFINED',
          },
        ],
        total: 1,
      },
    },
    reason:
      'The spec types the object keys and labels as "object" (its generated example answers {}); its examples ("student", ' +
      '"custom_objects.children", "Teacher", "contact") are strings, and the list answers {associations, total} (sandbox/resources/associations.ts).',
  },
  {
    method: 'POST',
    path: '/associations/',
    operations: ['Create Association'],
    change: {
      kind: 'bodyProperties',
      properties: { firstObjectLabel: STRING, firstObjectKey: STRING, secondObjectLabel: STRING, secondObjectKey: STRING },
    },
    reason:
      'The spec types the object keys and labels as "object"; its examples ("student", "custom_objects.children", ' +
      '"Teacher", "contact") and descriptions are strings.',
  },
  {
    method: 'PUT',
    path: '/associations/{associationId}',
    operations: ['Update Association'],
    change: { kind: 'bodyProperties', properties: { firstObjectLabel: STRING, secondObjectLabel: STRING } },
    reason: 'The spec types the labels as "object"; its examples are strings ("student", "tutor").',
  },
  {
    method: 'POST',
    path: '/opportunities/upsert',
    operations: ['Upsert Opportunity'],
    change: { kind: 'bodyProperties', properties: { monetaryValue: { type: 'number' } } },
    reason: 'The spec types monetaryValue as "object" here (example 220); POST /opportunities/ types it number.',
  },
  {
    method: 'POST',
    path: '/opportunities/upsert',
    operations: ['Upsert Opportunity'],
    change: { kind: 'bodyNotRequired', properties: ['followers', 'isRemoveAllFollowers', 'followersActionType'] },
    reason:
      'The spec marks the follower fields required on every upsert; they only matter when changing followers ' +
      '(catalog notes: "probably over-strict"; the create endpoint does not require them).',
  },
  {
    method: 'POST',
    path: '/opportunities/upsert',
    operations: ['Upsert Opportunity'],
    change: {
      kind: 'response',
      body: {
        opportunity: {
          id: 'yWQobCRIhRguQtD2llvk',
          name: 'Website redesign',
          pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
          pipelineStageId: '7915dedc-8f18-44d5-8bc3-77c04e994a10',
          status: 'open',
          contactId: 'byMEV0NQinDhq8ZfiOi2',
          locationId: 've9EPM428h8vShlRW1KT',
        },
        new: true,
      },
    },
    reason: 'The spec types `opportunity` as an object with no properties; GHL answers the upserted opportunity record.',
  },
  {
    method: 'POST',
    path: '/contacts/search',
    operations: ['Search Contacts'],
    change: { kind: 'bodySchema', schema: CONTACT_SEARCH_BODY },
    reason:
      'The spec body schema SearchBodyV2DTO is empty; GHL accepts locationId, page, pageLimit (≤ 500), searchAfter, ' +
      'query, filters and sort (docs/ghl-api.md "Known spec gaps", catalog notes).',
  },
  {
    method: 'GET',
    path: '/opportunities/pipelines',
    operations: ['List Pipelines'],
    change: {
      kind: 'response',
      body: {
        pipelines: [
          {
            id: 'aWdODOBVOlH1RUFKWQke',
            name: 'Sales pipeline',
            stages: [
              { id: '7915dedc-8f18-44d5-8bc3-77c04e994a10', name: 'New lead', position: 0, showInFunnel: true, showInPieChart: true },
              { id: '3c4b1f0e-2a6d-4c1e-9f1a-0b2c3d4e5f60', name: 'Won', position: 1, showInFunnel: true, showInPieChart: true },
            ],
            showInFunnel: true,
            showInPieChart: true,
            locationId: 've9EPM428h8vShlRW1KT',
          },
        ],
      },
    },
    reason:
      'The spec types "stages" as a list of untyped lists, with no example; GHL returns stage objects {id, name, ' +
      'position, …} (opportunities point at them with pipelineStageId).',
  },
  {
    method: 'POST',
    path: '/opportunities/upsert',
    operations: ['Upsert Opportunity'],
    change: {
      kind: 'response',
      body: {
        opportunity: {
          id: 'yWQobCRIhRguQtD2llvk',
          name: 'Website redesign',
          pipelineId: 'VDm7RPYC2GLUvdpKmBfC',
          pipelineStageId: '7915dedc-8f18-44d5-8bc3-77c04e994a10',
          status: 'open',
          contactId: 'byMEV0NQinDhq8ZfiOi2',
          locationId: 've9EPM428h8vShlRW1KT',
        },
        new: true,
      },
    },
    reason: 'The spec types `opportunity` as an object with no properties; GHL answers the upserted opportunity record.',
  },
  {
    method: 'POST',
    path: '/contacts/search',
    operations: ['Search Contacts'],
    change: { kind: 'response', body: { contacts: [CONTACT], total: 1 } },
    reason: 'The spec gives no 200 schema; GHL answers {contacts, total} (docs/ghl-api.md).',
  },
  {
    method: 'GET',
    path: '/contacts/search/duplicate',
    operations: ['Get Duplicate Contact', 'Find Contact'],
    change: { kind: 'response', body: { contact: CONTACT } },
    reason: 'The spec gives no 200 schema; GHL answers {contact} (a contact or null; catalog notes).',
  },
  {
    method: 'GET',
    path: '/conversations/messages/{messageId}/locations/{locationId}/recording',
    operations: ['Get Message Recording'],
    change: { kind: 'response', body: 'UklGRiQAAABXQVZFZm10IBAAAAABAAEAQB8AAIA+AAACABAAZGF0YQAAAAA=', contentType: 'audio/x-wav' },
    reason: 'The spec gives no response content; GHL answers the recording as a binary audio file (catalog notes).',
  },
  {
    method: 'GET',
    path: '/conversations/locations/{locationId}/messages/{messageId}/transcription/download',
    operations: ['Download Transcription'],
    change: { kind: 'response', body: 'U3BlYWtlciAxOiBIZWxsbywgdGhpcyBpcyBhIHRlc3Qu', contentType: 'text/plain' },
    reason: 'The spec gives no response content; GHL answers the transcription as a text file (catalog notes).',
  },
  {
    method: 'POST',
    path: '/contacts/bulk/business',
    operations: ['Bulk Business Update'],
    change: { kind: 'bodyProperties', properties: { businessId: { type: 'string', nullable: true } } },
    reason: 'The spec types businessId as a required string; a null businessId removes the contacts from their business (catalog notes).',
  },
  // The success answers of the local sandbox (docs/SANDBOX.md): where GHL answers another shape than the spec's.
  {
    method: 'GET',
    path: '/conversations/{conversationId}/messages',
    operations: ['Get Messages by Conversation'],
    change: {
      kind: 'responseSchema',
      schema: {
        type: 'object',
        required: ['messages'],
        properties: {
          messages: {
            type: 'object',
            required: ['lastMessageId', 'nextPage', 'messages'],
            properties: { lastMessageId: { type: 'string' }, nextPage: { type: 'boolean' }, messages: { type: 'array', items: MESSAGE } },
          },
          traceId: { type: 'string' },
        },
      },
    },
    reason:
      'The spec documents {lastMessageId, nextPage, messages} at the top level; GHL nests them under "messages" ' +
      '({messages: {lastMessageId, nextPage, messages: [...]}}: issue 13, lib/conversations.ts messagesOf).',
  },
  {
    method: 'GET',
    path: '/conversations/locations/{locationId}/messages/{messageId}/transcription',
    operations: ['Get Message Transcription'],
    change: { kind: 'responseSchema', schema: { type: 'array', items: SENTENCE } },
    reason:
      'The spec documents one sentence object (with its own sentenceIndex and mediaChannel); GHL answers the list of a ' +
      "call's sentences.",
  },
  {
    method: 'GET',
    path: '/opportunities/pipelines',
    operations: ['List Pipelines'],
    change: {
      kind: 'responseSchema',
      schema: {
        type: 'object',
        required: ['pipelines'],
        properties: {
          pipelines: {
            type: 'array',
            items: { type: 'object', required: ['id', 'name', 'stages'], properties: { id: { type: 'string' }, name: { type: 'string' }, stages: { type: 'array', items: STAGE } } },
          },
        },
      },
    },
    reason: 'The spec types "stages" as a list of untyped lists; GHL answers stage objects {id, name, position, …} (see the response erratum above).',
  },
  ...(['GET /associations/', 'GET /associations/objectKey/{objectKey}'] as const).map(
    (endpoint): Erratum => ({
      method: 'GET',
      path: endpoint.split(' ')[1],
      operations: endpoint.includes('objectKey') ? ['Get Association by Keys'] : ['Find Associations'],
      change: {
        kind: 'responseSchema',
        schema: { type: 'object', required: ['associations'], properties: { associations: { type: 'array', items: ASSOCIATION }, total: { type: 'number' } } },
      },
      reason:
        'The spec documents a single association where a list comes back (docs/ghl-api.md "Known spec gaps"; the ' +
        'catalog notes that the list key is undocumented): the sandbox answers {associations, total}.',
    }),
  ),
  {
    method: 'GET',
    path: '/associations/relations/{recordId}',
    operations: ['Get Relations by Record'],
    change: {
      kind: 'responseSchema',
      schema: { type: 'object', required: ['relations'], properties: { relations: { type: 'array', items: RELATION }, total: { type: 'number' } } },
    },
    reason:
      'The spec documents an association where a list of relations comes back (docs/ghl-api.md "Known spec gaps"; the ' +
      'catalog notes that the list key is undocumented): the sandbox answers {relations, total}.',
  },
  ...(['POST /opportunities/', 'GET /opportunities/{id}', 'PUT /opportunities/{id}'] as const).map(
    (endpoint): Erratum => ({
      method: endpoint.split(' ')[0] as HttpMethod,
      path: endpoint.split(' ')[1],
      operations: [endpoint.startsWith('POST') ? 'Create Opportunity' : endpoint.startsWith('GET') ? 'Get Opportunity' : 'Update Opportunity'],
      change: { kind: 'responseSchema', schema: { type: 'object', required: ['opportunity'], properties: { opportunity: OPPORTUNITY } } },
      reason: OPPORTUNITY_REASON,
    }),
  ),
  {
    method: 'GET',
    path: '/opportunities/search',
    operations: ['Search Opportunities', 'Find Opportunity'],
    change: {
      kind: 'responseSchema',
      schema: {
        type: 'object',
        required: ['opportunities', 'meta'],
        properties: {
          opportunities: { type: 'array', items: OPPORTUNITY },
          meta: { type: 'object', required: ['total'], properties: { total: { type: 'number' }, currentPage: { type: 'number' }, startAfterId: { type: 'string' }, startAfter: { type: 'number' } } },
        },
      },
    },
    reason: OPPORTUNITY_REASON,
  },
  {
    method: 'GET',
    path: '/blogs/categories',
    operations: ['Get Blog Categories'],
    change: {
      kind: 'responseSchema',
      schema: {
        type: 'object',
        required: ['categories'],
        properties: {
          categories: {
            type: 'array',
            items: { type: 'object', required: ['_id', 'label', 'locationId', 'urlSlug'], properties: { _id: { type: 'string' }, label: { type: 'string' }, urlSlug: { type: 'string' } } },
          },
        },
      },
    },
    reason: 'CategoryResponseDTO requires "name", a property it does not declare; a category\'s name is its "label" (the DTO\'s own property and example).',
  },
  {
    method: 'GET',
    path: '/emails/builder',
    operations: ['Email Template List'],
    change: {
      kind: 'responseSchema',
      schema: {
        type: 'object',
        required: ['builders'],
        properties: {
          builders: {
            type: 'array',
            items: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string' }, name: { type: 'string' }, templateType: { type: 'string' }, dateAdded: { type: 'string' } } },
          },
          total: {},
        },
      },
    },
    reason:
      'FetchBuilderSuccesfulResponseDto documents one template; the endpoint lists them, under "builders" (GHL\'s answer as public clients of "Fetch email templates" read it).',
  },
  {
    method: 'GET',
    path: '/emails/builder',
    operations: ['Email Template List'],
    change: {
      kind: 'response',
      body: {
        builders: [{ id: '67334b231f2fad724062f52b5', name: 'New Template', templateType: 'builder', dateAdded: '2024-11-12T12:34:36.070Z' }],
        total: [{ total: 1 }],
      },
    },
    reason: 'The mock answers the list GHL answers (see the responseSchema erratum above), the spec\'s own example inside it.',
  },
  ...(['POST /associations/relations', 'DELETE /associations/relations/{relationId}'] as const).map(
    (endpoint): Erratum => ({
      method: endpoint.split(' ')[0] as HttpMethod,
      path: endpoint.split(' ')[1],
      operations: endpoint.startsWith('POST') ? ['Create Relation'] : ['Delete Relation'],
      change: { kind: 'responseSchema', schema: RELATION },
      reason: 'The spec documents an association here; the answer is the relation (its create body\'s properties and an id).',
    }),
  ),
  // issue 14 (event triggers): the sub-account's task search (New Task, Task Completed).
  ...((): Erratum[] => {
    const task: Json = {
      type: 'object',
      required: ['_id', 'title', 'completed', 'contactId'],
      properties: {
        _id: { type: 'string' },
        title: { type: 'string' },
        body: { type: 'string' },
        assignedTo: { type: 'string' },
        dueDate: { type: 'string' },
        completed: { type: 'boolean' },
        contactId: { type: 'string' },
        dateAdded: { type: 'string' },
        dateUpdated: { type: 'string' },
      },
    };
    const reason =
      'The spec types "tasks" as a list of untyped lists; the search answers task records (the contact task endpoints\' ' +
      'TaskSchema, with the id as "_id", the location, dates and the contact\'s details).';
    return [
      {
        method: 'POST',
        path: '/locations/{locationId}/tasks/search',
        operations: ['New Task', 'Task Completed'],
        change: {
          kind: 'response',
          body: {
            tasks: [
              {
                _id: 'lJpzYrWdpkC2hX6t2yue',
                title: 'Call back about the quote',
                body: 'Wants pricing for 3 seats',
                assignedTo: 'hxHGVRb1YJUscrCB8eXK',
                dueDate: '2026-07-08T14:30:00.000Z',
                completed: true,
                contactId: 'seD4PfOuKoVMLkEZqohJ',
                locationId: 've9EPM428h8vShlRW1KT',
                dateAdded: '2026-07-06T09:12:44.000Z',
                dateUpdated: '2026-07-07T16:40:02.000Z',
              },
            ],
          },
        },
        reason,
      },
      {
        method: 'POST',
        path: '/locations/{locationId}/tasks/search',
        operations: ['New Task', 'Task Completed'],
        change: { kind: 'responseSchema', schema: { type: 'object', required: ['tasks'], properties: { tasks: { type: 'array', items: task } } } },
        reason,
      },
    ];
  })(),
  // Commerce (issues 14 and 15): contract/errata-commerce.ts
  ...COMMERCE_ERRATA,
  ...MESSAGING_ERRATA,
  // Custom object records (issues 14 and 15: New / Find / Create / Update Custom Object Record).
  {
    method: 'POST',
    path: '/objects/{schemaKey}/records',
    operations: ['Create Custom Object Record'],
    change: { kind: 'bodySchema', schema: { ...OBJECT_RECORD_BODY, required: ['locationId', 'properties'], properties: { locationId: STRING, ...OBJECT_RECORD_BODY.properties } } },
    reason: OBJECT_RECORD_BODY_REASON + ' The sub-account goes in the body (the endpoint has no locationId parameter; the search body carries it the same way).',
  },
  {
    method: 'PUT',
    path: '/objects/{schemaKey}/records/{id}',
    operations: ['Update Custom Object Record'],
    change: { kind: 'bodySchema', schema: OBJECT_RECORD_BODY },
    reason: OBJECT_RECORD_BODY_REASON + ' The sub-account is the required locationId query parameter.',
  },
  ...(['POST /objects/{schemaKey}/records', 'GET /objects/{schemaKey}/records/{id}', 'PUT /objects/{schemaKey}/records/{id}'] as const).map(
    (endpoint): Erratum => ({
      method: endpoint.split(' ')[0] as HttpMethod,
      path: endpoint.split(' ')[1],
      operations: endpoint.startsWith('POST') ? ['Create Custom Object Record'] : endpoint.startsWith('PUT') ? ['Update Custom Object Record'] : [],
      change: {
        kind: 'responseSchema',
        schema: {
          type: 'object',
          required: ['record'],
          properties: { record: { ...OBJECT_RECORD, required: ['id', 'owner', 'followers', 'properties', 'dateAdded', 'dateUpdated'] } },
        },
      },
      reason: OBJECT_RECORD_REASON,
    }),
  ),
  {
    method: 'POST',
    path: '/objects/{schemaKey}/records/search',
    operations: ['New Custom Object Record', 'Find Custom Object Record'],
    change: {
      kind: 'responseSchema',
      schema: {
        type: 'object',
        required: ['total'],
        properties: {
          total: { type: 'number' },
          records: {
            type: 'array',
            items: {
              ...OBJECT_RECORD,
              required: ['id', 'owner', 'followers', 'properties', 'createdAt', 'updatedAt', 'locationId', 'objectId', 'objectKey', 'searchAfter'],
              properties: { ...OBJECT_RECORD.properties, searchAfter: { type: 'array', items: { type: ['number', 'string'] } } },
            },
          },
        },
      },
    },
    reason:
      OBJECT_RECORD_REASON +
      ' Its searchAfter cursor is typed a list of numbers, but its own example is [1738683828372, "67a235b49b289431bcf657f8"] (a time and an id).',
  },
];

/** The errata for one endpoint, optionally of one kind. */
export const errataFor = <K extends ErratumChange['kind']>(
  errata: Erratum[],
  method: string,
  template: string,
  kind: K,
): Array<Erratum & { change: Extract<ErratumChange, { kind: K }> }> =>
  errata.filter(
    (e) => e.method === method.toUpperCase() && e.path === template && e.change.kind === kind,
  ) as Array<Erratum & { change: Extract<ErratumChange, { kind: K }> }>;

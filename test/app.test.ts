/**
 * App-wide checks over every registered operation, so a new operation cannot skip them: catalog labels and
 * kinds, descriptions, samples and output fields, dropdown references, keys and files, id inputs.
 */
import fs from 'fs';
import path from 'path';
import App from '../index';
import { DECLARATIONS } from '../index';

const catalog: Array<{ name: string; kind: 'trigger' | 'action'; method: string; path: string; scopes: string[] }> = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../shared/catalog/operations.json'), 'utf8'),
);

type Kind = 'triggers' | 'creates' | 'searches';
const KIND_OF = { trigger: 'triggers', create: 'creates', search: 'searches' } as const;
const KINDS: Kind[] = ['triggers', 'creates', 'searches'];
const all = KINDS.flatMap((kind) => Object.values((App as any)[kind] as Record<string, any>).map((op) => ({ kind, op })));
const visible = all.filter(({ op }) => !op.display.hidden);

/** Extra visible operations beyond the catalog, each with its reason. */
const EXTRAS: Record<string, string> = {
  'Find Opportunity': 'issue 5: a search paired with Create Opportunity as search-or-create (issue 14: not with an upsert, as Zapier advises)',
  // issue 14: beyond.json's CRM event triggers and searches (their endpoints and scopes: npm run contract's beyond check)
  ...Object.fromEntries(
    [
      'New Contact', 'Updated Contact', 'Tag Added to Contact', 'New Opportunity', 'Opportunity Stage Changed', 'Opportunity Status Changed',
      'New Appointment', 'Appointment Status Changed', 'New Task', 'Task Completed',
    ].map((label) => [label, 'issue 14: an event trigger of beyond.json']),
  ),
  ...Object.fromEntries(
    ['Find Contact by ID', 'Find Opportunity by ID', 'Find Appointment', 'Find Free Slots', 'Find User', 'Find Business'].map((label) => [
      label,
      'issue 14: a search of beyond.json',
    ]),
  ),
  // Commerce (issues 14 and 15: beyond.json's invoice, order, transaction and product operations)
  'New Invoice': 'issue 14: an event trigger of beyond.json',
  'Invoice Paid': 'issue 14: an event trigger of beyond.json',
  'New Order': 'issue 14: an event trigger of beyond.json',
  'New Transaction': 'issue 14: an event trigger of beyond.json',
  'Find Invoice': 'issue 14: a search of beyond.json',
  'Create Invoice': 'issue 15: an action of beyond.json',
  'Send Invoice': 'issue 15: an action of beyond.json',
  'Record Invoice Payment': 'issue 15: an action of beyond.json',
  'Void Invoice': 'issue 15: an action of beyond.json',
  'Create Product': 'issue 15: an action of beyond.json',
  // Messaging, forms and media (beyond.json; issues 14 and 15).
  'New Inbound Message': 'issue 14: beyond.json event',
  'New Form Submission': 'issue 14: beyond.json event',
  'New Survey Submission': 'issue 14: beyond.json event',
  'Find Conversation': 'issue 14: beyond.json search',
  'Send Message': 'issue 15: beyond.json action',
  'Add Inbound Message': 'issue 15: beyond.json action',
  'Upload File to Media Library': 'issue 15: beyond.json action',
  // Custom objects, custom values and the API request step (beyond.json; issues 14 and 15).
  'New Custom Object Record': 'beyond.json events (issue 14)',
  'Find Custom Object Record': 'beyond.json finds (issue 14), paired with Create Custom Object Record',
  'Create Custom Object Record': 'beyond.json actions (issue 15)',
  'Update Custom Object Record': 'beyond.json actions (issue 15)',
  'Delete Custom Object Record': 'beyond.json actions (issue 15)',
  'Create Custom Value': 'beyond.json actions (issue 15)',
  'Update Custom Value': 'beyond.json actions (issue 15)',
  'API Request (Beta)': 'beyond.json actions (issue 15)',
  // Instant (REST-hook) triggers at the app's webhook relay (issue 17), each with its polling twin.
  ...Object.fromEntries(
    [
      'New Contact', 'Updated Contact', 'Tag Added to Contact', 'New Opportunity', 'Opportunity Stage Changed', 'Opportunity Status Changed',
      'New Appointment', 'Appointment Updated', 'New Task', 'Task Completed', 'New Inbound Message', 'New Order', 'New Invoice',
      'Invoice Paid', 'New Custom Object Record', 'New GoHighLevel Event',
    ].map((label) => [`${label} (Instant)`, 'issue 17: an instant trigger (the webhook relay)']),
  ),
};

test('every catalog entry is exactly one visible operation with its label, kind and endpoint', () => {
  for (const entry of catalog) {
    const matches = visible.filter(({ op }) => op.display.label === entry.name);
    expect({ name: entry.name, count: matches.length }).toEqual({ name: entry.name, count: 1 });
    const { kind, op } = matches[0];
    expect({ name: entry.name, kind: entry.kind === 'trigger' ? kind === 'triggers' : kind !== 'triggers' }).toEqual({ name: entry.name, kind: true });
    const decl = DECLARATIONS.find((d) => d.key === op.key && KIND_OF[d.kind] === kind)!;
    expect({ name: entry.name, method: decl.endpoint?.method, path: decl.endpoint?.path }).toEqual({ name: entry.name, method: entry.method, path: entry.path });
    expect({ name: entry.name, scopes: entry.scopes.filter((s) => !decl.scopes.includes(s)) }).toEqual({ name: entry.name, scopes: [] });
  }
  const extras = visible.filter(({ op }) => !catalog.some((c) => c.name === op.display.label)).map(({ op }) => op.display.label);
  expect(extras.sort()).toEqual(Object.keys(EXTRAS).sort());
});

test('visible operations have a Zapier-style description, a sample and output fields covering it', () => {
  for (const { kind, op } of visible) {
    const d = op.display.description as string;
    const style = kind === 'triggers' ? /^Triggers /.test(d) : /^[A-Z][a-z]+s\b/.test(d);
    expect({ key: op.key, description: d, style }).toEqual({ key: op.key, description: d, style: true });
    expect({ key: op.key, sample: typeof op.operation.sample }).toEqual({ key: op.key, sample: 'object' });
    const covered = new Set((op.operation.outputFields || []).map((f: any) => f.key));
    const missing = Object.keys(op.operation.sample).filter((k) => !covered.has(k));
    expect({ key: op.key, missing }).toEqual({ key: op.key, missing: [] });
    for (const f of op.operation.outputFields) expect({ key: op.key, field: f.key, label: !!f.label }).toEqual({ key: op.key, field: f.key, label: true });
  }
});

test('keys are snake_case, unique per kind, and each lives in its own file named after it', () => {
  for (const { kind, op } of all) {
    expect(op.key).toMatch(/^[a-z][a-z0-9_]*$/);
    expect({ key: op.key, file: fs.existsSync(path.resolve(__dirname, '..', kind, `${op.key}.ts`)) }).toEqual({ key: op.key, file: true });
  }
  for (const kind of KINDS) {
    const keys = all.filter((x) => x.kind === kind).map((x) => x.op.key);
    expect(new Set(keys).size).toBe(keys.length);
  }
});

test('labels of visible operations are unique', () => {
  const labels = visible.map(({ op }) => op.display.label);
  expect(labels.length).toBe(new Set(labels).size);
});

/** Id inputs without a dropdown, each with its reason (no list endpoint usable without more input). */
const PLAIN_ID_INPUTS: Record<string, string> = {
  additionalEmailIds: 'email addresses, not GHL ids',
  emailMessageId: "the custom conversation provider's own message id",
  visitorId: 'a live-chat visitor id, known only from the chat widget',
  social_googlePlacesId: "a Google Places id, not GHL's",
  // Messaging (issue 15).
  conversationProviderId: "a custom conversation provider is configured in the Marketplace app's settings; no list endpoint",
  altId: "the message's id in the system it came from, not GHL's",
};

test('every other input that takes a GHL id is a dynamic dropdown', () => {
  const offenders: string[] = [];
  for (const { op } of visible) {
    for (const f of op.operation.inputFields) {
      if (typeof f === 'function') continue;
      const idLike = /(Id|Ids)$/.test(f.key) || ['followers', 'contacts', 'assignedTo', 'assignedUserId'].includes(f.key);
      if (idLike && !f.dynamic && !(f.key in PLAIN_ID_INPUTS)) offenders.push(`${op.key}.${f.key}`);
    }
  }
  expect(offenders).toEqual([]);
});

test('every dynamic reference names a hidden trigger', () => {
  const hidden = new Set(all.filter(({ kind, op }) => kind === 'triggers' && op.display.hidden).map(({ op }) => op.key));
  for (const { op } of all) {
    for (const f of op.operation.inputFields) {
      if (typeof f === 'function' || !f.dynamic) continue;
      const [trigger, valueKey, labelKey] = String(f.dynamic).split('.');
      expect({ op: op.key, field: f.key, trigger, ok: hidden.has(trigger) && !!valueKey && !!labelKey }).toEqual({ op: op.key, field: f.key, trigger, ok: true });
    }
  }
});

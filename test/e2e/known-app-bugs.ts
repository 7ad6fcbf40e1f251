/**
 * KNOWN_APP_BUGS: what the end-to-end suite found the app doing wrong. The app's files are being rewritten
 * elsewhere (issue 11), so these are not fixed here. Each case asserts the CURRENT wrong behaviour, so it
 * FAILS THE DAY THE BUG IS FIXED: then delete it here and put the correct expectation (`should`) in its
 * domain's case table. Never skip one instead. `test/e2e/known-app-bugs.test.ts` runs them.
 */
import type { Case } from './harness';
import { SEED } from './harness';

export interface KnownBug extends Case {
  /** What the app should do (the case to write once it does). */
  should: string;
  /** Where the bug is tracked. */
  issue: string;
}

export const KNOWN_APP_BUGS: KnownBug[] = [
  {
    subject: 'creates.create_contact_note',
    does: 'KNOWN APP BUG: a GoHighLevel merge field in a note is erased before it reaches GoHighLevel',
    connections: ['sub-account'],
    input: { contactId: SEED.contacts.john, body: 'Hi {{contact.first_name}}, call back' },
    expect: (out, t) => {
      expect(t.state.table('notes').get(out.id)!.body).toBe('Hi , call back'); // today: core's request cleaner ate "{{contact.first_name}}"
    },
    should: 'the note body reaches GoHighLevel as "Hi {{contact.first_name}}, call back"',
    issue: 'issue 11 section 4',
  },
  {
    subject: 'creates.create_business',
    does: 'KNOWN APP BUG: an empty 200 answer is taken for a created business ({})',
    connections: ['sub-account'],
    before: async ({ sandbox }) => {
      await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'empty', match: 'POST /businesses/' }) });
    },
    input: { name: 'Acme Widgets' },
    expect: (out) => expect(out).toEqual({}), // today: success with nothing
    should: 'fail with an error naming Create Business and what was missing (status 200, no business)',
    issue: 'issue 11 section 3',
  },
  {
    subject: 'searches.find_contact',
    does: 'KNOWN APP BUG: an empty 200 answer becomes "nothing found" (a search-or-create would create a duplicate)',
    connections: ['sub-account'],
    before: async ({ sandbox }) => {
      await fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind: 'empty', match: 'GET /contacts/search/duplicate' }) });
    },
    input: { email: 'rubika@deos.com' },
    expect: (out) => expect(out).toEqual([]), // today: "not found" although Rubika exists
    should: 'fail with an error naming Find Contact: GoHighLevel answered without the contact (never "nothing found")',
    issue: 'issue 11 section 3',
  },
  {
    subject: 'creates.delete_contact_task',
    does: 'KNOWN APP BUG: a task id of ".." escapes its path segment (the request goes to DELETE /contacts/{contactId}/)',
    connections: ['sub-account'],
    input: { contactId: SEED.contacts.rubika, taskId: '..' },
    allowStatuses: [404],
    fails: (_err, t) => {
      // today: sent to the contact itself (GHL would delete the contact); the sandbox has no such route
      expect(t.requests.map((r) => `${r.method} ${r.path}`)).toEqual([`DELETE /contacts/${SEED.contacts.rubika}/`]);
    },
    should: 'refuse before any request: "The Task field is not a valid GoHighLevel id: \"..\"."',
    issue: 'issue 11 section 1',
  },
  {
    subject: 'creates.create_opportunity',
    does: 'KNOWN APP BUG: an Opportunity Value of "1,50" is sent as 150',
    connections: ['sub-account'],
    input: { pipelineId: SEED.pipelineId, name: 'Comma value', status: 'open', contactId: SEED.contacts.maria, monetaryValue: '1,50' },
    expect: (out, t) => {
      expect(t.state.table('opportunities').get(out.id)!.monetaryValue).toBe(150); // today
    },
    should: 'fail naming the Opportunity Value field and showing "1,50" (numbers take a "." decimal point)',
    issue: 'issue 11 section 5',
  },
  {
    subject: 'creates.create_contact_task',
    does: 'KNOWN APP BUG: a due date of 2024-02-30 is sent as 2024-03-01',
    connections: ['sub-account'],
    input: { contactId: SEED.contacts.john, title: 'Impossible date', dueDate: '2024-02-30' },
    expect: (out, t) => {
      expect(t.state.table('tasks').get(out.id)!.dueDate).toBe('2024-03-01T00:00:00.000Z'); // today: rolled over
    },
    should: 'fail naming the Due Date field and showing "2024-02-30"',
    issue: 'issue 11 section 5',
  },
];

/**
 * Issue 11's safety fixes, end to end against the sandbox: each case asserts what the app must do (the end
 * to end suite found the app doing the opposite before the fixes). `test/e2e/regressions.test.ts` runs them.
 */
import type { Case } from './harness';
import { SEED } from './harness';

const fault = (sandbox: { url: string }, kind: string, match: string) =>
  fetch(`${sandbox.url}/__sandbox/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ kind, match }) });

const messageOf = (err: Error): string => {
  try {
    return JSON.parse(err.message).message;
  } catch {
    return err.message;
  }
};

export const REGRESSIONS: Case[] = [
  {
    subject: 'creates.create_contact_note',
    does: 'a GoHighLevel merge field in a note reaches GoHighLevel untouched (issue 11 §4)',
    connections: ['sub-account'],
    input: { contactId: SEED.contacts.john, body: 'Hi {{contact.first_name}}, call back' },
    expect: (out, t) => {
      expect(t.state.table('notes').get(out.id)!.body).toBe('Hi {{contact.first_name}}, call back');
    },
  },
  {
    subject: 'creates.create_business',
    does: 'an empty 200 answer is an error naming the step and what was missing, never a created business (issue 11 §3)',
    connections: ['sub-account'],
    before: ({ sandbox }) => fault(sandbox, 'empty', 'POST /businesses/').then(() => undefined),
    input: { name: 'Acme Widgets' },
    fails: (err) => expect(messageOf(err)).toMatch(/^Create Business: GoHighLevel answered 20\d without .*\(got an empty body\)/),
  },
  {
    subject: 'searches.find_contact',
    does: 'an empty 200 answer is an error, never "nothing found" (which would create a duplicate) (issue 11 §3)',
    connections: ['sub-account'],
    before: ({ sandbox }) => fault(sandbox, 'empty', 'GET /contacts/search/duplicate').then(() => undefined),
    input: { email: 'rubika@deos.com' },
    fails: (err) => expect(messageOf(err)).toMatch(/^Find Contact: GoHighLevel answered 200 without/),
  },
  {
    subject: 'creates.delete_contact_task',
    does: 'a task id of ".." is refused before any request (it would have deleted the contact) (issue 11 §1)',
    connections: ['sub-account'],
    input: { contactId: SEED.contacts.rubika, taskId: '..' },
    fails: (err, t) => {
      expect(messageOf(err)).toBe('The Task field is not a valid GoHighLevel id: "..".');
      expect(t.requests).toEqual([]);
    },
  },
  {
    subject: 'creates.create_opportunity',
    does: 'an Opportunity Value of "1,50" is refused, naming the field and the value (issue 11 §5)',
    connections: ['sub-account'],
    input: { pipelineId: SEED.pipelineId, name: 'Comma value', status: 'open', contactId: SEED.contacts.maria, monetaryValue: '1,50' },
    fails: (err, t) => {
      expect(messageOf(err)).toMatch(/^The Opportunity Value field must be a number, got "1,50"/);
      expect(t.requests).toEqual([]);
    },
  },
  {
    subject: 'creates.create_contact_task',
    does: 'a due date of 2024-02-30 is refused, naming the field, never rolled over to March (issue 11 §5)',
    connections: ['sub-account'],
    input: { contactId: SEED.contacts.john, title: 'Impossible date', dueDate: '2024-02-30' },
    fails: (err, t) => {
      expect(messageOf(err)).toMatch(/^The Due Date field is not a date GoHighLevel understands: "2024-02-30"/);
      expect(t.requests).toEqual([]);
    },
  },
];

/**
 * End to end: messaging, forms, surveys and media (test/e2e/cases/messaging.ts), sub-account and agency
 * connections; and each event trigger polled twice across a change, firing once per event and not again
 * (Zapier's dedupe: an item fires when its id was not seen before).
 */
import { describeCases, e2eFor, freshSandbox, perform, SEED } from './harness';
import { MESSAGING_CASES } from './cases/messaging';
import { MESSAGING_SEED } from '../../sandbox/seed-ids';
import { forgetInboundMessages } from '../../domains/conversations';
import type { Sandbox } from '../../sandbox/server';

describeCases('messaging, forms and media end to end (app tester → sandbox)', MESSAGING_CASES);

/** Zapier's dedupe: polls in a row, each answering the ids not seen in any poll before. */
const dedupe = () => {
  const seen = new Set<string>();
  return (items: Array<{ id: string }>): string[] => {
    const fresh = items.map((i) => i.id).filter((id) => !seen.has(id));
    for (const id of fresh) seen.add(id);
    return fresh;
  };
};

/** An API call to the sandbox with the sub-account's token (what GHL's own inbox or a form would do). */
const api = async (sandbox: Sandbox, method: string, path: string, body: unknown): Promise<any> => {
  const res = await fetch(`${sandbox.url}${path}`, {
    method,
    headers: { authorization: `Bearer ${sandbox.state.authData('sub-account').access_token}`, version: '2021-04-15', 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify(body),
  });
  expect(res.status).toBeLessThan(300);
  return res.json();
};

const suite = e2eFor('oauth') ? describe : describe.skip;
suite('event triggers polled twice across a change fire once per event', () => {
  jest.setTimeout(30_000);
  let sandbox: Sandbox;
  beforeEach(async () => {
    forgetInboundMessages();
    sandbox = await freshSandbox();
  });
  afterEach(async () => {
    await sandbox.close();
    delete process.env.GHL_BASE_URL;
  });

  test('New Inbound Message: two messages in one conversation fire twice, once each; an outbound reply and a quiet poll fire nothing', async () => {
    const poll = () => perform('triggers.new_inbound_message', sandbox, 'sub-account', {});
    const fresh = dedupe();
    expect(fresh(await perform('triggers.new_inbound_message', sandbox, 'sub-account', {}, { isPopulatingDedupe: true }))).toEqual([SEED.messages.smsIn]);

    const inbound = (message: string) =>
      api(sandbox, 'POST', '/conversations/messages/inbound', {
        type: 'SMS',
        conversationId: SEED.conversationId,
        contactId: SEED.contacts.rubika,
        conversationProviderId: 'cI08i1Bls3iTB9bKgF01',
        message,
      });
    const first = await inbound('Can I bring my daughter too?');
    expect(fresh(await poll())).toEqual([first.messageId]);

    // Two messages before the next poll, then the front desk answers: both inbound messages fire, the reply does not.
    const second = await inbound('She is 9.');
    const third = await inbound('And is parking free?');
    await api(sandbox, 'POST', '/conversations/messages', { type: 'SMS', contactId: SEED.contacts.rubika, message: 'Of course! Parking is free.' });
    expect(new Set(fresh(await poll()))).toEqual(new Set([second.messageId, third.messageId]));

    // Nothing new: nothing fires, and the conversation's messages are not read again (one request).
    const before = sandbox.state.requests.length;
    expect(fresh(await poll())).toEqual([]);
    expect(sandbox.state.requests.slice(before).map((r) => r.path.split('?')[0])).toEqual(['/conversations/search']);
  });

  test('New Form Submission: a new submission fires once; the next poll fires nothing', async () => {
    const poll = (meta = {}) => perform('triggers.new_form_submission', sandbox, 'sub-account', {}, meta);
    const fresh = dedupe();
    expect(fresh(await poll({ isPopulatingDedupe: true }))).toEqual([MESSAGING_SEED.formSubmissions.john, MESSAGING_SEED.formSubmissions.rubika]);
    sandbox.state.table('formSubmissions').put({
      id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
      locationId: SEED.locationId,
      contactId: SEED.contacts.maria,
      formId: SEED.formId,
      name: 'Maria Lopez',
      email: 'maria.lopez@example.com',
      createdAt: new Date().toISOString(),
      others: { full_name: 'Maria Lopez', email: 'maria.lopez@example.com', preferred_time: 'Evenings' },
    });
    const second = await poll();
    expect(fresh(second)).toEqual(['9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d']);
    expect(second[0].answers).toEqual({ 'Full Name': 'Maria Lopez', Email: 'maria.lopez@example.com', 'Preferred Time': 'Evenings' });
    expect(fresh(await poll())).toEqual([]);
  });

  test('New Survey Submission: a new submission fires once; the next poll fires nothing', async () => {
    const poll = (meta = {}) => perform('triggers.new_survey_submission', sandbox, 'sub-account', {}, meta);
    const fresh = dedupe();
    expect(fresh(await poll({ isPopulatingDedupe: true }))).toEqual([MESSAGING_SEED.surveySubmissionId]);
    sandbox.state.table('surveySubmissions').put({
      id: '0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e',
      locationId: SEED.locationId,
      contactId: SEED.contacts.john,
      surveyId: MESSAGING_SEED.surveyId,
      name: 'John Deo',
      email: 'john@deo.com',
      createdAt: new Date().toISOString(),
      others: { email: 'john@deo.com', how_likely_are_you_to_recommend_us: '10' },
    });
    expect(fresh(await poll())).toEqual(['0b1c2d3e-4f5a-4b6c-9d7e-8f9a0b1c2d3e']);
    expect(fresh(await poll())).toEqual([]);
  });
});

/** End-to-end cases: workflows, campaigns and contact followers. */
import { SEED, type Case } from '../harness';

const { rubika, john } = SEED.contacts;
const enrolled = (t: any, kind: string, contactId: string, targetId: string): boolean =>
  t.state.table('enrollments').where((e: any) => e.kind === kind && e.contactId === contactId && e.targetId === targetId).length > 0;

export const WORKFLOW_CASES: Case[] = [
  {
    subject: 'triggers.list_workflows',
    does: 'lists the workflows',
    expect: (out) => expect(out.map((w: any) => w.name)).toEqual(['New lead nurture', 'No-show follow-up']),
  },
  {
    subject: 'triggers.list_campaigns',
    does: 'lists the published campaigns',
    input: { status: 'published' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.campaignId, name: 'Spring check-up reminders' })]),
  },
  {
    subject: 'creates.add_contact_to_workflow',
    does: 'enrols the contact in the workflow',
    input: { contactId: john, workflowId: SEED.workflowId },
    expect: (out, t) => {
      expect(out).toEqual({ contactId: john, workflowId: SEED.workflowId, succeded: true });
      expect(enrolled(t, 'workflow', john, SEED.workflowId)).toBe(true);
    },
  },
  {
    subject: 'creates.remove_from_workflow',
    does: 'takes the contact out of the workflow',
    input: { contactId: rubika, workflowId: SEED.workflowId },
    expect: (out, t) => {
      expect(out).toMatchObject({ contactId: rubika, workflowId: SEED.workflowId, succeded: true });
      expect(enrolled(t, 'workflow', rubika, SEED.workflowId)).toBe(false);
    },
  },
  {
    subject: 'creates.add_contact_to_campaign',
    does: 'adds the contact to the campaign',
    input: { contactId: john, campaignId: SEED.campaignId },
    expect: (out, t) => {
      expect(out).toMatchObject({ succeded: true });
      expect(enrolled(t, 'campaign', john, SEED.campaignId)).toBe(true);
    },
  },
  {
    subject: 'creates.remove_from_campaign',
    does: 'removes the contact from the campaign',
    input: { contactId: rubika, campaignId: SEED.campaignId },
    expect: (out, t) => {
      expect(out).toMatchObject({ succeded: true });
      expect(enrolled(t, 'campaign', rubika, SEED.campaignId)).toBe(false);
    },
  },
  {
    subject: 'creates.remove_from_all_campaigns',
    does: 'removes the contact from every campaign',
    input: { contactId: rubika },
    expect: (out, t) => {
      expect(out).toMatchObject({ succeded: true });
      expect(t.state.table('enrollments').where((e: any) => e.kind === 'campaign' && e.contactId === rubika)).toEqual([]);
      expect(enrolled(t, 'workflow', rubika, SEED.workflowId)).toBe(true);
    },
  },
  {
    subject: 'creates.add_contact_followers',
    does: 'adds a follower to the contact',
    input: { contactId: rubika, followers: [SEED.users.admin] },
    expect: (out, t) => {
      expect(out).toMatchObject({ contactId: rubika, followers: [SEED.users.frontDesk, SEED.users.admin], followersAdded: [SEED.users.admin] });
      expect(t.state.table('contacts').get(rubika)!.followers).toEqual([SEED.users.frontDesk, SEED.users.admin]);
    },
  },
  {
    subject: 'creates.remove_contact_followers',
    does: 'removes the follower from the contact',
    input: { contactId: rubika, followers: [SEED.users.frontDesk] },
    expect: (out, t) => {
      expect(out).toMatchObject({ contactId: rubika, followers: [], followersRemoved: [SEED.users.frontDesk] });
      expect(t.state.table('contacts').get(rubika)!.followers).toEqual([]);
    },
  },
];

/** End-to-end cases: pipelines and opportunities. */
import { ids, SEED, type Case } from '../harness';

const OPP = SEED.opportunityId;
const PIPE = SEED.pipelineId;

export const OPPORTUNITY_CASES: Case[] = [
  {
    subject: 'creates.create_opportunity',
    does: 'creates the deal for the contact, in the pipeline\'s first stage when none is given',
    input: { pipelineId: PIPE, name: 'Premium plan — Maria', status: 'open', contactId: SEED.contacts.maria, monetaryValue: '1200', cf__Pq1wE2rT3yU4iO5pA6sD: 'Ads' },
    expect: (out, t) => {
      expect(out).toMatchObject({ name: 'Premium plan — Maria', monetaryValue: 1200, contactId: SEED.contacts.maria, status: 'open', pipelineStageId: SEED.stages.newLead });
      expect(out.contact).toMatchObject({ id: SEED.contacts.maria, name: 'Maria Lopez' });
      expect(out.customFieldsByName).toMatchObject({ 'Deal Source': 'Ads' });
      expect(t.state.table('opportunities').get(out.id)).toMatchObject({ locationId: SEED.locationId, monetaryValue: 1200 });
    },
  },
  {
    subject: 'creates.update_opportunity',
    does: 'moves the deal to another stage and changes its value',
    input: { opportunityId: OPP, pipelineStageId: SEED.stages.proposal, monetaryValue: '750' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: OPP, pipelineStageId: SEED.stages.proposal, monetaryValue: 750, name: 'Corporate plan — Tesla Inc' });
      expect(t.state.table('opportunities').get(OPP)).toMatchObject({ pipelineStageId: SEED.stages.proposal, monetaryValue: 750 });
    },
  },
  {
    subject: 'creates.update_opportunity_status',
    does: 'marks the deal lost with a reason',
    input: { opportunityId: OPP, status: 'lost', lostReasonId: SEED.lostReasonId },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: OPP, status: 'lost' });
      expect(t.state.table('opportunities').get(OPP)).toMatchObject({ status: 'lost', lostReasonId: SEED.lostReasonId });
    },
  },
  {
    subject: 'creates.delete_opportunity',
    does: 'deletes the deal',
    input: { opportunityId: OPP },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: OPP, deleted: true });
      expect(t.state.table('opportunities').has(OPP)).toBe(false);
    },
  },
  {
    subject: 'creates.upsert_opportunity',
    does: 'updates the contact\'s deal in that pipeline instead of creating another',
    input: { pipelineId: PIPE, contactId: SEED.contacts.john, monetaryValue: '900' },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: OPP, monetaryValue: 900 });
      expect(t.state.table('opportunities').size).toBe(1);
    },
  },
  {
    subject: 'creates.upsert_opportunity',
    does: 'creates a deal for a contact without one',
    input: { pipelineId: PIPE, contactId: SEED.contacts.maria, name: 'Aligners — Maria', status: 'open' },
    expect: (out, t) => {
      expect(out).toMatchObject({ name: 'Aligners — Maria', contactId: SEED.contacts.maria });
      expect(out.id).not.toBe(OPP);
      expect(t.state.table('opportunities').size).toBe(2);
    },
  },
  {
    subject: 'creates.add_followers',
    does: 'adds a follower and keeps the others',
    input: { opportunityId: OPP, followers: [SEED.users.admin] },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: OPP, followers: [SEED.users.frontDesk, SEED.users.admin], followersAdded: [SEED.users.admin] });
      expect(t.state.table('opportunities').get(OPP)!.followers).toEqual([SEED.users.frontDesk, SEED.users.admin]);
    },
  },
  {
    subject: 'creates.remove_followers',
    does: 'removes the follower',
    input: { opportunityId: OPP, followers: [SEED.users.frontDesk] },
    expect: (out, t) => {
      expect(out).toMatchObject({ id: OPP, followers: [], followersRemoved: [SEED.users.frontDesk] });
      expect(t.state.table('opportunities').get(OPP)!.followers).toEqual([]);
    },
  },
  {
    subject: 'triggers.search_opportunities',
    does: 'lists the open deals of the pipeline, newest first',
    before: ({ sandbox }) => {
      sandbox.state.table('opportunities').put({ ...sandbox.state.table('opportunities').get(OPP)!, id: 'oldWonDeal0000000001', status: 'won', createdAt: '2025-01-01T00:00:00.000Z' });
    },
    input: { pipelineId: PIPE, status: 'open' },
    expect: (out) => expect(ids(out)).toEqual([OPP]),
  },
  {
    subject: 'triggers.get_opportunity',
    does: 'returns the deal with its contact and custom fields by name',
    input: { opportunityId: OPP },
    expect: (out) => {
      expect(out).toHaveLength(1);
      expect(out[0]).toMatchObject({ id: OPP, name: 'Corporate plan — Tesla Inc', contact: { name: 'John Deo' }, customFieldsByName: { 'Deal Source': 'Referral' } });
    },
  },
  {
    subject: 'triggers.list_pipelines',
    does: 'lists the pipelines with their stages',
    expect: (out) => {
      expect(out).toEqual([expect.objectContaining({ id: PIPE, name: 'Sales' })]);
      expect(out[0].stages.map((s: any) => s.name)).toEqual(['New lead', 'Proposal sent', 'Closed']);
    },
  },
  {
    subject: 'searches.find_opportunity',
    does: 'finds the deal by its contact\'s company name',
    input: { q: 'tesla' },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: OPP, contactId: SEED.contacts.john })]),
  },
  {
    subject: 'searches.find_opportunity',
    does: 'finds nothing for text no deal has',
    input: { q: 'no such deal' },
    expect: (out) => expect(out).toEqual([]),
  },
];

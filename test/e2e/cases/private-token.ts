/**
 * End-to-end cases of the private-token app's connections (a sub-account's and an agency's Private
 * Integration token) where they differ from the OAuth app's: what each kind of token cannot run is
 * refused before any request; what an agency's token can run, it runs. Every other case of every domain
 * runs with the private tokens too (harness.ts `connectionsOf`).
 */
import { AGENCY_ONLY_PRIVATE_TOKEN_MESSAGE, SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE } from '../../../lib/connection';
import { ids, SEED, type Case } from '../harness';

const { admin, frontDesk, hygienist } = SEED.users;

/** The step failed before asking GoHighLevel anything, with this message. */
const refusedBeforeAnyRequest = (message: string): Case['fails'] => (err, t) => {
  expect(JSON.parse(err.message)).toMatchObject({ message, code: 'INVALID_INPUT' });
  expect(t.requests).toEqual([]);
};

export const PRIVATE_TOKEN_CASES: Case[] = [
  {
    subject: 'triggers.list_locations',
    does: "a sub-account's token is told the step needs an agency token, before any request",
    connections: ['private-token'],
    fails: refusedBeforeAnyRequest(AGENCY_ONLY_PRIVATE_TOKEN_MESSAGE),
  },
  {
    subject: 'triggers.list_locations',
    does: "an agency's token lists the agency's sub-accounts (its company read from the connection's sub-account)",
    connections: ['agency-private-token'],
    expect: (out, t) => {
      expect(out.map((l: any) => l.name).sort()).toEqual(['Acme Dental', 'Bright Smiles Orthodontics', 'Harbor Physio']);
      expect(t.requests.map((r) => `${r.method} ${r.path.split('?')[0]}`)).toEqual([`GET /locations/${SEED.locationId}`, 'GET /locations/search']);
    },
  },
  {
    subject: 'creates.create_contact',
    does: "an agency's token is told it cannot open a sub-account, before any request",
    connections: ['agency-private-token'],
    input: { email: 'jane@example.com', locationId: SEED.locationId },
    fails: refusedBeforeAnyRequest(SUB_ACCOUNT_ONLY_PRIVATE_TOKEN_MESSAGE),
  },
  {
    subject: 'triggers.search_users',
    does: "an agency's token lists the users of every sub-account of the agency, newest first",
    connections: ['agency-private-token'],
    expect: (out) => expect(ids(out)).toEqual([hygienist, frontDesk, admin]),
  },
  {
    subject: 'searches.find_location_by_id',
    does: "an agency's token finds the sub-account asked for",
    connections: ['agency-private-token'],
    input: { locationId: SEED.secondLocationId },
    expect: (out) => expect(out).toEqual([expect.objectContaining({ id: SEED.secondLocationId, name: 'Bright Smiles Orthodontics' })]),
  },
];

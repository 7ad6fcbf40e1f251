/**
 * Nothing the app logs carries a token: core's HTTP logs (printed with LOG_TO_STDOUT and
 * DETAILED_LOG_TO_STDOUT) are captured and scanned after a refresh, an agency token mint and normal calls.
 */
import nock from 'nock';
import App from '../index';
import { AGENCY_AUTH, appTester, BASE, captureLogs, LOCATION_AUTH, LOCATION_ID, mockGhl, perform, setupNock } from './helpers';

setupNock();

const SECRETS = ['loc-access-token', 'loc-refresh-token', 'rotated-refresh-token', 'fresh-access-token', 'agency-access-token', 'minted-secret-token', 'client-secret-value'];

const logs = captureLogs({ CLIENT_ID: 'app-client', CLIENT_SECRET: 'client-secret-value' });

test('refresh, agency mint and API calls log no access, refresh or minted token', async () => {
  nock(BASE)
    .post('/oauth/token')
    .reply(200, { access_token: 'fresh-access-token', refresh_token: 'rotated-refresh-token', expires_in: 86399 });
  await appTester(App.authentication.oauth2Config.refreshAccessToken as any, { authData: LOCATION_AUTH } as any);

  mockGhl({ method: 'GET', path: '/contacts/c1', version: '2021-07-28', reply: { contact: { id: 'c1' } } });
  await perform('triggers', 'get_contact', { contactId: 'c1' });

  nock(BASE).post('/oauth/locationToken').reply(200, { access_token: 'minted-secret-token', expires_in: 86399 });
  mockGhl({ method: 'GET', path: '/contacts/c2', version: '2021-07-28', token: 'minted-secret-token', reply: { contact: { id: 'c2' } } });
  await perform('triggers', 'get_contact', { locationId: LOCATION_ID, contactId: 'c2' }, { authData: AGENCY_AUTH });

  const text = logs.lines().join("\n");
  expect(text).toContain('/contacts/c1'); // the logs were captured
  expect(text).toContain('/oauth/locationToken');
  for (const secret of SECRETS) expect({ secret, found: text.includes(secret) }).toEqual({ secret, found: false });
});

test("secrets given to steps (a new user's password, a sub-account's Twilio and Mailgun keys) are not in the logs or results", async () => {
  const secrets = ['Pa55-word-of-the-new-user', 'twilio-auth-token-of-the-sub-account', 'mailgun-api-key-of-the-sub-account'];
  nock(BASE).post('/users/').reply(201, { id: 'u9', name: 'Ann Lee', email: 'ann@example.com' });
  const user = await perform('creates', 'create_user', {
    firstName: 'Ann',
    lastName: 'Lee',
    email: 'ann@example.com',
    password: secrets[0],
    type: 'account',
    role: 'user',
  });
  nock(BASE).post('/locations/').reply(200, { id: 'loc9', name: 'Mark Shoes' });
  const location = await perform(
    'creates',
    'create_location',
    { name: 'Mark Shoes', twilioSid: 'AC_1', twilioAuthToken: secrets[1], mailgunApiKey: secrets[2], mailgunDomain: 'mg.example.com' },
    { authData: AGENCY_AUTH },
  );
  const text = logs.lines().join('\n');
  expect(text).toContain('/users/'); // the logs were captured, request bodies included
  expect(text).toContain('ann@example.com');
  expect(text).toContain('/locations/');
  const out = JSON.stringify([user, location]);
  for (const secret of secrets) {
    expect({ secret, inLogs: text.includes(secret), inResults: out.includes(secret) }).toEqual({ secret, inLogs: false, inResults: false });
  }
});

/**
 * OAuth2: authorize URL (computed scopes, white-label domain), token exchange (form-encoded, user_type),
 * refresh rotation, the connection test for both connection kinds, and the connection label.
 */
import nock from 'nock';
import { AUTH_SCOPES, authorizeUrlFor } from '../authentication';
import App, { DECLARATIONS, SCOPES } from '../index';
import { AGENCY_AUTH, appTester, BASE, COMPANY_ID, LOCATION_AUTH, LOCATION_ID, mockGhl, setupNock } from './helpers';

setupNock();

const auth = App.authentication;
const env = { ...process.env };
beforeEach(() => {
  process.env.CLIENT_ID = '6650f1c2a1b2c3d4e5f6a7b8-lx2k9q1z';
  process.env.CLIENT_SECRET = 'client-secret-value';
  delete process.env.GHL_MARKETPLACE_URL;
});
afterAll(() => {
  process.env = env;
});

const formOf = (body: string) => Object.fromEntries(new URLSearchParams(body));

describe('authorize URL', () => {
  test('goes to the v2 chooselocation page with the union of every operation\'s scopes', async () => {
    const url = new URL(
      (await appTester(auth.oauth2Config.authorizeUrl as any, {
        inputData: { redirect_uri: 'https://zapier.com/dashboard/auth/oauth/return/App123CLIAPI/', state: 's-1' },
      } as any)) as string,
    );
    expect(url.origin + url.pathname).toBe('https://marketplace.gohighlevel.com/v2/oauth/chooselocation');
    expect(url.searchParams.get('response_type')).toBe('code');
    expect(url.searchParams.get('client_id')).toBe('6650f1c2a1b2c3d4e5f6a7b8-lx2k9q1z');
    expect(url.searchParams.get('redirect_uri')).toBe('https://zapier.com/dashboard/auth/oauth/return/App123CLIAPI/');
    expect(url.searchParams.get('state')).toBe('s-1');
    const expected = new Set([...AUTH_SCOPES, ...DECLARATIONS.flatMap((d) => d.scopes)]);
    expect(new Set(url.searchParams.get('scope')!.split(' '))).toEqual(expected);
    expect(SCOPES).toEqual([...expected].sort());
    expect(url.toString()).toContain('scope=' + encodeURIComponent(SCOPES.join(' ')));
    expect(SCOPES).toEqual(expect.arrayContaining(['contacts.readonly', 'contacts.write', 'locations/customFields.readonly']));
  });

  test('white-labelled agencies set the marketplace domain by environment variable', () => {
    process.env.GHL_MARKETPLACE_URL = 'https://marketplace.leadconnectorhq.com/';
    const url = authorizeUrlFor(['contacts.readonly'], { inputData: { redirect_uri: 'r', state: 's' } });
    expect(url).toBe(
      'https://marketplace.leadconnectorhq.com/v2/oauth/chooselocation?response_type=code&client_id=6650f1c2a1b2c3d4e5f6a7b8-lx2k9q1z&redirect_uri=r&scope=contacts.readonly&state=s',
    );
  });
});

describe('token exchange', () => {
  test('posts the code form-encoded with user_type and keeps GHL\'s ids under their names', async () => {
    let form: Record<string, string> = {};
    nock(BASE, { badheaders: ['version', 'authorization'] })
      .post('/oauth/token', (body) => {
        form = typeof body === 'string' ? formOf(body) : body;
        return true;
      })
      .matchHeader('content-type', /application\/x-www-form-urlencoded/)
      .reply(200, {
        access_token: 'new-access',
        token_type: 'Bearer',
        expires_in: 86399,
        refresh_token: 'new-refresh',
        scope: 'contacts.readonly',
        userType: 'Location',
        locationId: LOCATION_ID,
        companyId: COMPANY_ID,
        userId: 'u-1',
      });
    const result = await appTester(auth.oauth2Config.getAccessToken as any, {
      inputData: { code: 'the-code', redirect_uri: 'https://zapier.com/return', user_type: 'Location' },
    } as any);
    expect(form).toEqual({
      client_id: '6650f1c2a1b2c3d4e5f6a7b8-lx2k9q1z',
      client_secret: 'client-secret-value',
      grant_type: 'authorization_code',
      code: 'the-code',
      redirect_uri: 'https://zapier.com/return',
      user_type: 'Location',
    });
    expect(result).toEqual({
      access_token: 'new-access',
      refresh_token: 'new-refresh',
      expires_in: '86399',
      locationId: LOCATION_ID,
      companyId: COMPANY_ID,
      userType: 'Location',
      userId: 'u-1',
    });
  });

  test('an agency connection asks for a Company token', async () => {
    let form: Record<string, string> = {};
    nock(BASE)
      .post('/oauth/token', (body) => {
        form = typeof body === 'string' ? formOf(body) : body;
        return true;
      })
      .reply(200, { access_token: 'a', refresh_token: 'r', userType: 'Company', companyId: COMPANY_ID, userId: 'u' });
    const result = await appTester(auth.oauth2Config.getAccessToken as any, {
      inputData: { code: 'c', redirect_uri: 'x', user_type: 'Company' },
    } as any);
    expect(form.user_type).toBe('Company');
    expect(result).toMatchObject({ userType: 'Company', companyId: COMPANY_ID });
  });

  test('a refused code gives GHL\'s message', async () => {
    nock(BASE).post('/oauth/token').reply(400, { error: 'invalid_grant', error_description: 'Invalid grant: authorization code is invalid' });
    await expect(
      appTester(auth.oauth2Config.getAccessToken as any, { inputData: { code: 'bad', redirect_uri: 'x' } } as any),
    ).rejects.toThrow(/Invalid grant: authorization code is invalid/);
  });
});

describe('refresh', () => {
  test('sends the current refresh token and returns the rotated one every time', async () => {
    const forms: Array<Record<string, string>> = [];
    nock(BASE)
      .post('/oauth/token', (body) => {
        forms.push(typeof body === 'string' ? formOf(body) : body);
        return true;
      })
      .reply(200, { access_token: 'access-2', refresh_token: 'refresh-2', expires_in: 86399, userType: 'Location' })
      .post('/oauth/token', (body) => {
        forms.push(typeof body === 'string' ? formOf(body) : body);
        return true;
      })
      .reply(200, { access_token: 'access-3', refresh_token: 'refresh-3', expires_in: 86399, userType: 'Location' });
    const first = (await appTester(auth.oauth2Config.refreshAccessToken as any, { authData: LOCATION_AUTH } as any)) as any;
    expect(first).toMatchObject({ access_token: 'access-2', refresh_token: 'refresh-2', locationId: LOCATION_ID, companyId: COMPANY_ID });
    const second = (await appTester(auth.oauth2Config.refreshAccessToken as any, {
      authData: { ...LOCATION_AUTH, ...first },
    } as any)) as any;
    expect(second).toMatchObject({ access_token: 'access-3', refresh_token: 'refresh-3' });
    expect(forms.map((f) => f.refresh_token)).toEqual(['loc-refresh-token', 'refresh-2']);
    expect(forms[0]).toMatchObject({ grant_type: 'refresh_token', user_type: 'Location', client_id: '6650f1c2a1b2c3d4e5f6a7b8-lx2k9q1z' });
  });

  test('agency connections refresh as Company', async () => {
    let form: Record<string, string> = {};
    nock(BASE)
      .post('/oauth/token', (body) => {
        form = typeof body === 'string' ? formOf(body) : body;
        return true;
      })
      .reply(200, { access_token: 'a2', refresh_token: 'r2' });
    const out = (await appTester(auth.oauth2Config.refreshAccessToken as any, { authData: AGENCY_AUTH } as any)) as any;
    expect(form.user_type).toBe('Company');
    expect(out).toMatchObject({ access_token: 'a2', refresh_token: 'r2', userType: 'Company', companyId: COMPANY_ID });
  });

  test.each([400, 401, 403])('a refresh answered %i expires the connection (never success)', async (status) => {
    nock(BASE).post('/oauth/token').reply(status, { statusCode: status, message: 'Invalid refresh token' });
    const err: any = await appTester(auth.oauth2Config.refreshAccessToken as any, { authData: LOCATION_AUTH } as any).catch((e) => e);
    expect(err.name).toBe('ExpiredAuthError');
    expect(err.message).toMatch(/reconnect/i);
  });

  test('a 5xx on refresh is a temporary error, not an expired connection', async () => {
    nock(BASE).post('/oauth/token').reply(502, '<html><body><h1>502 Bad Gateway</h1></body></html>');
    const err: any = await appTester(auth.oauth2Config.refreshAccessToken as any, { authData: LOCATION_AUTH } as any).catch((e) => e);
    expect(err.name).not.toBe('ExpiredAuthError');
    expect(err.message).toMatch(/502 Bad Gateway/);
  });
});

describe('test and connection label', () => {
  test('sub-account: reads the location and labels "Name (sub-account id)"', async () => {
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}`, version: '2021-07-28', reply: { location: { id: LOCATION_ID, name: 'Acme Dental' } } });
    const tested = await appTester(auth.test as any, { authData: LOCATION_AUTH } as any);
    expect(tested).toEqual({ name: 'Acme Dental', locationId: LOCATION_ID, companyId: COMPANY_ID, userType: 'Location' });
    const label = await appTester(auth.connectionLabel as any, { authData: LOCATION_AUTH, inputData: tested } as any);
    expect(label).toBe('Acme Dental (sub-account)');
  });

  test('agency: reads the company and labels "Name (agency id)"', async () => {
    mockGhl({ method: 'GET', path: `/companies/${COMPANY_ID}`, version: '2021-07-28', token: 'agency-access-token', reply: { company: { id: COMPANY_ID, name: 'Acme Agency' } } });
    const tested = await appTester(auth.test as any, { authData: AGENCY_AUTH } as any);
    const label = await appTester(auth.connectionLabel as any, { authData: AGENCY_AUTH, inputData: tested } as any);
    expect(label).toBe('Acme Agency (agency)');
  });

  test('a revoked token makes the test fail through core\'s refresh path', async () => {
    mockGhl({ method: 'GET', path: `/locations/${LOCATION_ID}`, version: '2021-07-28', status: 401, reply: { statusCode: 401, message: 'Invalid JWT', error: 'Unauthorized' } });
    const err: any = await appTester(auth.test as any, { authData: LOCATION_AUTH } as any).catch((e) => e);
    expect(err.name).toBe('RefreshAuthError');
  });
});

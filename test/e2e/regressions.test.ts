/** Issue 11's safety fixes end to end (regressions.ts), and the token refresh without a bearer token. */
import App from '../../index';
import { describeCases, e2eFor, freshSandbox, runFunction } from './harness';
import { REGRESSIONS } from './regressions';

describeCases('issue 11 regressions', REGRESSIONS);

(e2eFor('oauth') ? describe : describe.skip)('the token refresh', () => {
  test('POST /oauth/token carries no bearer token: the client credentials are in its form (issue 11 §6)', async () => {
    const sandbox = await freshSandbox();
    try {
      await runFunction(App.authentication.oauth2Config.refreshAccessToken, sandbox, 'sub-account');
      const token = sandbox.state.requests.filter((r) => r.path === '/oauth/token');
      expect(token).toHaveLength(1);
      expect(token[0].bearer).toBe(false);
    } finally {
      await sandbox.close();
    }
  });
});
